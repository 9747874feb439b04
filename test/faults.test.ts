/**
 * The fault matrix (issue 6): every upstream failure the gateway can meet, for every
 * client-session route, through the real bundle against the project's fake Seam.
 *
 * For each (route, failure): the status and error type the caller gets, in Seam's envelope,
 * with `seam-request-id`; and how many attempts reached the upstream, counted at the fake:
 * exactly 1 for every client-session route, reads and writes alike (issue 18: a call made on a
 * caller's behalf is not retried by the gateway; the caller's SDK owns the retries), also when
 * the connection was reset or hung after the request was sent.
 * Then the gateway's own calls (`/token`), which keep a bounded retry policy of their own:
 * Retry-After honoured or not waited for, the deadline bounding retries; a dead port;
 * /token and /webhooks/grants on a hung upstream; and KV failing under the write routes.
 *
 * (Stale-if-error and KV failing under get: cache.test.ts. Pass-through faults: pass-through.test.ts.)
 */
import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Fault } from '../fake-seam/index.ts'
import { useGateway } from './helpers/fixture.ts'
import { type Gateway, startGateway } from './helpers/gateway.ts'
import { goodClaims, signJwt } from './helpers/jwt.ts'
import { newWebhookSecret, signWebhook } from './helpers/sign-webhook.ts'

/** Small on purpose: a hung attempt costs this much, and three of /token's must fit the deadline. */
const TIMEOUT_MS = 300
const DEADLINE_MS = 5_000
/** Attempts one call made on a caller's behalf makes (src/upstream.ts MAX_ATTEMPTS.caller). */
const CALLER_ATTEMPTS = 1
/** Attempts one of the gateway's own reads may make: the first and MAX_RETRIES (2) more. */
const OWN_READ_ATTEMPTS = 3
const JWT_SECRET = 'faults-test-jwt-secret-longer-than-32-bytes'
const GRANT_SECRET = newWebhookSecret()

const { gateway, upstream: fake } = useGateway({
  vars: ({ seed }) => ({
    UPSTREAM_TIMEOUT_MS: String(TIMEOUT_MS),
    UPSTREAM_DEADLINE_MS: String(DEADLINE_MS),
    // No cached answers: every get reaches the upstream, so each fault is met.
    CACHE_TTL_SECONDS: '0',
    MEMORY_CACHE_TTL_MS: '0',
    SEAM_API_KEY: seed.apiKeys.one,
    AUTH_JWT_SECRET: JWT_SECRET,
    GRANT_WEBHOOK_SECRET: GRANT_SECRET,
  }),
})

const unique = (prefix: string) => `${prefix}_${Math.random().toString(36).slice(2)}`
const apiKey = () => ({ authorization: `Bearer ${fake.seed.apiKeys.one}` })
const newSession = () =>
  fake.store.addSession({ workspace_id: fake.seed.workspaces.one.id, user_identifier_key: unique('user') })

