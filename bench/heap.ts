/**
 * The V8 heap of workerd's isolates, through the inspector (./inspector.ts): the gateway's own
 * JS heap, apart from Miniflare's isolates and from workerd's native memory (which RSS mixes in).
 *
 * - `heapUsage`: `Runtime.getHeapUsage`, cheap enough to sample every few seconds under load;
 *   the sampler reads it before and after a heap snapshot, which collects garbage first (`used`
 *   holds garbage not yet collected, `live` does not).
 * - `heapSnapshotSummary`: `HeapProfiler.takeHeapSnapshot` (it collects garbage first, then
 *   pauses the isolate while it walks the heap), summed by constructor as DevTools' Summary view does.
 *   workerd does not answer `HeapProfiler.collectGarbage`, so a snapshot is the way to a live size.
 * - `startHeapSampler`: both over a run, for `npm run soak -- --heap` and `npm run bench:scale`.
 */
import { readFileSync } from 'node:fs'
import type { Miniflare } from 'miniflare'
import { type Cdp, connect, connectTarget, inspectorTargets, userWorkerTarget } from './inspector.ts'

/** A snapshot is taken again when the heap grew this much since the last one: growth is what it must explain. */
const SNAPSHOT_ON_GROWTH_BYTES = 8 * 1024 * 1024
/** Snapshots pause the isolate; a run takes at most this many besides its first and last. */
const MAX_GROWTH_SNAPSHOTS = 3
/** Constructors listed per snapshot summary. */
const SUMMARY_ROWS = 12

export interface HeapUsage {
  usedSize: number
  totalSize: number
}

export const heapUsage = (cdp: Cdp) => cdp.send<HeapUsage>('Runtime.getHeapUsage')

export interface HeapGroup {
  name: string
  count: number
  selfSize: number
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } }
  nodes: number[]
  strings: string[]
}

/** Node types grouped under their type, as DevTools does; objects and natives by constructor name. */
const BY_CONSTRUCTOR = new Set(['object', 'native'])

