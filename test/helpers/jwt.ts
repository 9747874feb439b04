/**
 * Signs test JWTs with node:crypto, independently of the gateway's WebCrypto code: HS256,
 * RS256, ES256, and deliberately broken ones (`alg: none`, wrong keys, odd headers).
 */
import { createHmac, generateKeyPairSync, type KeyObject, sign } from 'node:crypto'

export type TestAlg = 'HS256' | 'RS256' | 'ES256' | 'none'

export const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url')

export const nowSeconds = () => Math.floor(Date.now() / 1000)

export interface SignOptions {
  alg: TestAlg
  /** HS256: the secret; RS256/ES256: the private key; none: ignored. */
  key?: string | Buffer | KeyObject
  payload: Record<string, unknown>
  /** Extra or overriding header fields (`alg` here overrides the declared alg only). */
  header?: Record<string, unknown>
}

/** A compact JWS. The signature is made with `alg`, whatever `header.alg` claims. */
export function signJwt({ alg, key, payload, header = {} }: SignOptions): string {
  const head = b64url(JSON.stringify({ alg, typ: 'JWT', ...header }))
  const body = b64url(JSON.stringify(payload))
  const input = `${head}.${body}`
  let signature: Buffer
  switch (alg) {
    case 'none':
      signature = Buffer.alloc(0)
      break
    case 'HS256':
      signature = createHmac('sha256', key as string | Buffer)
        .update(input)
        .digest()
      break
    case 'RS256':
      signature = sign('sha256', Buffer.from(input), key as KeyObject)
      break
    case 'ES256':
      signature = sign('sha256', Buffer.from(input), { key: key as KeyObject, dsaEncoding: 'ieee-p1363' })
      break
  }
  return `${input}.${b64url(signature)}`
}

/** Claims of a token that passes every check for `sub`, valid for five minutes. */
export function goodClaims(sub: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const now = nowSeconds()
  return { sub, iat: now, exp: now + 300, ...extra }
}

export interface TestKey {
  kid: string
  alg: 'RS256' | 'ES256'
  privateKey: KeyObject
  /** The public JWK as a provider publishes it (kid, alg, use set). */
  jwk: Record<string, unknown>
  /** Signs `payload` with this key, the header naming its kid unless `header` overrides it. */
  sign(payload: Record<string, unknown>, header?: Record<string, unknown>): string
}

export function makeKey(alg: 'RS256' | 'ES256', kid: string): TestKey {
  const { privateKey, publicKey } =
    alg === 'RS256'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid, alg, use: 'sig' }
  return {
    kid,
    alg,
    privateKey,
    jwk,
    sign: (payload, header = {}) => signJwt({ alg, key: privateKey, payload, header: { kid, ...header } }),
  }
}
