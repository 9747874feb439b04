/**
 * JWT checks in process (src/token/jwt.ts `verifyJwt`, jose underneath): the header policy
 * before any key is touched, the signature, the time claims with their skew, iss/aud/client_id,
 * and our own `sub` and `iat` rules. Tokens are made here with WebCrypto, independently of jose.
 * test/token.test.ts and test/identity-providers.test.ts check the same through POST /token.
 */
import { describe, expect, test } from 'vitest'
import {
  CLOCK_SKEW_SECONDS,
  hmacKeyFor,
  type JwtAlg,
  type JwtHeader,
  JwtRejected,
  MAX_JWT_LENGTH,
  MAX_SUB_LENGTH,
  type RejectionKind,
  type VerifyOptions,
  verifyJwt,
} from '../../src/token/jwt.ts'

const SECRET = 'unit-test-secret-of-more-than-thirty-two-bytes'
const NOW = 1_780_000_000

const encoder = new TextEncoder()
const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
const b64urlJson = (value: unknown) => b64url(encoder.encode(JSON.stringify(value)))

const SIGNING: Record<JwtAlg, Parameters<typeof crypto.subtle.sign>[0]> = {
  HS256: { name: 'HMAC' },
  RS256: { name: 'RSASSA-PKCS1-v1_5' },
  ES256: { name: 'ECDSA', hash: 'SHA-256' },
}

/** A compact JWS over `header` and `claims`, signed with `key` under `alg` whatever the header says. */
async function signed(
  alg: JwtAlg,
  key: CryptoKey,
  claims: Record<string, unknown>,
  header: Record<string, unknown> = {},
): Promise<string> {
  const input = `${b64urlJson({ alg, typ: 'JWT', ...header })}.${b64urlJson(claims)}`
  const signature = await crypto.subtle.sign(SIGNING[alg], key, encoder.encode(input))
  return `${input}.${b64url(new Uint8Array(signature))}`
}

const claims = (extra: Record<string, unknown> = {}) => ({ sub: 'user-1', iat: NOW, exp: NOW + 300, ...extra })

const hsKey = (secret = SECRET) =>
  crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
const hs256 = async (payload: Record<string, unknown> = claims(), header: Record<string, unknown> = {}) =>
  signed('HS256', await hsKey(), payload, header)

const hsOptions = (extra: Partial<VerifyOptions> = {}): VerifyOptions => ({
  algs: ['HS256'],
  keyFor: () => hmacKeyFor(SECRET),
  now: NOW,
  ...extra,
})

/** The kind a rejection names (fails when the token verifies or something else is thrown). */
async function rejection(token: string, options: VerifyOptions = hsOptions()): Promise<RejectionKind> {
  try {
    await verifyJwt(token, options)
  } catch (err) {
    expect(err).toBeInstanceOf(JwtRejected)
    return (err as JwtRejected).kind
  }
  throw new Error('the token verified')
}

describe('a good token', () => {
  test('HS256: the claims come back', async () => {
    expect(await verifyJwt(await hs256(claims({ iss: 'https://idp.example', extra: [1] })), hsOptions())).toEqual(
      claims({ iss: 'https://idp.example', extra: [1] }),
    )
  })

  test('RS256 and ES256 with the key keyFor picks by kid', async () => {
    const rsa = (await crypto.subtle.generateKey(
      { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    )) as CryptoKeyPair
    const ec = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
      'sign',
      'verify',
    ])) as CryptoKeyPair
    const keys: Record<string, CryptoKey> = { rsa: rsa.publicKey, ec: ec.publicKey }
    const seen: JwtHeader[] = []
    const options = hsOptions({
      algs: ['RS256', 'ES256'],
      keyFor: async (header) => {
        seen.push(header)
        const key = keys[header.kid ?? '']
        if (!key) throw new JwtRejected('unknown_key')
        return key
      },
    })
    expect((await verifyJwt(await signed('RS256', rsa.privateKey, claims(), { kid: 'rsa' }), options)).sub).toBe(
      'user-1',
    )
    expect((await verifyJwt(await signed('ES256', ec.privateKey, claims(), { kid: 'ec' }), options)).sub).toBe('user-1')
    expect(seen.map((h) => [h.alg, h.kid])).toEqual([
      ['RS256', 'rsa'],
      ['ES256', 'ec'],
    ])
    expect(await rejection(await signed('RS256', rsa.privateKey, claims(), { kid: 'nope' }), options)).toBe(
      'unknown_key',
    )
    // An RS256 token naming the EC key: that key cannot check it, so it is no trusted key for it.
    expect(await rejection(await signed('RS256', rsa.privateKey, claims(), { kid: 'ec' }), options)).toBe('unknown_key')
  })

  test('typ may be absent, JWT, at+jwt or application/at+jwt, in any case', async () => {
    for (const typ of [undefined, 'JWT', 'jwt', 'at+jwt', 'application/at+JWT']) {
      expect((await verifyJwt(await hs256(claims(), { typ }), hsOptions())).sub, String(typ)).toBe('user-1')
    }
  })
})

