/**
 * README "Identity providers", row by row: each provider's settings exactly as the README gives
 * them, a token shaped like that provider's (its `iss`, `aud`, `alg`, `kid`, header, extra
 * claims), its key set (and discovery document) at the provider's own paths, served by a local
 * server, and a client session token from /token that works on /client_sessions/get.
 *
 * The providers' hosts are public https names this test cannot serve: the gateway's outbound
 * fetches to those hosts (and only those) are routed to the local server with the path
 * unchanged (`routeHosts`), as DNS pointing the name here would. So the test proves the
 * settings, the issuer string, the discovery layout and the claims work together; it does not
 * prove that the real provider still publishes what the README says (that is the README's
 * sources, checked when the table was written).
 */
import { SeamHttp } from '@seamapi/http'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DEMO_SEED, type FakeSeam, startFakeSeam } from '../fake-seam/index.ts'
import { startGateway } from './helpers/gateway.ts'
import { type JwksServerOptions, routeHosts, startJwksServer } from './helpers/jwks-server.ts'
import { makeKey, nowSeconds, signJwt } from './helpers/jwt.ts'

const SUPABASE_SECRET = 'super-secret-jwt-token-with-at-least-32-characters-long'
const USER_KEY_SALT = 'identity-provider-test-salt-0123'

interface ProviderCase {
  name: string
  /** The README row's settings (SEAM_API_KEY aside). */
  settings: Record<string, string>
  /** The provider's https hosts the gateway will fetch from. */
  hosts: string[]
  server: JwksServerOptions
  alg: 'RS256' | 'ES256' | 'HS256'
  kid: string | undefined
  /** Header fields the provider sets beyond alg and kid (`typ: undefined` drops our default). */
  header: Record<string, unknown>
  /** How the provider publishes the key beyond the JWK's own members. */
  jwkExtra: Record<string, unknown>
  claims: (now: number) => Record<string, unknown>
  /** The Seam user_identifier_key the session must get. */
  userKey: (claims: Record<string, unknown>) => string
  /** Tokens of the same provider that must still be refused: a change to the claims (and the logged reason). */
  refused: [name: string, change: Record<string, unknown>, jwtRejected?: string][]
}

const sub = (claims: Record<string, unknown>) => String(claims.sub)

/** One Cognito user pool serves both of its token kinds (access and ID): the same issuer, host and key set. */
const COGNITO_ISSUER = 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEfGhI'
const COGNITO_POOL: Pick<ProviderCase, 'hosts' | 'server'> = {
  hosts: ['cognito-idp.eu-west-1.amazonaws.com'],
  server: {
    jwksPath: '/eu-west-1_AbCdEfGhI/.well-known/jwks.json',
    discovery: {
      issuerPath: '/eu-west-1_AbCdEfGhI',
      issuer: COGNITO_ISSUER,
      jwksUri: `${COGNITO_ISSUER}/.well-known/jwks.json`,
    },
  },
}

