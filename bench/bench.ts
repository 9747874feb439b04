/**
 * `npm run bench`: the real deploy bundle in workerd (Miniflare, as the tests run it) beside a
 * worker that only answers "ok" and one that also writes one gateway-shaped log line, measured in
 * the same run, against the project's fake Seam upstream with 50 ms of latency. Prints the figures
 * BENCHMARKS.md records and PASS/FAIL per target of issue 15. It is not a test: it exits 0 whatever the figures, and 2 only when the
 * bench itself breaks (build failure, wrong answers, a get that never becomes a cache hit).
 *
 * Both plain workers are sent the hit loads' very request (path, query, credential header): the
 * ratio compares workers, not requests. A bare `GET /` (this bench's plain load before
 * 2026-12-02) also runs, on the same processes, and is printed for comparison.
 *
 * The targets are judged on the default config, which logs one JSON line per request, with
 * workerd's log lines going to a file (./log-file.ts says why). Three more series run in the same
 * rounds: the gateway with LOG_SAMPLE_RATE=0.1 (issue 15: hit lines thinned to one in ten, printed
 * beside the judged ratio), with LOG_REQUESTS=false (what the line costs in the worker), and with
 * its lines piped to Node as Miniflare does by default and the tests run it.
 *
 * Every gateway runs without Cloudflare's asset router in front (startGateway's `assets: false`):
 * /openapi.json and /docs are static files (wrangler.toml [assets]), and Miniflare runs the router
 * as more JavaScript in the same workerd process, which measured about as much CPU per request as
 * the gateway itself (BENCHMARKS.md). Deployed, that routing is Cloudflare's, not the worker's.
 *
 * Knobs (environment): BENCH_CONCURRENCY (throughput rounds, default 32), BENCH_ROUNDS (default 6),
 * BENCH_INSTANCES (workerd processes per series, default 2).
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg } from 'node:os'
import { gzipSync } from 'node:zlib'
import { DEMO_SEED, type FakeSeam, startFakeSeam } from '../fake-seam/index.ts'
import { OFFLINE_WRANGLER_ENV } from '../scripts/offline-env.ts'
import { BUNDLE_PATH, type Gateway, startGateway } from '../test/helpers/gateway.ts'
import { childProcesses, cpuMs, cpuTicks, stealPercentSince } from './cpu.ts'
import { type LoadOptions, type LoadResult, measure } from './load.ts'
import { logFile } from './log-file.ts'
import { type PlainWorker, startPlainWorker } from './plain-worker.ts'

/** Issue 7 fixes the upstream's latency at 50 ms, about a round trip from an edge location to Seam. */
const UPSTREAM_LATENCY_MS = 50
/** Enough parallel requests to keep one workerd thread busy without starving a 2-core machine. */
const LOAD_CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32)
/** Latency and miss overhead are taken at low concurrency: the gateway's own cost, not queueing. */
const LOW_CONCURRENCY = 2
/** Latency phases: long enough for a stable p99 at ~2,000 requests per phase. */
const LATENCY_PHASE = { warmupMs: 1_000, durationMs: 5_000 }
/**
 * Throughput alternates plain and hit in short rounds, so load from other processes on a
 * shared machine falls on both sides alike; the totals over all rounds give the ratio. Shorter,
 * more rounds share that load more evenly: the plain worker alone swung 3,100-5,100 req/s
 * between 2 s phases of one run on this kind of machine.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6)
const ROUND_PHASE = { warmupMs: 300, durationMs: 1_500 }
/**
 * Before the rounds every process serves this long at full load, untimed. V8 compiles the
 * gateway's hot code over its first thousands of requests (the plain worker has next to none to
 * compile), so a first round without it measured start-up: it was the lowest round in three of
 * four runs (0.56, 0.62, 0.48 against 0.60-0.85 after). The edge serves from warm isolates.
 */
const SETTLE_PHASE = { warmupMs: 0, durationMs: 1_500 }
/**
 * workerd processes started alike differ: the same bundle measured 350 and 443 us per hit in
 * two processes minutes apart. Each series runs on this many processes, every one in every round.
 */
