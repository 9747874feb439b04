/**
 * Exactly once across isolates and locations (issue 14): two gateway workers in one Miniflare,
 * each with its own KV and memory, sharing the COORDINATOR Durable Object, against the project's
 * fake Seam, which counts every call. Webhook deliveries (one grant per id), token renewals (at
 * most one get_or_create per user), Idempotency-Key (replay, mismatch, in flight, outcome
 * unknown, expiry, scope, edge refusals), a worker that dies mid-grant (lease expiry), a delivery
 * whose grants outlast one lease (renewal), the alarm clearing expired rows, and the same two
 * locations without the binding (best-effort, reported by /health and the log).
 */
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { DEMO_SEED, type FakeSeam, startFakeSeam } from '../fake-seam/index.ts'
import { startedOne } from './helpers/fixture.ts'
import { startGateway } from './helpers/gateway.ts'
import { goodClaims, signJwt } from './helpers/jwt.ts'
import { type Location, type Locations, type LocationsOptions, startLocations } from './helpers/locations.ts'
import { newWebhookSecret, seamEvent, signWebhook } from './helpers/sign-webhook.ts'

const GRANT_SECRET = newWebhookSecret()
const SEAM_SECRET = newWebhookSecret()
const JWT_SECRET = 'hs256-test-secret-that-is-longer-than-32-bytes'
const API_KEY = DEMO_SEED.apiKeys.one
const WORKSPACE = DEMO_SEED.workspaces.one.id
const GRANT_PATH = '/client_sessions/grant_access'
/** Short enough for the expiry test to wait it out. */
const IDEMPOTENCY_TTL_SECONDS = 3
/** Long enough for an in-flight request to be seen, short enough for a hang to end in a 504. */
const UPSTREAM_TIMEOUT_MS = 2_500

const vars = (fake: FakeSeam, extra: Record<string, string> = {}) => ({
  SEAM_ENDPOINT: fake.url,
  SEAM_API_KEY: API_KEY,
  GRANT_WEBHOOK_SECRET: GRANT_SECRET,
  SEAM_WEBHOOK_SECRET: SEAM_SECRET,
  AUTH_JWT_SECRET: JWT_SECRET,
  UPSTREAM_TIMEOUT_MS: String(UPSTREAM_TIMEOUT_MS),
  IDEMPOTENCY_TTL_SECONDS: String(IDEMPOTENCY_TTL_SECONDS),
  ...extra,
})

const unique = (prefix: string) => `${prefix}_${randomUUID()}`
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A signed /webhooks/grants delivery of message `id` (a fresh timestamp each time, as a sender retries). */
async function deliverGrant(at: Location, id: string, grant: Record<string, unknown>, init: RequestInit = {}) {
  const body = JSON.stringify(grant)
  const res = await at.fetch('/webhooks/grants', {
    method: 'POST',
    body,
    headers: signWebhook({ secret: GRANT_SECRET, body, id }),
    ...init,
  })
  return { status: res.status, headers: res.headers, body: (await res.json()) as { outcome?: string } }
}

/** A signed /webhooks/seam delivery of message `id`. */
async function deliverEvent(at: Location, id: string, event: Record<string, unknown>) {
  const body = JSON.stringify(event)
  const res = await at.fetch('/webhooks/seam', {
    method: 'POST',
    body,
    headers: signWebhook({ secret: SEAM_SECRET, body, id }),
  })
  return { res, status: res.status, body: (await res.json()) as { outcome?: string; grants?: number } }
}

/** The request log line of the answer `res` (by its gateway request id); lines arrive asynchronously. */
async function lineFor(at: Locations, res: Response): Promise<Record<string, unknown>> {
  const id = res.headers.get('seam-request-id')
  for (let i = 0; i < 100; i++) {
    for (const l of at.logs) {
      const line = JSON.parse(l) as Record<string, unknown>
      if (line.msg === 'request' && (line.request_id === id || line.upstream_request_id === id)) return line
    }
    await sleep(20)
  }
  throw new Error(`no log line for ${id}`)
}

const apiKeyHeaders = (extra: Record<string, string> = {}) => ({
  authorization: `Bearer ${API_KEY}`,
  'content-type': 'application/json',
  ...extra,
})

