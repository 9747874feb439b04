/**
 * `node bench/ab.ts A.js B.js …`: whole-bundle A/B of the cache-hit path, in one run. Each bundle
 * (a `dist/index.js` built from some commit, copied aside) runs in its own workerd beside the plain
 * worker and the plain worker that logs one JSON line per request, all logging to a file as
 * `npm run bench` does; short rounds alternate over every series so load from other processes
 * falls on all alike. Prints each bundle's hit throughput over the two plain workers' and its
 * workerd CPU per request. Not the judged bench: a tool for "did this change help".
 *
 * workerd processes started alike differ by up to ~20 % (bench/bench.ts's INSTANCES), so each
 * series runs on BENCH_INSTANCES processes and its figures are their totals; each process's own
 * CPU per request is printed too, to see that spread. On a noisy VM, two bundles within ~5 % of
 * each other cannot be told apart even with 5 processes each (BENCHMARKS.md).
 *
 * Knobs (environment): BENCH_ROUNDS (default 6), BENCH_CONCURRENCY (default 32), BENCH_INSTANCES
 * (workerd processes per series, default 2).
 */
import { basename, resolve } from 'node:path'
import { convertV4MiniflareOptions, Miniflare } from 'miniflare'
import { DEMO_SEED, startFakeSeam } from '../fake-seam/index.ts'
import { wranglerCompatibility } from '../scripts/wrangler-compat.ts'
import { childProcesses, cpuMs } from './cpu.ts'
import { measure } from './load.ts'
import { logFile } from './log-file.ts'
import { LOGGING_PLAIN_WORKER as LOGGED_PLAIN, PLAIN_WORKER as PLAIN } from './plain-worker.ts'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32)
const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 2)
const ROUND = { concurrency: CONCURRENCY, warmupMs: 300, durationMs: 1_500 }
/** Untimed load first, so V8 has compiled the hot code (bench/bench.ts's SETTLE_PHASE). */
const SETTLE = { concurrency: CONCURRENCY, warmupMs: 0, durationMs: 1_500 }
const API_KEY = { authorization: `Bearer ${DEMO_SEED.apiKeys.one}` }

interface Instance {
  url: string
  pid: number | undefined
  mf: Miniflare
  sent: number
  cpuMs: number
}

interface Series {
  name: string
  instances: Instance[]
  path: string
  headers: Record<string, string>
  requests: number
  windowMs: number
  sent: number
  cpuMs: number
}

async function main() {
  const bundles = process.argv.slice(2).map((p) => resolve(p))
  if (bundles.length === 0) throw new Error('usage: node bench/ab.ts A.js [B.js …]')
  const fake = await startFakeSeam({ latencyMs: 50 })
  const logs = logFile('seam-ab')
  const series: Series[] = []
  const startOne = async (worker: Record<string, unknown>): Promise<Instance> => {
    const before = new Set(childProcesses('workerd'))
    const mf = await logs.start(async () => {
      const m = new Miniflare(
        convertV4MiniflareOptions({
          host: '127.0.0.1',
          port: 0,
          workers: [{ name: 'w', modules: true, ...wranglerCompatibility(), ...worker }],
          handleStructuredLogs: () => {},
        } as never),
      )
      await m.ready
      return m
    })
    const url = (await mf.ready).toString().replace(/\/$/, '')
    const pid = childProcesses('workerd').find((p) => !before.has(p))
    return { url, pid, mf, sent: 0, cpuMs: 0 }
  }
  const start = async (name: string, worker: Record<string, unknown>, path: string, headers = {}) => {
    const instances: Instance[] = []
    for (let i = 0; i < INSTANCES; i++) instances.push(await startOne(worker))
    series.push({ name, instances, path, headers, requests: 0, windowMs: 0, sent: 0, cpuMs: 0 })
  }
  await start('plain', { script: PLAIN }, '/')
  await start('plain, logs a line', { script: LOGGED_PLAIN }, '/')
  for (const [i, bundle] of bundles.entries()) {
    const id = fake.store.addSession({ workspace_id: DEMO_SEED.workspaces.one.id }).client_session_id
    const path = `/client_sessions/get?client_session_id=${id}`
    await start(
      `${i}: ${basename(resolve(bundle, '..'))}/${basename(bundle)}`,
      { scriptPath: bundle, bindings: { SEAM_ENDPOINT: fake.url }, kvNamespaces: ['SESSION_CACHE'] },
      path,
      API_KEY,
    )
    const s = series.at(-1) as Series
    for (const instance of s.instances) {
      for (let tries = 0; ; tries++) {
        const res = await fetch(instance.url + path, { headers: API_KEY })
        const status = res.headers.get('cache-status') ?? ''
        await res.arrayBuffer()
        if (/; hit/.test(status)) break
        if (tries > 20) throw new Error(`${s.name}: never a hit`)
        await new Promise((r) => setTimeout(r, 20))
      }
    }
  }
  const calls = fake.callsTo('/client_sessions/get').length
  for (const s of series) {
    for (const { url } of s.instances) await measure({ origin: url, paths: [s.path], headers: s.headers, ...SETTLE })
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const s of series) {
      for (const instance of s.instances) {
        const { url, pid } = instance
        const cpu = cpuMs(pid)
        const r = await measure({ origin: url, paths: [s.path], headers: s.headers, ...ROUND })
        if (r.failures > 0) throw new Error(`${s.name}: ${r.failures} failed answers`)
        s.cpuMs += cpuMs(pid) - cpu
        instance.cpuMs += cpuMs(pid) - cpu
        instance.sent += r.sent
        s.requests += r.requests
        s.windowMs += r.windowMs
        s.sent += r.sent
      }
    }
  }
  const rps = (s: Series) => (s.requests / s.windowMs) * 1000
  const [plain, logged] = series as [Series, Series]
  console.log(
    `${ROUNDS} rounds, c=${CONCURRENCY}, ${INSTANCES} workerd per series; upstream gets during the hit loads: ${fake.callsTo('/client_sessions/get').length - calls}`,
  )
  for (const s of series) {
    console.log(
      `${s.name.padEnd(40)} ${Math.round(rps(s)).toString().padStart(6)} req/s  /plain ${(rps(s) / rps(plain)).toFixed(2)}  /logged plain ${(rps(s) / rps(logged)).toFixed(2)}  CPU ${((s.cpuMs / s.sent) * 1000).toFixed(0)} us/req`,
    )
  }
  for (const s of series) {
    const each = s.instances.map((i) => ((i.cpuMs / i.sent) * 1000).toFixed(0)).join(' / ')
    console.log(`${s.name.padEnd(40)} CPU per process: ${each} us/req`)
  }
  for (const s of series) for (const { mf } of s.instances) await mf.dispose()
  await fake.close()
  logs.remove()
}

await main()
