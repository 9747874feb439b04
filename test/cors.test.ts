/**
 * CORS: only origins in CORS_ORIGINS get CORS headers (their own origin echoed, with
 * credentials, never `*`), preflights are answered without reaching a route or the upstream,
 * on /token, the client-session routes and anything else.
 */
import { describe, expect, test } from 'vitest'
import { DEMO_SEED } from '../fake-seam/index.ts'
import { useGateway } from './helpers/fixture.ts'
import { startGateway } from './helpers/gateway.ts'
import { goodClaims, signJwt } from './helpers/jwt.ts'

const APP = 'https://app.example.test'
const ADMIN = 'http://localhost:5173'
const EVIL = 'https://evil.example.test'
const SECRET = 'cors-test-secret-that-is-longer-than-32-bytes'
const SDK_HEADERS = [
  'authorization',
  'content-type',
  'client-session-token',
  'seam-client-session-token',
  'seam-publishable-key',
  'seam-workspace',
  'seam-sdk-name',
  'seam-sdk-version',
  'seam-lts-version',
]

const { gateway: gw, upstream: fake } = useGateway({
  vars: {
    SEAM_API_KEY: DEMO_SEED.apiKeys.one,
    AUTH_JWT_SECRET: SECRET,
    // Spaces and empty entries around exact origins are fine (`*` and `null` are refused: below).
    CORS_ORIGINS: ` ${APP}, ${ADMIN} ,`,
  },
  reset: false,
})

const preflight = (path: string, origin: string, method = 'POST', headers = 'authorization, content-type') =>
  gw.fetch(path, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers },
  })

const list = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean)

const idToken = (sub: string) => signJwt({ alg: 'HS256', key: SECRET, payload: goodClaims(sub) })

function expectNoCors(res: Response) {
  for (const [name] of res.headers) expect(name.startsWith('access-control-'), name).toBe(false)
}

describe('preflight', () => {
  test.each([
    ['/token', 'POST'],
    ['/client_sessions/get', 'GET'],
    ['/client_sessions/grant_access', 'PATCH'],
    ['/devices/list', 'POST'],
  ])('an allowed origin gets 204 with the SDK headers for %s %s, and nothing goes upstream', async (path, method) => {
    fake.resetCalls()
    const res = await preflight(path, APP, method, SDK_HEADERS.join(', '))
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe(APP)
    expect(res.headers.get('access-control-allow-credentials')).toBe('true')
    expect(list(res.headers.get('access-control-allow-methods'))).toContain(method.toLowerCase())
    expect(list(res.headers.get('access-control-allow-headers'))).toEqual(expect.arrayContaining(SDK_HEADERS))
    expect(res.headers.get('access-control-max-age')).toBe('600') // README: max-age 600 s
    expect(list(res.headers.get('vary'))).toContain('origin')
    expect(fake.calls).toHaveLength(0)
  })

  test('Idempotency-Key may be sent, and Idempotent-Replayed read, from an allowed origin', async () => {
    const res = await preflight('/client_sessions/create', APP, 'PUT', 'authorization, idempotency-key')
    expect(list(res.headers.get('access-control-allow-headers'))).toContain('idempotency-key')
    const actual = await gw.fetch('/client_sessions/create', { method: 'PUT', headers: { origin: APP } })
    expect(list(actual.headers.get('access-control-expose-headers'))).toContain('idempotent-replayed')
  })

  test('every configured origin is allowed, each getting its own origin back', async () => {
    const res = await preflight('/token', ADMIN)
    expect(res.headers.get('access-control-allow-origin')).toBe(ADMIN)
  })

  test('an origin not in the list gets 204 without any CORS header, and nothing goes upstream', async () => {
    fake.resetCalls()
    for (const origin of [EVIL, `${APP}.evil.example`, 'null', APP.toUpperCase(), `${APP}/`]) {
      const res = await preflight('/token', origin)
      expect(res.status).toBe(204)
      expectNoCors(res)
    }
    expect(fake.calls).toHaveLength(0)
  })
})

