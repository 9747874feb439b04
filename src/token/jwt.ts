/**
 * Verifies a compact JWS JWT with WebCrypto, under an algorithm pinned by configuration.
 *
 * Order: shape → header (`alg` must equal the pinned one, so `none` and alg confusion are
 * refused before any key is touched; no `crit`) → key → signature → claims. Nothing an
 * unverified token says is acted on except its `kid`, which only picks among trusted keys.
 *
 * Claims: `exp` and `sub` are required; `nbf` and `iat` are honoured when present; `iss` and
 * `aud` are checked when configured. Time checks allow CLOCK_SKEW_SECONDS either way.
 */

export type JwtAlg = 'HS256' | 'RS256' | 'ES256'

/** Why a token was refused: goes to the log line, never onto the wire. */
export type RejectionKind =
  | 'malformed'
  | 'alg'
  | 'header'
  | 'unknown_key'
  | 'signature'
  | 'missing_exp'
  | 'expired'
  | 'not_yet_valid'
  | 'issuer'
  | 'audience'
  | 'subject'

export class JwtRejected extends Error {
  override name = 'JwtRejected'
  constructor(readonly kind: RejectionKind) {
    super(`jwt rejected: ${kind}`)
  }
}

/** Identity providers' clocks drift; a minute is the usual allowance (and what most JWT libraries suggest). */
export const CLOCK_SKEW_SECONDS = 60
/** Real ID and access tokens are 1-2 KB; anything much larger is not worth base64-decoding. */
export const MAX_JWT_LENGTH = 8 * 1024
/** OpenID Connect Core 1.0 section 2: `sub` "MUST NOT exceed 255 ASCII characters". */
export const MAX_SUB_LENGTH = 255
/** `typ` values of a JWT meant for us: none, JWT, or an OAuth access token (RFC 9068). */
const ACCEPTED_TYP = new Set(['jwt', 'at+jwt'])

export interface JwtHeader {
  alg: string
  kid?: string
  typ?: string
  [field: string]: unknown
}

export interface JwtClaims {
  sub: string
  exp: number
  iss?: string
  aud?: string | string[]
  nbf?: number
  iat?: number
  [claim: string]: unknown
}

export interface VerifyOptions {
  alg: JwtAlg
  /** The trusted key for this header; throws JwtRejected('unknown_key') when there is none. */
  keyFor: (header: JwtHeader) => Promise<CryptoKey>
  issuer?: string | undefined
  audience?: string | undefined
  /** Seconds since the epoch; defaults to now. */
  now?: number
}

/** WebCrypto parameters per pinned algorithm, for importing keys and verifying. */
export const ALGORITHMS: Record<JwtAlg, { import: SubtleCryptoImportKeyAlgorithm; verify: SubtleCryptoSignAlgorithm }> =
  {
    HS256: { import: { name: 'HMAC', hash: 'SHA-256' }, verify: { name: 'HMAC' } },
    RS256: {
      import: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      verify: { name: 'RSASSA-PKCS1-v1_5' },
    },
    ES256: { import: { name: 'ECDSA', namedCurve: 'P-256' }, verify: { name: 'ECDSA', hash: 'SHA-256' } },
  }

/** ES256 signatures are r‖s, 32 bytes each (RFC 7518 section 3.4), which is what WebCrypto verifies. */
const ES256_SIGNATURE_BYTES = 64

const BASE64URL = /^[A-Za-z0-9_-]*$/
const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/** Strict base64url (no padding, no other characters) to bytes; throws on anything else. */
export function base64UrlToBytes(text: string): Uint8Array {
  if (!BASE64URL.test(text) || text.length % 4 === 1) throw new JwtRejected('malformed')
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

function decodeObject(part: string): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(decoder.decode(base64UrlToBytes(part)))
  } catch {
    throw new JwtRejected('malformed')
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new JwtRejected('malformed')
  return value as Record<string, unknown>
}

function checkHeader(header: Record<string, unknown>, alg: JwtAlg): JwtHeader {
  // The pinned algorithm is the only one ever used: the header may only agree with it.
  if (header.alg !== alg) throw new JwtRejected('alg')
  // We understand no extension, so a token that requires one must be refused (RFC 7515 4.1.11).
  if ('crit' in header) throw new JwtRejected('header')
  if (header.typ !== undefined) {
    const typ = typeof header.typ === 'string' ? header.typ.toLowerCase().replace(/^application\//, '') : ''
    if (!ACCEPTED_TYP.has(typ)) throw new JwtRejected('header')
  }
  if (header.kid !== undefined && typeof header.kid !== 'string') throw new JwtRejected('header')
  return header as JwtHeader
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

function checkClaims(payload: Record<string, unknown>, options: VerifyOptions): JwtClaims {
  const now = options.now ?? Math.floor(Date.now() / 1000)
  if (payload.exp === undefined) throw new JwtRejected('missing_exp')
  if (!isTime(payload.exp)) throw new JwtRejected('malformed')
  if (payload.exp + CLOCK_SKEW_SECONDS <= now) throw new JwtRejected('expired')
  for (const claim of ['nbf', 'iat'] as const) {
    const value = payload[claim]
    if (value === undefined) continue
    if (!isTime(value)) throw new JwtRejected('malformed')
    if (value - CLOCK_SKEW_SECONDS > now) throw new JwtRejected('not_yet_valid')
  }
  if (options.issuer !== undefined && payload.iss !== options.issuer) throw new JwtRejected('issuer')
  if (options.audience !== undefined) {
    const aud = payload.aud
    const audiences = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : []
    if (!audiences.includes(options.audience)) throw new JwtRejected('audience')
  }
  const sub = payload.sub
  if (typeof sub !== 'string' || sub === '' || sub.length > MAX_SUB_LENGTH) throw new JwtRejected('subject')
  return payload as JwtClaims
}

/** Verifies `token` and returns its claims, or throws JwtRejected (or whatever `keyFor` throws). */
export async function verifyJwt(token: string, options: VerifyOptions): Promise<JwtClaims> {
  if (token.length > MAX_JWT_LENGTH) throw new JwtRejected('malformed')
  const parts = token.split('.')
  if (parts.length !== 3) throw new JwtRejected('malformed')
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string]
  const header = checkHeader(decodeObject(headerPart), options.alg)
  const payload = decodeObject(payloadPart)
  const signature = base64UrlToBytes(signaturePart)
  if (options.alg === 'ES256' && signature.length !== ES256_SIGNATURE_BYTES) throw new JwtRejected('signature')
  const key = await options.keyFor(header)
  let valid: boolean
  try {
    valid = await crypto.subtle.verify(
      ALGORITHMS[options.alg].verify,
      key,
      signature,
      encoder.encode(`${headerPart}.${payloadPart}`),
    )
  } catch {
    valid = false
  }
  if (!valid) throw new JwtRejected('signature')
  return checkClaims(payload, options)
}

// One HMAC key per isolate: importing it per request would cost a few microseconds for nothing.
let hmacKey: { secret: string; key: Promise<CryptoKey> } | null = null

/** The HS256 verification key for AUTH_JWT_SECRET (its UTF-8 bytes, as every JWT library uses it). */
export function hmacKeyFor(secret: string): Promise<CryptoKey> {
  if (hmacKey?.secret !== secret) {
    const key = crypto.subtle.importKey('raw', encoder.encode(secret), ALGORITHMS.HS256.import, false, ['verify'])
    hmacKey = { secret, key }
  }
  return hmacKey.key
}
