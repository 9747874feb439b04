/**
 * POST /token with HS256 identity tokens against the project's fake Seam: every rejection
 * kind (before any upstream call), reuse from KV, single-flight, renewal that keeps grants,
 * the user-key mapping, configuration and upstream failures, rate limits, and no secrets in logs.
 */
import { createHmac } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { SeamHttp } from '@seamapi/http'
import { beforeAll, describe, expect, test } from 'vitest'
import { DEMO_SEED, type FakeSeam } from '../fake-seam/index.ts'
import { useGateway } from './helpers/fixture.ts'
import { type Gateway, startGateway } from './helpers/gateway.ts'
import { goodClaims, makeKey, nowSeconds, signJwt } from './helpers/jwt.ts'

const SECRET = 'hs256-test-secret-that-is-longer-than-32-bytes'
const ISSUER = 'https://id.example.test/'
const AUDIENCE = 'seam-gateway-tests'
const API_KEY = DEMO_SEED.apiKeys.one
const WORKSPACE = DEMO_SEED.workspaces.one.id
const TTL_SECONDS = 3600

/** Every JWT and client session token this file handles: none may show up in a log line. */
const secretsSeen = new Set<string>([SECRET, API_KEY])

const hs = (payload: Record<string, unknown>, header?: Record<string, unknown>, key = SECRET) => {
  const jwt = signJwt({ alg: 'HS256', key, payload, ...(header ? { header } : {}) })
  secretsSeen.add(jwt)
  return jwt
}
/** A valid identity token for `sub` (issuer and audience as configured). */
const idToken = (sub: string, extra: Record<string, unknown> = {}) =>
  hs(goodClaims(sub, { iss: ISSUER, aud: AUDIENCE, ...extra }))

function vendingVars(fake: FakeSeam, extra: Record<string, string> = {}): Record<string, string> {
  return {
    SEAM_ENDPOINT: fake.url,
    SEAM_API_KEY: API_KEY,
    AUTH_JWT_SECRET: SECRET,
    AUTH_JWT_ISSUER: ISSUER,
    AUTH_JWT_AUDIENCE: AUDIENCE,
    TOKEN_TTL_SECONDS: String(TTL_SECONDS),
    // Edits to KV made by a test are seen at once (no in-isolate memory tier).
    MEMORY_CACHE_TTL_MS: '0',
    ...extra,
  }
}

interface Vended {
  client_session_token: string
  expires_at: string
  client_session_id: string
}

async function postToken(gw: Gateway, authorization?: string, headers: Record<string, string> = {}) {
  const res = await gw.fetch('/token', {
    method: 'POST',
    headers: authorization === undefined ? headers : { authorization, ...headers },
  })
  return res
}

async function vend(gw: Gateway, jwt: string): Promise<Vended> {
  const res = await postToken(gw, `Bearer ${jwt}`)
  const body = (await res.json()) as Vended
  expect(res.status, JSON.stringify(body)).toBe(200)
  secretsSeen.add(body.client_session_token)
  return body
}

const sessionsFor = (fake: FakeSeam, key: string) =>
  [...fake.store.sessions.values()].filter((s) => s.workspace_id === WORKSPACE && s.user_identifier_key === key)

const lifetimeMs = (expiresAt: string) => Date.parse(expiresAt) - Date.now()

const { gateway: gw, upstream: fake } = useGateway({ vars: vendingVars, reset: false })

