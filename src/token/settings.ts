/**
 * What token vending runs with, derived once per config: which JWTs it trusts, which Seam key
 * it vends with, how long sessions live. A deployment missing a piece gets 503
 * `token_vending_not_configured` on POST /token (the missing key named in the log only).
 */
import type { Config } from '../config'
import { isAllowedJwksUrl } from './jwks'
import type { JwtAlg } from './jwt'
import type { UserKeyMode } from './user-key'

/** RFC 7518 section 3.2: an HS256 key must be at least as long as the hash output (32 bytes). */
export const MIN_JWT_SECRET_BYTES = 32
/** A salt shorter than this could be guessed, and guessed salts make hashed keys guessable again. */
export const MIN_USER_KEY_SALT_LENGTH = 16
/** A token is renewed once less than this share of TOKEN_TTL_SECONDS is left (15 minutes of the default hour). */
export const RENEWAL_FRACTION = 0.25

export type KeySource = { kind: 'secret'; secret: string } | { kind: 'jwks'; url: string }

export interface VendingSettings {
  alg: JwtAlg
  keys: KeySource
  issuer: string | undefined
  audience: string | undefined
  apiKey: string
  userKeyMode: UserKeyMode
  userKeySalt: string | undefined
  ttlSeconds: number
  /** A session with less than this left is renewed instead of vended. */
  renewWithinSeconds: number
}

export type VendingSetup = { ok: true; settings: VendingSettings } | { ok: false; reason: string }

const setups = new WeakMap<Config, VendingSetup>()

export function vendingSetup(config: Config): VendingSetup {
  let setup = setups.get(config)
  if (!setup) {
    setup = derive(config)
    setups.set(config, setup)
  }
  return setup
}

const missing = (reason: string): VendingSetup => ({ ok: false, reason: `token vending: ${reason}` })

function derive(config: Config): VendingSetup {
  if (!config.SEAM_API_KEY) return missing('SEAM_API_KEY is not set')
  const secret = config.AUTH_JWT_SECRET
  const jwksUrl = config.AUTH_JWKS_URL
  if (!secret && !jwksUrl) return missing('neither AUTH_JWT_SECRET nor AUTH_JWKS_URL is set')
  if (secret && jwksUrl && !config.AUTH_JWT_ALG) {
    return missing('AUTH_JWT_ALG must say which to use when AUTH_JWT_SECRET and AUTH_JWKS_URL are both set')
  }
  // Pinned here, never read from a token: HS256 for a shared secret, RS256 for a key set.
  const alg: JwtAlg = config.AUTH_JWT_ALG ?? (secret ? 'HS256' : 'RS256')
  let keys: KeySource
  if (alg === 'HS256') {
    if (!secret) return missing('AUTH_JWT_ALG=HS256 needs AUTH_JWT_SECRET')
    if (new TextEncoder().encode(secret).length < MIN_JWT_SECRET_BYTES) {
      return missing(`AUTH_JWT_SECRET is shorter than ${MIN_JWT_SECRET_BYTES} bytes`)
    }
    keys = { kind: 'secret', secret }
  } else {
    if (!jwksUrl) return missing(`AUTH_JWT_ALG=${alg} needs AUTH_JWKS_URL`)
    if (!isAllowedJwksUrl(jwksUrl)) return missing('AUTH_JWKS_URL must be https (http only to localhost)')
    keys = { kind: 'jwks', url: jwksUrl }
  }
  if (config.USER_KEY_MODE === 'hashed' && (config.USER_KEY_SALT?.length ?? 0) < MIN_USER_KEY_SALT_LENGTH) {
    return missing(`USER_KEY_MODE=hashed needs USER_KEY_SALT of at least ${MIN_USER_KEY_SALT_LENGTH} characters`)
  }
  return {
    ok: true,
    settings: {
      alg,
      keys,
      issuer: config.AUTH_JWT_ISSUER,
      audience: config.AUTH_JWT_AUDIENCE,
      apiKey: config.SEAM_API_KEY,
      userKeyMode: config.USER_KEY_MODE,
      userKeySalt: config.USER_KEY_SALT,
      ttlSeconds: config.TOKEN_TTL_SECONDS,
      renewWithinSeconds: Math.ceil(config.TOKEN_TTL_SECONDS * RENEWAL_FRACTION),
    },
  }
}