/** Takes a heap snapshot of the isolate and sums its nodes' self sizes by constructor, largest first. */
export async function heapSnapshotSummary(cdp: Cdp): Promise<{ total: number; groups: HeapGroup[] }> {
  const chunks: string[] = []
  const stop = cdp.on('HeapProfiler.addHeapSnapshotChunk', (params) => chunks.push(String(params.chunk)))
  try {
    await cdp.send('HeapProfiler.enable')
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  } finally {
    stop()
  }
  const snapshot = JSON.parse(chunks.join('')) as Snapshot
  chunks.length = 0
  const fields = snapshot.snapshot.meta.node_fields
  const types = snapshot.snapshot.meta.node_types[0]
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [
    number,
    number,
    number,
  ]
  const groups = new Map<string, HeapGroup>()
  let total = 0
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + typeAt] as number] ?? 'unknown'
    const size = snapshot.nodes[i + sizeAt] as number
    const name = BY_CONSTRUCTOR.has(type)
      ? (snapshot.strings[snapshot.nodes[i + nameAt] as number] ?? '?')
      : `(${type})`
    const group = groups.get(name) ?? { name, count: 0, selfSize: 0 }
    group.count++
    group.selfSize += size
    groups.set(name, group)
    total += size
  }
  return { total, groups: [...groups.values()].sort((a, b) => b.selfSize - a.selfSize) }
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`

export function formatSummary(label: string, summary: { total: number; groups: HeapGroup[] }): string {
  const rows = summary.groups
    .slice(0, SUMMARY_ROWS)
    .map((g) => `    ${g.name.slice(0, 40).padEnd(40)} ${String(g.count).padStart(9)}  ${mib(g.selfSize).padStart(10)}`)
  return [`  heap snapshot, ${label}: ${mib(summary.total)} live`, ...rows].join('\n')
}

/**
 * Every isolate's heap in this workerd, by inspector target id (Miniflare's workers included).
 * It opens a session on each isolate, and workerd keeps one per isolate: close any other first.
 */
export async function allHeaps(mf: Miniflare): Promise<Record<string, HeapUsage>> {
  const result: Record<string, HeapUsage> = {}
  for (const target of await inspectorTargets(mf)) {
    const cdp = await connect(target.webSocketDebuggerUrl)
    try {
      result[target.id] = await heapUsage(cdp)
    } finally {
      cdp.close()
    }
  }
  return result
}

export interface HeapSample {
  atMs: number
  /** Heap used as V8 reports it: live objects plus garbage not yet collected. */
  used: number
  /** Heap used right after a forced full collection: what the isolate really holds. */
  live: number
  /** Heap V8 has reserved. */
  total: number
}

export interface HeapSampler {
  samples: HeapSample[]
  /** Snapshot summaries: the first sample's, any taken on growth, and the last. */
  snapshots: string[]
  /** Takes one sample now (and a snapshot when the heap grew past the threshold). */
  sample(): Promise<HeapSample>
  /** A last sample and snapshot; closes the connection. */
  stop(label?: string): Promise<void>
}

/** Samples the gateway isolate's heap every `everyMs` until stopped. */
export async function startHeapSampler(mf: Miniflare, everyMs: number, workerName = 'gateway'): Promise<HeapSampler> {
  const cdp = await connectTarget(mf, userWorkerTarget(workerName))
  const started = performance.now()
  const samples: HeapSample[] = []
  const snapshots: string[] = []
  let snapshotAt = Number.NaN
  let growthSnapshots = 0
  let busy: Promise<unknown> = Promise.resolve()
  const keep = (label: string, summary: { total: number; groups: HeapGroup[] }) => {
    snapshots.push(formatSummary(label, summary))
    snapshotAt = summary.total
  }
  const sample = async () => {
    const usage = await heapUsage(cdp)
    // workerd does not answer HeapProfiler.collectGarbage; a snapshot collects garbage first.
    // For a heap of a few MiB it pauses the isolate for well under a second: fine every 15 s.
    const summary = await heapSnapshotSummary(cdp)
    const after = await heapUsage(cdp)
    const s = { atMs: performance.now() - started, used: usage.usedSize, live: after.usedSize, total: after.totalSize }
    samples.push(s)
    const seconds = `${(s.atMs / 1000).toFixed(0)} s`
    if (Number.isNaN(snapshotAt)) keep(`first sample (${seconds})`, summary)
    else if (summary.total - snapshotAt > SNAPSHOT_ON_GROWTH_BYTES && growthSnapshots < MAX_GROWTH_SNAPSHOTS) {
      growthSnapshots++
      keep(`live heap grew to ${mib(summary.total)} (${seconds})`, summary)
    }
    return { s, summary }
  }
  const timer = setInterval(() => {
    busy = busy.then(sample).catch(() => {})
  }, everyMs)
  return {
    samples,
    snapshots,
    sample: () => {
      const next = busy.then(sample)
      busy = next.catch(() => {})
      return next.then((r) => r.s)
    },
    async stop(label = 'end') {
      clearInterval(timer)
      await busy
      const last = await sample()
      keep(`${label} (${(last.s.atMs / 1000).toFixed(0)} s)`, last.summary)
      cdp.close()
    },
  }
}

export function formatCurve(samples: HeapSample[]): string {
  return samples
    .map(
      (s) =>
        `  ${`${(s.atMs / 1000).toFixed(0)} s`.padStart(6)}  used ${mib(s.used).padStart(10)}  live ${mib(s.live).padStart(10)}  reserved ${mib(s.total)}`,
    )
    .join('\n')
}

/** RSS of a process by kind, from /proc/<pid>/status (bytes; 0 where /proc is missing). */
export function rssParts(pid: number | undefined): { rss: number; anon: number; file: number; shmem: number } {
  const parts = { rss: 0, anon: 0, file: 0, shmem: 0 }
  if (pid === undefined) return parts
  let status = ''
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8')
  } catch {
    return parts
  }
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024
  return { rss: kib('VmRSS'), anon: kib('RssAnon'), file: kib('RssFile'), shmem: kib('RssShmem') }
}

/** One line per isolate: its V8 heap used / reserved, and their sum. */
export function formatAllHeaps(heaps: Record<string, HeapUsage>): string {
  const entries = Object.entries(heaps).sort((a, b) => b[1].totalSize - a[1].totalSize)
  const used = entries.reduce((sum, [, h]) => sum + h.usedSize, 0)
  const total = entries.reduce((sum, [, h]) => sum + h.totalSize, 0)
  return [
    ...entries.map(
      ([id, h]) => `    ${id.padEnd(28)} used ${mib(h.usedSize).padStart(10)}  of ${mib(h.totalSize).padStart(10)}`,
    ),
    `    ${'all isolates'.padEnd(28)} used ${mib(used).padStart(10)}  of ${mib(total).padStart(10)}`,
  ].join('\n')
}

export interface HeapWatch {
  /** Stops sampling and returns the report: the curve, the snapshots, every isolate's heap, workerd's RSS by kind. */
  finish(): Promise<string>
}

/** What `npm run soak -- --heap` prints: the gateway isolate's heap every `everyMs`, and the rest of workerd. */
export async function watchHeap(mf: Miniflare, everyMs: number, pid: number | undefined): Promise<HeapWatch> {
  const sampler = await startHeapSampler(mf, everyMs)
  await sampler.sample()
  return {
    async finish() {
      await sampler.stop()
      const heaps = await allHeaps(mf)
      const rss = rssParts(pid)
      return [
        `gateway isolate JS heap (Runtime.getHeapUsage every ${everyMs / 1000} s)`,
        formatCurve(sampler.samples),
        ...sampler.snapshots,
        '  every isolate in this workerd, at the end',
        formatAllHeaps(heaps),
        `  workerd RSS ${mib(rss.rss)}: anonymous ${mib(rss.anon)}, file-backed ${mib(rss.file)}, shared ${mib(rss.shmem)}`,
      ].join('\n')
    },
  }
}
