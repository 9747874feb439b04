/**
 * `npm run profile`: where a cache hit's time goes. Runs the real deploy bundle in workerd
 * (Miniflare, as the bench runs it, log lines to a file), warms one session into its cache, and
 * takes a V8 CPU profile of the gateway's isolate through workerd's inspector while a closed
 * loop reads that session over and over. Prints the self time split by source file (through
 * dist/index.js.map, which wrangler writes beside the bundle) and by function.
 *
 *   npm run profile                                  # 10 s at concurrency 16; builds dist/ first
 *   npm run profile -- --seconds 20 --concurrency 32 --no-build
 *   npm run profile -- --worker core:entry           # Miniflare's entry isolate instead
 *   npm run profile -- --out /tmp/hit.cpuprofile     # also save the profile (opens in DevTools)
 *   npm run profile -- --var LOG_REQUESTS=false      # any config var, repeatable
 *
 * The profile is of JS in one isolate: what workerd does in C++ for the request (HTTP parsing,
 * the hop through Miniflare's entry worker, writing the log line) shows as `(program)` when it
 * runs on the isolate's thread, and not at all when it does not. Percentages are of the
 * profile's busy time (everything but `(idle)`).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { SourceMap } from 'node:module'
import { parseArgs } from 'node:util'
import { DEMO_SEED, startFakeSeam } from '../fake-seam/index.ts'
import { BUNDLE_PATH, startGateway } from '../test/helpers/gateway.ts'
import { cpuMs } from './cpu.ts'
import { connectTarget, userWorkerTarget } from './inspector.ts'
import { buildDeployBundle, startedWithPid } from './launch.ts'
import { measure } from './load.ts'
import { logFile } from './log-file.ts'

/** As the bench: a round trip from an edge location to Seam. */
const UPSTREAM_LATENCY_MS = 50
/** Served untimed first, so V8 has compiled the hot path (the bench's SETTLE_PHASE says why). */
const SETTLE_MS = 3_000
/** V8's sampling interval: 100 µs gives ~4 samples per hit at ~400 µs of CPU each. */
const SAMPLING_INTERVAL_US = 100
/** Rows printed per table. */
const ROWS = 25

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '16' },
    worker: { type: 'string', default: userWorkerTarget('gateway') },
    out: { type: 'string' },
    var: { type: 'string', multiple: true, default: [] },
    'no-build': { type: 'boolean', default: false },
  },
})
const seconds = Number(args.seconds)
const concurrency = Number(args.concurrency)
if (!(seconds > 0) || !(Number.isInteger(concurrency) && concurrency > 0)) {
  console.error(
    'usage: npm run profile -- [--seconds N] [--concurrency N] [--worker TARGET] [--var KEY=VALUE] [--out FILE] [--no-build]',
  )
  process.exit(2)
}

/** `--var KEY=VALUE` pairs, as `wrangler dev --var` takes them. */
const extraVars = Object.fromEntries(
  (args.var ?? []).map((pair) => {
    const at = pair.indexOf('=')
    return at > 0 ? [pair.slice(0, at), pair.slice(at + 1)] : [pair, '']
  }),
)

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
}
interface Profile {
  nodes: ProfileNode[]
  startTime: number
  endTime: number
  samples: number[]
  timeDeltas: number[]
}

/** Where a frame's code comes from: its original source file (bundle frames) or what V8 calls it. */
function origin(frame: ProfileNode['callFrame'], map: SourceMap | null): { file: string; fn: string } {
  const fn = frame.functionName || '(anonymous)'
  if (fn.startsWith('(') && frame.url === '') return { file: fn, fn } // (program), (idle), (garbage collector)
  if (frame.url === '') return { file: '(native: V8 builtins and workerd APIs)', fn }
  if (map && frame.url.endsWith('index.js')) {
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as {
      originalSource?: string
      originalLine?: number
    }
    if (entry.originalSource) {
      const file = entry.originalSource
        .replace(/^(\.\.\/)+/, '')
        .replace(/^node_modules\/([^/]+)\/.*$/, 'node_modules/$1')
      const where = entry.originalSource.replace(/^(\.\.\/)+/, '')
      return { file, fn: `${fn} (${where}:${(entry.originalLine ?? 0) + 1})` }
    }
  }
  return { file: frame.url, fn }
}

