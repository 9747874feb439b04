/**
 * Sends a workerd's log lines to a file instead of to the Node process that started it.
 *
 * Miniflare pipes workerd's stdout to Node and parses every line there. On a 2-core machine
 * that costs the worker: each line written wakes the Node reader, which then competes for
 * the same two cores as workerd and the load generator. Measured here (BENCHMARKS.md), the
 * pipe moved the gateway's hit throughput by up to ~0.1 of the plain worker's from run to run,
 * while with a file the same line costs a few microseconds. A deployed worker's lines go to
 * Workers Logs, not to a process sharing its cores, so the bench judges with a file and
 * reports the piped figure beside it.
 *
 * How: Miniflare starts the binary named by MINIFLARE_WORKERD_PATH; for the start, that is a
 * two-line shell script that runs the real workerd with its stdout appended to the file.
 * Everything else (config, ports, KV) is Miniflare's as usual. POSIX only, and only where the
 * script can run (a temp dir mounted noexec cannot); elsewhere the lines stay piped, and
 * `enabled` says so.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The workerd binary Miniflare itself would start. */
function workerdBinary(): string {
  const fromMiniflare = createRequire(createRequire(import.meta.url).resolve('miniflare'))
  const workerd = fromMiniflare('workerd') as { default?: string } | string
  return typeof workerd === 'string' ? workerd : (workerd.default ?? '')
}

export interface LogFile {
  /** False where the lines could not be sent to a file (not POSIX): they are piped as usual. */
  enabled: boolean
  /** The file the lines go to (kept by a run that failed, to find out why). */
  path: string
  /** Starts a workerd (a Miniflare) whose log lines go to this file. */
  start<T>(start: () => Promise<T>): Promise<T>
  /** The gateway's JSON log lines written so far (the `message` of workerd's structured lines). */
  lines(): Record<string, unknown>[]
  remove(): void
}

export function logFile(name: string): LogFile {
  const dir = tmpdir()
  const path = join(dir, `${name}-${process.pid}.log`)
  const script = join(dir, `${name}-${process.pid}-workerd.sh`)
  const binary = workerdBinary()
  const env = { ...process.env, BENCH_WORKERD: binary, BENCH_WORKERD_LOG: path }
  let enabled = process.platform !== 'win32' && binary !== ''
  if (enabled) {
    try {
      writeFileSync(path, '')
      writeFileSync(script, `#!/bin/sh\nexec "$BENCH_WORKERD" "$@" >>"$BENCH_WORKERD_LOG"\n`)
      chmodSync(script, 0o755)
      // The script must run and reach workerd: `workerd --version` through it.
      enabled = spawnSync(script, ['--version'], { env, stdio: 'ignore' }).status === 0
    } catch {
      enabled = false
    }
  }
  return {
    enabled,
    path,
    async start(start) {
      if (!enabled) return start()
      const saved = { ...process.env }
      // Read when Miniflare spawns workerd, inside start(); the child inherits the other two.
      process.env.MINIFLARE_WORKERD_PATH = script
      process.env.BENCH_WORKERD = binary
      process.env.BENCH_WORKERD_LOG = path
      try {
        return await start()
      } finally {
        for (const key of ['MINIFLARE_WORKERD_PATH', 'BENCH_WORKERD', 'BENCH_WORKERD_LOG']) {
          if (saved[key] === undefined) delete process.env[key]
          else process.env[key] = saved[key]
        }
      }
    },
    lines() {
      if (!enabled) return []
      return readFileSync(path, 'utf8')
        .split('\n')
        .flatMap((line) => {
          try {
            const message = JSON.parse(line)?.message
            const parsed = typeof message === 'string' ? JSON.parse(message) : null
            return parsed && typeof parsed === 'object' ? [parsed as Record<string, unknown>] : []
          } catch {
            return []
          }
        })
    },
    remove() {
      rmSync(path, { force: true })
      rmSync(script, { force: true })
    },
  }
}