/** PUT /client_sessions/create (SDK 2.x) with an Idempotency-Key. */
const create = (at: Location, key: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  at.fetch('/client_sessions/create', {
    method: 'PUT',
    headers: apiKeyHeaders({ 'idempotency-key': key, ...headers }),
    body: JSON.stringify(body),
  })

/**
 * A fake of the scope's own and two locations in front of it (`options` of the started fake), like
 * useGateway (test/helpers/fixture.ts): started in beforeAll, closed in afterAll, usable in tests.
 */
function useOwnLocations(options: (upstream: FakeSeam) => LocationsOptions): { own: FakeSeam; locations: Locations } {
  let own: FakeSeam | undefined
  let locations: Locations | undefined
  beforeAll(async () => {
    own = await startFakeSeam()
    locations = await startLocations(options(own))
  })
  afterAll(async () => {
    await locations?.close()
    await own?.close()
  })
  return { own: startedOne('fake', () => own), locations: startedOne('locations', () => locations) }
}

const { own: fake, locations: gw } = useOwnLocations((upstream) => ({ vars: vars(upstream) }))
beforeEach(() => fake.reset())

describe('webhook deliveries: one grant per id, at any location', () => {
  test('50 concurrent deliveries of one id over two locations make exactly one grant_access', async () => {
    const session = fake.store.addSession({ workspace_id: WORKSPACE, user_identifier_key: unique('user') })
    const id = unique('msg')
    const grant = { client_session_id: session.client_session_id, connected_account_ids: [unique('acct')] }
    fake.setLatency(50) // the first grant is still at Seam while the others arrive
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => deliverGrant(gw.at(i), id, grant)))
    expect(fake.callsTo(GRANT_PATH)).toHaveLength(1)
    const outcomes = answers.map((a) => (a.status === 200 ? a.body.outcome : a.status))
    expect(outcomes.filter((o) => o === 'granted')).toHaveLength(1)
    // The rest waited for the first (duplicate) or were told to come back (503 + Retry-After).
    for (const a of answers.filter((x) => x.body.outcome !== 'granted')) {
      if (a.status === 200) expect(a.body.outcome).toBe('duplicate')
      else expect([a.status, a.headers.get('retry-after')]).toEqual([503, expect.stringMatching(/^\d+$/)])
    }
    // Redeliveries later, at either location (whose KV never saw a marker), still call nothing.
    for (const at of [gw.a, gw.b]) expect((await deliverGrant(at, id, grant)).body.outcome).toBe('duplicate')
    expect(fake.callsTo(GRANT_PATH)).toHaveLength(1)
  })

  test('a grant Seam could not make is released: the redelivery at the other location grants', async () => {
    const session = fake.store.addSession({ workspace_id: WORKSPACE, user_identifier_key: unique('user') })
    const id = unique('msg')
    const grant = { client_session_id: session.client_session_id, connected_account_ids: [unique('acct')] }
    fake.setFault(GRANT_PATH, { kind: 'status', status: 503, times: 1 })
    expect((await deliverGrant(gw.a, id, grant)).status).toBe(503)
    expect(await deliverGrant(gw.b, id, grant)).toMatchObject({ status: 200, body: { outcome: 'granted' } })
    expect(fake.callsTo(GRANT_PATH)).toHaveLength(2)
  })
})

