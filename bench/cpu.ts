/**
 * CPU time of a child process (workerd), from /proc on Linux: a second view of each worker's
 * cost that other processes on a shared machine disturb far less than throughput does; and the
 * machine's own counters, for the CPU a virtual machine's host took away during a run.
 */
import { readdirSync, readFileSync } from 'node:fs'

/** Kernel clock ticks per second (USER_HZ); 100 on every mainstream Linux build. */
const TICKS_PER_SECOND = 100

/**
 * The machine's CPU counters from /proc/stat (Linux), in clock ticks: every state summed, and
 * "steal", the time a virtual machine's host ran something else while this VM wanted the CPU.
 * A run with much steal measured the neighbours as much as the workers.
 */
export function cpuTicks(): { total: number; steal: number } | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number) ?? []
    // user nice system idle iowait irq softirq steal …: steal is the 8th field.
    return fields.length >= 8 ? { total: fields.reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 } : undefined
  } catch {
    return undefined
  }
}
/** The share of CPU ticks the host stole since `start`, in per cent, when /proc/stat tells. */
export const stealPercentSince = (start: ReturnType<typeof cpuTicks>): number | undefined => {
  const end = cpuTicks()
  if (!start || !end || end.total <= start.total) return undefined
  return ((end.steal - start.steal) / (end.total - start.total)) * 100
}
/** Ids of this process's direct children whose command is `name`; empty where /proc is missing. */
export function childProcesses(name: string): number[] {
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return []
  }
  const found: number[] = []
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    const stat = readStat(Number(entry))
    if (stat && stat.ppid === process.pid && stat.comm === name) found.push(Number(entry))
  }
  return found
}

/** User + system CPU milliseconds the process has used so far, or NaN when unknown. */
export function cpuMs(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN
  const stat = readStat(pid)
  return stat ? ((stat.utime + stat.stime) * 1000) / TICKS_PER_SECOND : Number.NaN
}

function readStat(pid: number): { comm: string; ppid: number; utime: number; stime: number } | null {
  let text: string
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return null
  }
  // `pid (comm) state ppid ...`: comm may hold spaces and parentheses, so split after the last ')'.
  const close = text.lastIndexOf(')')
  const fields = text.slice(close + 2).split(' ')
  return {
    comm: text.slice(text.indexOf('(') + 1, close),
    ppid: Number(fields[1]),
    utime: Number(fields[11]),
    stime: Number(fields[12]),
  }
}