function split(profile: Profile, map: SourceMap | null) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const selfUs = new Map<number, number>()
  // timeDeltas[i] is the time between sample i-1 and sample i: charge it to sample i-1.
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i] as number
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0))
  }
  const files = new Map<string, number>()
  const fns = new Map<string, number>()
  let busy = 0
  let idle = 0
  for (const [id, us] of selfUs) {
    const node = byId.get(id)
    if (!node) continue
    const { file, fn } = origin(node.callFrame, map)
    if (file === '(idle)') {
      idle += us
      continue
    }
    busy += us
    files.set(file, (files.get(file) ?? 0) + us)
    fns.set(fn, (fns.get(fn) ?? 0) + us)
  }
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1])
  return { files: sorted(files), fns: sorted(fns), busy, idle }
}

async function main() {
  if (!args['no-build'] && !buildDeployBundle()) throw new Error('the deploy bundle did not build')
  let map: SourceMap | null = null
  try {
    map = new SourceMap(JSON.parse(readFileSync(`${BUNDLE_PATH}.map`, 'utf8')))
  } catch {
    console.log('profile: no dist/index.js.map; grouping bundle frames by function name only')
  }

  const fake = await startFakeSeam({ latencyMs: UPSTREAM_LATENCY_MS })
  const logs = logFile('seam-profile')
  const [gateway, pid] = await startedWithPid(() =>
    logs.start(() => startGateway({ vars: { SEAM_ENDPOINT: fake.url, ...extraVars }, inspector: true })),
  )
  try {
    const headers = { authorization: `Bearer ${DEMO_SEED.apiKeys.one}` }
    const id = fake.store.addSession({ workspace_id: DEMO_SEED.workspaces.one.id }).client_session_id
    const path = `/client_sessions/get?client_session_id=${id}`
    for (let i = 0; i < 20; i++) {
      const answer = await gateway.fetch(path, { headers })
      await answer.text()
      if (/; hit/.test(answer.headers.get('cache-status') ?? '')) break
      await new Promise((r) => setTimeout(r, 20))
    }
    const load = { origin: gateway.url, paths: [path], headers, concurrency }
    console.log(`profile: ${SETTLE_MS / 1000} s untimed, then ${seconds} s profiled at concurrency ${concurrency}`)
    await measure({ ...load, warmupMs: 0, durationMs: SETTLE_MS })
    const callsBefore = fake.callsTo('/client_sessions/get').length

    const cdp = await connectTarget(gateway.mf, args.worker)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US })
    const cpu = cpuMs(pid)
    await cdp.send('Profiler.start')
    const result = await measure({ ...load, warmupMs: 0, durationMs: seconds * 1000 })
    const { profile } = await cdp.send<{ profile: Profile }>('Profiler.stop')
    const usedMs = cpuMs(pid) - cpu
    cdp.close()
    if (args.out) writeFileSync(args.out, JSON.stringify(profile))

    const upstreamCalls = fake.callsTo('/client_sessions/get').length - callsBefore
    const { files, fns, busy, idle } = split(profile, map)
    const pct = (us: number) => `${((us / busy) * 100).toFixed(1).padStart(5)} %`
    const perHit = (us: number) => `${(us / result.requests).toFixed(1).padStart(6)} us/hit`
    console.log('')
    console.log(
      `${result.requests} hits in ${seconds} s (${Math.round(result.rps)} req/s), ${result.failures} failed, ${upstreamCalls} upstream calls; ` +
        `workerd CPU ${((usedMs / result.sent) * 1000).toFixed(0)} us per request (all threads, all isolates)`,
    )
    console.log(
      `profile of ${args.worker}: ${(busy / 1000).toFixed(0)} ms busy, ${(idle / 1000).toFixed(0)} ms idle; busy per hit ${(busy / result.requests).toFixed(1)} us`,
    )
    console.log('\nself time by source file')
    for (const [file, us] of files.slice(0, ROWS)) console.log(`  ${pct(us)}  ${perHit(us)}  ${file}`)
    console.log('\nself time by function')
    for (const [fn, us] of fns.slice(0, ROWS)) console.log(`  ${pct(us)}  ${perHit(us)}  ${fn}`)
    if (result.failures > 0 || upstreamCalls > 0) process.exitCode = 2
  } finally {
    await Promise.allSettled([gateway.close(), fake.close()])
    logs.remove()
  }
}

main().catch((err) => {
  console.error(`profile: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
  process.exit(2)
})