describe('token vending: one renewal per user, everywhere', () => {
  test('20 concurrent first /token calls for one user over two locations make one get_or_create', async () => {
    const jwt = signJwt({ alg: 'HS256', key: JWT_SECRET, payload: goodClaims(unique('sub')) })
    fake.setLatency(50)
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        gw.at(i).fetch('/token', { method: 'POST', headers: { authorization: `Bearer ${jwt}` } }),
      ),
    )
    const bodies = await Promise.all(answers.map((r) => r.json() as Promise<{ client_session_id: string }>))
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(200))
    expect(fake.callsTo('/client_sessions/get_or_create')).toHaveLength(1)
    expect(new Set(bodies.map((b) => b.client_session_id)).size).toBe(1)
  })

  test('the reuse path is a KV read: a token with life left makes no upstream and no Durable Object call', async () => {
    const jwt = signJwt({ alg: 'HS256', key: JWT_SECRET, payload: goodClaims(unique('sub')) })
    const post = () => gw.a.fetch('/token', { method: 'POST', headers: { authorization: `Bearer ${jwt}` } })
    const first = await post()
    expect(first.status).toBe(200)
    expect(await lineFor(gw, first)).toMatchObject({ token: 'created', renewal_lease: 'claimed' })
    fake.resetCalls()
    const reused = await post()
    expect(reused.status).toBe(200)
    expect(fake.calls).toHaveLength(0)
    // renewal_lease is set by the one place vending calls the coordinator: absent, it was not called.
    const line = await lineFor(gw, reused)
    expect(line.token).toBe('reused')
    expect(line).not.toHaveProperty('renewal_lease')
  })

  test('a cache hit on get gains nothing: an Idempotency-Key there is ignored, no coordinator call', async () => {
    const headers = apiKeyHeaders({ 'idempotency-key': unique('idem') })
    const path = `/client_sessions/get?client_session_id=${DEMO_SEED.sessions.demo.id}`
    await gw.a.fetch(path, { headers })
    const hit = await gw.a.fetch(path, { headers })
    expect(hit.headers.get('cache-status')).toMatch(/; hit/)
    expect(await lineFor(gw, hit)).not.toHaveProperty('idempotency')
  })
})

