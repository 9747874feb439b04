/**
 * `npm run soak`: mixed traffic against the real deploy bundle in workerd (Miniflare, as the
 * tests run it) and the project's fake Seam, for a bounded time, at bounded concurrency.
 *
 *   npm run soak                       # 30 s, 8 concurrent loops; builds dist/ first
 *   npm run soak -- --seconds 300 --concurrency 16 --no-build
 *   npm run soak -- --seconds 300 --concurrency 16 --heap   # + the isolate's JS heap (bench/heap.ts)
 *
 * Traffic: gets that hit the cache, gets that miss it (new and unknown sessions), a client
 * session token reading its own session, lists, creates and deletes, get_or_create,
 * grant_access, POST /token, invalid requests of every kind (401, 400, 405, 413), and upstream
 * faults injected while it runs (500 JSON, plain-text 503, reset, malformed 200, hang, and a
 * 503 a read retries past). Every request kind knows the statuses it may get; anything else,
 * a transport error, a log line that is not JSON or holds a secret, or a request without
 * exactly one log line, is an error.
 *
 * Prints requests, errors (must be 0), the status histogram, p50/p99 latency, and memory: this
 * Node process's RSS and heap, and workerd's RSS (from /proc/<pid>/status), first and last
 * sample and peak. Exits 1 when there was any error, 2 when the soak itself could not run.
 * Only 127.0.0.1 is ever contacted.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { parseArgs } from 'node:util'
import { DEMO_SEED, type FakeSeam, type Fault, startFakeSeam } from '../fake-seam/index.ts'
import { BUNDLE_PATH, type Gateway, startGateway } from '../test/helpers/gateway.ts'
import { goodClaims, signJwt } from '../test/helpers/jwt.ts'
import { childProcesses } from './cpu.ts'
import { watchHeap } from './heap.ts'
import { buildDeployBundle } from './launch.ts'

/** Long enough for the caches, the isolate and both processes' heaps to reach a steady state. */
const DEFAULT_SECONDS = 30
/** Enough parallel requests to keep workerd busy without starving a 2-core machine. */
const DEFAULT_CONCURRENCY = 8
/** Sessions the cache-hit traffic reads over and over. */
const HOT_SESSIONS = 50
/** Users POST /token vends for (the first vend per user goes to Seam, the rest reuse KV). */
const TOKEN_USERS = 20
/** A hung upstream costs this much per faulted request; short, so hang faults do not stall the loops. */
const UPSTREAM_TIMEOUT_MS = 1_000
/** Memory and log lines are sampled this often. */
const SAMPLE_EVERY_MS = 1_000
/** Progress line every this many ms. */
const PROGRESS_EVERY_MS = 5_000
/** Latency histogram resolution and range: 0.1 ms buckets up to 30 s (fixed memory, however long the soak). */
const BUCKET_MS = 0.1
const MAX_LATENCY_MS = 30_000
/** How long to wait at the end for workerd's log lines to arrive. */
const LOG_SETTLE_MS = 3_000
/** Unexpected answers printed in full (the rest are only counted). */
const SHOWN_ERRORS = 10

const JWT_SECRET = 'soak-jwt-secret-that-is-longer-than-32-bytes'
const API_KEY = DEMO_SEED.apiKeys.one
const CS = '/client_sessions'

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: String(DEFAULT_SECONDS) },
    concurrency: { type: 'string', default: String(DEFAULT_CONCURRENCY) },
    'no-build': { type: 'boolean', default: false },
    heap: { type: 'boolean', default: false },
  },
})
/** With --heap: the gateway isolate's JS heap is read through workerd's inspector this often. */
const HEAP_SAMPLE_EVERY_MS = 15_000
const seconds = Number(args.seconds)
const concurrency = Number(args.concurrency)
if (!(seconds > 0) || !(Number.isInteger(concurrency) && concurrency > 0)) {
  console.error('usage: npm run soak -- [--seconds N] [--concurrency N] [--no-build]')
  process.exit(2)
}

// ---- requests ----

interface Req {
  method: string
  path: string
  headers?: Record<string, string>
  body?: string
  /** A body the gateway refuses unread (413): sent on its own connection, see `send`. */
  ownConnection?: boolean
  /** Statuses this one request may get, when they differ from its kind's. */
  expect?: readonly number[]
}

interface Answer {
  status: number
  body: string
}

const keepAlive = new Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency })
let origin: URL