describe('vending', () => {
  test('the first token creates a session; the next comes from KV with no upstream call', async () => {
    fake.resetCalls()
    const first = await postToken(gw, `Bearer ${idToken('user-reuse')}`)
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe('no-store')
    const body = (await first.json()) as Vended
    secretsSeen.add(body.client_session_token)
    expect(Object.keys(body).sort()).toEqual(['client_session_id', 'client_session_token', 'expires_at'])
    expect(body.client_session_token).toMatch(/^seam_cst/)
    expect(lifetimeMs(body.expires_at)).toBeGreaterThan((TTL_SECONDS - 120) * 1000)
    expect(lifetimeMs(body.expires_at)).toBeLessThanOrEqual(TTL_SECONDS * 1000)
    expect(fake.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /client_sessions/get',
      'POST /client_sessions/get_or_create',
    ])
    for (const call of fake.calls) expect(call.headers.authorization).toBe(`Bearer ${API_KEY}`)
    expect(new URLSearchParams(fake.calls[0]?.query).get('user_identifier_key')).toBe('user-reuse')
    const created = JSON.parse(fake.callsTo('/client_sessions/get_or_create')[0]?.body ?? '{}')
    expect(created).toEqual({ user_identifier_key: 'user-reuse', expires_at: body.expires_at })
    const [stored, ...others] = sessionsFor(fake, 'user-reuse')
    expect(others).toEqual([])
    expect(stored?.token).toBe(body.client_session_token)
    expect(stored?.client_session_id).toBe(body.client_session_id)
    expect((await gw.logFor(first)).token).toBe('created')

    fake.resetCalls()
    // A fresh JWT for the same user, as a page reload would send.
    const second = await postToken(gw, `Bearer ${idToken('user-reuse', { iat: nowSeconds() - 5 })}`)
    expect(second.status).toBe(200)
    expect(await second.json()).toEqual(body)
    expect(fake.calls).toHaveLength(0)
    expect((await gw.logFor(second)).token).toBe('reused')
  })

  test('the vended token works with the SDK through the gateway', async () => {
    const vended = await vend(gw, idToken('user-sdk'))
    const seam = SeamHttp.fromClientSessionToken(vended.client_session_token, { endpoint: gw.url })
    const session = await seam.clientSessions.get()
    expect(session.client_session_id).toBe(vended.client_session_id)
    expect(session.user_identifier_key).toBe('user-sdk')
  })

  test('concurrent first requests for one user make one session with one get_or_create', async () => {
    fake.resetCalls()
    const jwt = idToken('user-flight')
    const answers = await Promise.all(Array.from({ length: 8 }, () => postToken(gw, `Bearer ${jwt}`)))
    const bodies = (await Promise.all(answers.map((r) => r.json()))) as Vended[]
    expect(answers.map((r) => r.status)).toEqual(Array(8).fill(200))
    expect(new Set(bodies.map((b) => b.client_session_token)).size).toBe(1)
    expect(fake.callsTo('/client_sessions/get')).toHaveLength(1)
    expect(fake.callsTo('/client_sessions/get_or_create')).toHaveLength(1)
    expect(sessionsFor(fake, 'user-flight')).toHaveLength(1)
  })

  test('a session that exists with life left is vended as it is: grants and expiry untouched', async () => {
    const seeded = DEMO_SEED.sessions.demo
    fake.resetCalls()
    const res = await postToken(gw, `Bearer ${idToken(seeded.userIdentifierKey)}`)
    const body = (await res.json()) as Vended
    expect(body).toEqual({
      client_session_token: seeded.token,
      expires_at: seeded.expiresAt,
      client_session_id: seeded.id,
    })
    expect(fake.callsTo('/client_sessions/get_or_create')).toHaveLength(0)
    expect(fake.store.getSession(seeded.id)?.connected_account_ids).toEqual([...seeded.connectedAccountIds])
    expect(fake.store.getSession(seeded.id)?.expires_at).toBe(seeded.expiresAt)
    expect((await gw.logFor(res)).token).toBe('found')
  })

  test('a session near expiry is renewed for TOKEN_TTL_SECONDS and keeps every grant', async () => {
    const grants = ['demo_connected_account_1', 'demo_connected_account_2']
    const existing = fake.store.addSession({
      workspace_id: WORKSPACE,
      user_identifier_key: 'user-renew',
      expires_at: new Date(Date.now() + 120_000).toISOString(),
      connected_account_ids: grants,
      connect_webview_ids: ['cw_user_renew'],
    })
    fake.resetCalls()
    const res = await postToken(gw, `Bearer ${idToken('user-renew')}`)
    const body = (await res.json()) as Vended
    expect(body.client_session_id).toBe(existing.client_session_id)
    expect(body.client_session_token).toBe(existing.token)
    expect(lifetimeMs(body.expires_at)).toBeGreaterThan((TTL_SECONDS - 120) * 1000)
    const calls = fake.callsTo('/client_sessions/get_or_create')
    expect(calls).toHaveLength(1)
    expect(Object.keys(JSON.parse(calls[0]?.body ?? '{}')).sort()).toEqual(['expires_at', 'user_identifier_key'])
    const after = fake.store.getSession(existing.client_session_id)
    expect(after?.connected_account_ids).toEqual(grants)
    expect(after?.connect_webview_ids).toEqual(['cw_user_renew'])
    expect(after?.expires_at).toBe(body.expires_at)
    expect((await gw.logFor(res)).token).toBe('renewed')
  })

  test('a KV record near expiry is renewed upstream (grants kept, cached get dropped), then reused', async () => {
    const first = await vend(gw, idToken('user-kv-renew'))
    // Time passes: both Seam's session and the gateway's record get within the renewal window,
    // and a backend grants an account meanwhile.
    const soon = new Date(Date.now() + 60_000).toISOString()
    fake.store.updateSession(first.client_session_id, {
      expires_at: soon,
      connected_account_ids: ['demo_connected_account_2'],
    })
    const kv = await gw.kv()
    let rewritten = 0
    for (const { name } of (await kv.list({ prefix: 'v1:vend:' })).keys) {
      const record = (await kv.get(name, 'json')) as Record<string, unknown> | null
      if (record?.client_session_id !== first.client_session_id) continue
      await kv.put(name, JSON.stringify({ ...record, expires_at: soon }), { expirationTtl: 120 })
      rewritten++
    }
    expect(rewritten).toBe(1)
    // A backend reads the session through the gateway: the cache now holds the old expiry.
    const backendGet = () =>
      gw.fetch(`/client_sessions/get?client_session_id=${first.client_session_id}`, {
        headers: { authorization: `Bearer ${API_KEY}` },
      })
    expect(
      ((await (await backendGet()).json()) as { client_session: { expires_at: string } }).client_session.expires_at,
    ).toBe(soon)

    fake.resetCalls()
    const renewed = await vend(gw, idToken('user-kv-renew'))
    expect(renewed.client_session_token).toBe(first.client_session_token)
    expect(lifetimeMs(renewed.expires_at)).toBeGreaterThan((TTL_SECONDS - 120) * 1000)
    expect(fake.calls.map((c) => c.path)).toEqual(['/client_sessions/get', '/client_sessions/get_or_create'])
    expect(fake.store.getSession(first.client_session_id)?.connected_account_ids).toEqual(['demo_connected_account_2'])
    const cached = (await (await backendGet()).json()) as { client_session: { expires_at: string } }
    expect(cached.client_session.expires_at).toBe(renewed.expires_at)

    fake.resetCalls()
    expect(await vend(gw, idToken('user-kv-renew'))).toEqual(renewed)
    expect(fake.calls).toHaveLength(0)
  })

  test('tokens are accepted within the documented 60 s clock skew', async () => {
    const now = nowSeconds()
    await vend(gw, idToken('user-skew', { exp: now - 30 }))
    await vend(gw, idToken('user-skew', { nbf: now + 30, iat: now + 30 }))
  })

  test('an `aud` array containing the audience is accepted', async () => {
    await vend(gw, idToken('user-aud-array', { aud: ['another-api', AUDIENCE] }))
  })

  test('POST is the only method', async () => {
    const res = await gw.fetch('/token', { headers: { authorization: `Bearer ${idToken('user-get')}` } })
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe('POST')
  })
})

