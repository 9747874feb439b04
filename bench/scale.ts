/**
 * `npm run bench:scale`: cost as the work grows. Cache-hit throughput (as a ratio to the plain
 * worker, measured in the same rounds) when the load reads round-robin over 10, 1,000, 10,000
 * and 100,000 distinct cached sessions, and at the end of each: workerd's RSS, the gateway
 * isolate's JS heap (through workerd's inspector, ./heap.ts), and every isolate's heap.
 *
 *   npm run bench:scale                          # builds dist/ first; seeding 100,000 dominates
 *   SCALE_SIZES=10,1000 npm run bench:scale -- --no-build
 *   npm run bench:scale -- --seed kv              # entries written straight into KV
 *
 * Up to MEMORY_TIER_MAX_ENTRIES (src/cache/tiered-kv.ts) sessions read within the memory tier's
 * lifetime are answered from isolate memory; past that bound every read is a KV read (local KV:
 * Miniflare's KV service over its sqlite store, in the same workerd). The curve must be flat up
 * to the bound and must not fall off a cliff past it.
 *
 * Seeding: the sessions are added to the fake upstream's store directly. By default
 * (`--seed gateway`) each is then read once through the gateway (a miss that stores it, exactly as
 * in production). With `--seed kv` one per size is read through the gateway and the rest are
 * written straight into its KV (Miniflare's getKVNamespace) in the gateway's own key layout, after
 * checking that the entry the gateway wrote for that one is byte for byte what the direct write
 * would be. Both ran at ~130-150 sessions/s on the loaded 2-core machine (each direct write is a
 * call through Miniflare's loopback): ~12 min for 100,000 there.
 * CACHE_TTL_SECONDS is raised for this run only, so that the first sessions seeded are still
 * fresh when the last size is measured (at the default 60 s they would be revalidations).
 * Like the bench, it is a measurement: it exits 0 whatever the figures, 2 when it breaks
 * (a failed answer, an upstream call during a hit load).
 */
import { createHash } from 'node:crypto'
import { parseArgs } from 'node:util'
import { DEMO_SEED, startFakeSeam } from '../fake-seam/index.ts'
import { startGateway } from '../test/helpers/gateway.ts'
import { cpuMs } from './cpu.ts'
import { allHeaps, formatAllHeaps, heapSnapshotSummary, heapUsage, rssParts } from './heap.ts'
import { connectTarget, userWorkerTarget } from './inspector.ts'
import { buildDeployBundle, startedWithPid } from './launch.ts'
import { type LoadResult, measure } from './load.ts'
import { logFile } from './log-file.ts'
import { startPlainWorker } from './plain-worker.ts'

/** Distinct sessions per step; SCALE_SIZES overrides (comma-separated). */
const SIZES = (process.env.SCALE_SIZES ?? '10,1000,10000,100000').split(',').map(Number)
/** As the bench's throughput rounds. */
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32)
/** Plain and hit alternate this many times per size (the bench's ROUNDS says why alternate). */
const ROUNDS = Number(process.env.SCALE_ROUNDS ?? 3)
const ROUND_PHASE = { warmupMs: 300, durationMs: 2_000 }
/** Seeding reads every new session once; this many at a time keeps workerd busy. */
const SEED_CONCURRENCY = 32
/** Fresh for the whole run: seeding 100,000 sessions and measuring takes minutes, not 60 s. */
const CACHE_TTL_SECONDS = 3_600
/** Seeded sessions checked to be hits before a size is measured. */
const HIT_CHECKS = 20

/** As src/cache/keys.ts: the ids whose canonical spelling is lower case. */
const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

const GET_PATH = '/client_sessions/get'
const API_KEY = { authorization: `Bearer ${DEMO_SEED.apiKeys.one}` }

/** Direct KV writes in flight at once while seeding (each is a call through Miniflare's loopback). */
const KV_SEED_CONCURRENCY = 64

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    /** `gateway` (default): a miss through the gateway each; `kv`: entries written straight into KV. */
    seed: { type: 'string', default: 'gateway' },
  },
})
if (args.seed !== 'kv' && args.seed !== 'gateway') {
  console.error('usage: npm run bench:scale -- [--seed kv|gateway] [--no-build]')
  process.exit(2)
}