function send(gw: Gateway, method: string, path: string, body?: unknown): Promise<Response> {
  return gw.fetch(path, {
    method,
    headers: body === undefined ? apiKey() : { ...apiKey(), 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
}

interface RouteCall {
  name: string
  path: string
  /** 'read': safe to repeat (the SDK retries it); 'write': a repeat could act twice. The gateway sends both once. */
  kind: 'read' | 'write'
  /** Sends one request with fresh parameters (distinct ids: no answer is shared between tests). */
  send(gw: Gateway): Promise<Response>
}

const q = (params: Record<string, string>) => `?${new URLSearchParams(params)}`
const CS = '/client_sessions'

/** Every route, with the methods SDK 2.x sends, and the SDK 1.x POST form of each read. */
const CALLS: RouteCall[] = [
  {
    name: 'GET get',
    path: `${CS}/get`,
    kind: 'read',
    send: (gw) => send(gw, 'GET', `${CS}/get${q({ client_session_id: unique('id') })}`),
  },
  {
    name: 'POST get',
    path: `${CS}/get`,
    kind: 'read',
    send: (gw) => send(gw, 'POST', `${CS}/get`, { client_session_id: unique('id') }),
  },
  {
    name: 'GET list',
    path: `${CS}/list`,
    kind: 'read',
    send: (gw) => send(gw, 'GET', `${CS}/list${q({ user_identifier_key: unique('user') })}`),
  },
  {
    name: 'POST list',
    path: `${CS}/list`,
    kind: 'read',
    send: (gw) => send(gw, 'POST', `${CS}/list`, { user_identifier_key: unique('user') }),
  },
  {
    name: 'DELETE delete',
    path: `${CS}/delete`,
    kind: 'read',
    send: (gw) => send(gw, 'DELETE', `${CS}/delete${q({ client_session_id: newSession().client_session_id })}`),
  },
  {
    name: 'POST delete',
    path: `${CS}/delete`,
    kind: 'read',
    send: (gw) => send(gw, 'POST', `${CS}/delete`, { client_session_id: newSession().client_session_id }),
  },
  {
    name: 'PUT create',
    path: `${CS}/create`,
    kind: 'write',
    send: (gw) => send(gw, 'PUT', `${CS}/create`, { user_identifier_key: unique('user') }),
  },
  {
    name: 'POST get_or_create',
    path: `${CS}/get_or_create`,
    kind: 'write',
    send: (gw) => send(gw, 'POST', `${CS}/get_or_create`, { user_identifier_key: unique('user') }),
  },
  {
    name: 'PATCH grant_access',
    path: `${CS}/grant_access`,
    kind: 'write',
    send: (gw) =>
      send(gw, 'PATCH', `${CS}/grant_access`, {
        client_session_id: newSession().client_session_id,
        connected_account_ids: ['demo_connected_account_2'],
      }),
  },
  {
    name: 'POST revoke',
    path: `${CS}/revoke`,
    kind: 'write',
    send: (gw) => send(gw, 'POST', `${CS}/revoke`, { client_session_id: newSession().client_session_id }),
  },
]

interface Expected {
  status: number
  type: string
  /** Where `seam-request-id` comes from: Seam's answer (passed on) or the gateway's own id. */
  requestId: 'upstream' | 'gateway'
  /** Extra headers the caller must get. */
  headers?: Record<string, string>
  /** Seam's body must come back exactly. */
  passedThrough?: boolean
}

const FAULTS: [string, Fault, Expected][] = [
  [
    '500 JSON',
    { kind: 'status', status: 500 },
    { status: 500, type: 'internal_server_error', requestId: 'upstream', passedThrough: true },
  ],
  [
    'plain-text 503',
    { kind: 'status', status: 503, body: '<html>Service Unavailable</html>', contentType: 'text/html' },
    { status: 502, type: 'upstream_unavailable', requestId: 'upstream' },
  ],
  [
    '429 with a long Retry-After',
    { kind: 'status', status: 429, headers: { 'retry-after': '30' } },
    {
      status: 429,
      type: 'rate_limited',
      requestId: 'upstream',
      headers: { 'retry-after': '30' },
      passedThrough: true,
    },
  ],
  [
    'malformed 200',
    { kind: 'malformed' },
    // A 200 is an answer, not a failure to retry: the body is unreadable, so 502 of its own type.
    { status: 502, type: 'upstream_invalid_response', requestId: 'upstream' },
  ],
  ['connection reset', { kind: 'reset' }, { status: 502, type: 'upstream_unavailable', requestId: 'gateway' }],
  ['hang', { kind: 'hang' }, { status: 504, type: 'upstream_timeout', requestId: 'gateway' }],
]

/** Checks Seam's envelope and request id; returns the parsed body. */
async function expectEnvelope(res: Response, status: number, type: string): Promise<Record<string, unknown>> {
  const text = await res.text()
  expect(res.status, text).toBe(status)
  expect(res.headers.get('content-type')).toMatch(/^application\/json/)
  expect(res.headers.get('seam-request-id')).toBeTruthy()
  const body = JSON.parse(text)
  expect(body).toMatchObject({ error: { type, message: expect.any(String) }, ok: false })
  return body
}

describe('fault matrix', () => {
  const cases = FAULTS.flatMap(([faultName, fault, expected]) =>
    CALLS.map((call) => [call.name, faultName, call, fault, expected] as const),
  )
  test.each(cases)('%s, upstream %s', async (_name, _fault, call, fault, expected) => {
    fake.setFault(call.path, fault)
    const res = await call.send(gateway)
    const body = await expectEnvelope(res, expected.status, expected.type)
    const requestId = res.headers.get('seam-request-id') as string
    expect(requestId).toMatch(expected.requestId === 'upstream' ? /^req_/ : /^gw_/)
    for (const [name, value] of Object.entries(expected.headers ?? {})) expect(res.headers.get(name)).toBe(value)
    if (expected.passedThrough) {
      expect(body).toEqual({
        error: { type: expected.type, message: `Injected fault: HTTP ${expected.status}` },
        ok: false,
      })
    }
    // Nothing of the upstream's internals on the wire.
    expect(JSON.stringify(body)).not.toContain(fake.url)
    expect(JSON.stringify(body)).not.toContain('Service Unavailable</html>')
    expect(fake.callsTo(call.path)).toHaveLength(CALLER_ATTEMPTS)
  })

  test.each(CALLS.filter((c) => c.kind === 'read'))(
    "$name: one failed attempt comes back at once, and the caller's retry reaches Seam afresh",
    async (call) => {
      fake.setFault(call.path, { kind: 'reset', times: 1 })
      const failed = await call.send(gateway)
      await expectEnvelope(failed, 502, 'upstream_unavailable')
      expect(fake.callsTo(call.path)).toHaveLength(CALLER_ATTEMPTS)
      // What the SDK does next: the same call again, which the gateway forwards as one attempt.
      const retried = await call.send(gateway)
      expect(retried.status, await retried.clone().text()).toBeLessThan(500)
      expect(fake.callsTo(call.path)).toHaveLength(CALLER_ATTEMPTS + 1)
      expect((await gateway.logFor(retried)).upstream_attempts).toBe(1)
    },
  )

  test('a write that failed in flight drops the cached session, so the next get asks Seam', async () => {
    const cached = await startGateway({ vars: { SEAM_ENDPOINT: fake.url, UPSTREAM_TIMEOUT_MS: String(TIMEOUT_MS) } })
    try {
      const s = newSession()
      const get = () => send(cached, 'GET', `${CS}/get${q({ client_session_id: s.client_session_id })}`)
      await get()
      expect((await get()).headers.get('cache-status')).toMatch(/hit/)
      fake.setFault(`${CS}/revoke`, { kind: 'reset', times: 1 })
      const revoke = await send(cached, 'POST', `${CS}/revoke`, { client_session_id: s.client_session_id })
      await expectEnvelope(revoke, 502, 'upstream_unavailable')
      // The revoke may have happened at Seam: the gateway must not keep answering from its copy.
      expect((await get()).headers.get('cache-status')).toMatch(/fwd=miss/)
    } finally {
      await cached.close()
    }
  })
})

/** POST /token for a fresh user: the gateway's own get (retried, `safe`), then its own get_or_create (sent once). */
function vendToken(gw: Gateway): Promise<Response> {
  const jwt = signJwt({ alg: 'HS256', key: JWT_SECRET, payload: goodClaims(unique('sub')) })
  return gw.fetch('/token', { method: 'POST', headers: { authorization: `Bearer ${jwt}` } })
}

describe('Retry-After', () => {
  test("a short Retry-After on the gateway's own read is waited for, then the retry answers", async () => {
    fake.setFault(`${CS}/get`, { kind: 'status', status: 503, headers: { 'retry-after': '1' }, times: 1 })
    const res = await vendToken(gateway)
    expect(res.status, await res.clone().text()).toBe(200)
    const [first, second] = fake.callsTo(`${CS}/get`)
    expect(fake.callsTo(`${CS}/get`)).toHaveLength(2)
    // Longer than the exponential backoff (100–120 ms) alone would wait.
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950)
  })

  test("a caller's read with a short Retry-After comes back at once with it: the SDK waits and retries", async () => {
    fake.setFault(`${CS}/list`, { kind: 'status', status: 503, headers: { 'retry-after': '1' }, times: 1 })
    const res = await send(gateway, 'GET', `${CS}/list`)
    await expectEnvelope(res, 503, 'service_unavailable')
    expect(res.headers.get('retry-after')).toBe('1')
    expect(fake.callsTo(`${CS}/list`)).toHaveLength(1)
  })

  test('a 429 on a write passes through with its Retry-After and is not retried, however short', async () => {
    fake.setFault(`${CS}/get_or_create`, { kind: 'status', status: 429, headers: { 'retry-after': '1' } })
    const res = await send(gateway, 'POST', `${CS}/get_or_create`, { user_identifier_key: unique('user') })
    await expectEnvelope(res, 429, 'rate_limited')
    expect(res.headers.get('retry-after')).toBe('1')
    expect(fake.callsTo(`${CS}/get_or_create`)).toHaveLength(1)
  })

  test('a plain-text 503 with Retry-After → 502 upstream_unavailable carrying the Retry-After', async () => {
    fake.setFault(`${CS}/revoke`, { kind: 'status', status: 503, body: 'down', headers: { 'retry-after': '120' } })
    const res = await send(gateway, 'POST', `${CS}/revoke`, { client_session_id: newSession().client_session_id })
    await expectEnvelope(res, 502, 'upstream_unavailable')
    expect(res.headers.get('retry-after')).toBe('120')
  })
})

describe('the deadline bounds every attempt and every retry', () => {
  // A per-attempt timeout far longer than the deadline: only the deadline can end a hung attempt.
  const { gateway: tight } = useGateway({
    upstream: fake,
    vars: ({ seed }) => ({
      UPSTREAM_TIMEOUT_MS: '20000',
      UPSTREAM_DEADLINE_MS: '1500',
      CACHE_TTL_SECONDS: '0',
      // /token: the gateway's own calls, which keep retries of their own.
      SEAM_API_KEY: seed.apiKeys.one,
      AUTH_JWT_SECRET: JWT_SECRET,
    }),
  })

  test('a hung read is cut at the deadline: 504 upstream_timeout after one attempt', async () => {
    fake.setFault(`${CS}/get`, { kind: 'hang' })
    const started = Date.now()
    const res = await send(tight, 'GET', `${CS}/get${q({ client_session_id: unique('id') })}`)
    await expectEnvelope(res, 504, 'upstream_timeout')
    // The 20 s attempt timeout never fired: the 1.5 s deadline did.
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(fake.callsTo(`${CS}/get`)).toHaveLength(1)
  })

  test("the gateway's own retries stop when the next wait would pass the deadline: 2 attempts", async () => {
    // Retry-After 1 s: attempt at 0 s, retry at 1 s, a third would be at 2 s > 1.5 s.
    fake.setFault(`${CS}/get`, { kind: 'status', status: 503, headers: { 'retry-after': '1' } })
    const res = await vendToken(tight)
    expect(res.status).toBeGreaterThanOrEqual(500)
    expect(fake.callsTo(`${CS}/get`)).toHaveLength(2)
    expect(fake.callsTo(`${CS}/get_or_create`)).toHaveLength(0)
  })

  test("a Retry-After longer than the time left is not waited for by the gateway's own read", async () => {
    fake.setFault(`${CS}/get`, { kind: 'status', status: 503, headers: { 'retry-after': '3' } })
    const res = await vendToken(tight)
    expect(res.status).toBeGreaterThanOrEqual(500)
    expect(fake.callsTo(`${CS}/get`)).toHaveLength(1)
  })
})

describe('nothing listening', () => {
  let dead: Gateway
  beforeAll(async () => {
    // A port that was free a moment ago and has nothing on it now.
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number }
        server.close(() => resolve(port))
      })
    })
    dead = await startGateway({
      vars: { SEAM_ENDPOINT: `http://127.0.0.1:${port}`, UPSTREAM_TIMEOUT_MS: '1000', CACHE_TTL_SECONDS: '0' },
    })
  })
  afterAll(async () => {
    await dead?.close()
  })

  test.each(CALLS)('$name → 502 upstream_unavailable', async (call) => {
    const res = await call.send(dead)
    await expectEnvelope(res, 502, 'upstream_unavailable')
    expect(res.headers.get('seam-request-id')).toMatch(/^gw_/)
    const log = await dead.logFor(res)
    // Not even one gateway retry: the runtime cannot tell a refused connection from one reset
    // after the request left, so it cannot know that nothing reached Seam (src/upstream.ts).
    expect(log.reason).toBe(`upstream connection after ${CALLER_ATTEMPTS} attempt(s)`)
    expect(log.status).toBe(502)
  })
})

