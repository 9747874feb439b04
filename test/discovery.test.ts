/**
 * OpenID Connect discovery (issue 17): with AUTH_ISSUER (and AUTH_AUDIENCE) alone, the gateway
 * reads `{issuer}/.well-known/openid-configuration` for `jwks_uri`. The issuer must match, the
 * document is bounded, AUTH_JWKS_URL overrides it, a provider that is down leaves the last good
 * keys working; the old setting names are aliases and a conflict between names is refused.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DEMO_SEED, type FakeSeam, startFakeSeam } from '../fake-seam/index.ts'
import { type Gateway, startGateway } from './helpers/gateway.ts'
import { type JwksServer, startJwksServer } from './helpers/jwks-server.ts'
import { goodClaims, makeKey, signJwt } from './helpers/jwt.ts'

const AUDIENCE = 'seam-gateway-discovery-tests'
const SECRET = 'discovery-test-secret-that-is-longer-than-32-bytes'
const key = makeKey('RS256', 'disc-1')

let fake: FakeSeam
beforeAll(async () => {
  fake = await startFakeSeam()
})
afterAll(async () => {
  await fake?.close()
})

const base = () => ({ SEAM_ENDPOINT: fake.url, SEAM_API_KEY: DEMO_SEED.apiKeys.one })

async function post(gw: Gateway, jwt: string) {
  const res = await gw.fetch('/token', { method: 'POST', headers: { authorization: `Bearer ${jwt}` } })
  const body = (await res.json()) as Record<string, unknown> & { error?: { type: string } }
  return { status: res.status, body, res }
}

async function withGateway(vars: Record<string, string>, run: (gw: Gateway) => Promise<void>) {
  const gw = await startGateway({ vars: { ...base(), ...vars } })
  try {
    await run(gw)
  } finally {
    await gw.close()
  }
}

async function withProvider(options: Parameters<typeof startJwksServer>[1], run: (idp: JwksServer) => Promise<void>) {
  const idp = await startJwksServer([key.jwk], options)
  try {
    await run(idp)
  } finally {
    await idp.close()
  }
}

const tokenFor = (issuer: string, sub: string) => key.sign(goodClaims(sub, { iss: issuer, aud: AUDIENCE }))

describe('discovery', () => {
  test('AUTH_ISSUER and AUTH_AUDIENCE alone are enough: the key set is found and both are cached', async () => {
    await withProvider({ discovery: { issuerPath: '/tenant-a' } }, async (idp) => {
      const issuer = idp.issuer as string
      await withGateway({ AUTH_ISSUER: issuer, AUTH_AUDIENCE: AUDIENCE }, async (gw) => {
        const first = await post(gw, tokenFor(issuer, 'disc-user-1'))
        expect(first.status, JSON.stringify(first.body)).toBe(200)
        expect(first.body.client_session_token).toMatch(/^seam_cst/)
        expect((await post(gw, tokenFor(issuer, 'disc-user-2'))).status).toBe(200)
        expect(idp.discoveryHits()).toBe(1)
        expect(idp.hits()).toBe(1)
        // Discovery changes where keys come from, not the checks: another issuer is still refused.
        expect((await post(gw, tokenFor('https://evil.example/', 'disc-user-1'))).status).toBe(401)
      })
    })
  })

  test('a trailing slash in the issuer is dropped before the well-known path (Auth0 style)', async () => {
    await withProvider({ discovery: { issuerPath: '/' } }, async (idp) => {
      const issuer = idp.issuer as string
      expect(issuer.endsWith('/')).toBe(true)
      await withGateway({ AUTH_ISSUER: issuer, AUTH_AUDIENCE: AUDIENCE }, async (gw) => {
        expect((await post(gw, tokenFor(issuer, 'disc-slash'))).status).toBe(200)
        expect(idp.discoveryHits()).toBe(1)
      })
    })
  })

  test('AUTH_JWKS_URL overrides discovery: the discovery document is never read', async () => {
    await withProvider({ discovery: { issuerPath: '/tenant-b' } }, async (idp) => {
      const issuer = idp.issuer as string
      await withGateway({ AUTH_ISSUER: issuer, AUTH_AUDIENCE: AUDIENCE, AUTH_JWKS_URL: idp.url }, async (gw) => {
        expect((await post(gw, tokenFor(issuer, 'disc-override'))).status).toBe(200)
        expect(idp.discoveryHits()).toBe(0)
        expect(idp.hits()).toBe(1)
      })
    })
  })

  const refused: [name: string, options: Parameters<typeof startJwksServer>[1], body: string | null, reason: string][] =
    [
      [
        'a document naming another issuer',
        { discovery: { issuerPath: '/t', issuer: 'https://evil.example/t' } },
        null,
        'discovery: issuer mismatch',
      ],
      [
        'a document over 64 KiB',
        { discovery: { issuerPath: '/t' } },
        JSON.stringify({ pad: 'x'.repeat(70 * 1024) }),
        'discovery: too large',
      ],
      [
        'a jwks_uri that is plain http to another host',
        { discovery: { issuerPath: '/t', jwksUri: 'http://keys.example/jwks.json' } },
        null,
        'discovery: jwks_uri missing or not https',
      ],
      ['a document that is not JSON', { discovery: { issuerPath: '/t' } }, 'not json', 'discovery: not JSON'],
    ]
  test.each(refused)(
    '%s → 503 token_verification_unavailable, no key set fetch, no upstream call',
    async (_n, options, body, reason) => {
      await withProvider(options, async (idp) => {
        idp.setDiscoveryBody(body)
        const issuer = `${idp.origin}/t`
        await withGateway({ AUTH_ISSUER: issuer, AUTH_AUDIENCE: AUDIENCE }, async (gw) => {
          fake.resetCalls()
          const { status, body: answer, res } = await post(gw, tokenFor(issuer, 'disc-refused'))
          expect(status).toBe(503)
          expect(answer.error?.type).toBe('token_verification_unavailable')
          expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
          expect(idp.hits()).toBe(0)
          expect(fake.calls).toHaveLength(0)
          const line = await gw.logFor(res)
          expect(line.jwks_error).toBe(reason)
        })
      })
    },
  )

  test('provider down before the first fetch → 503 with Retry-After, and no refetch during the backoff', async () => {
    await withProvider({ discovery: { issuerPath: '/down' } }, async (idp) => {
      idp.failDiscovery(500)
      const issuer = idp.issuer as string
      await withGateway({ AUTH_ISSUER: issuer, AUTH_AUDIENCE: AUDIENCE }, async (gw) => {
        const first = await post(gw, tokenFor(issuer, 'disc-down'))
        expect(first.status).toBe(503)
        expect(first.body.error?.type).toBe('token_verification_unavailable')
        expect((await post(gw, tokenFor(issuer, 'disc-down'))).status).toBe(503)
        expect(idp.discoveryHits()).toBe(1)
      })
    })
  })

  test('a provider that never answers → 503 after the 5 s fetch timeout', async () => {
    await withProvider({ discovery: { issuerPath: '/hang' } }, async (idp) => {
      idp.failDiscovery('hang')
      const issuer = idp.issuer as string
      await withGateway({ AUTH_ISSUER: issuer, AUTH_AUDIENCE: AUDIENCE }, async (gw) => {
        const started = Date.now()
        const { status, res } = await post(gw, tokenFor(issuer, 'disc-hang'))
        expect(status).toBe(503)
        expect(Date.now() - started).toBeGreaterThanOrEqual(4_500)
        expect((await gw.logFor(res)).jwks_error).toBe('discovery: timeout')
      })
    })
  }, 15_000)

  test('a redirect is not followed → 503 (the document must be at the issuer itself)', async () => {
    await withProvider({ discovery: { issuerPath: '/moved' } }, async (idp) => {
      idp.failDiscovery(302)
      const issuer = idp.issuer as string
      await withGateway({ AUTH_ISSUER: issuer, AUTH_AUDIENCE: AUDIENCE }, async (gw) => {
        const { status, res } = await post(gw, tokenFor(issuer, 'disc-moved'))
        expect(status).toBe(503)
        expect((await gw.logFor(res)).jwks_error).toBe('discovery: status 302')
      })
    })
  })

  test('provider down after the first fetch: known keys keep working, an unknown kid is a 401', async () => {
    await withProvider({ discovery: { issuerPath: '/later-down' } }, async (idp) => {
      const issuer = idp.issuer as string
      await withGateway({ AUTH_ISSUER: issuer, AUTH_AUDIENCE: AUDIENCE }, async (gw) => {
        expect((await post(gw, tokenFor(issuer, 'disc-cached'))).status).toBe(200)
        idp.failDiscovery(503)
        idp.fail(503)
        const stranger = makeKey('RS256', 'not-published')
        expect((await post(gw, stranger.sign(goodClaims('disc-cached', { iss: issuer, aud: AUDIENCE })))).status).toBe(
          401,
        )
        expect((await post(gw, tokenFor(issuer, 'disc-cached-2'))).status).toBe(200)
      })
    })
  })

  test('an AUTH_ISSUER that is plain http to another host is not discovered → 503 token_vending_not_configured', async () => {
    await withGateway({ AUTH_ISSUER: 'http://idp.example/', AUTH_AUDIENCE: AUDIENCE }, async (gw) => {
      const { status, body, res } = await post(gw, tokenFor('http://idp.example/', 'disc-http'))
      expect(status).toBe(503)
      expect(body.error?.type).toBe('token_vending_not_configured')
      expect((await gw.logFor(res)).reason).toBe(
        'token vending: AUTH_ISSUER must be https (http only to localhost) to be discovered',
      )
    })
  })
})

describe('setting names: new names, their documented aliases, and conflicts', () => {
  const ES = makeKey('ES256', 'es-alias')
  const claims = (sub: string) => goodClaims(sub, { iss: 'https://issuer.example/', aud: AUDIENCE })

  test('AUTH_JWT_ALGS pins a list: RS256 and ES256 tokens both verify, HS256 does not', async () => {
    const idp = await startJwksServer([key.jwk, ES.jwk])
    try {
      await withGateway(
        {
          AUTH_JWKS_URL: idp.url,
          AUTH_ISSUER: 'https://issuer.example/',
          AUTH_AUDIENCE: AUDIENCE,
          AUTH_JWT_ALGS: 'RS256, ES256',
        },
        async (gw) => {
          expect((await post(gw, key.sign(claims('algs-rs')))).status).toBe(200)
          expect((await post(gw, ES.sign(claims('algs-es')))).status).toBe(200)
          const hs = signJwt({ alg: 'HS256', key: SECRET, payload: claims('algs-hs'), header: { kid: 'disc-1' } })
          expect((await post(gw, hs)).status).toBe(401)
          expect(idp.hits()).toBe(1)
        },
      )
    } finally {
      await idp.close()
    }
  })

  test('HS256 and ES256 together (a provider moving from a shared secret to keys): each alg uses its own key', async () => {
    const idp = await startJwksServer([ES.jwk])
    try {
      await withGateway(
        { AUTH_JWKS_URL: idp.url, AUTH_JWT_SECRET: SECRET, AUTH_JWT_ALGS: 'HS256,ES256', AUTH_AUDIENCE: AUDIENCE },
        async (gw) => {
          expect((await post(gw, ES.sign(claims('mixed-es')))).status).toBe(200)
          expect((await post(gw, signJwt({ alg: 'HS256', key: SECRET, payload: claims('mixed-hs') }))).status).toBe(200)
          // The public key as an HMAC secret (alg confusion) stays refused.
          const confused = signJwt({ alg: 'HS256', key: JSON.stringify(ES.jwk), payload: claims('mixed-x') })
          expect((await post(gw, confused)).status).toBe(401)
          // RS256 is not in the list.
          expect((await post(gw, key.sign(claims('mixed-rs')))).status).toBe(401)
        },
      )
    } finally {
      await idp.close()
    }
  })

  test('the old names alone keep working (AUTH_JWT_ISSUER, AUTH_JWT_AUDIENCE, AUTH_JWT_ALG)', async () => {
    await withGateway(
      {
        AUTH_JWT_SECRET: SECRET,
        AUTH_JWT_ALG: 'HS256',
        AUTH_JWT_ISSUER: 'https://issuer.example/',
        AUTH_JWT_AUDIENCE: AUDIENCE,
      },
      async (gw) => {
        expect((await post(gw, signJwt({ alg: 'HS256', key: SECRET, payload: claims('old-names') }))).status).toBe(200)
        const wrongAud = goodClaims('old-names', { iss: 'https://issuer.example/', aud: 'other' })
        expect((await post(gw, signJwt({ alg: 'HS256', key: SECRET, payload: wrongAud }))).status).toBe(401)
      },
    )
  })

  test('an old and a new name set to the same value is fine', async () => {
    await withGateway(
      {
        AUTH_JWT_SECRET: SECRET,
        AUTH_JWT_ALG: 'HS256',
        AUTH_JWT_ALGS: 'HS256',
        AUTH_ISSUER: 'https://issuer.example/',
        AUTH_JWT_ISSUER: 'https://issuer.example/',
        AUTH_AUDIENCE: AUDIENCE,
        AUTH_JWT_AUDIENCE: AUDIENCE,
      },
      async (gw) => {
        expect((await post(gw, signJwt({ alg: 'HS256', key: SECRET, payload: claims('same-names') }))).status).toBe(200)
      },
    )
  })

  test.each([
    ['AUTH_ISSUER', 'AUTH_JWT_ISSUER', 'https://issuer.example/', 'https://other.example/'],
    ['AUTH_AUDIENCE', 'AUTH_JWT_AUDIENCE', AUDIENCE, 'another-audience'],
    ['AUTH_JWT_ALGS', 'AUTH_JWT_ALG', 'HS256,RS256', 'HS256'],
  ])('%s and %s set to different values → 503 token_vending_not_configured naming both', async (name, alias, a, b) => {
    await withGateway(
      {
        AUTH_JWT_SECRET: SECRET,
        AUTH_JWKS_URL: 'https://keys.example/jwks.json',
        AUTH_JWT_ALG: 'HS256',
        [name]: a,
        [alias]: b,
      },
      async (gw) => {
        fake.resetCalls()
        const { status, body, res } = await post(
          gw,
          signJwt({ alg: 'HS256', key: SECRET, payload: claims('conflict') }),
        )
        expect(status).toBe(503)
        expect(body.error?.type).toBe('token_vending_not_configured')
        expect(JSON.stringify(body)).not.toContain(b)
        expect((await gw.logFor(res)).reason).toBe(
          `token vending: ${name} and ${alias} are both set, to different values`,
        )
        expect(fake.calls).toHaveLength(0)
        expect((await gw.fetch('/health')).status).toBe(200)
      },
    )
  })

  // Like every invalid var (src/config.ts): 500 on the wire, the key (never its value) in the log.
  test('an AUTH_JWT_ALGS entry that is not an algorithm → 500, the log naming the key', async () => {
    await withGateway({ AUTH_JWT_SECRET: SECRET, AUTH_JWT_ALGS: 'HS256,none' }, async (gw) => {
      const { status, body, res } = await post(gw, signJwt({ alg: 'HS256', key: SECRET, payload: claims('bad-algs') }))
      expect(status).toBe(500)
      expect(body.error?.type).toBe('internal_server_error')
      expect((await gw.logFor(res)).reason).toBe('invalid configuration: AUTH_JWT_ALGS')
    })
  })
})