/** A broken run: thrown, so main's cleanup stops the workerd processes and keeps their log lines. */
class ScaleFailure extends Error {}
function fail(message: string): never {
  throw new ScaleFailure(message)
}
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`
function checkAnswers(name: string, result: LoadResult): void {
  if (result.requests === 0) fail(`${name}: no request completed`)
  if (result.failures > 0) fail(`${name}: ${result.failures} failed answers ${JSON.stringify(result.statuses)}`)
}

async function main() {
  if (!args['no-build'] && !buildDeployBundle()) fail('the deploy bundle did not build')
  const fake = await startFakeSeam({ latencyMs: 0 })
  const logs = logFile('seam-scale')
  const vars = { SEAM_ENDPOINT: fake.url, CACHE_TTL_SECONDS: String(CACHE_TTL_SECONDS) }
  // Like for like, as in bench/bench.ts: the worker alone (no Miniflare asset router in front, which
  // doubled a hit's CPU here), and both workers with an inspector port (the heap figures need the
  // gateway's; the plain worker's is opened too so neither pays for it alone).
  const [gateway, gatewayPid] = await startedWithPid(() =>
    logs.start(() => startGateway({ vars, inspector: true, assets: false })),
  )
  const [plain, plainPid] = await startedWithPid(() => logs.start(() => startPlainWorker({ inspector: true })))
  const paths: string[] = []
  const freshIds: string[] = []
  /** Each path read once through the gateway: a miss that stores the session, as in production. */
  const seedThroughGateway = async (fresh: string[]) => {
    const seed = await measure({
      origin: gateway.url,
      paths: fresh,
      headers: API_KEY,
      eachPathOnce: true,
      concurrency: SEED_CONCURRENCY,
      warmupMs: 0,
      durationMs: 3_600_000,
    })
    checkAnswers('seeding', seed)
    // A miss stores its answer after responding (waitUntil): let the last ones land.
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
  /**
   * The sessions' entries written straight into the gateway's KV, in its layout (src/cache/keys.ts:
   * `v1:sess:{sha256(id)}` → `{ session, at }`), after checking that the entry the gateway itself
   * wrote for `sample` is exactly what this would have written. The credential's entry is the
   * gateway's own, from the sample's miss.
   */
  const seedThroughKv = async (sample: string, ids: string[]) => {
    const kv = await gateway.kv()
    // canonicalSessionId (src/cache/keys.ts): uuid-shaped ids lower-cased, others kept as they are.
    const canonical = (id: string) => (UUID_SHAPE.test(id) ? id.toLowerCase() : id)
    const keyOf = (id: string) => `v1:sess:${createHash('sha256').update(canonical(id)).digest('hex')}`
    const entryOf = (id: string) => {
      const stored = fake.store.getSession(id)
      if (!stored) fail(`the fake has no session ${id}`)
      return { session: fake.store.toClientSession(stored), at: Date.now() }
    }
    const written = (await kv.get(keyOf(sample), 'json')) as { session: unknown } | null
    if (JSON.stringify(written?.session) !== JSON.stringify(entryOf(sample).session)) {
      fail("the gateway stored a session unlike the fake's answer: use --seed gateway")
    }
    let next = 0
    const writer = async () => {
      while (next < ids.length) {
        const id = ids[next++] as string
        await kv.put(keyOf(id), JSON.stringify(entryOf(id)), { expirationTtl: CACHE_TTL_SECONDS })
      }
    }
    await Promise.all(Array.from({ length: KV_SEED_CONCURRENCY }, writer))
  }
  const rows: string[][] = []
  const details: string[] = []
  let failed = false
  try {
    for (const size of SIZES) {
      const fresh: string[] = []
      while (paths.length < size) {
        const id = fake.store.addSession({ workspace_id: DEMO_SEED.workspaces.one.id }).client_session_id
        const path = `${GET_PATH}?client_session_id=${id}`
        paths.push(path)
        fresh.push(path)
        freshIds.push(id)
      }
      const seedStarted = performance.now()
      if (fresh.length > 1 && args.seed === 'kv') {
        // The first through the gateway, as a reference; the rest written as the gateway wrote it.
        const [sample, ...rest] = freshIds.splice(0, freshIds.length) as [string, ...string[]]
        await seedThroughGateway([`${GET_PATH}?client_session_id=${sample}`])
        await seedThroughKv(sample, rest)
      } else if (fresh.length > 0) {
        await seedThroughGateway(fresh)
      }
      freshIds.length = 0
      const seedSeconds = (performance.now() - seedStarted) / 1000
      fake.resetCalls()
      const set = paths.slice(0, size)
      for (let i = 0; i < HIT_CHECKS; i++) {
        const path = set[Math.floor((i * set.length) / HIT_CHECKS)] as string
        const answer = await gateway.fetch(path, { headers: API_KEY })
        await answer.text()
        if (!/; hit/.test(answer.headers.get('cache-status') ?? '')) fail(`a seeded session was not a hit (${size})`)
      }
      const load = { headers: API_KEY, concurrency: CONCURRENCY, ...ROUND_PHASE }
      // Untimed: compiles the hot path and, past the memory bound, turns the memory tier over.
      await measure({ origin: gateway.url, paths: set, ...load })
      const totals = { plain: 0, plainMs: 0, hit: 0, hitMs: 0, hitSent: 0, hitCpu: 0 }
      const ratios: number[] = []
      for (let round = 0; round < ROUNDS; round++) {
        const p = await measure({ origin: plain.url, paths: ['/'], ...load })
        checkAnswers('plain worker', p)
        const cpu = cpuMs(gatewayPid)
        const h = await measure({ origin: gateway.url, paths: set, ...load })
        totals.hitCpu += cpuMs(gatewayPid) - cpu
        checkAnswers('cache hits', h)
        totals.plain += p.requests
        totals.plainMs += p.windowMs
        totals.hit += h.requests
        totals.hitMs += h.windowMs
        totals.hitSent += h.sent
        ratios.push(h.rps / p.rps)
      }
      const upstreamCalls = fake.callsTo(GET_PATH).length
      if (upstreamCalls > 0) fail(`${upstreamCalls} upstream calls during the hit loads over ${size} sessions`)
      // workerd's inspector keeps one session per isolate: this one closes before allHeaps opens its own.
      const cdp = await connectTarget(gateway.mf, userWorkerTarget('gateway'))
      const before = await heapUsage(cdp)
      const snapshot = await heapSnapshotSummary(cdp) // collects garbage first
      const live = await heapUsage(cdp)
      cdp.close()
      const ratio = totals.hit / totals.hitMs / (totals.plain / totals.plainMs)
      const rss = rssParts(gatewayPid)
      rows.push([
        size.toLocaleString('en-US'),
        `${Math.round((totals.hit / totals.hitMs) * 1000)}`,
        `${ratio.toFixed(2)} (${ratios.map((r) => r.toFixed(2)).join(' ')})`,
        `${((totals.hitCpu / totals.hitSent) * 1000).toFixed(0)}`,
        mib(rss.rss),
        `${mib(before.usedSize)} / ${mib(live.usedSize)}`,
        fresh.length > 0 ? `${seedSeconds.toFixed(0)} s` : '',
      ])
      console.log(`bench:scale: ${rows.at(-1)?.join(' | ')}`)
      const heaps = await allHeaps(gateway.mf)
      const top = snapshot.groups
        .slice(0, 5)
        .map((g) => `${g.name} ${mib(g.selfSize)}`)
        .join(', ')
      details.push(
        [
          `after ${size.toLocaleString('en-US')} sessions: workerd RSS ${mib(rss.rss)} (anonymous ${mib(rss.anon)}, file ${mib(rss.file)}); plain worker's workerd ${mib(rssParts(plainPid).rss)}`,
          `  gateway heap snapshot, largest: ${top}`,
          formatAllHeaps(heaps),
        ].join('\n'),
      )
    }
  } catch (err) {
    failed = true
    throw err
  } finally {
    await Promise.allSettled([gateway.close(), plain.close(), fake.close()])
    // workerd's lines are the only record of what the gateway saw when a run breaks.
    if (failed && logs.enabled) console.error(`bench:scale: workerd's log lines are kept in ${logs.path}`)
    else logs.remove()
  }
  const head = [
    'sessions',
    'hit req/s',
    'hit / plain (rounds)',
    'CPU us/hit',
    'workerd RSS',
    'gateway heap used / live',
    'seeding',
  ]
  console.log('')
  console.log(`| ${head.join(' | ')} |`)
  console.log(`| ${head.map(() => '---').join(' | ')} |`)
  for (const row of rows) console.log(`| ${row.join(' | ')} |`)
  console.log('')
  for (const detail of details) console.log(detail)
  console.log(`\nconcurrency ${CONCURRENCY}, ${ROUNDS} rounds of ${ROUND_PHASE.durationMs / 1000} s per size`)
}

main().catch((err) => {
  const message =
    err instanceof ScaleFailure ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)
  console.error(`bench:scale: ${message}`)
  process.exit(2)
})
