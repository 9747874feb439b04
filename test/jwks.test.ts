/**
 * POST /token with RS256/ES256 tokens checked against a key set (AUTH_JWKS_URL) served over
 * node:http: caching, rotation, the bound on refetches, untrusted keys, alg confusion, and a
 * provider that is down.
 */
import { generateKeyPairSync } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DEMO_SEED, type FakeSeam, startFakeSeam } from '../fake-seam/index.ts'
import { type Gateway, startGateway } from './helpers/gateway.ts'
import { type JwksServer, startJwksServer } from './helpers/jwks-server.ts'
import { goodClaims, makeKey, signJwt, type TestKey } from './helpers/jwt.ts'

const ISSUER = 'https://idp.example.test/'
const AUDIENCE = 'seam-gateway-jwks-tests'

const claims = (sub: string, extra: Record<string, unknown> = {}) =>
  goodClaims(sub, { iss: ISSUER, aud: AUDIENCE, ...extra })

let fake: FakeSeam

beforeAll(async () => {
  fake = await startFakeSeam()
})
afterAll(async () => {
  await fake?.close()
})

async function gatewayFor(jwks: JwksServer, extra: Record<string, string> = {}): Promise<Gateway> {
  return await startGateway({
    vars: {
      SEAM_ENDPOINT: fake.url,
      SEAM_API_KEY: DEMO_SEED.apiKeys.one,
      AUTH_JWKS_URL: jwks.url,
      AUTH_JWT_ISSUER: ISSUER,
      AUTH_JWT_AUDIENCE: AUDIENCE,
      ...extra,
    },
  })
}

async function post(
  gw: Gateway,
  jwt: string,
): Promise<{ status: number; body: Record<string, unknown>; res: Response }> {
  const res = await gw.fetch('/token', { method: 'POST', headers: { authorization: `Bearer ${jwt}` } })
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, res }
}

describe('RS256 (the default with AUTH_JWKS_URL)', () => {
  const k1 = makeKey('RS256', 'key-1')
  const k2 = makeKey('RS256', 'key-2')
  const unpublished = makeKey('RS256', 'key-3')
  let jwks: JwksServer
  let gw: Gateway

  beforeAll(async () => {
    jwks = await startJwksServer([k1.jwk])
    gw = await gatewayFor(jwks)
  })
  afterAll(async () => {
    await gw?.close()
    await jwks?.close()
  })

  test('the key set is fetched once and then served from the cache', async () => {
    expect((await post(gw, k1.sign(claims('jwks-user-1')))).status).toBe(200)
    expect((await post(gw, k1.sign(claims('jwks-user-2')))).status).toBe(200)
    expect(jwks.hits()).toBe(1)
  })

  test('rotation: a token with a new kid makes the gateway refetch the set once', async () => {
    jwks.setKeys([k1.jwk, k2.jwk])
    expect((await post(gw, k2.sign(claims('jwks-user-rotated')))).status).toBe(200)
    expect(jwks.hits()).toBe(2)
    // Both keys are trusted now, with no further fetch.
    expect((await post(gw, k1.sign(claims('jwks-user-1')))).status).toBe(200)
    expect((await post(gw, k2.sign(claims('jwks-user-2')))).status).toBe(200)
    expect(jwks.hits()).toBe(2)
  })

  test('refetches are bounded: a burst of unknown kids causes at most one fetch', async () => {
    fake.resetCalls()
    const before = jwks.hits()
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => post(gw, makeKey('RS256', `made-up-${i}`).sign(claims('jwks-attacker')))),
    )
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(401))
    expect((await post(gw, unpublished.sign(claims('jwks-attacker')))).status).toBe(401)
    // Right after the rotation's refetch this is 0 (the cooldown); never more than one.
    expect(jwks.hits() - before).toBeLessThanOrEqual(1)
    expect(fake.calls).toHaveLength(0)
  })

  const rejected: [string, () => string][] = [
    ['a key the gateway does not trust, under a trusted kid', () => makeKey('RS256', 'key-1').sign(claims('jwks-x'))],
    [
      'no kid while the set holds two keys',
      () => signJwt({ alg: 'RS256', key: k1.privateKey, payload: claims('jwks-x') }),
    ],
    ['alg none', () => signJwt({ alg: 'none', payload: claims('jwks-x'), header: { kid: 'key-1' } })],
    [
      'HS256 signed with the public key (alg confusion)',
      () => signJwt({ alg: 'HS256', key: JSON.stringify(k1.jwk), payload: claims('jwks-x'), header: { kid: 'key-1' } }),
    ],
    [
      'HS256 signed with the modulus (alg confusion)',
      () => signJwt({ alg: 'HS256', key: String(k1.jwk.n), payload: claims('jwks-x'), header: { kid: 'key-1' } }),
    ],
    ['ES256 where RS256 is pinned', () => makeKey('ES256', 'key-1').sign(claims('jwks-x'))],
    [
      "an embedded jwk, jku, x5u and x5c naming the attacker's own key (never read)",
      () => {
        const attacker = makeKey('RS256', 'key-1')
        return attacker.sign(claims('jwks-x'), {
          jwk: attacker.jwk,
          jku: `${jwks.url}?attacker`,
          x5u: 'https://evil.example/cert.pem',
          x5c: ['MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA'],
        })
      },
    ],
    ['the wrong audience', () => k1.sign(claims('jwks-x', { aud: 'someone-else' }))],
    ['the wrong issuer', () => k1.sign(claims('jwks-x', { iss: 'https://evil.example/' }))],
    ['expired', () => k1.sign(claims('jwks-x', { exp: Math.floor(Date.now() / 1000) - 3600 }))],
  ]
  test.each(rejected)('%s → 401, no upstream call', async (_name, token) => {
    fake.resetCalls()
    const { status, body, res } = await post(gw, token())
    expect(status).toBe(401)
    expect(body).toMatchObject({ error: { type: 'unauthorized' }, ok: false })
    expect(res.headers.get('www-authenticate')).toContain('error="invalid_token"')
    expect(fake.calls).toHaveLength(0)
  })
})