describe('rejections: 401 with WWW-Authenticate, and no upstream call', () => {
  const claims = (extra: Record<string, unknown> = {}) =>
    goodClaims('user-rejected', { iss: ISSUER, aud: AUDIENCE, ...extra })
  const without = (field: string) => {
    const c = claims()
    delete c[field]
    return c
  }
  const now = nowSeconds()
  const attacker = makeKey('RS256', 'attacker')
  const valid = () => hs(claims())
  const cases: [name: string, authorization: () => string | undefined, kind: string | undefined][] = [
    ['no Authorization header', () => undefined, undefined],
    ['an empty bearer', () => 'Bearer ', undefined],
    ['a Basic credential', () => 'Basic dXNlcjpwYXNzd29yZA==', undefined],
    ['garbage', () => 'Bearer not-a-jwt', 'malformed'],
    ['garbage in three parts', () => 'Bearer abc.def.ghi', 'malformed'],
    ['a Seam API key', () => `Bearer ${API_KEY}`, 'malformed'],
    ['the wrong secret', () => `Bearer ${hs(claims(), {}, 'another-secret-that-is-also-32-bytes-long')}`, 'signature'],
    ['alg none', () => `Bearer ${signJwt({ alg: 'none', payload: claims() })}`, 'alg'],
    ['alg none over an HS256 signature', () => `Bearer ${hs(claims(), { alg: 'none' })}`, 'alg'],
    ['RS256 from a key the gateway does not trust', () => `Bearer ${attacker.sign(claims())}`, 'alg'],
    ['HS256 declared as HS512', () => `Bearer ${hs(claims(), { alg: 'HS512' })}`, 'alg'],
    ['expired', () => `Bearer ${hs(claims({ exp: now - 120 }))}`, 'expired'],
    ['no exp', () => `Bearer ${hs(without('exp'))}`, 'missing_exp'],
    ['exp not a number', () => `Bearer ${hs(claims({ exp: String(now + 300) }))}`, 'malformed'],
    ['not yet valid (nbf)', () => `Bearer ${hs(claims({ nbf: now + 600 }))}`, 'not_yet_valid'],
    ['issued in the future (iat)', () => `Bearer ${hs(claims({ iat: now + 600 }))}`, 'not_yet_valid'],
    ['the wrong audience', () => `Bearer ${hs(claims({ aud: 'another-api' }))}`, 'audience'],
    ['no audience', () => `Bearer ${hs(without('aud'))}`, 'audience'],
    ['the wrong issuer', () => `Bearer ${hs(claims({ iss: 'https://evil.example/' }))}`, 'issuer'],
    ['no issuer', () => `Bearer ${hs(without('iss'))}`, 'issuer'],
    ['no sub', () => `Bearer ${hs(without('sub'))}`, 'subject'],
    ['an empty sub', () => `Bearer ${hs(claims({ sub: '' }))}`, 'subject'],
    ['a sub that is not a string', () => `Bearer ${hs(claims({ sub: 42 }))}`, 'subject'],
    ['a sub longer than 255 characters', () => `Bearer ${hs(claims({ sub: 'x'.repeat(256) }))}`, 'subject'],
    ['a crit header', () => `Bearer ${hs(claims(), { crit: ['exp'] })}`, 'header'],
    ['a typ that is not JWT', () => `Bearer ${hs(claims(), { typ: 'JWE' })}`, 'header'],
    [
      'a payload swapped under a valid signature',
      () => {
        const [head, , sig] = valid().split('.')
        const payload = Buffer.from(JSON.stringify(claims({ sub: 'someone-else' }))).toString('base64url')
        return `Bearer ${head}.${payload}.${sig}`
      },
      'signature',
    ],
    ['padding in the signature', () => `Bearer ${valid()}=`, 'malformed'],
    ['a token over 8 KiB', () => `Bearer ${hs(claims({ pad: 'x'.repeat(9000) }))}`, 'malformed'],
  ]

  test.each(cases)('%s', async (_name, authorization, kind) => {
    fake.resetCalls()
    const res = await postToken(gw, authorization())
    const body = (await res.json()) as { error: { type: string; message: string }; ok: boolean }
    expect(res.status).toBe(401)
    expect(body.ok).toBe(false)
    expect(body.error.type).toBe('unauthorized')
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    const challenge = res.headers.get('www-authenticate') ?? ''
    expect(challenge).toMatch(/^Bearer realm="seam-session-gateway"/)
    expect(challenge.includes('error="invalid_token"')).toBe(kind !== undefined)
    expect(fake.calls).toHaveLength(0)
    const line = await gw.logFor(res)
    expect(line.status).toBe(401)
    expect(line.jwt_rejected).toBe(kind)
  })
})

