/**
 * What token vending runs with, derived once per config: which JWTs it trusts, which Seam key
 * it vends with, how long sessions live. A deployment missing a piece (or naming one setting
 * twice, under its old and new name, with different values) gets 503
 * `token_vending_not_configured` on POST /token (the keys named in the log only).
 */
import type { Config } from '../config.ts'
import { isAllowedProviderUrl } from './fetch-json.ts'
import type { JwtAlg } from './jwt.ts'
import type { UserKeyMode } from './user-key.ts'

/** RFC 7518 section 3.2: an HS256 key must be at least as long as the hash output (32 bytes). */
export const MIN_JWT_SECRET_BYTES = 32
/** A salt shorter than this could be guessed, and guessed salts make hashed keys guessable again. */
export const MIN_USER_KEY_SALT_LENGTH = 16
/** A token is renewed once less than this share of TOKEN_TTL_SECONDS is left (15 minutes of the default hour). */
export const RENEWAL_FRACTION = 0.25

/** Where asymmetric keys come from: a configured key-set URL, or the issuer's discovery document. */
export type KeySetSource = { kind: 'url'; url: string } | { kind: 'discovery'; issuer: string }

export interface VendingSettings {
  /** The pinned algorithms, never read from a token. */
  algs: JwtAlg[]
  /** The HS256 secret, when HS256 is pinned. */
  secret: string | undefined
  /** The key set, when RS256 or ES256 is pinned. */
  keySet: KeySetSource | undefined
  issuer: string | undefined
  audience: string | undefined
  clientId: string | undefined
  /** When set, a token's `azp` must be one of these. */
  authorizedParties: string[] | undefined
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

class Conflict extends Error {}

/** The value under the new name or its documented alias; both set to different values is an error naming both. */
function either(name: string, value: string | undefined, alias: string, old: string | undefined): string | undefined {
  if (value !== undefined && old !== undefined && value !== old) {
    throw new Conflict(`${name} and ${alias} are both set, to different values`)
  }
  return value ?? old
}

function derive(config: Config): VendingSetup {
  try {
    return deriveSettings(config)
  } catch (err) {
    if (err instanceof Conflict) return missing(err.message)
    throw err
  }
}

function deriveSettings(config: Config): VendingSetup {
  if (!config.SEAM_API_KEY) return missing('SEAM_API_KEY is not set')
  const issuer = either('AUTH_ISSUER', config.AUTH_ISSUER, 'AUTH_JWT_ISSUER', config.AUTH_JWT_ISSUER)
  const audience = either('AUTH_AUDIENCE', config.AUTH_AUDIENCE, 'AUTH_JWT_AUDIENCE', config.AUTH_JWT_AUDIENCE)
  // A list of one equals the old single name's value.
  const listed = either('AUTH_JWT_ALGS', config.AUTH_JWT_ALGS?.join(','), 'AUTH_JWT_ALG', config.AUTH_JWT_ALG)
  const algsSet = listed?.split(',') as JwtAlg[] | undefined
  const secret = config.AUTH_JWT_SECRET
  const jwksUrl = config.AUTH_JWKS_URL
  // Discovery asks the issuer; it is the key source when no URL is configured and keys are needed.
  const wantsKeySet = !secret || (algsSet?.some((alg) => alg !== 'HS256') ?? false)
  const keySet: KeySetSource | undefined = jwksUrl
    ? { kind: 'url', url: jwksUrl }
    : issuer && wantsKeySet
      ? { kind: 'discovery', issuer }
      : undefined
  if (!secret && !keySet) return missing('none of AUTH_JWT_SECRET, AUTH_JWKS_URL or AUTH_ISSUER is set')
  if (secret && keySet && !algsSet) {
    return missing('AUTH_JWT_ALGS must say which to use when AUTH_JWT_SECRET and AUTH_JWKS_URL are both set')
  }
  // Pinned here, never read from a token: HS256 for a shared secret, RS256 for a key set.
  const algs: JwtAlg[] = algsSet ?? [secret ? 'HS256' : 'RS256']
  if (algs.includes('HS256')) {
    if (!secret) return missing('AUTH_JWT_ALGS with HS256 needs AUTH_JWT_SECRET')
    if (new TextEncoder().encode(secret).length < MIN_JWT_SECRET_BYTES) {
      return missing(`AUTH_JWT_SECRET is shorter than ${MIN_JWT_SECRET_BYTES} bytes`)
    }
  }
  const asymmetric = algs.filter((alg) => alg !== 'HS256')
  if (asymmetric.length > 0) {
    if (!keySet) return missing(`AUTH_JWT_ALGS with ${asymmetric.join(',')} needs AUTH_JWKS_URL or AUTH_ISSUER`)
    if (keySet.kind === 'url' && !isAllowedProviderUrl(keySet.url)) {
      return missing('AUTH_JWKS_URL must be https (http only to localhost)')
    }
    if (keySet.kind === 'discovery' && !isAllowedProviderUrl(keySet.issuer)) {
      return missing('AUTH_ISSUER must be https (http only to localhost) to be discovered')
    }
  }
  if (config.USER_KEY_MODE === 'hashed' && (config.USER_KEY_SALT?.length ?? 0) < MIN_USER_KEY_SALT_LENGTH) {
    return missing(`USER_KEY_MODE=hashed needs USER_KEY_SALT of at least ${MIN_USER_KEY_SALT_LENGTH} characters`)
  }
  return {
    ok: true,
    settings: {
      algs: [...new Set(algs)],
      secret: algs.includes('HS256') ? secret : undefined,
      keySet: asymmetric.length > 0 ? keySet : undefined,
      issuer,
      audience,
      clientId: config.AUTH_CLIENT_ID,
      authorizedParties: config.AUTH_AUTHORIZED_PARTIES,
      apiKey: config.SEAM_API_KEY,
      userKeyMode: config.USER_KEY_MODE,
      userKeySalt: config.USER_KEY_SALT,
      ttlSeconds: config.TOKEN_TTL_SECONDS,
      renewWithinSeconds: Math.ceil(config.TOKEN_TTL_SECONDS * RENEWAL_FRACTION),
    },
  }
}