describe('/token and /webhooks/grants on a hung upstream', () => {
  test("POST /token: the gateway's own get is retried, then 504; nothing is created", async () => {
    fake.setFault(`${CS}/get`, { kind: 'hang' })
    const res = await vendToken(gateway)
    await expectEnvelope(res, 504, 'upstream_timeout')
    expect(fake.callsTo(`${CS}/get`)).toHaveLength(OWN_READ_ATTEMPTS)
    expect(fake.callsTo(`${CS}/get_or_create`)).toHaveLength(0)
  })

  test('POST /token: get_or_create hanging is sent once → 504', async () => {
    fake.setFault(`${CS}/get_or_create`, { kind: 'hang' })
    const jwt = signJwt({ alg: 'HS256', key: JWT_SECRET, payload: goodClaims(unique('sub')) })
    const res = await gateway.fetch('/token', { method: 'POST', headers: { authorization: `Bearer ${jwt}` } })
    await expectEnvelope(res, 504, 'upstream_timeout')
    expect(fake.callsTo(`${CS}/get_or_create`)).toHaveLength(1)
  })

  test('POST /webhooks/grants: grant_access hanging is sent once → 503 upstream_unavailable (the sender retries)', async () => {
    fake.setFault(`${CS}/grant_access`, { kind: 'hang' })
    const body = JSON.stringify({
      client_session_id: newSession().client_session_id,
      connected_account_ids: ['demo_connected_account_2'],
    })
    const res = await gateway.fetch('/webhooks/grants', {
      method: 'POST',
      body,
      headers: signWebhook({ secret: GRANT_SECRET, body }),
    })
    await expectEnvelope(res, 503, 'upstream_unavailable')
    expect(fake.callsTo(`${CS}/grant_access`)).toHaveLength(1)
  })
})