describe('user_identifier_key mapping', () => {
  test('USER_KEY_MODE=hashed sends hex HMAC-SHA256(USER_KEY_SALT, sub), never the sub', async () => {
    const salt = 'a-salt-for-the-token-tests-0123'
    const hashed = await startGateway({ vars: vendingVars(fake, { USER_KEY_MODE: 'hashed', USER_KEY_SALT: salt }) })
    try {
      fake.resetCalls()
      const sub = 'alice@example.com'
      const vended = await vend(hashed, idToken(sub))
      const expected = createHmac('sha256', salt).update(sub).digest('hex')
      expect(sessionsFor(fake, expected).map((s) => s.token)).toEqual([vended.client_session_token])
      expect(sessionsFor(fake, sub)).toEqual([])
      for (const call of fake.calls) expect(`${call.query} ${call.body}`).not.toContain('alice')
    } finally {
      await hashed.close()
    }
  })
})

describe('configuration', () => {
  test.each([
    ['no SEAM_API_KEY', { SEAM_API_KEY: '' }],
    // With an issuer left, the gateway would discover its keys (issue 17): this takes both away.
    ['no JWT verification configured', { AUTH_JWT_SECRET: '', AUTH_JWT_ISSUER: '' }],
    ['an HS256 secret shorter than 32 bytes', { AUTH_JWT_SECRET: 'too-short' }],
    ['hashed keys without a salt', { USER_KEY_MODE: 'hashed' }],
    ['hashed keys with a salt shorter than 16 characters', { USER_KEY_MODE: 'hashed', USER_KEY_SALT: 's'.repeat(15) }],
  ])('%s → 503 token_vending_not_configured, no upstream call', async (_name, vars) => {
    const misconfigured = await startGateway({ vars: vendingVars(fake, vars) })
    try {
      fake.resetCalls()
      const res = await postToken(misconfigured, `Bearer ${idToken('user-config')}`)
      expect(res.status).toBe(503)
      expect(((await res.json()) as { error: { type: string } }).error.type).toBe('token_vending_not_configured')
      expect(fake.calls).toHaveLength(0)
      // The rest of the gateway is unaffected.
      expect((await misconfigured.fetch('/health')).status).toBe(200)
    } finally {
      await misconfigured.close()
    }
  })
})