const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 2)
/** Issue 15's second LOG_SAMPLE_RATE, printed beside the judged ratio (which is at the default, 1). */
const SAMPLED_LOG_RATE = 0.1
/**
 * Past this share of CPU stolen by the host, the bench says the run measured the host's other
 * tenants too: on 2026-12-03 runs at 11-30 % steal gave the same plain worker 890-2126 req/s.
 */
const STEAL_WARNING_PERCENT = 5
/** Fresh sessions for the miss run: more than it can use at LOW_CONCURRENCY with 50 ms each. */
const MISS_SESSIONS = Math.ceil(
  ((LATENCY_PHASE.warmupMs + LATENCY_PHASE.durationMs) / UPSTREAM_LATENCY_MS) * LOW_CONCURRENCY * 1.5,
)

/** Issue 15's targets (issue 7's were 0.6, 0.2 and 64 KiB). */
const TARGETS = {
  hitThroughputRatio: 0.8,
  /** Against the plain worker that writes one gateway-shaped log line: the floor for a worker that must log. */
  hitToLoggingPlainRatio: 0.9,
  hitP50ToUpstreamP50: 0.05,
  upstreamCallsDuringHits: 0,
  bundleGzipBytes: 44 * 1024,
}

/** Issue 15: the gateway's own share of a miss, from its log lines, at p50. */
const MISS_OWN_SHARE_P50_MS = 2

const GET_PATH = '/client_sessions/get'
const API_KEY = { authorization: `Bearer ${DEMO_SEED.apiKeys.one}` }

function fail(message: string): never {
  console.error(`bench: ${message}`)
  process.exit(2)
}

/** `npm run build`'s command; returns the bundle's size raw and gzipped (node:zlib, level 6). */
function build(): { raw: number; gzip: number } {
  // The static files (/openapi.json, /docs) first: wrangler.toml's [assets] directory must exist.
  if (spawnSync(process.execPath, ['scripts/openapi.ts', '--assets'], { stdio: 'inherit' }).status !== 0) {
    fail('the static assets did not build')
  }
  const status = spawnSync('wrangler', ['deploy', '--dry-run', '--outdir', 'dist'], {
    stdio: 'inherit',
    env: { ...process.env, ...OFFLINE_WRANGLER_ENV, WRANGLER_LOG: 'warn' },
  }).status
  if (status !== 0) fail('the deploy bundle did not build')
  const bundle = readFileSync(BUNDLE_PATH)
  return { raw: bundle.byteLength, gzip: gzipSync(bundle).byteLength }
}

const ms = (v: number) => `${v.toFixed(2)} ms`
const p50p99 = (r: { p50Ms: number; p99Ms: number }) => `${ms(r.p50Ms)} / ${ms(r.p99Ms)}`
const kib = (v: number) => `${(v / 1024).toFixed(1)} KiB`
const perSecond = (v: number) => `${Math.round(v)} req/s`
const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')
/** A judged ratio, to three places: at two, 0.897 printed as "0.90" beside FAIL. */
const judged = (ratio: number) => ratio.toFixed(3)
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN

function checkAnswers(name: string, result: LoadResult): void {
  if (result.requests === 0) fail(`${name}: no request completed`)
  if (result.failures > 0) fail(`${name}: ${result.failures} failed answers ${JSON.stringify(result.statuses)}`)
}