describe('Idempotency-Key', () => {
  test('the first answer is replayed at the other location with Idempotent-Replayed, Seam asked once', async () => {
    const key = unique('idem')
    const body = { user_identifier_key: unique('user') }
    const first = await create(gw.a, key, body)
    const firstBody = await first.text()
    expect(first.status).toBe(200)
    expect(first.headers.get('idempotent-replayed')).toBeNull()
    const again = await create(gw.b, key, body)
    expect(again.status).toBe(200)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(again.headers.get('seam-request-id')).toBe(first.headers.get('seam-request-id'))
    expect(await again.text()).toBe(firstBody)
    expect(fake.callsTo('/client_sessions/create')).toHaveLength(1)
  })

  test('Seam refusing the request is an answer too: replayed, not sent again', async () => {
    const key = unique('idem')
    const grant = { client_session_id: 'no-such-session', connected_account_ids: ['a'] }
    const send = (at: Location) =>
      at.fetch(GRANT_PATH, {
        method: 'PATCH',
        headers: apiKeyHeaders({ 'idempotency-key': key }),
        body: JSON.stringify(grant),
      })
    const first = await send(gw.a)
    expect(first.status).toBe(404)
    const again = await send(gw.b)
    expect([again.status, again.headers.get('idempotent-replayed')]).toEqual([404, 'true'])
    expect(fake.callsTo(GRANT_PATH)).toHaveLength(1)
  })

  test('the same key with another request is 422 idempotency_key_reused; nothing is sent', async () => {
    const key = unique('idem')
    expect((await create(gw.a, key, { user_identifier_key: unique('user') })).status).toBe(200)
    const reused = await create(gw.b, key, { user_identifier_key: unique('other') })
    expect(reused.status).toBe(422)
    expect(await reused.json()).toMatchObject({ ok: false, error: { type: 'idempotency_key_reused' } })
    expect(reused.headers.get('seam-request-id')).toMatch(/^gw_/)
    expect(fake.callsTo('/client_sessions/create')).toHaveLength(1)
  })

  test('while the first is at Seam, the same key is 409 idempotency_request_in_progress with Retry-After', async () => {
    const key = unique('idem')
    const body = { user_identifier_key: unique('user') }
    fake.setLatency(1_000)
    const first = create(gw.a, key, body)
    await sleep(300)
    const second = await create(gw.b, key, body)
    expect(second.status).toBe(409)
    expect(second.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(await second.json()).toMatchObject({ error: { type: 'idempotency_request_in_progress' } })
    expect((await first).status).toBe(200)
    expect(fake.callsTo('/client_sessions/create')).toHaveLength(1)
  })

  test('no answer from Seam (timeout): the key is held as outcome unknown, never sent again', async () => {
    const key = unique('idem')
    const body = { user_identifier_key: unique('user') }
    fake.setFault('/client_sessions/create', { kind: 'hang', times: 1 })
    expect((await create(gw.a, key, body)).status).toBe(504)
    for (const at of [gw.a, gw.b]) {
      const again = await create(at, key, body)
      expect(again.status).toBe(409)
      expect(await again.json()).toMatchObject({ error: { type: 'idempotency_outcome_unknown' } })
      expect(Number(again.headers.get('retry-after'))).toBeGreaterThan(60)
    }
    expect(fake.callsTo('/client_sessions/create')).toHaveLength(1)
  })

  test('refusals at the edge are not stored: after a 400, the same key sends the valid request', async () => {
    const key = unique('idem')
    const bad = await create(gw.a, key, { user_identifier_key: 42 })
    expect(bad.status).toBe(400)
    const good = await create(gw.b, key, { user_identifier_key: unique('user') })
    expect([good.status, good.headers.get('idempotent-replayed')]).toEqual([200, null])
    expect(fake.callsTo('/client_sessions/create')).toHaveLength(1)
  })

  test('a key longer than 255 characters is 400 invalid_input, before Seam', async () => {
    const res = await create(gw.a, 'k'.repeat(256), { user_identifier_key: unique('user') })
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: { type: 'invalid_input' } })
    expect((await create(gw.a, 'k'.repeat(255), { user_identifier_key: unique('user') })).status).toBe(200)
    expect(fake.callsTo('/client_sessions/create')).toHaveLength(1)
  })

  test('keys are scoped to the credential: the same key from another workspace is another request', async () => {
    const key = unique('idem')
    expect((await create(gw.a, key, { user_identifier_key: unique('user') })).status).toBe(200)
    const other = await create(
      gw.b,
      key,
      { user_identifier_key: unique('user') },
      { authorization: `Bearer ${DEMO_SEED.apiKeys.two}` },
    )
    expect([other.status, other.headers.get('idempotent-replayed')]).toEqual([200, null])
    expect(fake.callsTo('/client_sessions/create')).toHaveLength(2)
  })

  test('pass-through writes honour it too (Seam answer stored and replayed)', async () => {
    const key = unique('idem')
    const send = (at: Location) =>
      at.fetch('/locks/unlock_door', {
        method: 'POST',
        headers: apiKeyHeaders({ 'idempotency-key': key }),
        body: JSON.stringify({ device_id: 'd1' }),
      })
    const first = await send(gw.a)
    const again = await send(gw.b)
    expect(again.status).toBe(first.status)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(fake.callsTo('/locks/unlock_door')).toHaveLength(1)
    const changed = await gw.b.fetch('/locks/unlock_door', {
      method: 'POST',
      headers: apiKeyHeaders({ 'idempotency-key': key }),
      body: JSON.stringify({ device_id: 'd2' }),
    })
    expect(changed.status).toBe(422)
  })

  test('a stored answer expires after IDEMPOTENCY_TTL_SECONDS: the key is free again', async () => {
    const key = unique('idem')
    expect((await create(gw.a, key, { user_identifier_key: unique('user') })).status).toBe(200)
    await sleep(IDEMPOTENCY_TTL_SECONDS * 1000 + 500)
    const later = await create(gw.b, key, { user_identifier_key: unique('other') })
    expect([later.status, later.headers.get('idempotent-replayed')]).toEqual([200, null])
    expect(fake.callsTo('/client_sessions/create')).toHaveLength(2)
  })

  test('requests without the header are untouched', async () => {
    const body = JSON.stringify({ user_identifier_key: unique('user') })
    for (const at of [gw.a, gw.b]) {
      const res = await at.fetch('/client_sessions/create', { method: 'PUT', headers: apiKeyHeaders(), body })
      expect([res.status, res.headers.get('idempotent-replayed')]).toEqual([200, null])
    }
    expect(fake.callsTo('/client_sessions/create')).toHaveLength(2)
  })
})

describe('/health', () => {
  test('says exactly_once: true with the binding', async () => {
    expect(await (await gw.b.fetch('/health')).json()).toEqual({ ok: true, exactly_once: true })
  })
})