/**
 * Sends one request. A body the gateway refuses without reading it gets `Connection: close`
 * from workerd; on a shared keep-alive socket the next request could race that close, so such
 * requests get a connection of their own.
 */
function send(req: Req): Promise<Answer> {
  const body = req.body === undefined ? undefined : Buffer.from(req.body)
  const headers = { ...req.headers, ...(body ? { 'content-length': String(body.length) } : {}) }
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: origin.hostname,
        port: origin.port,
        method: req.method,
        path: req.path,
        headers,
        agent: req.ownConnection ? false : keepAlive,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }))
        res.on('error', reject)
      },
    )
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
const jsonReq = (method: string, path: string, headers: Record<string, string>, body: unknown): Req => ({
  method,
  path,
  headers: { ...headers, 'content-type': 'application/json' },
  body: JSON.stringify(body),
})
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T
const unique = (prefix: string) => `${prefix}_${Math.random().toString(36).slice(2)}`

interface Kind {
  name: string
  weight: number
  /** Statuses this kind may get; anything else is an error. */
  expect: readonly number[]
  /** Builds the next request (and may prepare the fake for it). */
  next(): Req
  /** Runs after the answer (bookkeeping). */
  after?(answer: Answer, req: Req): void
}

interface Hot {
  id: string
  token: string
  key: string
}