describe('actual requests', () => {
  test('POST /token from an allowed origin: origin echoed, credentials, exposed headers', async () => {
    const res = await gw.fetch('/token', {
      method: 'POST',
      headers: { origin: APP, authorization: `Bearer ${idToken('cors-user')}` },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe(APP)
    expect(res.headers.get('access-control-allow-credentials')).toBe('true')
    expect(list(res.headers.get('access-control-expose-headers'))).toEqual(
      expect.arrayContaining(['seam-request-id', 'cache-status', 'retry-after']),
    )
    expect(list(res.headers.get('vary'))).toContain('origin')
  })

  test('errors carry the CORS headers too, so a page can read why', async () => {
    const res = await gw.fetch('/token', { method: 'POST', headers: { origin: APP } })
    expect(res.status).toBe(401)
    expect(res.headers.get('access-control-allow-origin')).toBe(APP)
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer /)
  })

  test('a client-session route called with a client session token from an allowed origin', async () => {
    const res = await gw.fetch('/client_sessions/get', {
      headers: { origin: APP, 'client-session-token': DEMO_SEED.sessions.demo.token },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe(APP)
    expect(res.headers.get('access-control-allow-credentials')).toBe('true')
  })

  test('an origin not in the list is served without CORS headers (the browser then hides the answer)', async () => {
    const res = await gw.fetch('/token', {
      method: 'POST',
      headers: { origin: EVIL, authorization: `Bearer ${idToken('cors-evil')}` },
    })
    expect(res.status).toBe(200)
    expectNoCors(res)
    expect(list(res.headers.get('vary'))).toContain('origin')
  })

  test('no Origin, no CORS headers', async () => {
    const res = await gw.fetch('/health')
    expectNoCors(res)
  })
})

test('with CORS_ORIGINS empty no origin gets CORS headers', async () => {
  const closed = await startGateway({ vars: { SEAM_ENDPOINT: fake.url } })
  try {
    const pre = await closed.fetch('/token', {
      method: 'OPTIONS',
      headers: { origin: APP, 'access-control-request-method': 'POST' },
    })
    expect(pre.status).toBe(204)
    expectNoCors(pre)
    expectNoCors(await closed.fetch('/health', { headers: { origin: APP } }))
  } finally {
    await closed.close()
  }
})

describe('a bad CORS_ORIGINS entry is a configuration error naming the key, never the value', () => {
  // `null` is what sandboxed iframes and file: pages send as Origin: credentialed CORS for it
  // would let any such page read a session. `*` likewise; the rest are entries that can never match.
  for (const bad of [
    'null',
    'NULL',
    '*',
    'https://app.example.test/',
    'https://app.example.test/path',
    'app.example.test',
  ]) {
    test(`CORS_ORIGINS with ${JSON.stringify(bad)}: every request answers 500 internal_server_error`, async () => {
      const marker = 'https://marker-origin.example.test'
      const broken = await startGateway({ vars: { SEAM_ENDPOINT: fake.url, CORS_ORIGINS: `${marker},${bad}` } })
      try {
        for (const origin of [bad, marker]) {
          const res = await broken.fetch('/health', { headers: { origin } })
          expect(res.status).toBe(500)
          expect(res.headers.get('access-control-allow-origin')).toBeNull()
          expect(await res.json()).toEqual({
            error: { type: 'internal_server_error', message: 'Internal server error.' },
            ok: false,
          })
          const line = await broken.logFor(res)
          expect(line).toMatchObject({ level: 'error', status: 500, reason: 'invalid configuration: CORS_ORIGINS' })
        }
        const everything = broken.logs.join('\n')
        expect(everything).not.toContain(marker)
        if (bad !== 'null' && bad !== 'NULL' && bad !== '*') expect(everything).not.toContain(bad)
      } finally {
        await broken.close()
      }
    })
  }
})