describe('a worker that dies mid-grant', () => {
  const LEASE_MS = 1_000
  // A lease shorter than the upstream timeout: the first worker is gone long before it could answer.
  const { own, locations: short } = useOwnLocations((upstream) => ({
    vars: vars(upstream, { COORDINATION_LEASE_MS: String(LEASE_MS), UPSTREAM_TIMEOUT_MS: '20000' }),
  }))

  test('its lease expires, and the redelivery at the other location grants once', async () => {
    const session = own.store.addSession({ workspace_id: WORKSPACE, user_identifier_key: unique('user') })
    const id = unique('msg')
    const account = unique('acct')
    const grant = { client_session_id: session.client_session_id, connected_account_ids: [account] }
    own.setFault(GRANT_PATH, { kind: 'hang', times: 1 })
    const abort = new AbortController()
    const dying = deliverGrant(short.a, id, grant, { signal: abort.signal }).catch(() => 'aborted')
    while (own.callsTo(GRANT_PATH).length === 0) await sleep(20)
    abort.abort() // the sender gives up; the worker never gets to release or mark anything
    expect(await dying).toBe('aborted')
    // Another delivery waits while the lease lasts (Seam is not called), then takes it over and grants.
    const redelivered = await deliverGrant(short.b, id, grant)
    expect(redelivered).toMatchObject({ status: 200, body: { outcome: 'granted' } })
    const [hung, granted] = own.callsTo(GRANT_PATH)
    expect((granted?.at ?? 0) - (hung?.at ?? 0)).toBeGreaterThanOrEqual(LEASE_MS - 50)
    expect(await deliverGrant(short.a, id, grant)).toMatchObject({ status: 200, body: { outcome: 'duplicate' } })
    expect(own.callsTo(GRANT_PATH)).toHaveLength(2) // the hung one, and the one grant that answered
    expect(own.store.getSession(session.client_session_id)?.connected_account_ids).toContain(account)
  })
})

describe('a delivery whose work outlasts one lease (several sessions hold the webview)', () => {
  const LEASE_MS = 1_000
  /** Per upstream call: the list and five grants take 2.4 s, well past one lease. */
  const LATENCY_MS = 400
  const HOLDERS = 5
  // An upstream timeout far past the lease: only the lease can end a hung grant early.
  const { own, locations: short } = useOwnLocations((upstream) => ({
    vars: vars(upstream, { COORDINATION_LEASE_MS: String(LEASE_MS), UPSTREAM_TIMEOUT_MS: '20000' }),
  }))
  beforeEach(() => own.reset())

  const holders = (webview: string) =>
    Array.from({ length: HOLDERS }, () =>
      own.store.addSession({
        workspace_id: WORKSPACE,
        user_identifier_key: unique('user'),
        connect_webview_ids: [webview],
      }),
    )
  const loginSucceeded = (webview: string, account: string) =>
    seamEvent('connect_webview.login_succeeded', { connect_webview_id: webview, connected_account_id: account })

  test('the lease is renewed before each grant: a redelivery past the first lease grants nothing', async () => {
    const webview = unique('cw')
    const account = unique('acct')
    const sessions = holders(webview)
    const id = unique('msg')
    own.setLatency(LATENCY_MS)
    const first = deliverEvent(short.a, id, loginSucceeded(webview, account))
    while (own.callsTo('/client_sessions/list').length === 0) await sleep(10)
    const claimedBefore = own.callsTo('/client_sessions/list')[0]?.at ?? 0
    // Past the lease the first delivery took, while it is still granting.
    while (Date.now() < claimedBefore + LEASE_MS + 100) await sleep(10)
    expect(own.callsTo(GRANT_PATH).length).toBeLessThan(HOLDERS)
    const second = await deliverEvent(short.b, id, loginSucceeded(webview, account))
    const done = await first
    expect(done).toMatchObject({ status: 200, body: { outcome: 'granted', grants: HOLDERS } })
    // It waited for the first and found it done: no second list, no second grant.
    expect(second).toMatchObject({ status: 200, body: { outcome: 'duplicate' } })
    expect(own.callsTo(GRANT_PATH)).toHaveLength(HOLDERS)
    expect(own.callsTo('/client_sessions/list')).toHaveLength(1)
    for (const s of sessions)
      expect(own.store.getSession(s.client_session_id)?.connected_account_ids).toEqual([account])
    const line = await lineFor(short, done.res)
    expect(line).toMatchObject({ webhook_ledger: 'done', grant_calls: HOLDERS })
    expect(line.webhook_lease_renewals).toBeGreaterThanOrEqual(HOLDERS - 1)
  })

  test('a lease lost before a grant (the list took longer than the lease): 503, Seam is not asked to grant', async () => {
    const webview = unique('cw')
    const account = unique('acct')
    holders(webview)
    const id = unique('msg')
    own.setLatency(LEASE_MS + 300)
    const lost = await deliverEvent(short.a, id, loginSucceeded(webview, account))
    expect(lost.status).toBe(503)
    expect(lost.body).toMatchObject({ ok: false, error: { type: 'upstream_unavailable' } })
    expect(own.callsTo(GRANT_PATH)).toHaveLength(0)
    expect(await lineFor(short, lost.res)).toMatchObject({
      webhook_ledger: 'lease_lost',
      reason: 'webhook lease lost before grant_access',
    })
    // Nothing was decided: the redelivery grants every holder once.
    own.setLatency(0)
    expect(await deliverEvent(short.b, id, loginSucceeded(webview, account))).toMatchObject({
      status: 200,
      body: { outcome: 'granted', grants: HOLDERS },
    })
    expect(own.callsTo(GRANT_PATH)).toHaveLength(HOLDERS)
  })

  test('a grant call that hangs is cut off before its lease ends (503), not at UPSTREAM_TIMEOUT_MS', async () => {
    const session = own.store.addSession({ workspace_id: WORKSPACE, user_identifier_key: unique('user') })
    const id = unique('msg')
    const grant = { client_session_id: session.client_session_id, connected_account_ids: [unique('acct')] }
    own.setFault(GRANT_PATH, { kind: 'hang', times: 1 })
    const started = Date.now()
    const cut = await deliverGrant(short.a, id, grant)
    // The lease, not the 20 s timeout, ended the call: no other delivery could take over while it ran.
    expect(cut.status).toBe(503)
    expect(Date.now() - started).toBeLessThan(LEASE_MS + 1_500)
    // Released on the way out: the redelivery grants at once.
    expect(await deliverGrant(short.b, id, grant)).toMatchObject({ status: 200, body: { outcome: 'granted' } })
    expect(own.callsTo(GRANT_PATH)).toHaveLength(2)
  })
})

