/**
 * The identity provider's key set (AUTH_JWKS_URL, or the `jwks_uri` of its discovery
 * document), cached per isolate, with bounded refetches; jose's local JWK set picks and
 * imports the key for a token.
 *
 * - The set is fetched on first use and again once it is JWKS_CACHE_TTL_MS old.
 * - A token whose `kid` is not in the set triggers one refetch (a rotation the cache has not
 *   seen yet), but at most one such refetch per JWKS_UNKNOWN_KID_COOLDOWN_MS: tokens with
 *   made-up kids cannot turn the gateway into a load generator against the identity provider.
 * - Concurrent fetches are shared (one request to the provider).
 * - When the provider fails, the last good set keeps being used; with no set at all the
 *   caller gets KeysUnavailable (503), and no new fetch starts for JWKS_FAILURE_BACKOFF_MS.
 * - Only keys that fit a pinned algorithm are kept (RSA for RS256, EC P-256 for ES256; `use`
 *   "sig", `key_ops` with "verify" and `alg` one of the pinned ones when stated), and only
 *   their public members. A token without a `kid` may only use the one key that fits its alg.
 *
 * jose's createRemoteJWKSet is not used: its cache has no "last good set while the provider
 * is down" and no failure backoff, which the rules above need.
 */
import { createLocalJWKSet } from 'jose/jwks/local'
import { fetchProviderJson, KeysUnavailable, SharedFetch } from './fetch-json.ts'

export { KeysUnavailable }

import { type JwtAlg, type JwtHeader, JwtRejected } from './jwt.ts'

/** Providers publish a new key well before signing with it; ten minutes picks that up without a fetch per request. */
export const JWKS_CACHE_TTL_MS = 10 * 60_000
/** The `jose` library's default cooldown: at most two kid-driven refetches a minute per isolate. */
export const JWKS_UNKNOWN_KID_COOLDOWN_MS = 30_000
/** After a failed fetch, requests fail fast (or use the old set) instead of each waiting on a dead provider. */
export const JWKS_FAILURE_BACKOFF_MS = 5_000
/** A key set is a small static document; a provider slower than this is down. */
export const JWKS_FETCH_TIMEOUT_MS = 5_000
/** Real key sets hold a handful of keys (a few KB); this bounds memory and parse time. */
export const JWKS_MAX_BYTES = 64 * 1024
/** Keys kept from one set; providers publish 2-3 (current, next, previous). */
export const JWKS_MAX_KEYS = 20
/** Distinct key-set URLs remembered per isolate (one in practice; bounds memory if config changes). */
const MAX_CACHES = 4

interface KeySet {
  /** jose's resolver over the usable keys. */
  resolve: ReturnType<typeof createLocalJWKSet>
  fetchedAt: number
}

const text = (v: unknown): v is string => typeof v === 'string' && v !== ''

/** The public members of a key that fits one of `algs`, or null. */
function usableKey(jwk: Record<string, unknown>, algs: readonly JwtAlg[]): Record<string, string> | null {
  if (jwk.use !== undefined && jwk.use !== 'sig') return null
  if (jwk.alg !== undefined && !algs.includes(jwk.alg as JwtAlg)) return null
  if (jwk.key_ops !== undefined && !(Array.isArray(jwk.key_ops) && jwk.key_ops.includes('verify'))) return null
  if (jwk.kid !== undefined && typeof jwk.kid !== 'string') return null
  const named: Record<string, string> = {}
  if (jwk.kid !== undefined) named.kid = jwk.kid
  if (jwk.alg !== undefined) named.alg = jwk.alg as JwtAlg
  if (algs.includes('RS256') && jwk.kty === 'RSA' && text(jwk.n) && text(jwk.e)) {
    return { kty: 'RSA', n: jwk.n, e: jwk.e, ...named }
  }
  if (algs.includes('ES256') && jwk.kty === 'EC' && jwk.crv === 'P-256' && text(jwk.x) && text(jwk.y)) {
    return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, ...named }
  }
  return null
}

/** jose's "no key fits" answers: the token may name a key published after our fetch. */
const NOT_FOUND = new Set(['ERR_JWKS_NO_MATCHING_KEY', 'ERR_JWKS_MULTIPLE_MATCHING_KEYS'])

