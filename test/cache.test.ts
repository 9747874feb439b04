/**
 * The get cache (issue 3) against the real local KV and a real upstream: hits, isolation,
 * write visibility, expiry, no cached errors, single-flight, stale-if-error, headers, and KV
 * failing.
 */
import { describe, expect, test } from 'vitest'
import { useGateway } from './helpers/fixture.ts'
import { startGateway } from './helpers/gateway.ts'

const { gateway, upstream: fake } = useGateway({ vars: { UPSTREAM_TIMEOUT_MS: '500' } })

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
const keyOne = () => bearer(fake.seed.apiKeys.one)
const getById = (id: string, headers: Record<string, string> = keyOne()) =>
  gateway.fetch(`/client_sessions/get?client_session_id=${encodeURIComponent(id)}`, { headers })
const getByKey = (key: string, headers: Record<string, string> = keyOne()) =>
  gateway.fetch(`/client_sessions/get?user_identifier_key=${encodeURIComponent(key)}`, { headers })
const upstreamGets = () => fake.callsTo('/client_sessions/get').length
const write = (route: string, body: unknown, headers: Record<string, string> = keyOne(), method = 'POST') =>
  gateway.fetch(`/client_sessions/${route}`, {
    method,
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
/** A fresh session per test, so one test's cache entries never meet another's. */
const newSession = (extra: Record<string, unknown> = {}) =>
  fake.store.addSession({
    workspace_id: fake.seed.workspaces.one.id,
    user_identifier_key: `user_${Math.random().toString(36).slice(2)}`,
    ...extra,
  })

describe('hits', () => {
  test('a repeat get by id, by user key and by own token does not reach the upstream', async () => {
    const s = newSession()
    const first = await getById(s.client_session_id)
    expect(first.headers.get('cache-status')).toMatch(/^seam-session-gateway; fwd=miss/)
    expect(first.headers.get('server-timing')).toMatch(/upstream;dur=\d+/)
    const firstBody = await first.json()
    const again = await getById(s.client_session_id)
    expect(again.headers.get('cache-status')).toMatch(/^seam-session-gateway; hit/)
    expect(await again.json()).toEqual(firstBody)
    const byKey = await getByKey(s.user_identifier_key as string)
    expect(byKey.headers.get('cache-status')).toMatch(/hit/)
    expect((await byKey.json()).client_session.client_session_id).toBe(s.client_session_id)
    expect(upstreamGets()).toBe(1)

    const own = { 'client-session-token': s.token }
    const ownFirst = await gateway.fetch('/client_sessions/get', { headers: own })
    expect(ownFirst.status).toBe(200)
    const ownAgain = await gateway.fetch('/client_sessions/get', { headers: own })
    expect(ownAgain.headers.get('cache-status')).toMatch(/hit/)
    expect((await ownAgain.json()).client_session.client_session_id).toBe(s.client_session_id)
    expect(upstreamGets()).toBe(2)
  })

  // src/client-sessions/held-hit.ts answers a hit the isolate holds in memory before the app; once
  // the memory tier's second is over, the app's route answers it from KV. Both must be one answer.
  test('a hit from the isolate memory and one read back from KV are the same answer and log line', async () => {
    const s = newSession()
    await (await getById(s.client_session_id)).arrayBuffer()
    const fromMemory = await getById(s.client_session_id)
    await new Promise((resolve) => setTimeout(resolve, 1_100)) // past MEMORY_CACHE_TTL_MS (1 s)
    const fromKv = await getById(s.client_session_id)
    const answer = async (res: Response) => {
      const headers = Object.fromEntries(res.headers)
      const line = { ...(await gateway.logFor(res)) }
      expect(headers['seam-request-id']).toBe(line.request_id)
      expect(headers['cache-status']).toMatch(/^seam-session-gateway; hit; ttl=(59|60)$/)
      for (const varying of ['seam-request-id', 'cache-status']) delete headers[varying]
      for (const varying of ['request_id', 'duration_ms']) delete line[varying]
      return { status: res.status, headers, body: await res.text(), line }
    }
    const [memory, kv] = [await answer(fromMemory), await answer(fromKv)]
    expect(memory).toEqual(kv)
    expect(memory.line).toEqual({
      level: 'info',
      msg: 'request',
      method: 'GET',
      route: '/client_sessions/get',
      status: 200,
      cache: 'hit',
    })
    expect(upstreamGets()).toBe(1)
  })

  test('under steady hits a change another isolate made in KV shows within MEMORY_CACHE_TTL_MS, still without the upstream', async () => {
    // Hits held in memory re-read their entries shortly before these expire (src/cache/tiered-kv.ts):
    // a session in use stays held, and what is held is never older than the memory lifetime.
    const s = newSession()
    const kv = await gateway.kv()
    const sessionKeys = async () => (await kv.list({ prefix: 'v1:sess:' })).keys.map((k) => k.name)
    const before = new Set(await sessionKeys())
    await (await getById(s.client_session_id)).arrayBuffer()
    // The entry this get stored (keys are hashed: it is the one that was not there before).
    const [key] = (await sessionKeys()).filter((name) => !before.has(name))
    if (key === undefined) throw new Error('the get stored no session entry')
    const hit = async () => {
      const sent = Date.now()
      const res = await getById(s.client_session_id)
      expect(res.headers.get('cache-status')).toMatch(/; hit;/)
      return { sent, body: (await res.json()) as { client_session: Record<string, unknown> } }
    }
    const pause = () => new Promise((resolve) => setTimeout(resolve, 50))
    const MEMORY_TTL_MS = 1_000 // MEMORY_CACHE_TTL_MS's default
    // Past two memory lifetimes of steady hits first: the entry is re-read while in use.
    for (const end = Date.now() + 2 * MEMORY_TTL_MS; Date.now() < end; await pause()) await hit()
    const entry = (await kv.get(key, 'json')) as { session: Record<string, unknown>; at: number }
    await kv.put(key, JSON.stringify({ ...entry, session: { ...entry.session, device_count: 42 } }), {
      expirationTtl: 120,
    })
    const written = Date.now()
    const seen: { sent: number; body: { client_session: Record<string, unknown> } }[] = []
    for (const end = written + 2 * MEMORY_TTL_MS; Date.now() < end; await pause()) seen.push(await hit())
    const late = seen.filter((h) => h.sent >= written + MEMORY_TTL_MS + 50)
    expect(late.length).toBeGreaterThan(5)
    for (const h of late) expect(h.body.client_session.device_count).toBe(42)
    expect(upstreamGets()).toBe(1)
  })

  // Key parts longer than the digest memo takes (1,024 chars) are hashed afresh every time; a
  // key that differs only past that point must still miss (each hit also checks the entry's key).
  test('a user key too long to remember still hits, and only for itself', async () => {
    const key = `long_${'k'.repeat(3_000)}`
    const s = newSession({ user_identifier_key: key })
    expect((await getByKey(key)).headers.get('cache-status')).toMatch(/fwd=miss; stored/)
    const again = await getByKey(key)
    expect(again.headers.get('cache-status')).toMatch(/^seam-session-gateway; hit/)
    expect((await again.json()).client_session.client_session_id).toBe(s.client_session_id)
    const sibling = await getByKey(`${key.slice(0, -1)}x`)
    expect(sibling.headers.get('cache-status')).toMatch(/fwd=miss/)
    expect(upstreamGets()).toBe(2)
  })
})

describe('isolation', () => {
  test('another workspace, a wrong key, no credential and another session token get what Seam answers', async () => {
    const s = newSession()
    const other = newSession()
    await getById(s.client_session_id)
    expect((await getById(s.client_session_id)).headers.get('cache-status')).toMatch(/hit/)
    fake.resetCalls()

    const twoRes = await getById(s.client_session_id, bearer(fake.seed.apiKeys.two))
    expect(twoRes.status).toBe(404)
    const wrong = await getById(s.client_session_id, bearer('seam_wrong_key_123'))
    expect(wrong.status).toBe(401)
    const none = await getById(s.client_session_id, {})
    expect(none.status).toBe(401)
    expect(none.headers.get('cache-status')).toBe('seam-session-gateway; detail=refused')
    expect(upstreamGets()).toBe(2) // two forwarded; the credential-less one stopped at the edge

    await gateway.fetch('/client_sessions/get', { headers: { 'client-session-token': other.token } })
    const otherOwn = await gateway.fetch('/client_sessions/get', { headers: { 'client-session-token': other.token } })
    expect((await otherOwn.json()).client_session.client_session_id).toBe(other.client_session_id)
    const otherAsksForS = await getById(s.client_session_id, { 'client-session-token': other.token })
    expect(otherAsksForS.status).toBe(400) // Seam refuses a token naming a session: so does the gateway
    expect(otherAsksForS.headers.get('cache-status')).toMatch(/bypass/)
  })

  test('gets refused at the edge name the cache too: 401 and every kind of 400, never forwarded', async () => {
    fake.resetCalls()
    const refused = 'seam-session-gateway; detail=refused'
    const answers = [
      await gateway.fetch('/client_sessions/get?client_session_id=x', {}),
      await gateway.fetch('/client_sessions/get?client_session_id=', { headers: keyOne() }),
      await gateway.fetch('/client_sessions/get?bogus=1', { headers: keyOne() }),
      await gateway.fetch('/client_sessions/get?=x', { headers: keyOne() }),
      await gateway.fetch('/client_sessions/get', {
        method: 'POST',
        headers: { ...keyOne(), 'content-type': 'application/json' },
        body: '{"bogus":1}',
      }),
      await gateway.fetch('/client_sessions/get', {
        method: 'POST',
        headers: { ...keyOne(), 'content-type': 'application/json' },
        body: '{not json',
      }),
    ]
    expect(answers.map((r) => r.status)).toEqual([401, 400, 400, 400, 400, 400])
    for (const answer of answers) {
      expect(answer.headers.get('cache-status')).toBe(refused)
      expect((await answer.json()).ok).toBe(false)
    }
    expect(upstreamGets()).toBe(0)
  })

  test('KV keys hold no raw credential, token, id or user key', async () => {
    const s = newSession()
    await getById(s.client_session_id)
    await getByKey(s.user_identifier_key as string)
    await gateway.fetch('/client_sessions/get', { headers: { 'client-session-token': s.token } })
    await new Promise((r) => setTimeout(r, 100)) // stores run after the answer
    const kv = await gateway.kv()
    const { keys } = await kv.list()
    expect(keys.length).toBeGreaterThan(0)
    for (const { name } of keys) {
      for (const secret of [fake.seed.apiKeys.one, s.token, s.client_session_id, s.user_identifier_key as string]) {
        expect(name).not.toContain(secret)
      }
      expect(name).toMatch(/^v1:(cred|sess|uik):[0-9a-f:]+$/)
    }
  })
})

describe('writes through the gateway are visible at once', () => {
  test('grant_access made with another credential of the workspace', async () => {
    const s = newSession()
    await getById(s.client_session_id)
    await getByKey(s.user_identifier_key as string)
    const pat = { ...bearer(fake.seed.personalAccessTokens.one), 'seam-workspace': fake.seed.workspaces.one.id }
    const grant = await write(
      'grant_access',
      { user_identifier_key: s.user_identifier_key, connected_account_ids: ['demo_connected_account_2'] },
      pat,
      'PATCH',
    )
    expect(grant.status).toBe(200)
    for (const res of [await getById(s.client_session_id), await getByKey(s.user_identifier_key as string)]) {
      expect((await res.json()).client_session.connected_account_ids).toContain('demo_connected_account_2')
    }
  })

  test('get_or_create with a new expiry', async () => {
    const s = newSession()
    await getByKey(s.user_identifier_key as string)
    const later = new Date(Date.now() + 7 * 86_400_000).toISOString()
    const res = await write('get_or_create', { user_identifier_key: s.user_identifier_key, expires_at: later })
    expect(res.status).toBe(200)
    const after = await getByKey(s.user_identifier_key as string)
    expect(Date.parse((await after.json()).client_session.expires_at)).toBe(Date.parse(later))
  })

  test('revoke, then delete', async () => {
    const s = newSession()
    await gateway.fetch('/client_sessions/get', { headers: { 'client-session-token': s.token } })
    await getById(s.client_session_id)
    expect((await write('revoke', { client_session_id: s.client_session_id })).status).toBe(200)
    const own = await gateway.fetch('/client_sessions/get', { headers: { 'client-session-token': s.token } })
    expect(own.status).toBe(401) // the upstream's answer, not a cached session
    expect((await write('delete', { client_session_id: s.client_session_id })).status).toBe(200)
    expect((await getById(s.client_session_id)).status).toBe(404)
  })

  test('create after a 404 is visible at once (404s are not cached)', async () => {
    const key = `late_${Math.random().toString(36).slice(2)}`
    expect((await getByKey(key)).status).toBe(404)
    expect((await getByKey(key)).status).toBe(404)
    expect(upstreamGets()).toBe(2)
    expect((await write('create', { user_identifier_key: key })).status).toBe(200)
    const found = await getByKey(key)
    expect(found.status).toBe(200)
    expect(found.headers.get('cache-status')).toMatch(/hit/)
  })
})

describe('expiry and errors', () => {
  test("an entry is never served after the session's expires_at", async () => {
    const s = newSession({ expires_at: new Date(Date.now() + 2_000).toISOString() })
    await getById(s.client_session_id)
    expect((await getById(s.client_session_id)).headers.get('cache-status')).toMatch(/hit/)
    await new Promise((r) => setTimeout(r, 2_100))
    const after = await getById(s.client_session_id)
    expect(after.headers.get('cache-status')).toMatch(/fwd=miss/)
    expect(upstreamGets()).toBe(2)
  })

  test('upstream errors are never cached', async () => {
    const s = newSession()
    // One get is one attempt (the caller's SDK owns the retries, issue 18).
    fake.setFault('/client_sessions/get', { kind: 'status', status: 500, times: 1 })
    expect((await getById(s.client_session_id)).status).toBe(500)
    const next = await getById(s.client_session_id)
    expect(next.status).toBe(200)
    expect(next.headers.get('cache-status')).toMatch(/fwd=miss/)
  })

  test('50 concurrent cold gets make one upstream call', async () => {
    const s = newSession()
    fake.setLatency(300)
    const answers = await Promise.all(Array.from({ length: 50 }, () => getById(s.client_session_id)))
    expect(answers.every((r) => r.status === 200)).toBe(true)
    expect(upstreamGets()).toBe(1)
  })

  test('a shared miss is stored once, not once per waiter', async () => {
    // A KV that counts its writes, reachable from the test through its own fetch handler.
    const countingKv = `import { WorkerEntrypoint } from 'cloudflare:workers'
      const store = new Map()
      const puts = []
      export default class extends WorkerEntrypoint {
        async get(key, type) { const v = store.get(key); return v === undefined ? null : type === 'json' ? JSON.parse(v) : v }
        async put(key, value) { puts.push(key); store.set(key, value) }
        async delete(key) { store.delete(key) }
        async fetch() { return Response.json(puts) }
      }`
    const counted = await startGateway({
      kvOverride: countingKv,
      vars: { SEAM_ENDPOINT: fake.url, MEMORY_CACHE_TTL_MS: '0' },
    })
    try {
      const s = newSession()
      fake.setLatency(300)
      const get = () =>
        counted.fetch(`/client_sessions/get?client_session_id=${s.client_session_id}`, { headers: keyOne() })
      const answers = await Promise.all(Array.from({ length: 20 }, get))
      expect(answers.every((r) => r.status === 200)).toBe(true)
      fake.setLatency(0)
      expect((await get()).headers.get('cache-status')).toMatch(/hit/)
      const kv = await counted.mf.getWorker('kv-override')
      const puts = (await (await kv.fetch('http://kv/')).json()) as string[]
      expect(puts.filter((key) => key.startsWith('v1:sess:'))).toHaveLength(1)
    } finally {
      await counted.close()
    }
  })
})

describe('stale-if-error', () => {
  const { gateway: short } = useGateway({
    upstream: fake,
    vars: {
      CACHE_TTL_SECONDS: '1',
      CACHE_STALE_IF_ERROR_SECONDS: '2',
      UPSTREAM_TIMEOUT_MS: '300',
      UPSTREAM_DEADLINE_MS: '1000',
    },
  })
  const shortGet = (id: string) => short.fetch(`/client_sessions/get?client_session_id=${id}`, { headers: keyOne() })

  test.each([
    ['503 JSON', { kind: 'status', status: 503 }],
    ['plain-text 503', { kind: 'status', status: 503, body: 'down', contentType: 'text/plain' }],
    ['429', { kind: 'status', status: 429, headers: { 'retry-after': '30' } }],
    ['hang', { kind: 'hang' }],
    ['reset', { kind: 'reset' }],
  ] as const)('past freshness, a failing upstream (%s) gets the stale entry, flagged', async (_, fault) => {
    const s = newSession()
    const fresh = await shortGet(s.client_session_id)
    const body = await fresh.json()
    expect(fresh.headers.get('warning')).toBeNull()
    await new Promise((r) => setTimeout(r, 1_100))
    fake.setFault('/client_sessions/get', fault as never)
    const stale = await shortGet(s.client_session_id)
    expect(stale.status).toBe(200)
    expect(stale.headers.get('cache-status')).toMatch(/fwd=stale; fwd-status=\d+; detail=stale-if-error/)
    expect(stale.headers.get('warning')).toBe('110 - "Response is Stale"') // README: `Warning: 110`
    expect(await stale.json()).toEqual(body)
    fake.clearFaults()
  })

  test("a stale entry's refresh is the gateway's own call: retried, since no caller will retry it", async () => {
    const s = newSession()
    await shortGet(s.client_session_id)
    await new Promise((r) => setTimeout(r, 1_100))
    fake.resetCalls()
    fake.setFault('/client_sessions/get', { kind: 'status', status: 503, times: 2 })
    const res = await shortGet(s.client_session_id)
    // Two 503s, then the third attempt's fresh answer: stored, not the stale copy.
    expect(res.headers.get('cache-status')).toMatch(/fwd=stale; stored/)
    expect(upstreamGets()).toBe(3)
    expect((await short.logFor(res)).upstream_attempts).toBe(3)
  })

  test('without a stale entry a failing get is one attempt: the failure goes to the caller, whose SDK retries', async () => {
    fake.resetCalls()
    fake.setFault('/client_sessions/get', { kind: 'status', status: 503, times: 1 })
    const res = await shortGet(newSession().client_session_id)
    expect(res.status).toBe(503)
    expect(upstreamGets()).toBe(1)
  })

  test('past the stale-if-error window the failure is answered', async () => {
    const s = newSession()
    await shortGet(s.client_session_id)
    await new Promise((r) => setTimeout(r, 3_100))
    fake.setFault('/client_sessions/get', { kind: 'status', status: 503 })
    const res = await shortGet(s.client_session_id)
    expect(res.status).toBe(503)
    fake.clearFaults()
  })

  test('past freshness with a healthy upstream the entry is refreshed', async () => {
    const s = newSession()
    await shortGet(s.client_session_id)
    await new Promise((r) => setTimeout(r, 1_100))
    const res = await shortGet(s.client_session_id)
    expect(res.headers.get('cache-status')).toMatch(/fwd=stale; stored/)
  })
})

describe('KV failing', () => {
  test('a binding that throws: the gateway still answers from the upstream', async () => {
    // A string where the KV namespace should be: every KV call throws inside the worker.
    const broken = await startGateway({
      kv: false,
      vars: { SEAM_ENDPOINT: fake.url, SESSION_CACHE: 'not-a-kv', MEMORY_CACHE_TTL_MS: '0' },
    })
    try {
      const s = newSession()
      for (let i = 0; i < 2; i++) {
        const res = await broken.fetch(`/client_sessions/get?client_session_id=${s.client_session_id}`, {
          headers: keyOne(),
        })
        expect(res.status, JSON.stringify(broken.requestLogs().at(-1))).toBe(200)
        expect(res.headers.get('cache-status')).toMatch(/fwd=miss/)
      }
      expect(upstreamGets()).toBe(2)
      expect(broken.requestLogs().some((l) => typeof l.cache_error === 'string')).toBe(true)
    } finally {
      await broken.close()
    }
  })

  test('a KV that never answers: each get still answers from the upstream, after the KV timeout', async () => {
    const hangingKv = `import { WorkerEntrypoint } from 'cloudflare:workers'
      const never = () => new Promise((resolve) => setTimeout(() => resolve(null), 20_000))
      export default class extends WorkerEntrypoint {
        get() { return never() }
        put() { return never() }
        delete() { return never() }
      }`
    const stuck = await startGateway({
      kvOverride: hangingKv,
      vars: { SEAM_ENDPOINT: fake.url, MEMORY_CACHE_TTL_MS: '0' },
    })
    try {
      const s = newSession()
      for (let i = 0; i < 2; i++) {
        const res = await stuck.fetch(`/client_sessions/get?client_session_id=${s.client_session_id}`, {
          headers: keyOne(),
        })
        expect(res.status).toBe(200)
      }
      expect(upstreamGets()).toBe(2)
      expect(
        stuck.requestLogs().some((l) => String(l.cache_error).includes('timeout')),
        JSON.stringify(stuck.logs),
      ).toBe(true)
    } finally {
      await stuck.close()
    }
  })

  test('a background re-read that fails: the hit is still answered, and the failure gets its own log line', async () => {
    // Writes are kept; every read throws, as a KV that stopped answering reads does.
    const readsFailKv = `import { WorkerEntrypoint } from 'cloudflare:workers'
      const stored = new Map()
      export default class extends WorkerEntrypoint {
        get() { throw new Error('KV is down') }
        put(key, value) { stored.set(key, value) }
        delete(key) { stored.delete(key) }
      }`
    const memoryTtlMs = 4_000
    const failing = await startGateway({
      kvOverride: readsFailKv,
      vars: { SEAM_ENDPOINT: fake.url, MEMORY_CACHE_TTL_MS: String(memoryTtlMs) },
    })
    try {
      const s = newSession()
      const path = `/client_sessions/get?client_session_id=${s.client_session_id}`
      const miss = await failing.fetch(path, { headers: keyOne() })
      expect(miss.headers.get('cache-status')).toMatch(/fwd=miss; stored/)
      // Into the last quarter of the entries' memory lifetime (MEMORY_REFRESH_AHEAD_FRACTION):
      // the next hit re-reads them in the background, and those reads fail.
      await new Promise((r) => setTimeout(r, memoryTtlMs * 0.8))
      const hit = await failing.fetch(path, { headers: keyOne() })
      expect(hit.status).toBe(200)
      expect(hit.headers.get('cache-status')).toMatch(/; hit; /)
      const refreshLines = async () => {
        for (let i = 0; i < 100; i++) {
          const lines = failing.logs.flatMap((line) => {
            const parsed = JSON.parse(line) as Record<string, unknown>
            return parsed.msg === 'cache_refresh_failed' ? [parsed] : []
          })
          if (lines.length >= 2) return lines
          await new Promise((r) => setTimeout(r, 20))
        }
        return []
      }
      // One per entry re-read (the credential's and the session's), each naming the hit that started it.
      const expected = {
        level: 'warn',
        msg: 'cache_refresh_failed',
        request_id: hit.headers.get('seam-request-id'),
        route: '/client_sessions/get',
        cache_error: 'get: failed',
      }
      expect(await refreshLines(), JSON.stringify(failing.logs)).toEqual([expected, expected])
      expect((await failing.logFor(hit)).cache).toBe('hit')
      expect(upstreamGets()).toBe(1)
    } finally {
      await failing.close()
    }
  })

  test('no binding at all: every get goes upstream', async () => {
    const none = await startGateway({ kv: false, vars: { SEAM_ENDPOINT: fake.url, MEMORY_CACHE_TTL_MS: '0' } })
    try {
      const s = newSession()
      for (let i = 0; i < 2; i++) {
        expect(
          (await none.fetch(`/client_sessions/get?client_session_id=${s.client_session_id}`, { headers: keyOne() }))
            .status,
        ).toBe(200)
      }
      expect(upstreamGets()).toBe(2)
    } finally {
      await none.close()
    }
  })
})