function kinds(fake: FakeSeam, hot: Hot[]): Kind[] {
  const workspace = DEMO_SEED.workspaces.one.id
  const created: string[] = []
  const jwts = Array.from({ length: TOKEN_USERS }, (_, i) =>
    // A long expiry: the same tokens serve the whole soak.
    signJwt({ alg: 'HS256', key: JWT_SECRET, payload: goodClaims(`soak_user_${i}`, { exp: 4_102_444_800 }) }),
  )
  const revokeFaults: Fault[] = [
    { kind: 'status', status: 500, times: 1 },
    { kind: 'status', status: 503, body: '<html>down</html>', contentType: 'text/html', times: 1 },
    { kind: 'reset', times: 1 },
    { kind: 'malformed', times: 1 },
    { kind: 'hang', times: 1 },
  ]
  const invalid: { req: () => Req; status: number }[] = [
    { req: () => ({ method: 'GET', path: `${CS}/list` }), status: 401 },
    {
      req: () => ({ method: 'GET', path: `${CS}/list`, headers: { 'client-session-token': pick(hot).token } }),
      status: 401,
    },
    { req: () => ({ method: 'GET', path: `${CS}/get?colour=red`, headers: bearer(API_KEY) }), status: 400 },
    {
      req: () => ({
        method: 'GET',
        path: `${CS}/get?client_session_id=a&client_session_id=b`,
        headers: bearer(API_KEY),
      }),
      status: 400,
    },
    { req: () => jsonReq('POST', `${CS}/revoke`, bearer(API_KEY), { client_session_id: 42 }), status: 400 },
    { req: () => jsonReq('POST', `${CS}/create`, bearer(API_KEY), { __proto__x: 1, expires_at: 'soon' }), status: 400 },
    {
      req: () => ({
        method: 'POST',
        path: `${CS}/create`,
        headers: { ...bearer(API_KEY), 'content-type': 'application/json' },
        body: '{"a":',
      }),
      status: 400,
    },
    {
      req: () => ({
        method: 'POST',
        path: `${CS}/create`,
        headers: { ...bearer(API_KEY), 'content-type': 'text/plain' },
        body: 'x',
      }),
      status: 400,
    },
    { req: () => ({ method: 'PUT', path: `${CS}/revoke`, headers: bearer(API_KEY) }), status: 405 },
    {
      req: () => ({
        ...jsonReq('POST', `${CS}/create`, bearer(API_KEY), { user_identifier_key: 'x'.repeat(70_000) }),
        ownConnection: true,
      }),
      status: 413,
    },
    { req: () => ({ method: 'POST', path: '/token', headers: bearer('not.a.jwt') }), status: 401 },
  ]

  return [
    {
      name: 'get (cache hit)',
      weight: 30,
      expect: [200],
      next: () => ({ method: 'GET', path: `${CS}/get?client_session_id=${pick(hot).id}`, headers: bearer(API_KEY) }),
    },
    {
      name: 'get own session (CST)',
      weight: 10,
      expect: [200],
      next: () => ({ method: 'GET', path: `${CS}/get`, headers: { 'client-session-token': pick(hot).token } }),
    },
    {
      name: 'get (cache miss)',
      weight: 8,
      expect: [200],
      next: () => {
        const s = fake.store.addSession({ workspace_id: workspace, user_identifier_key: unique('soak_miss') })
        return { method: 'GET', path: `${CS}/get?client_session_id=${s.client_session_id}`, headers: bearer(API_KEY) }
      },
      // Kept out of the fake's store afterwards, so a long soak does not grow it.
      after: (_answer, req) => {
        fake.store.deleteSession(new URL(req.path, 'http://x').searchParams.get('client_session_id') ?? '')
      },
    },
    {
      name: 'get (unknown session)',
      weight: 4,
      expect: [404],
      next: () => ({
        method: 'GET',
        path: `${CS}/get?client_session_id=${unique('missing')}`,
        headers: bearer(API_KEY),
      }),
    },
    {
      name: 'list',
      weight: 8,
      expect: [200],
      next: () => ({
        method: 'GET',
        path: `${CS}/list?user_identifier_key=${pick(hot).key}`,
        headers: bearer(API_KEY),
      }),
    },
    {
      name: 'create',
      weight: 5,
      expect: [200],
      next: () => jsonReq('PUT', `${CS}/create`, bearer(API_KEY), { user_identifier_key: unique('soak_new') }),
      after: (answer) => {
        const id = (JSON.parse(answer.body) as { client_session?: { client_session_id?: string } }).client_session
          ?.client_session_id
        if (id) created.push(id)
      },
    },
    {
      name: 'delete',
      weight: 5,
      // 404 when no created session was left to delete.
      expect: [200, 404],
      next: () => ({
        method: 'DELETE',
        path: `${CS}/delete?client_session_id=${created.shift() ?? 'soak_missing'}`,
        headers: bearer(API_KEY),
      }),
    },
    {
      name: 'get_or_create',
      weight: 4,
      expect: [200],
      next: () => jsonReq('POST', `${CS}/get_or_create`, bearer(API_KEY), { user_identifier_key: pick(hot).key }),
    },
    {
      name: 'grant_access',
      weight: 4,
      expect: [200],
      next: () =>
        jsonReq('PATCH', `${CS}/grant_access`, bearer(API_KEY), {
          client_session_id: pick(hot).id,
          connected_account_ids: ['demo_connected_account_2'],
        }),
    },
    {
      name: 'POST /token',
      weight: 6,
      expect: [200],
      next: () => ({ method: 'POST', path: '/token', headers: bearer(pick(jwts)) }),
    },
    {
      name: 'invalid input',
      weight: 8,
      expect: [400, 401, 405, 413],
      next: () => {
        const chosen = pick(invalid)
        return { ...chosen.req(), expect: [chosen.status] }
      },
    },
    {
      // Only this kind calls revoke, so the fault meets one of its own requests (maybe a
      // concurrent one: each may get either the fault's answer or Seam's 404).
      name: 'revoke under a fault',
      weight: 3,
      expect: [404, 500, 502, 504],
      next: () => {
        fake.setFault(`${CS}/revoke`, pick(revokeFaults))
        return jsonReq('POST', `${CS}/revoke`, bearer(API_KEY), { client_session_id: unique('missing') })
      },
    },
    {
      // A read, sent once (the caller's SDK owns the retries): the 503, or the fake's own answer
      // (404: it has no devices) when a concurrent request met the fault first.
      name: 'pass-through read under a 503',
      weight: 2,
      expect: [404, 503],
      next: () => {
        fake.setFault('/devices/list', { kind: 'status', status: 503, times: 1 })
        return { method: 'GET', path: '/devices/list', headers: bearer(API_KEY) }
      },
    },
  ]
}

// ---- measurement ----

class Latencies {
  private readonly buckets = new Uint32Array(Math.ceil(MAX_LATENCY_MS / BUCKET_MS) + 1)
  count = 0
  add(ms: number): void {
    const bucket = Math.min(this.buckets.length - 1, Math.floor(ms / BUCKET_MS))
    this.buckets[bucket] = (this.buckets[bucket] ?? 0) + 1
    this.count++
  }
  quantile(q: number): number {
    const target = Math.ceil(q * this.count)
    let seen = 0
    for (let i = 0; i < this.buckets.length; i++) {
      seen += this.buckets[i] as number
      if (seen >= target && seen > 0) return (i + 1) * BUCKET_MS
    }
    return Number.NaN
  }
}