describe("the Coordinator's alarm", () => {
  const { locations: fresh } = useOwnLocations((upstream) => ({ vars: vars(upstream), inspectStorage: true }))

  /** Every object's `decision` rows, read inside the object itself (Miniflare), not through any route. */
  async function rows(): Promise<Record<string, unknown>[]> {
    const ids = await fresh.miniflare.listDurableObjectIds('Coordinator', 'gateway-a')
    const all: Record<string, unknown>[] = []
    for (const id of ids) {
      const storage = await fresh.miniflare.unsafeGetDurableObjectStorage('gateway-a', 'Coordinator', { id })
      all.push(...(await storage.exec('SELECT state, expires_at FROM decision')))
    }
    return all
  }

  test('clears an expired row by itself, with no request touching the object again', async () => {
    const key = unique('idem')
    expect((await create(fresh.a, key, { user_identifier_key: unique('user') })).status).toBe(200)
    const stored = await rows()
    expect(stored).toEqual([{ state: 'done', expires_at: expect.any(Number) }])
    // Kept IDEMPOTENCY_TTL_SECONDS; then the alarm (set to the row's expiry) deletes the object's storage.
    const expiresAt = Number(stored[0]?.expires_at)
    while (Date.now() < expiresAt) await sleep(100)
    let left = stored
    for (let i = 0; i < 50 && left.length > 0; i++) {
      await sleep(100)
      left = await rows()
    }
    expect(left).toEqual([])
  })
})