export class JwksCache {
  private set: KeySet | null = null
  private readonly fetches = new SharedFetch<KeySet>('jwks', JWKS_FAILURE_BACKOFF_MS)
  private lastKidRefetchAt = Number.NEGATIVE_INFINITY

  readonly url: string
  readonly algs: readonly JwtAlg[]

  constructor(url: string, algs: readonly JwtAlg[]) {
    this.url = url
    this.algs = algs
  }

  /**
   * The trusted key for this token header; throws JwtRejected('unknown_key') or KeysUnavailable.
   * `onError` hears why a fetch failed (for the request's log line).
   */
  async keyFor(header: JwtHeader, onError: (reason: string) => void): Promise<CryptoKey> {
    const now = Date.now()
    let set = this.set
    let fetchedNow = false
    if (!set || now - set.fetchedAt >= JWKS_CACHE_TTL_MS) {
      try {
        set = await this.refresh(onError)
        fetchedNow = true
      } catch (err) {
        if (!set) throw err
        // The provider is down: the last good set is better than refusing everyone.
      }
    }
    let key = await pick(set, header)
    if (!key && !fetchedNow) {
      // Maybe a rotation: share a fetch already under way, or start one if the cooldown allows.
      let pending = this.fetches.inflight
      if (!pending && now - this.lastKidRefetchAt >= JWKS_UNKNOWN_KID_COOLDOWN_MS) {
        this.lastKidRefetchAt = now
        pending = this.refresh(onError)
      }
      if (pending) {
        try {
          key = await pick(await pending, header)
        } catch {
          // Keep the old set; the kid stays unknown.
        }
      }
    }
    if (!key) throw new JwtRejected('unknown_key')
    return key
  }

  /** One shared fetch at a time; fails fast during the backoff after a failure. */
  private refresh(onError: (reason: string) => void): Promise<KeySet> {
    return this.fetches.run(async () => {
      const set = await this.fetchSet()
      this.set = set
      return set
    }, onError)
  }

  private async fetchSet(): Promise<KeySet> {
    const body = await fetchProviderJson(this.url, {
      label: 'jwks',
      timeoutMs: JWKS_FETCH_TIMEOUT_MS,
      maxBytes: JWKS_MAX_BYTES,
    })
    const listed = (body as { keys?: unknown } | null)?.keys
    if (!Array.isArray(listed)) throw new Error('jwks: no keys array')
    const keys: Record<string, string>[] = []
    const kids = new Set<string>()
    for (const entry of listed) {
      if (keys.length >= JWKS_MAX_KEYS) break
      if (entry === null || typeof entry !== 'object') continue
      const jwk = usableKey(entry as Record<string, unknown>, this.algs)
      // A kid published twice is ambiguous: the first one wins, as before.
      if (!jwk || (jwk.kid !== undefined && kids.has(jwk.kid))) continue
      if (jwk.kid !== undefined) kids.add(jwk.kid)
      keys.push(jwk)
    }
    return { resolve: createLocalJWKSet({ keys }), fetchedAt: Date.now() }
  }
}

/** The key for this header from `set`, or null when none (or more than one, without a kid) fits. */
async function pick(set: KeySet, header: JwtHeader): Promise<CryptoKey | null> {
  try {
    return (await set.resolve({
      alg: header.alg,
      ...(header.kid === undefined ? {} : { kid: header.kid }),
    })) as CryptoKey
  } catch (err) {
    if (NOT_FOUND.has((err as { code?: string } | null)?.code ?? '')) return null
    // Bad key material is a key we cannot trust.
    throw new JwtRejected('unknown_key')
  }
}

const caches = new Map<string, JwksCache>()

/** This isolate's cache for one key-set URL and set of algorithms. */
export function jwksCache(url: string, algs: readonly JwtAlg[]): JwksCache {
  const id = `${algs.join(',')} ${url}`
  let cache = caches.get(id)
  if (!cache) {
    if (caches.size >= MAX_CACHES) caches.clear()
    cache = new JwksCache(url, algs)
    caches.set(id, cache)
  }
  return cache
}