/** A new session in the fake, read once through the gateway and from then on answered from its cache. */
async function warmSession(gateway: Gateway, fake: FakeSeam): Promise<string> {
  const id = fake.store.addSession({ workspace_id: DEMO_SEED.workspaces.one.id }).client_session_id
  const path = `${GET_PATH}?client_session_id=${id}`
  for (let attempt = 0; attempt < 20; attempt++) {
    const answer = await gateway.fetch(path, { headers: API_KEY })
    const cacheStatus = answer.headers.get('cache-status') ?? ''
    const body = await answer.text()
    if (answer.status !== 200) fail(`get answered ${answer.status}: ${body}`)
    if (/; hit/.test(cacheStatus)) return path
    // The miss stores its answer after responding (waitUntil): give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  fail('a repeated get never became a cache hit')
}

/** Totals over several runs of one load: throughput over all windows, workerd CPU per request. */
interface Totals {
  requests: number
  windowMs: number
  sent: number
  cpuMs: number
  p50s: number[]
  p99s: number[]
}
const emptyTotals = (): Totals => ({ requests: 0, windowMs: 0, sent: 0, cpuMs: 0, p50s: [], p99s: [] })
function add(totals: Totals, result: LoadResult, cpu: number): void {
  totals.requests += result.requests
  totals.windowMs += result.windowMs
  totals.sent += result.sent
  totals.cpuMs += cpu
  totals.p50s.push(result.p50Ms)
  totals.p99s.push(result.p99Ms)
}
const rpsOf = (t: Totals) => (t.requests / t.windowMs) * 1000
const cpuPerRequestUs = (t: Totals) => (t.cpuMs / t.sent) * 1000

async function main() {
  const machine = `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`
  console.log(`bench: building the deploy bundle (${machine}, load average ${loadAverage()})`)
  const ticksAtStart = cpuTicks()
  const bundle = build()

  const fake = await startFakeSeam({ latencyMs: UPSTREAM_LATENCY_MS })
  /** Starts a workerd and returns its process id too (for its CPU time), when /proc tells. */
  const withPid = async <T>(start: () => Promise<T>): Promise<[T, number | undefined]> => {
    const before = new Set(childProcesses('workerd'))
    const started = await start()
    return [started, childProcesses('workerd').find((pid) => !before.has(pid))]
  }
  const logs = logFile('seam-bench')
  interface Instance<T> {
    worker: T
    pid: number | undefined
  }
  const instances = async <T>(start: () => Promise<T>): Promise<Instance<T>[]> => {
    const started: Instance<T>[] = []
    for (let i = 0; i < INSTANCES; i++) {
      const [worker, pid] = await withPid(start)
      started.push({ worker, pid })
    }
    return started
  }
  const vars = { SEAM_ENDPOINT: fake.url }
  const assets = false // the worker alone: see the header
  const gateways = await instances(() => logs.start(() => startGateway({ vars, assets })))
  const sampledGateways = await instances(() =>
    logs.start(() => startGateway({ vars: { ...vars, LOG_SAMPLE_RATE: String(SAMPLED_LOG_RATE) }, assets })),
  )
  const unloggedGateways = await instances(() =>
    logs.start(() => startGateway({ vars: { ...vars, LOG_REQUESTS: 'false' }, assets })),
  )
  const pipedGateways = await instances(() => startGateway({ vars, assets }))
  const plains = await instances(() => logs.start(startPlainWorker))
  const loggingPlains = await instances(() => logs.start(() => startPlainWorker({ logLine: true })))
  const all = [...gateways, ...sampledGateways, ...unloggedGateways, ...pipedGateways, ...plains, ...loggingPlains]
  const [gateway, plain] = [gateways[0] as Instance<Gateway>, plains[0] as Instance<PlainWorker>]

  let hitUpstreamCalls = 0
  /** One hit load on its own freshly cached session, counting the upstream calls it caused. */
  const hitLoad = async (load: Omit<LoadOptions, 'origin' | 'paths'>, target: Instance<Gateway>) => {
    const path = await warmSession(target.worker, fake)
    const calls = fake.callsTo(GET_PATH).length
    const cpu = cpuMs(target.pid)
    const result = await measure({ origin: target.worker.url, paths: [path], headers: API_KEY, ...load })
    const used = cpuMs(target.pid) - cpu
    hitUpstreamCalls += fake.callsTo(GET_PATH).length - calls
    checkAnswers('cache hits', result)
    target.worker.logs.length = 0 // the helper keeps every line; a bench makes hundreds of thousands
    return { result, cpu: used }
  }
  /**
   * The plain workers get the very request a hit load sends (its path, query and credential
   * header), so the ratio compares workers, not requests: workerd and Miniflare's entry worker
   * spend CPU on every header a request carries, whatever the worker does with it. `bare` sends
   * `GET /` with no header, as this bench did before 2026-12-02, printed for comparison.
   */
  const plainRequest = { paths: [`${GET_PATH}?client_session_id=${DEMO_SEED.sessions.demo.id}`], headers: API_KEY }
  const plainLoad = async (
    load: Omit<LoadOptions, 'origin' | 'paths'>,
    target: Instance<PlainWorker>,
    request: 'same' | 'bare' = 'same',
  ) => {
    const cpu = cpuMs(target.pid)
    const sent = request === 'same' ? plainRequest : { paths: ['/'] }
    const result = await measure({ origin: target.worker.url, ...sent, ...load })
    const used = cpuMs(target.pid) - cpu
    checkAnswers('plain worker', result)
    return { result, cpu: used }
  }

  try {
    // Misses: every request asks for a session the gateway has not seen, with a credential it
    // knows (so a miss costs one session lookup that finds nothing, the upstream call, the answer).
    await warmSession(gateway.worker, fake)
    const missPaths = Array.from({ length: MISS_SESSIONS }, () => {
      const id = fake.store.addSession({ workspace_id: DEMO_SEED.workspaces.one.id }).client_session_id
      return `${GET_PATH}?client_session_id=${id}`
    })
    const low = { concurrency: LOW_CONCURRENCY, ...LATENCY_PHASE }
    console.log(`bench: the upstream alone, then gateway misses, concurrency ${LOW_CONCURRENCY}`)
    const upstream = await measure({ origin: fake.url, paths: missPaths, headers: API_KEY, ...low })
    checkAnswers('upstream', upstream)
    const callsBeforeMiss = fake.callsTo(GET_PATH).length
    const miss = await measure({
      origin: gateway.worker.url,
      paths: missPaths,
      headers: API_KEY,
      eachPathOnce: true,
      ...low,
    })
    checkAnswers('gateway misses', miss)
    const callsPerMiss = (fake.callsTo(GET_PATH).length - callsBeforeMiss) / miss.sent
    // The gateway's own view of a miss, from its log line: time in the worker not spent waiting
    // for the upstream (workerd's clock moves only on I/O, so this is I/O time: KV and the like).
    const missLines = logs.enabled ? logs.lines() : gateway.worker.requestLogs()
    const ownShare = missLines
      .filter((line) => line.cache === 'miss' && typeof line.upstream_ms === 'number')
      .map((line) => Number(line.duration_ms) - Number(line.upstream_ms))
      .sort((a, b) => a - b)
    const [inWorker, inWorkerP99] = [0.5, 0.99].map((q) => ownShare[Math.floor(q * ownShare.length)] ?? Number.NaN)

    console.log(`bench: cache hits, then the plain worker, concurrency ${LOW_CONCURRENCY}`)
    const hitLow = (await hitLoad(low, gateway)).result
    const plainLow = (await plainLoad(low, plain)).result

    const high = { concurrency: LOAD_CONCURRENCY, ...ROUND_PHASE }
    console.log(
      `bench: an untimed pass, then ${ROUNDS} rounds of plain worker, plain worker that logs a line, cache hits, hits at LOG_SAMPLE_RATE=${SAMPLED_LOG_RATE}, hits unlogged, hits piped, ${INSTANCES} workerd each, concurrency ${LOAD_CONCURRENCY}`,
    )
    const settle = { concurrency: LOAD_CONCURRENCY, ...SETTLE_PHASE }
    for (let i = 0; i < INSTANCES; i++) {
      await plainLoad(settle, plains[i] as Instance<PlainWorker>)
      await plainLoad(settle, loggingPlains[i] as Instance<PlainWorker>)
      for (const series of [gateways, sampledGateways, unloggedGateways, pipedGateways]) {
        await hitLoad(settle, series[i] as Instance<Gateway>)
      }
    }
    const plainTotals = emptyTotals()
    const barePlainTotals = emptyTotals()
    const loggingPlainTotals = emptyTotals()
    const hitTotals = emptyTotals()
    const sampledTotals = emptyTotals()
    const unloggedTotals = emptyTotals()
    const pipedTotals = emptyTotals()
    const roundRatios: number[] = []
    const roundLoggingRatios: number[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const roundPlain = emptyTotals()
      const roundLoggingPlain = emptyTotals()
      const roundHit = emptyTotals()
      for (let i = 0; i < INSTANCES; i++) {
        const p = await plainLoad(high, plains[i] as Instance<PlainWorker>)
        const bp = await plainLoad(high, plains[i] as Instance<PlainWorker>, 'bare')
        add(barePlainTotals, bp.result, bp.cpu)
        const lp = await plainLoad(high, loggingPlains[i] as Instance<PlainWorker>)
        for (const totals of [loggingPlainTotals, roundLoggingPlain]) add(totals, lp.result, lp.cpu)
        const h = await hitLoad(high, gateways[i] as Instance<Gateway>)
        const s = await hitLoad(high, sampledGateways[i] as Instance<Gateway>)
        const u = await hitLoad(high, unloggedGateways[i] as Instance<Gateway>)
        const l = await hitLoad(high, pipedGateways[i] as Instance<Gateway>)
        for (const totals of [plainTotals, roundPlain]) add(totals, p.result, p.cpu)
        for (const totals of [hitTotals, roundHit]) add(totals, h.result, h.cpu)
        add(sampledTotals, s.result, s.cpu)
        add(unloggedTotals, u.result, u.cpu)
        add(pipedTotals, l.result, l.cpu)
      }
      roundRatios.push(rpsOf(roundHit) / rpsOf(roundPlain))
      roundLoggingRatios.push(rpsOf(roundHit) / rpsOf(roundLoggingPlain))
    }
    const ratio = rpsOf(hitTotals) / rpsOf(plainTotals)
    const loggingRatio = rpsOf(hitTotals) / rpsOf(loggingPlainTotals)
    const sampledRatio = rpsOf(sampledTotals) / rpsOf(plainTotals)
    const unloggedRatio = rpsOf(unloggedTotals) / rpsOf(plainTotals)
    const pipedRatio = rpsOf(pipedTotals) / rpsOf(plainTotals)
    const hitToUpstream = hitLow.p50Ms / upstream.p50Ms
    const missOverhead = miss.p50Ms - upstream.p50Ms
    const saturated = (t: Totals) => ({ p50Ms: median(t.p50s), p99Ms: median(t.p99s) })

    const c = (n: number) => `c=${n}`
    const rows: [string, string, string, boolean?][] = [
      [`plain worker throughput (${c(LOAD_CONCURRENCY)})`, perSecond(rpsOf(plainTotals)), ''],
      [`cache-hit get throughput (${c(LOAD_CONCURRENCY)})`, perSecond(rpsOf(hitTotals)), ''],
      [
        'hit / plain sent a bare GET / (the request before 2026-12-02)',
        `${(rpsOf(hitTotals) / rpsOf(barePlainTotals)).toFixed(2)} (that load: ${perSecond(rpsOf(barePlainTotals))}, ${cpuPerRequestUs(barePlainTotals).toFixed(0)} us CPU)`,
        '',
      ],
      [
        'hit / plain throughput',
        `${judged(ratio)} (rounds ${roundRatios.map((r) => r.toFixed(2)).join(' ')})`,
        `>= ${TARGETS.hitThroughputRatio}`,
        ratio >= TARGETS.hitThroughputRatio,
      ],
      [
        'hit / plain worker that logs one line',
        `${judged(loggingRatio)} (rounds ${roundLoggingRatios.map((r) => r.toFixed(2)).join(' ')})`,
        `>= ${TARGETS.hitToLoggingPlainRatio}`,
        loggingRatio >= TARGETS.hitToLoggingPlainRatio,
      ],
      [
        'the plain worker that logs one line',
        `${perSecond(rpsOf(loggingPlainTotals))}, ${cpuPerRequestUs(loggingPlainTotals).toFixed(0)} us CPU`,
        '',
      ],
      [
        `hit / plain at LOG_SAMPLE_RATE=1 / ${SAMPLED_LOG_RATE} (CPU per hit)`,
        `${ratio.toFixed(2)} / ${sampledRatio.toFixed(2)} (${cpuPerRequestUs(hitTotals).toFixed(0)} / ${cpuPerRequestUs(sampledTotals).toFixed(0)} us)`,
        '',
      ],
      [
        'workerd CPU per request, plain / hit',
        `${cpuPerRequestUs(plainTotals).toFixed(0)} / ${cpuPerRequestUs(hitTotals).toFixed(0)} us`,
        '',
      ],
      [
        'same, LOG_REQUESTS=false (its CPU per request)',
        `${unloggedRatio.toFixed(2)} (${cpuPerRequestUs(unloggedTotals).toFixed(0)} us)`,
        '',
      ],
      [
        'same, log lines piped to Node (Miniflare default)',
        `${pipedRatio.toFixed(2)} (${cpuPerRequestUs(pipedTotals).toFixed(0)} us)`,
        '',
      ],
      [`upstream p50 / p99 (${UPSTREAM_LATENCY_MS} ms fake, ${c(LOW_CONCURRENCY)})`, p50p99(upstream), ''],
      [`hit p50 / p99 (${c(LOW_CONCURRENCY)})`, p50p99(hitLow), ''],
      [
        'hit p50 / upstream p50',
        hitToUpstream.toFixed(3),
        `<= ${TARGETS.hitP50ToUpstreamP50}`,
        hitToUpstream <= TARGETS.hitP50ToUpstreamP50,
      ],
      [`plain p50 / p99 (${c(LOW_CONCURRENCY)})`, p50p99(plainLow), ''],
      [`hit p50 / p99 (${c(LOAD_CONCURRENCY)}, saturated)`, p50p99(saturated(hitTotals)), ''],
      [`plain p50 / p99 (${c(LOAD_CONCURRENCY)}, saturated)`, p50p99(saturated(plainTotals)), ''],
      [`miss p50 / p99 (${c(LOW_CONCURRENCY)}, ${miss.requests} new sessions)`, p50p99(miss), ''],
      ['miss overhead (miss p50 - upstream p50)', ms(missOverhead), ''],
      [
        `  of it, the gateway's own (log line duration_ms - upstream_ms) p50 / p99`,
        Number.isNaN(inWorker) ? 'n/a' : `${inWorker} ms / ${inWorkerP99} ms`,
        `p50 <= ${MISS_OWN_SHARE_P50_MS} ms`,
        Number.isNaN(inWorker) ? undefined : (inWorker as number) <= MISS_OWN_SHARE_P50_MS,
      ],
      ['upstream calls per miss', callsPerMiss.toFixed(2), ''],
      [
        'upstream calls during the hit loads',
        String(hitUpstreamCalls),
        `= ${TARGETS.upstreamCallsDuringHits}`,
        hitUpstreamCalls === TARGETS.upstreamCallsDuringHits,
      ],
      [
        'deploy bundle raw / gzip',
        `${kib(bundle.raw)} / ${kib(bundle.gzip)}`,
        `<= ${kib(TARGETS.bundleGzipBytes)} gzip`,
        bundle.gzip <= TARGETS.bundleGzipBytes,
      ],
    ]
    const nameWidth = Math.max(...rows.map((r) => r[0].length))
    const valueWidth = Math.max(...rows.map((r) => r[1].length))
    const targetWidth = Math.max(...rows.map((r) => r[2].length))
    console.log('')
    for (const [name, value, target, met] of rows) {
      const verdict = met === undefined ? '' : met ? 'PASS' : 'FAIL'
      console.log(
        `${name.padEnd(nameWidth)}  ${value.padStart(valueWidth)}  ${target.padEnd(targetWidth)}  ${verdict}`.trimEnd(),
      )
    }
    console.log('')
    const sink = logs.enabled ? 'to a file' : 'piped to Node (a log file could not be used here)'
    const steal = stealPercentSince(ticksAtStart)
    console.log(
      `targets judged on the default config: one log line per request, written ${sink}; load average now ${loadAverage()}; CPU stolen by the host during the run ${steal === undefined ? 'unknown' : `${steal.toFixed(1)} %`}`,
    )
    if (steal !== undefined && steal > STEAL_WARNING_PERCENT) {
      console.log(
        `warning: the host took more than ${STEAL_WARNING_PERCENT} % of this VM's CPU; these figures measured its other tenants too`,
      )
    }
    const met = rows.filter((r) => r[3] !== undefined)
    console.log(`${met.filter((r) => r[3]).length} of ${met.length} targets met`)
  } finally {
    await Promise.allSettled([...all.map((instance) => instance.worker.close()), fake.close()])
    logs.remove()
  }
}

main().catch((err) => fail(err instanceof Error ? (err.stack ?? err.message) : String(err)))