const cases: ProviderCase[] = [
  {
    name: 'Auth0 (access token for your API, discovery)',
    settings: { AUTH_ISSUER: 'https://example-tenant.us.auth0.com/', AUTH_AUDIENCE: 'https://api.example.com' },
    hosts: ['example-tenant.us.auth0.com'],
    server: {
      jwksPath: '/.well-known/jwks.json',
      discovery: {
        issuerPath: '/',
        issuer: 'https://example-tenant.us.auth0.com/',
        jwksUri: 'https://example-tenant.us.auth0.com/.well-known/jwks.json',
      },
    },
    alg: 'RS256',
    kid: 'QzBFQjY3RkQ5ODc3MUE0NjhCMzg0',
    header: { typ: 'JWT' },
    jwkExtra: { x5t: 'QzBFQjY3RkQ5ODc3MUE0NjhCMzg0', x5c: ['MIIDHTCCAgWgAwIBAgIJ'] },
    claims: (now) => ({
      iss: 'https://example-tenant.us.auth0.com/',
      sub: 'auth0|64b7f1c2a1b2c3d4e5f60718',
      aud: ['https://api.example.com', 'https://example-tenant.us.auth0.com/userinfo'],
      iat: now,
      exp: now + 86_400,
      scope: 'openid profile email',
      azp: 'Xw1yZ2aB3cD4eF5gH6iJ7kL8mN9oP0qR',
    }),
    userKey: sub,
    refused: [
      ['an ID token (aud is the client id, not your API)', { aud: 'Xw1yZ2aB3cD4eF5gH6iJ7kL8mN9oP0qR' }],
      ['another tenant', { iss: 'https://other-tenant.us.auth0.com/' }],
    ],
  },
  {
    name: 'Clerk (session token, discovery, azp checked)',
    settings: { AUTH_ISSUER: 'https://clerk.example.com', AUTH_AUTHORIZED_PARTIES: 'https://app.example.com' },
    hosts: ['clerk.example.com'],
    server: {
      jwksPath: '/.well-known/jwks.json',
      discovery: { issuer: 'https://clerk.example.com', jwksUri: 'https://clerk.example.com/.well-known/jwks.json' },
    },
    alg: 'RS256',
    kid: 'ins_2abcDEFghiJKLmnoPQRstuVWXyz',
    header: { typ: 'JWT', cat: 'cl_B7d4PD111AAA' },
    jwkExtra: {},
    claims: (now) => ({
      azp: 'https://app.example.com',
      exp: now + 60,
      fva: [0, -1],
      iat: now,
      iss: 'https://clerk.example.com',
      nbf: now - 10,
      sid: 'sess_2abcDEFghiJKLmnoPQRstuVWX',
      sub: 'user_2abcDEFghiJKLmnoPQRstuVWX',
      v: 2,
    }),
    userKey: sub,
    refused: [
      ['a development instance', { iss: 'https://happy-hippo-12.clerk.accounts.dev' }],
      ['an expired session token (they live 60 s)', { exp: nowSeconds() - 120 }],
      ['a session token got by a page of another origin', { azp: 'https://evil.example.com' }, 'authorized_party'],
      ['the right origin with a trailing slash', { azp: 'https://app.example.com/' }, 'authorized_party'],
      ['a session token without azp', { azp: undefined }, 'authorized_party'],
    ],
  },
  {
    name: 'Supabase Auth, legacy JWT secret (HS256)',
    settings: {
      AUTH_JWT_SECRET: SUPABASE_SECRET,
      AUTH_ISSUER: 'https://abcdefghijklmnopqrst.supabase.co/auth/v1',
      AUTH_AUDIENCE: 'authenticated',
    },
    hosts: [],
    server: {},
    alg: 'HS256',
    kid: undefined,
    header: { typ: 'JWT' },
    jwkExtra: {},
    claims: (now) => ({
      iss: 'https://abcdefghijklmnopqrst.supabase.co/auth/v1',
      sub: '8f0e2a4c-1b3d-4e5f-9a7b-6c8d0e2f4a6b',
      aud: 'authenticated',
      exp: now + 3600,
      iat: now,
      email: 'jane@example.com',
      phone: '',
      app_metadata: { provider: 'email', providers: ['email'] },
      user_metadata: {},
      role: 'authenticated',
      aal: 'aal1',
      amr: [{ method: 'password', timestamp: now }],
      session_id: '0c5e8f1a-2b4d-4c6e-8f0a-1b3d5e7f9a2c',
      is_anonymous: false,
    }),
    userKey: sub,
    refused: [
      ['the anon key (role anon, no sub)', { sub: undefined, role: 'anon' }],
      ['another project', { iss: 'https://zyxwvutsrqponmlkjihg.supabase.co/auth/v1' }],
    ],
  },
  {
    name: 'Supabase Auth, asymmetric JWT signing keys (ES256, JWKS)',
    settings: {
      AUTH_JWKS_URL: 'https://abcdefghijklmnopqrst.supabase.co/auth/v1/.well-known/jwks.json',
      AUTH_JWT_ALGS: 'ES256',
      AUTH_ISSUER: 'https://abcdefghijklmnopqrst.supabase.co/auth/v1',
      AUTH_AUDIENCE: 'authenticated',
    },
    hosts: ['abcdefghijklmnopqrst.supabase.co'],
    server: { jwksPath: '/auth/v1/.well-known/jwks.json' },
    alg: 'ES256',
    kid: '5a1b9c3d-7e2f-4a6b-8c0d-1e3f5a7b9c2d',
    header: { typ: 'JWT' },
    jwkExtra: { ext: true, key_ops: ['verify'] },
    claims: (now) => ({
      iss: 'https://abcdefghijklmnopqrst.supabase.co/auth/v1',
      sub: '8f0e2a4c-1b3d-4e5f-9a7b-6c8d0e2f4a6c',
      aud: 'authenticated',
      exp: now + 3600,
      iat: now,
      role: 'authenticated',
      aal: 'aal1',
      session_id: '0c5e8f1a-2b4d-4c6e-8f0a-1b3d5e7f9a2d',
      is_anonymous: false,
    }),
    userKey: sub,
    refused: [['a token for the service role audience', { aud: 'service_role' }]],
  },
  {
    name: 'Firebase Authentication (ID token, Google key set)',
    settings: {
      AUTH_ISSUER: 'https://securetoken.google.com/example-project',
      AUTH_AUDIENCE: 'example-project',
      AUTH_JWKS_URL: 'https://www.googleapis.com/service_accounts/v1/jwk/securetoken@system.gserviceaccount.com',
    },
    hosts: ['www.googleapis.com'],
    server: { jwksPath: '/service_accounts/v1/jwk/securetoken@system.gserviceaccount.com' },
    alg: 'RS256',
    kid: '3f2a5c7e9b1d4f6a8c0e2b4d6f8a0c2e4b6d8f0a',
    header: { typ: 'JWT' },
    jwkExtra: {},
    claims: (now) => ({
      iss: 'https://securetoken.google.com/example-project',
      aud: 'example-project',
      auth_time: now - 60,
      user_id: 'kX9mP2qR7sT4uV1wY8zA3bC6dE5f',
      sub: 'kX9mP2qR7sT4uV1wY8zA3bC6dE5f',
      iat: now,
      exp: now + 3600,
      email: 'jane@example.com',
      email_verified: true,
      firebase: { identities: { email: ['jane@example.com'] }, sign_in_provider: 'password' },
    }),
    userKey: sub,
    refused: [
      ['another Firebase project', { aud: 'other-project', iss: 'https://securetoken.google.com/other-project' }],
    ],
  },
  {
    name: 'Amazon Cognito, access token (no aud: AUTH_CLIENT_ID)',
    settings: {
      AUTH_ISSUER: COGNITO_ISSUER,
      AUTH_CLIENT_ID: '1example23456789abcdefghij',
    },
    ...COGNITO_POOL,
    alg: 'RS256',
    kid: 'abcdEXAMPLEkidZYXW1234567890abcdEXAMPLE=',
    header: { typ: undefined },
    jwkExtra: {},
    claims: (now) => ({
      sub: 'a1b2c3d4-e5f6-7a8b-9c0d-e1f2a3b4c5d6',
      iss: COGNITO_ISSUER,
      client_id: '1example23456789abcdefghij',
      origin_jti: 'b2c3d4e5-f6a7-8b9c-0d1e-f2a3b4c5d6e7',
      event_id: 'c3d4e5f6-a7b8-9c0d-1e2f-a3b4c5d6e7f8',
      token_use: 'access',
      scope: 'aws.cognito.signin.user.admin',
      auth_time: now,
      exp: now + 3600,
      iat: now,
      jti: 'd4e5f6a7-b8c9-0d1e-2f3a-b4c5d6e7f8a9',
      username: 'jane',
    }),
    userKey: sub,
    refused: [
      ['another app client', { client_id: '9other87654321zyxwvutsrqpo' }],
      ['an ID token (aud, no client_id)', { client_id: undefined, aud: '1example23456789abcdefghij', token_use: 'id' }],
    ],
  },
  {
    name: 'Amazon Cognito, ID token (aud is the app client id)',
    settings: {
      AUTH_ISSUER: COGNITO_ISSUER,
      AUTH_AUDIENCE: '1example23456789abcdefghij',
    },
    ...COGNITO_POOL,
    alg: 'RS256',
    kid: 'efghEXAMPLEkidZYXW1234567890efghEXAMPLE=',
    header: { typ: undefined },
    jwkExtra: {},
    claims: (now) => ({
      sub: 'a1b2c3d4-e5f6-7a8b-9c0d-e1f2a3b4c5d7',
      aud: '1example23456789abcdefghij',
      email_verified: true,
      token_use: 'id',
      auth_time: now,
      iss: COGNITO_ISSUER,
      'cognito:username': 'jane',
      exp: now + 3600,
      iat: now,
      email: 'jane@example.com',
    }),
    userKey: sub,
    refused: [['an access token (no aud)', { aud: undefined, client_id: '1example23456789abcdefghij' }]],
  },
  {
    name: 'Okta (custom authorization server access token, discovery; sub is the login: hashed)',
    settings: {
      AUTH_ISSUER: 'https://example.okta.com/oauth2/default',
      AUTH_AUDIENCE: 'api://default',
      USER_KEY_MODE: 'hashed',
      USER_KEY_SALT: USER_KEY_SALT,
    },
    hosts: ['example.okta.com'],
    server: {
      jwksPath: '/oauth2/default/v1/keys',
      discovery: {
        issuerPath: '/oauth2/default',
        issuer: 'https://example.okta.com/oauth2/default',
        jwksUri: 'https://example.okta.com/oauth2/default/v1/keys',
      },
    },
    alg: 'RS256',
    kid: 'Yx5Ep0yP3dJ5cQ2vM8nL1kT6rW9sA4bF7gH0jK3lZ2c',
    header: { typ: undefined },
    jwkExtra: {},
    claims: (now) => ({
      ver: 1,
      jti: 'AT.4mRk5Sx_aBcDeFgHiJkLmNoPqRsTuVwXyZ012345',
      iss: 'https://example.okta.com/oauth2/default',
      aud: 'api://default',
      iat: now,
      exp: now + 3600,
      cid: '0oa1b2c3d4e5f6g7h8i9',
      uid: '00u1a2b3c4d5e6f7g8h9',
      scp: ['openid', 'profile'],
      auth_time: now,
      sub: 'jane@example.com',
    }),
    userKey: () => 'hashed',
    refused: [
      [
        'a token from the org authorization server',
        { iss: 'https://example.okta.com', aud: 'https://example.okta.com' },
      ],
    ],
  },
  {
    name: 'Microsoft Entra ID (v2.0 access token for your API, discovery)',
    settings: {
      AUTH_ISSUER: 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0',
      AUTH_AUDIENCE: '6e74172b-be56-4843-9ff4-e66a39bb12e3',
    },
    hosts: ['login.microsoftonline.com'],
    server: {
      jwksPath: '/72f988bf-86f1-41af-91ab-2d7cd011db47/discovery/v2.0/keys',
      discovery: {
        issuerPath: '/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0',
        issuer: 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0',
        jwksUri: 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/discovery/v2.0/keys',
      },
    },
    alg: 'RS256',
    kid: 'nOo3ZDrODXEK1jKWhXslHR_KXEg',
    header: { typ: 'JWT', x5t: 'nOo3ZDrODXEK1jKWhXslHR_KXEg' },
    // Entra's keys name no `alg`, and carry their certificate and issuer.
    jwkExtra: {
      alg: undefined,
      x5t: 'nOo3ZDrODXEK1jKWhXslHR_KXEg',
      x5c: ['MIIC/jCCAeagAwIBAgIJAOCJOVRxNKcNMA0G'],
      issuer: 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0',
    },
    claims: (now) => ({
      aud: '6e74172b-be56-4843-9ff4-e66a39bb12e3',
      iss: 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0',
      iat: now,
      nbf: now,
      exp: now + 3900,
      aio: 'AWQAm/8TAAAA',
      azp: '6e74172b-be56-4843-9ff4-e66a39bb12e3',
      azpacr: '0',
      name: 'Jane Doe',
      oid: '690222be-ff1a-4d56-abd1-7e4f7d38e474',
      preferred_username: 'jane@contoso.com',
      rh: '0.AAAA',
      scp: 'access_as_user',
      sub: 'MF4f-ggWMEji12KynJUNQZphaUTvLcQug5jdF2nl01Q',
      tid: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      uti: 'fqiBqXLPj0eQa82S-IYFAA',
      ver: '2.0',
    }),
    userKey: sub,
    refused: [
      [
        'a v1.0 token (sts.windows.net issuer)',
        { iss: 'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/' },
      ],
      ['a token for Microsoft Graph', { aud: '00000003-0000-0000-c000-000000000000' }],
    ],
  },
  {
    name: 'WorkOS AuthKit (access token, per-client key set)',
    settings: {
      AUTH_ISSUER: 'https://api.workos.com/user_management/client_01HBEQJ8NF7Z0XW6QVHR5E9D2K',
      AUTH_JWKS_URL: 'https://api.workos.com/sso/jwks/client_01HBEQJ8NF7Z0XW6QVHR5E9D2K',
    },
    hosts: ['api.workos.com'],
    server: { jwksPath: '/sso/jwks/client_01HBEQJ8NF7Z0XW6QVHR5E9D2K' },
    alg: 'RS256',
    kid: 'sso_oidc_key_pair_01HBEQKA6K4QJAS93VPE39W1JT',
    header: { typ: 'JWT' },
    jwkExtra: {},
    claims: (now) => ({
      iss: 'https://api.workos.com/user_management/client_01HBEQJ8NF7Z0XW6QVHR5E9D2K',
      sub: 'user_01HBEQKA6K4QJAS93VPE39W1JT',
      org_id: 'org_01HRDMC6CM357W30QMHMQ96Q0S',
      role: 'member',
      roles: ['member'],
      permissions: ['posts:read'],
      sid: 'session_01HQSXZGF8FHF7A9ZZFCW4387R',
      jti: '01HQSXZXPPFPKMDD32RKTFY6PV',
      exp: now + 300,
      iat: now,
    }),
    userKey: sub,
    refused: [['another WorkOS client', { iss: 'https://api.workos.com/user_management/client_01OTHER' }]],
  },
]