describe('the header, checked before any key is touched', () => {
  const untouched = (): VerifyOptions =>
    hsOptions({
      keyFor: () => {
        throw new Error('keyFor must not be called')
      },
    })

  test("alg none, or an alg that is not pinned (alg confusion) → 'alg'", async () => {
    const payload = b64urlJson(claims())
    expect(await rejection(`${b64urlJson({ alg: 'none', typ: 'JWT' })}.${payload}.`, untouched())).toBe('alg')
    expect(await rejection(`${b64urlJson({ alg: 'HS512' })}.${payload}.c2ln`, untouched())).toBe('alg')
    expect(await rejection(await hs256(), { ...untouched(), algs: ['RS256'] })).toBe('alg')
    expect(await rejection(`${b64urlJson({ typ: 'JWT' })}.${payload}.c2ln`, untouched())).toBe('alg')
  })

  test("crit, another typ, or a kid that is not a string → 'header'", async () => {
    for (const header of [{ crit: ['exp'] }, { typ: 'JOSE' }, { typ: 'dpop+jwt' }, { typ: 7 }, { kid: 7 }]) {
      expect(await rejection(await hs256(claims(), header), untouched()), JSON.stringify(header)).toBe('header')
    }
  })

  test("an embedded jwk, jku or x5u is never used: only keyFor's key counts", async () => {
    const attacker = await hsKey('attacker-secret-of-more-than-thirty-two-bytes')
    const forged = await signed('HS256', attacker, claims(), {
      jwk: { kty: 'oct', k: b64url(encoder.encode('attacker-secret-of-more-than-thirty-two-bytes')) },
      jku: 'https://attacker.example/jwks.json',
      x5u: 'https://attacker.example/cert.pem',
    })
    expect(await rejection(forged)).toBe('signature')
  })

  test.each([
    ['two parts', 'aGVhZGVy.cGF5bG9hZA'],
    ['four parts', 'a.b.c.d'],
    ['a character outside base64url', 'eyJhbGciOiJIUzI1NiJ9.e30+.c2ln'],
    ['a base64url length no encoding gives', 'eyJhbGciOiJIUzI1NiJ9x.e30.c2ln'],
    ['a header that is not JSON', `${b64url(encoder.encode('{alg'))}.e30.c2ln`],
    ['a header that is a JSON array', `${b64urlJson(['HS256'])}.e30.c2ln`],
    ['a header that is not UTF-8', `${b64url(new Uint8Array([0xff, 0xfe]))}.e30.c2ln`],
    ['an empty string', ''],
  ])("%s → 'malformed'", async (_, token) => {
    expect(await rejection(token, untouched())).toBe('malformed')
  })

  test(`longer than ${MAX_JWT_LENGTH} characters → 'malformed', unread`, async () => {
    const token = await hs256(claims({ padding: 'x'.repeat(MAX_JWT_LENGTH) }))
    expect(await rejection(token, untouched())).toBe('malformed')
  })
})