describe('weak keys', () => {
  test('an RSA key under 2048 bits, even published and matching, is not trusted → 401 unknown_key', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 })
    const jwks = await startJwksServer([{ ...publicKey.export({ format: 'jwk' }), kid: 'weak-1', use: 'sig' }])
    const gw = await gatewayFor(jwks)
    try {
      const token = signJwt({ alg: 'RS256', key: privateKey, payload: claims('jwks-weak'), header: { kid: 'weak-1' } })
      const { status, res } = await post(gw, token)
      expect(status).toBe(401)
      expect((await gw.logFor(res)).jwt_rejected).toBe('unknown_key')
    } finally {
      await gw.close()
      await jwks.close()
    }
  })
})

describe('ES256 (AUTH_JWT_ALG=ES256)', () => {
  const ec = makeKey('ES256', 'ec-1')
  const rsa = makeKey('RS256', 'rsa-1')
  let jwks: JwksServer
  let gw: Gateway
  beforeAll(async () => {
    // The set also publishes an RSA key: it must not be usable for ES256.
    jwks = await startJwksServer([ec.jwk, rsa.jwk])
    gw = await gatewayFor(jwks, { AUTH_JWT_ALG: 'ES256' })
  })
  afterAll(async () => {
    await gw?.close()
    await jwks?.close()
  })

  test('an ES256 token verifies', async () => {
    const { status, body } = await post(gw, ec.sign(claims('jwks-es-user')))
    expect(status).toBe(200)
    expect(body.client_session_token).toMatch(/^seam_cst/)
  })

  test('an RS256 token from a published RSA key is refused: the algorithm is pinned', async () => {
    expect((await post(gw, rsa.sign(claims('jwks-es-user')))).status).toBe(401)
  })

  test('concurrent first requests share one key-set fetch', async () => {
    const other = await startJwksServer([ec.jwk])
    const fresh = await gatewayFor(other, { AUTH_JWT_ALG: 'ES256' })
    try {
      const answers = await Promise.all(
        Array.from({ length: 6 }, (_, i) => post(fresh, ec.sign(claims(`jwks-es-${i}`)))),
      )
      expect(answers.map((a) => a.status)).toEqual(Array(6).fill(200))
      expect(other.hits()).toBe(1)
    } finally {
      await fresh.close()
      await other.close()
    }
  })
})

describe('the identity provider is down', () => {
  let key: TestKey
  let jwks: JwksServer
  beforeAll(async () => {
    key = makeKey('RS256', 'down-1')
    jwks = await startJwksServer([key.jwk])
  })
  afterAll(async () => {
    await jwks?.close()
  })

  test('with no key set yet → 503 token_verification_unavailable with Retry-After, no upstream call', async () => {
    jwks.fail(500)
    const gw = await gatewayFor(jwks)
    try {
      fake.resetCalls()
      const { status, body, res } = await post(gw, key.sign(claims('jwks-down')))
      expect(status).toBe(503)
      expect(body).toMatchObject({ error: { type: 'token_verification_unavailable' } })
      expect(res.headers.get('retry-after')).toBe('5') // README: `Retry-After: 5`
      expect(fake.calls).toHaveLength(0)
      // Within the backoff, requests fail fast without another fetch.
      const hits = jwks.hits()
      expect((await post(gw, key.sign(claims('jwks-down')))).status).toBe(503)
      expect(jwks.hits()).toBe(hits)
    } finally {
      jwks.fail(null)
      await gw.close()
    }
  })

  test('with a key set cached, known keys keep working and an unknown kid is a 401, not a 503', async () => {
    const gw = await gatewayFor(jwks)
    try {
      expect((await post(gw, key.sign(claims('jwks-cached')))).status).toBe(200)
      jwks.fail(502)
      expect((await post(gw, makeKey('RS256', 'rotated-in').sign(claims('jwks-cached')))).status).toBe(401)
      expect((await post(gw, key.sign(claims('jwks-cached-2')))).status).toBe(200)
    } finally {
      jwks.fail(null)
      await gw.close()
    }
  })
})