describe('upstream failures', () => {
  test('Seam down on get → 502 upstream_unavailable, nothing stored', async () => {
    fake.setFault('/client_sessions/get', { kind: 'status', status: 503 })
    try {
      fake.resetCalls()
      const res = await postToken(gw, `Bearer ${idToken('user-down')}`)
      expect(res.status).toBe(502)
      expect(((await res.json()) as { error: { type: string } }).error.type).toBe('upstream_unavailable')
      expect(fake.callsTo('/client_sessions/get_or_create')).toHaveLength(0)
    } finally {
      fake.clearFaults()
    }
    await vend(gw, idToken('user-down'))
    expect(sessionsFor(fake, 'user-down')).toHaveLength(1)
  })

  test('Seam refusing the gateway key → 502 upstream_rejected, with nothing about the key on the wire', async () => {
    fake.setFault('/client_sessions/get_or_create', { kind: 'status', status: 401, times: 1 })
    const res = await postToken(gw, `Bearer ${idToken('user-refused')}`)
    const text = await res.text()
    expect(res.status).toBe(502)
    expect(JSON.parse(text).error.type).toBe('upstream_rejected')
    expect(text).not.toContain(API_KEY)
    expect(res.headers.get('www-authenticate')).toBeNull()
    // Nothing was stored: the next request goes upstream again and succeeds.
    fake.resetCalls()
    await vend(gw, idToken('user-refused'))
    expect(fake.callsTo('/client_sessions/get_or_create')).toHaveLength(1)
  })

  test('Seam rate limiting get_or_create → 429 rate_limited with its Retry-After', async () => {
    fake.setFault('/client_sessions/get_or_create', {
      kind: 'status',
      status: 429,
      headers: { 'retry-after': '7' },
      times: 1,
    })
    const res = await postToken(gw, `Bearer ${idToken('user-upstream-429')}`)
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('7')
    expect(((await res.json()) as { error: { type: string } }).error.type).toBe('rate_limited')
  })

  test('a malformed answer to get_or_create → 502, not a broken token', async () => {
    fake.setFault('/client_sessions/get_or_create', { kind: 'malformed', times: 1 })
    const res = await postToken(gw, `Bearer ${idToken('user-malformed')}`)
    expect(res.status).toBe(502)
  })
})

