/**
 * Revocation-aware caching and vending (issue 13, points 1-4), through the real bundle in
 * workerd, the real local KV and the project's fake Seam:
 * 1. only a write that may have happened invalidates, and a refusal costs no KV write;
 * 2. one spelling per session id (uuids in any letter case name one entry);
 * 3. /token never hands out a token the gateway has learnt is dead;
 * 4. stale-if-error never answers a client session token.
 */
import { describe, expect, test } from 'vitest'
import { useGateway } from './helpers/fixture.ts'
import { type Gateway, startGateway } from './helpers/gateway.ts'
import { goodClaims, signJwt } from './helpers/jwt.ts'
import { newWebhookSecret, seamEvent, signWebhook } from './helpers/sign-webhook.ts'

const JWT_SECRET = 'hs256-test-secret-that-is-longer-than-32-bytes'
const WEBHOOK_SECRET = newWebhookSecret()
const CS = '/client_sessions'

const vars = (extra: Record<string, string> = {}): Record<string, string> => ({
  SEAM_ENDPOINT: fake.url,
  SEAM_API_KEY: fake.seed.apiKeys.one,
  AUTH_JWT_SECRET: JWT_SECRET,
  SEAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
  UPSTREAM_TIMEOUT_MS: '500',
  ...extra,
})

const { gateway, upstream: fake } = useGateway({ vars: () => vars() })

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
const keyOne = () => bearer(fake.seed.apiKeys.one)
const keyTwo = () => bearer(fake.seed.apiKeys.two)
const cst = (token: string) => ({ authorization: `Bearer ${token}`, 'client-session-token': token })
const unique = (prefix: string) => `${prefix}_${Math.random().toString(36).slice(2)}`
const newSession = (extra: Record<string, unknown> = {}) =>
  fake.store.addSession({ workspace_id: fake.seed.workspaces.one.id, user_identifier_key: unique('user'), ...extra })

const getById = (gw: Gateway, id: string, headers = keyOne()) =>
  gw.fetch(`${CS}/get?client_session_id=${encodeURIComponent(id)}`, { headers })