let fake: FakeSeam
beforeAll(async () => {
  fake = await startFakeSeam()
})
afterAll(async () => {
  await fake?.close()
})

const without = (claims: Record<string, unknown>, change: Record<string, unknown>) =>
  Object.fromEntries(Object.entries({ ...claims, ...change }).filter(([, v]) => v !== undefined))

describe.each(cases)('$name', (provider) => {
  test('the README settings turn its token into a working client session token', async () => {
    const key = provider.alg === 'HS256' ? null : makeKey(provider.alg, provider.kid ?? 'no-kid')
    const published = key ? { ...key.jwk, kid: provider.kid, use: 'sig', ...provider.jwkExtra } : null
    const idp = await startJwksServer(published ? [published] : [], provider.server)
    const gw = await startGateway({
      vars: { SEAM_ENDPOINT: fake.url, SEAM_API_KEY: DEMO_SEED.apiKeys.one, ...provider.settings },
      outbound: routeHosts(provider.hosts, idp),
    })
    try {
      const mint = (payload: Record<string, unknown>) => {
        const header = { ...provider.header, ...(provider.kid === undefined ? {} : { kid: provider.kid }) }
        return key
          ? signJwt({ alg: provider.alg, key: key.privateKey, payload, header })
          : signJwt({ alg: 'HS256', key: SUPABASE_SECRET, payload, header })
      }
      const claims = provider.claims(nowSeconds())
      const res = await gw.fetch('/token', { method: 'POST', headers: { authorization: `Bearer ${mint(claims)}` } })
      const body = (await res.json()) as { client_session_token: string; client_session_id: string }
      expect(res.status, JSON.stringify(body)).toBe(200)

      // The vended token is a real client session token for this user.
      const seam = SeamHttp.fromClientSessionToken(body.client_session_token, { endpoint: gw.url })
      const session = await seam.clientSessions.get()
      expect(session.client_session_id).toBe(body.client_session_id)
      const expected = provider.userKey(claims)
      if (expected === 'hashed') {
        expect(session.user_identifier_key).toMatch(/^[0-9a-f]{64}$/)
        expect(session.user_identifier_key).not.toContain(String(claims.sub))
      } else {
        expect(session.user_identifier_key).toBe(expected)
      }
      if (provider.server.discovery && !provider.settings.AUTH_JWKS_URL) expect(idp.discoveryHits()).toBe(1)
      if (key) expect(idp.hits()).toBe(1)

      for (const [name, change, jwtRejected] of provider.refused) {
        const refused = await gw.fetch('/token', {
          method: 'POST',
          headers: { authorization: `Bearer ${mint(without(claims, change))}` },
        })
        expect(refused.status, name).toBe(401)
        if (jwtRejected) expect((await gw.logFor(refused)).jwt_rejected, name).toBe(jwtRejected)
      }
    } finally {
      await gw.close()
      await idp.close()
    }
  })
})

