/**
 * Verifies a compact JWS JWT with `jose`, under algorithms pinned by configuration.
 *
 * Order: size and shape → header policy (its `alg` must be one of the pinned ones, so `none`
 * and alg confusion are refused before any key is touched; no `crit`; a JWT `typ`) → jose:
 * key (chosen by `keyFor` from trusted keys only), signature, `exp`/`nbf`/`iss`/`aud` → our
 * own `iat`, `sub` and `client_id` rules. Nothing an unverified token says is acted on except
 * its `alg` and `kid`, which only pick among trusted keys: embedded `jwk`, `jku`, `x5u` and
 * `x5c` are never read (jose only uses the key `keyFor` returns).
 *
 * Claims: `exp` and `sub` are required; `nbf` and `iat` are honoured when present; `iss`,
 * `aud`, `client_id` and `azp` are checked when configured. Time checks allow CLOCK_SKEW_SECONDS.
 */

import { jwtVerify } from 'jose/jwt/verify'
import { fromBase64, hmacKey } from '../crypto.ts'
import { isJsonObject } from '../json.ts'

export const JWT_ALGS = ['HS256', 'RS256', 'ES256'] as const
export type JwtAlg = (typeof JWT_ALGS)[number]

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
  | 'client_id'
  | 'authorized_party'
  | 'subject'

export class JwtRejected extends Error {
  override name = 'JwtRejected'
  readonly kind: RejectionKind
  constructor(kind: RejectionKind) {
    super(`jwt rejected: ${kind}`)
    this.kind = kind
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
  alg: JwtAlg
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
  /** The pinned algorithms; a token's `alg` must be one of them. */
  algs: readonly JwtAlg[]
  /** The trusted key for this (checked) header; throws JwtRejected('unknown_key') when there is none. */
  keyFor: (header: JwtHeader) => Promise<CryptoKey>
  issuer?: string | undefined
  audience?: string | undefined
  /** When set, the `client_id` claim must equal it (access tokens without `aud`, e.g. Amazon Cognito's). */
  clientId?: string | undefined
  /**
   * When set, the `azp` claim must equal one of them exactly; a token without `azp` is refused
   * (Clerk's session tokens carry the origin of the page that got them).
   */
  authorizedParties?: readonly string[] | undefined
  /** Seconds since the epoch; defaults to now. */
  now?: number
}

const BASE64URL = /^[A-Za-z0-9_-]*$/
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

function isBase64Url(text: string): boolean {
  return BASE64URL.test(text) && text.length % 4 !== 1
}

function decodeHeader(part: string): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(decoder.decode(fromBase64(part.replace(/-/g, '+').replace(/_/g, '/'))))
  } catch {
    throw new JwtRejected('malformed')
  }
  if (!isJsonObject(value)) throw new JwtRejected('malformed')
  return value
}

function checkHeader(header: Record<string, unknown>, algs: readonly JwtAlg[]): JwtHeader {
  // Only the pinned algorithms are ever used: the header may only name one of them.
  if (!algs.includes(header.alg as JwtAlg)) throw new JwtRejected('alg')
  // We understand no extension, so a token that requires one must be refused (RFC 7515 4.1.11).
  if ('crit' in header) throw new JwtRejected('header')
  if (header.typ !== undefined) {
    const typ = typeof header.typ === 'string' ? header.typ.toLowerCase().replace(/^application\//, '') : ''
    if (!ACCEPTED_TYP.has(typ)) throw new JwtRejected('header')
  }
  if (header.kid !== undefined && typeof header.kid !== 'string') throw new JwtRejected('header')
  return header as JwtHeader
}

/** jose's error codes and claim names → our rejection kinds. */
function rejectionFor(err: { code?: unknown; claim?: unknown; reason?: unknown }): RejectionKind {
  switch (err.code) {
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return 'signature'
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return 'alg'
    case 'ERR_JWT_EXPIRED':
      return 'expired'
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      if (err.reason === 'invalid') return 'malformed'
      if (err.claim === 'exp') return 'missing_exp'
      if (err.claim === 'nbf') return 'not_yet_valid'
      if (err.claim === 'iss') return 'issuer'
      if (err.claim === 'aud') return 'audience'
      return 'malformed'
    default:
      return 'malformed'
  }
}

function checkOwnClaims(payload: Record<string, unknown>, options: VerifyOptions): JwtClaims {
  const now = options.now ?? Math.floor(Date.now() / 1000)
  // jose checks `iat` only against a maximum age; a token issued in the future is refused here.
  const iat = payload.iat
  if (iat !== undefined && (typeof iat !== 'number' || !Number.isFinite(iat))) throw new JwtRejected('malformed')
  if (typeof iat === 'number' && iat - CLOCK_SKEW_SECONDS > now) throw new JwtRejected('not_yet_valid')
  if (options.clientId !== undefined && payload.client_id !== options.clientId) throw new JwtRejected('client_id')
  const azp = payload.azp
  if (
    options.authorizedParties !== undefined &&
    (typeof azp !== 'string' || !options.authorizedParties.includes(azp))
  ) {
    throw new JwtRejected('authorized_party')
  }
  const sub = payload.sub
  if (typeof sub !== 'string' || sub === '' || sub.length > MAX_SUB_LENGTH) throw new JwtRejected('subject')
  return payload as JwtClaims
}

/** Verifies `token` and returns its claims, or throws JwtRejected (or whatever `keyFor` throws). */
export async function verifyJwt(token: string, options: VerifyOptions): Promise<JwtClaims> {
  if (token.length > MAX_JWT_LENGTH) throw new JwtRejected('malformed')
  const parts = token.split('.')
  if (parts.length !== 3 || !parts.every(isBase64Url)) throw new JwtRejected('malformed')
  const header = checkHeader(decodeHeader(parts[0] as string), options.algs)
  let payload: Record<string, unknown>
  // What keyFor throws (an unknown key, keys unavailable) is passed on as it is.
  let keyError: { error: unknown } | undefined
  const key = async () => {
    try {
      return await options.keyFor(header)
    } catch (error) {
      keyError = { error }
      throw error
    }
  }
  try {
    const verified = await jwtVerify(token, key, {
      algorithms: [...options.algs],
      requiredClaims: ['exp'],
      clockTolerance: CLOCK_SKEW_SECONDS,
      ...(options.now === undefined ? {} : { currentDate: new Date(options.now * 1000) }),
      ...(options.issuer === undefined ? {} : { issuer: options.issuer }),
      ...(options.audience === undefined ? {} : { audience: options.audience }),
    })
    payload = verified.payload as Record<string, unknown>
  } catch (err) {
    if (keyError) throw keyError.error
    // jose refuses keys unfit for the alg (RSA under 2048 bits) with a TypeError: not a key we trust.
    if (err instanceof TypeError) throw new JwtRejected('unknown_key')
    // Anything else jose refuses (bad encoding) is the token's fault.
    throw new JwtRejected(rejectionFor((err ?? {}) as { code?: unknown }))
  }
  return checkOwnClaims(payload, options)
}

/** The HS256 verification key for AUTH_JWT_SECRET (its UTF-8 bytes, as every JWT library uses it). */
export const hmacKeyFor = (secret: string): Promise<CryptoKey> => hmacKey(secret, 'verify')