interface MemorySample {
  nodeRss: number
  nodeHeap: number
  workerdRss: number
}

/** VmRSS of a process in bytes, from /proc; 0 when unknown. */
function rssOf(pid: number): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+)\s+kB/m)
    return match ? Number(match[1]) * 1024 : 0
  } catch {
    return 0
  }
}

function sampleMemory(): MemorySample {
  const usage = process.memoryUsage()
  const workerd = childProcesses('workerd').reduce((sum, pid) => sum + rssOf(pid), 0)
  return { nodeRss: usage.rss, nodeHeap: usage.heapUsed, workerdRss: workerd }
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`

// ---- the soak ----

function build(): void {
  console.log('soak: building the deploy bundle (wrangler deploy --dry-run, as npm test does)')
  // The static files (/openapi.json, /docs) first: wrangler.toml's [assets] directory must exist.
  const assets = spawnSync(process.execPath, ['scripts/openapi.ts', '--assets'], { stdio: 'inherit' })
  if (assets.status !== 0 || !buildDeployBundle()) {
    console.error('soak: the build failed (run `npm run build` to see why)')
    process.exit(2)
  }
}

async function main(): Promise<number> {
  if (!args['no-build']) build()
  if (!existsSync(BUNDLE_PATH)) {
    console.error('soak: dist/index.js is missing: run `npm run build` first (or drop --no-build)')
    return 2
  }
  const fake = await startFakeSeam()
  const gateway: Gateway = await startGateway({
    vars: {
      SEAM_ENDPOINT: fake.url,
      SEAM_API_KEY: API_KEY,
      AUTH_JWT_SECRET: JWT_SECRET,
      UPSTREAM_TIMEOUT_MS: String(UPSTREAM_TIMEOUT_MS),
    },
    // The worker alone, as the bench runs it: Miniflare's asset router (for /openapi.json and /docs,
    // which the soak never asks for) would add its own CPU and memory to workerd's (bench/bench.ts).
    assets: false,
    inspector: args.heap,
  })
  const heap = args.heap ? await watchHeap(gateway.mf, HEAP_SAMPLE_EVERY_MS, childProcesses('workerd')[0]) : null
  origin = new URL(gateway.url)
  const hot: Hot[] = Array.from({ length: HOT_SESSIONS }, (_, i) => {
    const s = fake.store.addSession({ workspace_id: DEMO_SEED.workspaces.one.id, user_identifier_key: `soak_hot_${i}` })
    return { id: s.client_session_id, token: s.token, key: s.user_identifier_key as string }
  })
  const traffic = kinds(fake, hot)
  const totalWeight = traffic.reduce((sum, k) => sum + k.weight, 0)
  const chooseKind = () => {
    let r = Math.random() * totalWeight
    for (const kind of traffic) {
      r -= kind.weight
      if (r < 0) return kind
    }
    return traffic[0] as Kind
  }

  /** Values that must never appear in a log line. */
  const secrets = [API_KEY, JWT_SECRET, ...hot.map((h) => h.token)]
  const latencies = new Latencies()
  const statuses: Record<string, number> = {}
  const perKind: Record<string, { requests: number; errors: number }> = {}
  const shown: string[] = []
  let requests = 0
  let errors = 0
  let logLines = 0
  let badLogLines = 0
  const memory: MemorySample[] = []

  const error = (what: string) => {
    errors++
    if (shown.length < SHOWN_ERRORS) shown.push(what)
  }

  /** Reads and empties the captured log lines (the array would otherwise grow for the whole soak). */
  const drainLogs = () => {
    const lines = gateway.logs.splice(0, gateway.logs.length)
    for (const line of lines) {
      let parsed: { msg?: unknown }
      try {
        parsed = JSON.parse(line)
      } catch {
        badLogLines++
        error(`log line is not JSON: ${line.slice(0, 200)}`)
        continue
      }
      if (parsed.msg === 'request') logLines++
      if (secrets.some((s) => line.includes(s))) {
        badLogLines++
        error(`log line holds a secret: ${line.slice(0, 120)}…`)
      }
    }
  }

  const started = Date.now()
  const stopAt = started + seconds * 1000
  const sampler = setInterval(() => {
    drainLogs()
    // The fake records every call; forgotten here so it does not count as the soak's memory.
    fake.resetCalls()
    memory.push(sampleMemory())
  }, SAMPLE_EVERY_MS)
  const progress = setInterval(() => {
    const last = memory.at(-1)
    console.log(
      `soak: ${Math.round((Date.now() - started) / 1000)} s, ${requests} requests, ${errors} errors` +
        (last ? `, node ${mib(last.nodeRss)}, workerd ${mib(last.workerdRss)}` : ''),
    )
  }, PROGRESS_EVERY_MS)
  memory.push(sampleMemory())

  const loop = async () => {
    while (Date.now() < stopAt) {
      const kind = chooseKind()
      const req = kind.next()
      const expected = req.expect ?? kind.expect
      perKind[kind.name] ??= { requests: 0, errors: 0 }
      const stats = perKind[kind.name] as { requests: number; errors: number }
      const begun = performance.now()
      let answer: Answer
      try {
        answer = await send(req)
      } catch (err) {
        requests++
        stats.requests++
        stats.errors++
        statuses.transport_error = (statuses.transport_error ?? 0) + 1
        error(`${kind.name}: ${req.method} ${req.path.slice(0, 80)} → ${(err as Error).message}`)
        continue
      }
      latencies.add(performance.now() - begun)
      requests++
      stats.requests++
      statuses[answer.status] = (statuses[answer.status] ?? 0) + 1
      if (!expected.includes(answer.status)) {
        stats.errors++
        error(`${kind.name}: ${req.method} ${req.path.slice(0, 80)} → ${answer.status} ${answer.body.slice(0, 200)}`)
        continue
      }
      try {
        kind.after?.(answer, req)
      } catch (err) {
        error(`${kind.name}: could not read the answer: ${(err as Error).message}`)
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, loop))
  const elapsedMs = Date.now() - started
  clearInterval(sampler)
  clearInterval(progress)
  memory.push(sampleMemory())

  // Every answered request has exactly one log line; workerd delivers them asynchronously.
  const answered = requests - (statuses.transport_error ?? 0)
  for (let waited = 0; waited < LOG_SETTLE_MS && logLines < answered; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    drainLogs()
  }
  drainLogs()
  if (logLines !== answered) error(`${logLines} request log lines for ${answered} answered requests`)

  keepAlive.destroy()
  const heapReport = await heap?.finish()
  await Promise.all([gateway.close(), fake.close()])

  // ---- report ----
  const first = memory[1] ?? memory[0] // the first sample after the traffic started
  const last = memory.at(-1) as MemorySample
  const peak = (field: keyof MemorySample) => Math.max(...memory.map((m) => m[field]))
  console.log('')
  console.log(`soak: ${(elapsedMs / 1000).toFixed(1)} s at concurrency ${concurrency}`)
  console.log(`requests      ${requests} (${Math.round((requests / elapsedMs) * 1000)} req/s)`)
  console.log(`errors        ${errors}`)
  console.log(
    `latency       p50 ${latencies.quantile(0.5).toFixed(1)} ms, p99 ${latencies.quantile(0.99).toFixed(1)} ms`,
  )
  console.log(`log lines     ${logLines} request lines, ${badLogLines} bad`)
  console.log(
    `statuses      ${Object.entries(statuses)
      .map(([status, n]) => `${status}: ${n}`)
      .join(', ')}`,
  )
  console.log('per kind')
  for (const [name, s] of Object.entries(perKind)) {
    console.log(`  ${name.padEnd(32)} ${String(s.requests).padStart(7)} requests, ${s.errors} errors`)
  }
  if (first) {
    console.log('memory        first sample → last (peak)')
    console.log(`  node RSS    ${mib(first.nodeRss)} → ${mib(last.nodeRss)} (${mib(peak('nodeRss'))})`)
    console.log(`  node heap   ${mib(first.nodeHeap)} → ${mib(last.nodeHeap)} (${mib(peak('nodeHeap'))})`)
    if (peak('workerdRss') > 0) {
      console.log(`  workerd RSS ${mib(first.workerdRss)} → ${mib(last.workerdRss)} (${mib(peak('workerdRss'))})`)
    } else {
      console.log('  workerd RSS unknown (no /proc, or workerd is not a child of this process)')
    }
  }
  if (heapReport) console.log(heapReport)
  if (shown.length > 0) {
    console.log(`first ${shown.length} errors:`)
    for (const line of shown) console.log(`  ${line}`)
  }
  console.log(errors === 0 ? 'soak: PASS (0 errors)' : `soak: FAIL (${errors} errors)`)
  return errors === 0 ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error('soak: could not run:', err)
    process.exit(2)
  },
)