// Like every invalid var (src/config.ts): 500 on the wire, the key (never its value) in the log.
describe('an AUTH_AUTHORIZED_PARTIES entry no azp could equal exactly is a configuration error', () => {
  test.each([
    ['a wildcard', 'https://app.example.com,*'],
    ['an origin with a trailing slash', 'https://app.example.com/'],
    ['an origin with a path', 'https://app.example.com/login'],
    ['an entry with a space', 'my client'],
  ])('%s → 500, the log naming the key', async (_name, value) => {
    const gw = await startGateway({
      vars: {
        SEAM_ENDPOINT: fake.url,
        SEAM_API_KEY: DEMO_SEED.apiKeys.one,
        AUTH_JWT_SECRET: SUPABASE_SECRET,
        AUTH_AUTHORIZED_PARTIES: value,
      },
    })
    try {
      const payload = { sub: 'user_1', exp: nowSeconds() + 60, azp: 'https://app.example.com' }
      const jwt = signJwt({ alg: 'HS256', key: SUPABASE_SECRET, payload })
      const res = await gw.fetch('/token', { method: 'POST', headers: { authorization: `Bearer ${jwt}` } })
      expect(res.status).toBe(500)
      expect(await res.json()).toMatchObject({ ok: false, error: { type: 'internal_server_error' } })
      const line = await gw.logFor(res)
      expect(line.reason).toBe('invalid configuration: AUTH_AUTHORIZED_PARTIES')
      expect(JSON.stringify(line)).not.toContain(value)
    } finally {
      await gw.close()
    }
  })
})