describe('without the COORDINATOR binding: best-effort, and said so', () => {
  const { own, locations: plain } = useOwnLocations((upstream) => ({ vars: vars(upstream), coordinator: false }))

  test('/health says exactly_once: false and the log says why', async () => {
    expect(await (await plain.a.fetch('/health')).json()).toEqual({ ok: true, exactly_once: false })
    await sleep(200)
    const line = plain.logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'exactly_once_best_effort')
    expect(line).toMatchObject({ level: 'warn', reason: expect.stringContaining('COORDINATOR') })
  })

  test('webhooks still work on KV rules; a redelivery at another location grants again (what the binding fixes)', async () => {
    const session = own.store.addSession({ workspace_id: WORKSPACE, user_identifier_key: unique('user') })
    const id = unique('msg')
    const grant = { client_session_id: session.client_session_id, connected_account_ids: [unique('acct')] }
    expect((await deliverGrant(plain.a, id, grant)).body.outcome).toBe('granted')
    expect((await deliverGrant(plain.a, id, grant)).body.outcome).toBe('duplicate')
    expect((await deliverGrant(plain.b, id, grant)).body.outcome).toBe('granted')
    expect(own.callsTo(GRANT_PATH)).toHaveLength(2)
  })

  test('Idempotency-Key is checked but not enforced', async () => {
    const key = unique('idem')
    const body = { user_identifier_key: unique('user') }
    expect((await create(plain.a, 'k'.repeat(256), body)).status).toBe(400)
    expect((await create(plain.a, key, body)).status).toBe(200)
    expect((await create(plain.b, key, body)).headers.get('idempotent-replayed')).toBeNull()
  })
})

describe('the one remaining window: Seam granted, the ledger write failed', () => {
  /** A coordinator whose every claim succeeds and whose "done" write always fails. */
  const FAILING_COMPLETE = `
    import { DurableObject } from 'cloudflare:workers'
    export class Coordinator extends DurableObject {
      async claim() { return { kind: 'claimed', token: crypto.randomUUID() } }
      async complete() { throw new Error('storage unavailable') }
      async release() { return true }
      async markUnknown() { return true }
    }
    export default { fetch: () => new Response('coordinator only') }
  `
  const { own, locations: broken } = useOwnLocations((upstream) => ({
    vars: vars(upstream),
    coordinatorScript: FAILING_COMPLETE,
  }))

  test('the grant is answered 200, logged with its own reason, and a redelivery grants again', async () => {
    const session = own.store.addSession({ workspace_id: WORKSPACE, user_identifier_key: unique('user') })
    const id = unique('msg')
    const grant = { client_session_id: session.client_session_id, connected_account_ids: [unique('acct')] }
    expect(await deliverGrant(broken.a, id, grant)).toMatchObject({ status: 200, body: { outcome: 'granted' } })
    let line: Record<string, unknown> | undefined
    for (let i = 0; i < 100 && !line; i++) {
      line = broken.logs
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .find((l) => l.msg === 'request' && l.webhook_ledger === 'write_failed_after_grant')
      if (!line) await sleep(20)
    }
    expect(line).toMatchObject({ status: 200, reason: 'webhook_ledger_write_failed_after_grant' })
    expect((await deliverGrant(broken.b, id, grant)).body.outcome).toBe('granted')
    expect(own.callsTo(GRANT_PATH)).toHaveLength(2)
  })
})

describe('one gateway with the binding (startGateway({ coordinator: true }))', () => {
  test('the log line says what the key did, and never holds the key itself', async () => {
    const own = await startFakeSeam()
    const single = await startGateway({ vars: vars(own), coordinator: true })
    try {
      const key = unique('secret-looking-idempotency-key')
      const send = () =>
        single.fetch('/client_sessions/create', {
          method: 'PUT',
          headers: apiKeyHeaders({ 'idempotency-key': key }),
          body: JSON.stringify({ user_identifier_key: 'logged-user' }),
        })
      const first = await send()
      const again = await send()
      expect(again.headers.get('idempotent-replayed')).toBe('true')
      expect((await single.logFor(first)).idempotency).toBe('stored')
      // The replay carries Seam's first request id; its own line records it as upstream_request_id.
      await sleep(200)
      const replayLine = single.requestLogs().find((l) => l.idempotency === 'done')
      expect(replayLine).toMatchObject({ status: 200, upstream_request_id: first.headers.get('seam-request-id') })
      expect(single.logs.join('\n')).not.toContain(key)
    } finally {
      await single.close()
      await own.close()
    }
  })
})