describe('KV failing under the write routes', () => {
  const throwingKv = `import { WorkerEntrypoint } from 'cloudflare:workers'
    const fail = () => { throw new Error('KV is down') }
    export default class extends WorkerEntrypoint {
      get() { fail() }
      getWithMetadata() { fail() }
      put() { fail() }
      delete() { fail() }
      list() { fail() }
    }`
  const hangingKv = `import { WorkerEntrypoint } from 'cloudflare:workers'
    const never = () => new Promise((resolve) => setTimeout(() => resolve(null), 20_000))
    export default class extends WorkerEntrypoint {
      get() { return never() }
      getWithMetadata() { return never() }
      put() { return never() }
      delete() { return never() }
      list() { return never() }
    }`

  test.each([
    ['throws', throwingKv],
    ['never answers', hangingKv],
  ])('a KV that %s: every write and read still answers from Seam, once each', async (_name, kvOverride) => {
    const broken = await startGateway({ kvOverride, vars: { SEAM_ENDPOINT: fake.url, MEMORY_CACHE_TTL_MS: '0' } })
    try {
      const key = unique('user')
      const created = await send(broken, 'PUT', `${CS}/create`, { user_identifier_key: key })
      expect(created.status, await created.clone().text()).toBe(200)
      const id = ((await created.json()) as { client_session: { client_session_id: string } }).client_session
        .client_session_id
      const answers = [
        await send(broken, 'POST', `${CS}/get_or_create`, { user_identifier_key: key }),
        await send(broken, 'PATCH', `${CS}/grant_access`, {
          client_session_id: id,
          connected_account_ids: ['demo_connected_account_2'],
        }),
        await send(broken, 'GET', `${CS}/get${q({ client_session_id: id })}`),
        await send(broken, 'POST', `${CS}/revoke`, { client_session_id: id }),
        await send(broken, 'DELETE', `${CS}/delete${q({ client_session_id: id })}`),
      ]
      expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200])
      // The read after the grant shows it: nothing stale was served from a half-working cache.
      const read = (await answers[2]?.clone().json()) as { client_session: { connected_account_ids: string[] } }
      expect(read.client_session.connected_account_ids).toContain('demo_connected_account_2')
      expect(fake.store.getSession(id)).toBeUndefined()
      for (const path of ['create', 'get_or_create', 'grant_access', 'get', 'revoke', 'delete']) {
        expect(fake.callsTo(`${CS}/${path}`), path).toHaveLength(1)
      }
      const logs = await Promise.all([created, ...answers].map((r) => broken.logFor(r)))
      expect(logs.some((l) => typeof l.cache_error === 'string')).toBe(true)
    } finally {
      await broken.close()
    }
  })
})