describe('the signature', () => {
  test("another key, a changed payload, or no signature → 'signature'", async () => {
    const other = await signed('HS256', await hsKey('another-secret-of-more-than-thirty-two-bytes'), claims())
    expect(await rejection(other)).toBe('signature')
    const [head, , sig] = (await hs256()).split('.')
    expect(await rejection(`${head}.${b64urlJson(claims({ sub: 'admin' }))}.${sig}`)).toBe('signature')
    expect(await rejection(`${head}.${b64urlJson(claims())}.`)).toBe('signature')
  })

  test("an RSA key under 2048 bits is not a key we trust → 'unknown_key'", async () => {
    const small = (await crypto.subtle.generateKey(
      { name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    )) as CryptoKeyPair
    const token = await signed('RS256', small.privateKey, claims())
    expect(await rejection(token, hsOptions({ algs: ['RS256'], keyFor: async () => small.publicKey }))).toBe(
      'unknown_key',
    )
  })

  test('what keyFor throws is passed on as it is (keys unavailable is not a bad token)', async () => {
    const unavailable = new Error('jwks unavailable')
    await expect(verifyJwt(await hs256(), hsOptions({ keyFor: () => Promise.reject(unavailable) }))).rejects.toBe(
      unavailable,
    )
  })
})

describe(`time claims, with ${CLOCK_SKEW_SECONDS} s of skew either way`, () => {
  test("exp is required → 'missing_exp'", async () => {
    const { exp: _, ...noExp } = claims()
    expect(await rejection(await hs256(noExp))).toBe('missing_exp')
  })

  test("expired beyond the skew → 'expired'; within it, still good", async () => {
    expect(await rejection(await hs256(claims({ exp: NOW - CLOCK_SKEW_SECONDS - 1 })))).toBe('expired')
    expect((await verifyJwt(await hs256(claims({ exp: NOW - CLOCK_SKEW_SECONDS + 1 })), hsOptions())).sub).toBe(
      'user-1',
    )
  })

  test("nbf or iat in the future beyond the skew → 'not_yet_valid'; within it, good", async () => {
    for (const claim of ['nbf', 'iat']) {
      expect(await rejection(await hs256(claims({ [claim]: NOW + CLOCK_SKEW_SECONDS + 1 }))), claim).toBe(
        'not_yet_valid',
      )
      expect((await verifyJwt(await hs256(claims({ [claim]: NOW + CLOCK_SKEW_SECONDS })), hsOptions())).sub).toBe(
        'user-1',
      )
    }
  })

  test("a time claim that is not a number → 'malformed'", async () => {
    for (const bad of [{ exp: 'tomorrow' }, { nbf: 'now' }, { iat: '1780000000' }, { iat: null }]) {
      expect(await rejection(await hs256(claims(bad))), JSON.stringify(bad)).toBe('malformed')
    }
  })
})

describe('issuer, audience, client_id and subject', () => {
  const ISSUER = 'https://idp.example/'

  test("iss must equal AUTH_ISSUER exactly → 'issuer'", async () => {
    const options = hsOptions({ issuer: ISSUER })
    expect((await verifyJwt(await hs256(claims({ iss: ISSUER })), options)).iss).toBe(ISSUER)
    for (const iss of [undefined, 'https://idp.example', 'https://IDP.example/', 'https://evil.example/']) {
      expect(await rejection(await hs256(claims({ iss })), options), String(iss)).toBe('issuer')
    }
  })

  test("aud must be, or contain, AUTH_AUDIENCE → 'audience'", async () => {
    const options = hsOptions({ audience: 'gateway' })
    for (const aud of ['gateway', ['other', 'gateway']]) {
      expect((await verifyJwt(await hs256(claims({ aud })), options)).aud).toEqual(aud)
    }
    for (const aud of [undefined, 'other', ['other'], 'gateway2']) {
      expect(await rejection(await hs256(claims({ aud })), options), JSON.stringify(aud)).toBe('audience')
    }
    // Not configured: any aud, or none, is fine.
    expect((await verifyJwt(await hs256(claims({ aud: 'anything' })), hsOptions())).aud).toBe('anything')
  })

  test("client_id must equal AUTH_CLIENT_ID when set → 'client_id'", async () => {
    const options = hsOptions({ clientId: 'app-1' })
    expect((await verifyJwt(await hs256(claims({ client_id: 'app-1' })), options)).client_id).toBe('app-1')
    for (const client_id of [undefined, 'app-2', ['app-1']]) {
      expect(await rejection(await hs256(claims({ client_id })), options), JSON.stringify(client_id)).toBe('client_id')
    }
  })

  test(`sub: a non-empty string of at most ${MAX_SUB_LENGTH} characters, else 'subject'`, async () => {
    const longest = 's'.repeat(MAX_SUB_LENGTH)
    expect((await verifyJwt(await hs256(claims({ sub: longest })), hsOptions())).sub).toBe(longest)
    for (const sub of [undefined, '', 's'.repeat(MAX_SUB_LENGTH + 1), 42, ['user-1']]) {
      expect(await rejection(await hs256(claims({ sub }))), JSON.stringify(sub)).toBe('subject')
    }
  })
})

describe('hmacKeyFor', () => {
  test('one key per isolate for the current secret; a new secret gets its own', async () => {
    const first = hmacKeyFor(SECRET)
    expect(hmacKeyFor(SECRET)).toBe(first)
    const other = hmacKeyFor('another-secret-of-more-than-thirty-two-bytes')
    expect(other).not.toBe(first)
    // The key verifies tokens signed with the secret's UTF-8 bytes, as every JWT library signs them.
    const utf8 = 'clé-secrète-de-plus-de-trente-deux-octets'
    const token = await signed('HS256', await hsKey(utf8), claims())
    expect((await verifyJwt(token, hsOptions({ keyFor: () => hmacKeyFor(utf8) }))).sub).toBe('user-1')
  })
})