describe('rate limits (Workers Rate Limiting binding)', () => {
  const { gateway: limited } = useGateway({
    upstream: fake,
    vars: vendingVars,
    ratelimits: {
      TOKEN_RATE_LIMIT_USER: { limit: 3, period: 60 },
      TOKEN_RATE_LIMIT_IP: { limit: 6, period: 60 },
    },
  })
  beforeAll(async () => {
    // Miniflare's windows are aligned to the wall clock: do not start right before one rolls over.
    const left = 60_000 - (Date.now() % 60_000)
    if (left < 15_000) await new Promise((resolve) => setTimeout(resolve, left + 250))
  })

  const from = (ip: string, jwt?: string) =>
    postToken(limited, jwt === undefined ? undefined : `Bearer ${jwt}`, { 'cf-connecting-ip': ip })

  test('per user: the fourth request in a minute → 429 with Retry-After; another user is not affected', async () => {
    const ip = '198.51.100.1'
    for (let i = 0; i < 3; i++) expect((await from(ip, idToken('user-limited'))).status).toBe(200)
    fake.resetCalls()
    const refused = await from(ip, idToken('user-limited'))
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('60')
    const body = (await refused.json()) as { error: { type: string }; ok: boolean }
    expect(body).toMatchObject({ error: { type: 'rate_limited' }, ok: false })
    expect(fake.calls).toHaveLength(0)
    expect((await limited.logFor(refused)).rate_limited).toBe('user')
    expect((await from(ip, idToken('user-not-limited'))).status).toBe(200)
  })

  test('per IP, counted before the JWT check: forged tokens use up the budget too', async () => {
    const ip = '203.0.113.9'
    for (let i = 0; i < 6; i++) expect((await from(ip, 'forged.jwt.value')).status).toBe(401)
    fake.resetCalls()
    const refused = await from(ip, idToken('user-behind-busy-ip'))
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('60')
    expect(fake.calls).toHaveLength(0)
    expect((await limited.logFor(refused)).rate_limited).toBe('ip')
    // Another address is unaffected.
    expect((await from('203.0.113.10', idToken('user-behind-busy-ip'))).status).toBe(200)
  })

  test('wrangler.toml binds both limits, the per-user one at 120 a minute or more', () => {
    const toml = readFileSync(new URL('../wrangler.toml', import.meta.url), 'utf8')
    const limits = Object.fromEntries(
      [
        ...toml.matchAll(
          /\[\[ratelimits\]\]\s*name\s*=\s*"(\w+)"[\s\S]*?simple\s*=\s*\{\s*limit\s*=\s*(\d+)\s*,\s*period\s*=\s*(\d+)\s*\}/g,
        ),
      ].map((m) => [m[1], { limit: Number(m[2]), period: Number(m[3]) }]),
    )
    const perMinute = (b?: { limit: number; period: number }) => (b ? (b.limit * 60) / b.period : 0)
    expect(perMinute(limits.TOKEN_RATE_LIMIT_USER)).toBeGreaterThanOrEqual(120)
    expect(perMinute(limits.TOKEN_RATE_LIMIT_IP)).toBeGreaterThanOrEqual(perMinute(limits.TOKEN_RATE_LIMIT_USER))
  })
})

describe('logs', () => {
  test('no JWT, client session token, API key or secret appears in any log line', () => {
    expect(secretsSeen.size).toBeGreaterThan(10)
    const logs = [...gw.logs].join('\n')
    expect(logs).toContain('"route":"/token"')
    for (const secret of secretsSeen) expect(logs.includes(secret), 'a secret was logged').toBe(false)
  })
})