const getOwn = (gw: Gateway, token: string) => gw.fetch(`${CS}/get`, { headers: cst(token) })
const post = (gw: Gateway, route: string, body: unknown, headers: Record<string, string> = keyOne()) =>
  gw.fetch(`${CS}/${route}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
const deleteByQuery = (gw: Gateway, id: string, headers: Record<string, string> = keyOne()) =>
  gw.fetch(`${CS}/delete?client_session_id=${encodeURIComponent(id)}`, { method: 'DELETE', headers })
const cacheStatus = async (res: Response) => {
  await res.arrayBuffer()
  return res.headers.get('cache-status') ?? ''
}

/** Gets `id` twice so the second answer comes from the cache. */
async function warm(gw: Gateway, id: string, headers = keyOne()) {
  expect(await cacheStatus(await getById(gw, id, headers))).toMatch(/fwd=miss; stored/)
  expect(await cacheStatus(await getById(gw, id, headers))).toMatch(/; hit/)
}

/** A KV that records every write (put and delete), reachable from the test through its own fetch handler. */
const COUNTING_KV = `import { WorkerEntrypoint } from 'cloudflare:workers'
  const store = new Map()
  const writes = []
  export default class extends WorkerEntrypoint {
    async get(key, type) { const v = store.get(key); return v === undefined ? null : type === 'json' ? JSON.parse(v) : v }
    async put(key, value) { writes.push('put ' + key); store.set(key, value) }
    async delete(key) { writes.push('delete ' + key); store.delete(key) }
    async fetch() { return Response.json(writes) }
  }`

describe('1. only a write that may have happened invalidates', () => {
  test('revoke and delete that Seam refuses (401 made-up key, 404 other workspace, 429) leave the cached session', async () => {
    const s = newSession()
    await warm(gateway, s.client_session_id)
    const id = { client_session_id: s.client_session_id }
    expect((await post(gateway, 'revoke', id, bearer('garbage'))).status).toBe(401)
    expect((await post(gateway, 'delete', id, bearer('garbage'))).status).toBe(401)
    expect((await post(gateway, 'revoke', id, keyTwo())).status).toBe(404)
    expect((await deleteByQuery(gateway, s.client_session_id, keyTwo())).status).toBe(404)
    fake.setFault(`${CS}/revoke`, { kind: 'status', status: 429, times: 1 })
    expect((await post(gateway, 'revoke', id)).status).toBe(429)
    expect(await cacheStatus(await getById(gateway, s.client_session_id))).toMatch(/; hit/)
    expect(fake.store.getSession(s.client_session_id)?.revoked_at).toBeNull()
  })

  test.each([
    ['a 2xx', undefined],
    ['a 500', { kind: 'status', status: 500 }],
    ['a timeout', { kind: 'hang' }],
    ['a connection reset', { kind: 'reset' }],
  ] as const)('a revoke or delete that may have happened (%s) drops the cached session', async (_, fault) => {
    for (const route of ['revoke', 'delete']) {
      const s = newSession()
      await warm(gateway, s.client_session_id)
      if (fault) fake.setFault(`${CS}/${route}`, { ...fault, times: 3 } as never)
      await (await post(gateway, route, { client_session_id: s.client_session_id })).arrayBuffer()
      fake.clearFaults()
      expect(await cacheStatus(await getById(gateway, s.client_session_id)), route).not.toMatch(/; hit/)
    }
  })

  test('refused writes and gets with made-up credentials cost no KV write', async () => {
    const counted = await startGateway({ kvOverride: COUNTING_KV, vars: vars() })
    const writes = async () => {
      const kv = await counted.mf.getWorker('kv-override')
      return (await (await kv.fetch('http://kv/')).json()) as string[]
    }
    try {
      const s = newSession()
      await warm(counted, s.client_session_id)
      await getOwn(counted, s.token).then((r) => r.arrayBuffer())
      const before = await writes()
      expect(before.length).toBeGreaterThan(0) // the cache does write to this KV
      const id = { client_session_id: s.client_session_id }
      // The project's fake serves only client sessions: Seam's 401 to another route is injected.
      fake.setFault('/devices/list', { kind: 'status', status: 401, times: 1 })
      const refused = [
        await post(counted, 'revoke', id, bearer('garbage')),
        await post(counted, 'delete', id, keyTwo()),
        await deleteByQuery(counted, s.client_session_id, bearer('seam_made_up_key')),
        await getById(counted, s.client_session_id, bearer('seam_made_up_key')),
        await getOwn(counted, 'seam_cst1made_up_token'),
        await counted.fetch('/devices/list', { headers: cst('seam_cst1made_up_token') }),
      ]
      expect(refused.map((r) => r.status)).toEqual([401, 404, 401, 401, 401, 401])
      expect(await writes()).toEqual(before)
      expect(await cacheStatus(await getById(counted, s.client_session_id))).toMatch(/; hit/)
    } finally {
      await counted.close()
    }
  })
})

describe('2. one spelling per session id', () => {
  test('revoke with the upper-case id: the next get with the token is not a hit but Seam’s 401', async () => {
    const s = newSession()
    await getOwn(gateway, s.token).then((r) => r.arrayBuffer())
    expect(await cacheStatus(await getOwn(gateway, s.token))).toMatch(/; hit/)
    const revoke = await post(gateway, 'revoke', { client_session_id: s.client_session_id.toUpperCase() })
    expect(revoke.status).toBe(200)
    expect(fake.store.getSession(s.client_session_id)?.revoked_at).not.toBeNull()
    const after = await getOwn(gateway, s.token)
    expect(after.status).toBe(401)
    expect(await cacheStatus(after)).not.toMatch(/; hit/)
  })

  test('delete with the upper-case id (query and body): the next get by id is not a hit', async () => {
    for (const remove of [
      (id: string) => deleteByQuery(gateway, id),
      (id: string) => post(gateway, 'delete', { client_session_id: id }),
    ]) {
      const s = newSession()
      await warm(gateway, s.client_session_id)
      expect((await remove(s.client_session_id.toUpperCase())).status).toBe(200)
      const after = await getById(gateway, s.client_session_id)
      expect(after.status).toBe(404)
      expect(await cacheStatus(after)).not.toMatch(/; hit/)
    }
  })

  test('a get by the upper-case id is answered from the same entry', async () => {
    const s = newSession()
    await warm(gateway, s.client_session_id)
    const upper = await getById(gateway, s.client_session_id.toUpperCase())
    expect(upper.headers.get('cache-status')).toMatch(/; hit/)
    expect((await upper.json()).client_session.client_session_id).toBe(s.client_session_id)
  })

  test('ids that are not uuids keep their case: two ids differing in case are two sessions', async () => {
    const mixed = newSession({ client_session_id: unique('legacy_Mixed') })
    const lower = newSession({ client_session_id: mixed.client_session_id.toLowerCase() })
    await warm(gateway, mixed.client_session_id)
    await warm(gateway, lower.client_session_id)
    expect((await post(gateway, 'delete', { client_session_id: lower.client_session_id })).status).toBe(200)
    expect(await cacheStatus(await getById(gateway, mixed.client_session_id))).toMatch(/; hit/)
    expect((await getById(gateway, lower.client_session_id)).status).toBe(404)
  })
})

describe('3. vending never hands out a dead token', () => {
  interface Vended {
    client_session_token: string
    client_session_id: string
  }
  const vend = async (sub: string): Promise<{ body: Vended; outcome: unknown }> => {
    const jwt = signJwt({ alg: 'HS256', key: JWT_SECRET, payload: goodClaims(sub) })
    const res = await gateway.fetch('/token', { method: 'POST', headers: bearer(jwt) })
    const body = (await res.json()) as Vended
    expect(res.status, JSON.stringify(body)).toBe(200)
    return { body, outcome: (await gateway.logFor(res)).token }
  }
  const works = async (token: string) => (await getOwn(gateway, token)).status === 200
  const deliver = async (payload: unknown) => {
    const body = JSON.stringify(payload)
    const res = await gateway.fetch('/webhooks/seam', {
      method: 'POST',
      body,
      headers: signWebhook({ secret: WEBHOOK_SECRET, body }),
    })
    return { status: res.status, body: await res.json() }
  }

  test('revoked through the gateway (with the upper-case id): the next /token is a new token that works', async () => {
    const sub = unique('sub')
    const first = await vend(sub)
    expect(first.outcome).toBe('created')
    expect((await vend(sub)).outcome).toBe('reused')
    const id = first.body.client_session_id.toUpperCase()
    expect((await post(gateway, 'revoke', { client_session_id: id })).status).toBe(200)
    const next = await vend(sub)
    expect(next.outcome).toBe('replaced')
    expect(next.body.client_session_token).not.toBe(first.body.client_session_token)
    expect(await works(next.body.client_session_token)).toBe(true)
    expect(await works(first.body.client_session_token)).toBe(false)
    expect((await vend(sub)).outcome).toBe('reused')
  })

  test("replacing a dead session: the delete is the gateway's own idempotent write, retried after a 503", async () => {
    // README (Failure semantics, "One owner per retry"): the delete of a dead session is retried like
    // the gateway's own reads, since deleting twice has the effect of deleting once.
    const sub = unique('sub')
    const first = await vend(sub)
    expect((await post(gateway, 'revoke', { client_session_id: first.body.client_session_id })).status).toBe(200)
    fake.resetCalls()
    fake.setFault('/client_sessions/delete', { kind: 'status', status: 503, times: 1 })
    const next = await vend(sub)
    expect(next.outcome).toBe('replaced')
    expect(fake.callsTo('/client_sessions/delete')).toHaveLength(2)
    expect(fake.callsTo('/client_sessions/get_or_create')).toHaveLength(1)
    fake.clearFaults()
  })

  test('deleted through the gateway: the next /token is a new session', async () => {
    const sub = unique('sub')
    const first = await vend(sub)
    expect((await deleteByQuery(gateway, first.body.client_session_id)).status).toBe(200)
    const next = await vend(sub)
    expect(next.outcome).toBe('created')
    expect(next.body.client_session_id).not.toBe(first.body.client_session_id)
    expect(await works(next.body.client_session_token)).toBe(true)
  })

  test('a signed client_session.deleted event: the next /token is a new session', async () => {
    const sub = unique('sub')
    const first = await vend(sub)
    fake.store.deleteSession(first.body.client_session_id)
    const event = seamEvent('client_session.deleted', { client_session_id: first.body.client_session_id })
    expect(await deliver(event)).toMatchObject({ status: 200, body: { outcome: 'invalidated' } })
    const next = await vend(sub)
    expect(next.outcome).toBe('created')
    expect(await works(next.body.client_session_token)).toBe(true)
  })

  test('revoked elsewhere, then Seam’s 401 to the token on a get: the next /token is a new token', async () => {
    const sub = unique('sub')
    const first = await vend(sub)
    fake.store.revokeSession(first.body.client_session_id)
    // The documented bound: with nothing learnt yet, the record is reused.
    expect((await vend(sub)).outcome).toBe('reused')
    expect((await getOwn(gateway, first.body.client_session_token)).status).toBe(401)
    const next = await vend(sub)
    expect(next.outcome).toBe('replaced')
    expect(await works(next.body.client_session_token)).toBe(true)
  })

  test('revoked elsewhere, then Seam’s 401 on a pass-through call: the next /token is a new token', async () => {
    const sub = unique('sub')
    const first = await vend(sub)
    fake.store.revokeSession(first.body.client_session_id)
    // The project's fake serves only client sessions: Seam's 401 to another route is injected.
    fake.setFault('/devices/list', { kind: 'status', status: 401, times: 1 })
    const passed = await gateway.fetch('/devices/list', { headers: cst(first.body.client_session_token) })
    expect(passed.status).toBe(401)
    const next = await vend(sub)
    expect(next.outcome).toBe('replaced')
    expect(next.body.client_session_token).not.toBe(first.body.client_session_token)
    expect(await works(next.body.client_session_token)).toBe(true)
  })

  test('a 401 that did not mean the token is dead: /token checks it and hands out the same token', async () => {
    const sub = unique('sub')
    const first = await vend(sub)
    fake.setFault('/devices/list', { kind: 'status', status: 401, times: 1 })
    await (await gateway.fetch('/devices/list', { headers: cst(first.body.client_session_token) })).arrayBuffer()
    fake.resetCalls()
    const next = await vend(sub)
    expect(next.outcome).toBe('found')
    expect(next.body).toEqual(first.body)
    expect(fake.calls.map((c) => `${c.method} ${c.path} ${c.headers['client-session-token'] ? 'cst' : 'key'}`)).toEqual(
      ['GET /client_sessions/get key', 'GET /client_sessions/get cst'],
    )
    expect(fake.store.getSession(first.body.client_session_id)).toBeDefined()
  })

  test('Seam down while a dropped token is rechecked: 502, never the unchecked token', async () => {
    const sub = unique('sub')
    const first = await vend(sub)
    fake.store.revokeSession(first.body.client_session_id)
    expect((await getOwn(gateway, first.body.client_session_token)).status).toBe(401)
    fake.setFault(`${CS}/get`, { kind: 'status', status: 503, times: 3 }) // every attempt of one get
    const jwt = signJwt({ alg: 'HS256', key: JWT_SECRET, payload: goodClaims(sub) })
    const res = await gateway.fetch('/token', { method: 'POST', headers: bearer(jwt) })
    expect(res.status).toBe(502)
    expect(JSON.stringify(await res.json())).not.toContain(first.body.client_session_token)
    fake.clearFaults()
    expect((await vend(sub)).outcome).toBe('replaced')
  })

  test('a revoke answered 500 (it may have happened): /token checks the token, and it still works', async () => {
    const sub = unique('sub')
    const first = await vend(sub)
    fake.setFault(`${CS}/revoke`, { kind: 'status', status: 500, times: 1 }) // the fake did not revoke
    expect((await post(gateway, 'revoke', { client_session_id: first.body.client_session_id })).status).toBe(500)
    const next = await vend(sub)
    expect(next.outcome).toBe('found')
    expect(next.body).toEqual(first.body)
    expect(await works(next.body.client_session_token)).toBe(true)
  })

  test('a revoke Seam refused (another workspace) leaves the vended token in use', async () => {
    const sub = unique('sub')
    const first = await vend(sub)
    expect((await post(gateway, 'revoke', { client_session_id: first.body.client_session_id }, keyTwo())).status).toBe(
      404,
    )
    fake.resetCalls()
    expect((await vend(sub)).outcome).toBe('reused')
    expect(fake.calls).toEqual([])
  })
})

describe('4. stale-if-error never answers a client session token', () => {
  const { gateway: short } = useGateway({
    upstream: fake,
    vars: () =>
      vars({
        CACHE_TTL_SECONDS: '1',
        CACHE_STALE_IF_ERROR_SECONDS: '5',
        UPSTREAM_TIMEOUT_MS: '300',
        UPSTREAM_DEADLINE_MS: '1000',
      }),
  })

  test('a token revoked at Seam during an outage gets the outage, not its stale session; a backend key still gets stale', async () => {
    const s = newSession()
    await getOwn(short, s.token).then((r) => r.arrayBuffer())
    await getById(short, s.client_session_id).then((r) => r.arrayBuffer())
    await new Promise((r) => setTimeout(r, 1_100))
    fake.store.revokeSession(s.client_session_id)
    fake.setFault(`${CS}/get`, { kind: 'status', status: 503 })
    const own = await getOwn(short, s.token)
    expect(own.status).toBe(503)
    expect(await cacheStatus(own)).not.toMatch(/stale-if-error/)
    const byKey = await getById(short, s.client_session_id)
    expect(byKey.status).toBe(200)
    expect(await cacheStatus(byKey)).toMatch(/detail=stale-if-error/)
    fake.clearFaults()
  })
})
