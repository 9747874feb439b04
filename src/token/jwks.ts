/**
 * The identity provider's key set (AUTH_JWKS_URL), cached per isolate, with bounded refetches.
 *
 * - The set is fetched on first use and again once it is JWKS_CACHE_TTL_MS old.
 * - A token whose `kid` is not in the set triggers one refetch (a rotation the cache has not
 *   seen yet), but at most one such refetch per JWKS_UNKNOWN_KID_COOLDOWN_MS: tokens with
 *   made-up kids cannot turn the gateway into a load generator against the identity provider.
 * - Concurrent fetches are shared (one request to the provider).
 * - When the provider fails, the last good set keeps being used; with no set at all the
 *   caller gets KeysUnavailable (503), and no new fetch starts for JWKS_FAILURE_BACKOFF_MS.
 * - Only keys that fit the pinned algorithm are kept (RSA for RS256, EC P-256 for ES256; `use`
 *   "sig" and `alg` equal to the pinned one when stated), and only their public members are imported.
 */
import { ALGORITHMS, type JwtAlg, type JwtHeader, JwtRejected } from './jwt'

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

/** The key set could not be fetched and none is cached. */
export class KeysUnavailable extends Error {
  override name = 'KeysUnavailable'
}

interface KeySet {
  /** Usable public keys by kid ('' for a key without one). */
  keys: Map<string, JsonWebKey>
  imported: Map<string, Promise<CryptoKey>>
  fetchedAt: number
}

/** True for http(s) URLs the key set may come from: https, or http to this machine (local development and tests). */
export function isAllowedJwksUrl(value: string): boolean {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  if (url.protocol === 'https:') return true
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
}

/** The public members of a key that fits `alg`, or null. */
function usableKey(jwk: Record<string, unknown>, alg: JwtAlg): JsonWebKey | null {
  if (jwk.use !== undefined && jwk.use !== 'sig') return null
  if (jwk.alg !== undefined && jwk.alg !== alg) return null
  if (jwk.key_ops !== undefined && !(Array.isArray(jwk.key_ops) && jwk.key_ops.includes('verify'))) return null
  const text = (v: unknown) => typeof v === 'string' && v !== ''
  if (alg === 'RS256' && jwk.kty === 'RSA' && text(jwk.n) && text(jwk.e)) {
    return { kty: 'RSA', n: jwk.n as string, e: jwk.e as string }
  }
  if (alg === 'ES256' && jwk.kty === 'EC' && jwk.crv === 'P-256' && text(jwk.x) && text(jwk.y)) {
    return { kty: 'EC', crv: 'P-256', x: jwk.x as string, y: jwk.y as string }
  }
  return null
}

export class JwksCache {
  private set: KeySet | null = null
  private inflight: Promise<KeySet> | null = null
  private lastKidRefetchAt = Number.NEGATIVE_INFINITY
  private failedAt = Number.NEGATIVE_INFINITY

  constructor(
    readonly url: string,
    readonly alg: JwtAlg,
  ) {}

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
    let jwk = pick(set, header.kid)
    if (!jwk && !fetchedNow) {
      // Maybe a rotation: share a fetch already under way, or start one if the cooldown allows.
      let pending = this.inflight
      if (!pending && now - this.lastKidRefetchAt >= JWKS_UNKNOWN_KID_COOLDOWN_MS) {
        this.lastKidRefetchAt = now
        pending = this.refresh(onError)
      }
      if (pending) {
        try {
          set = await pending
          jwk = pick(set, header.kid)
        } catch {
          // Keep the old set; the kid stays unknown.
        }
      }
    }
    if (!jwk) throw new JwtRejected('unknown_key')
    return this.importKey(set, header.kid ?? '', jwk)
  }

  private importKey(set: KeySet, kid: string, jwk: JsonWebKey): Promise<CryptoKey> {
    let key = set.imported.get(kid)
    if (!key) {
      key = crypto.subtle.importKey('jwk', jwk, ALGORITHMS[this.alg].import, false, ['verify'])
      // Bad key material is a key we cannot trust; forget the failure so a fixed set can load.
      key = key.catch(() => {
        set.imported.delete(kid)
        throw new JwtRejected('unknown_key')
      })
      set.imported.set(kid, key)
    }
    return key
  }

  /** One shared fetch at a time; fails fast during the backoff after a failure. */
  private refresh(onError: (reason: string) => void): Promise<KeySet> {
    if (this.inflight) return this.inflight
    if (Date.now() - this.failedAt < JWKS_FAILURE_BACKOFF_MS) {
      return Promise.reject(new KeysUnavailable('jwks: backing off after a failed fetch'))
    }
    const flight = this.fetchSet()
      .then((set) => {
        this.set = set
        return set
      })
      .catch((err: unknown) => {
        this.failedAt = Date.now()
        const reason = err instanceof Error ? err.message : 'jwks: fetch failed'
        onError(reason)
        throw new KeysUnavailable(reason)
      })
      .finally(() => {
        this.inflight = null
      })
    this.inflight = flight
    return flight
  }

  private async fetchSet(): Promise<KeySet> {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), JWKS_FETCH_TIMEOUT_MS)
    let text: string
    try {
      const response = await fetch(this.url, {
        headers: { accept: 'application/json' },
        redirect: 'manual',
        signal: controller.signal,
      })
      if (response.status !== 200) {
        await response.body?.cancel()
        throw new Error(`jwks: status ${response.status}`)
      }
      if (Number(response.headers.get('content-length') ?? 0) > JWKS_MAX_BYTES) {
        await response.body?.cancel()
        throw new Error('jwks: too large')
      }
      text = await response.text()
    } catch (err) {
      if (controller.signal.aborted) throw new Error('jwks: timeout')
      if (err instanceof Error && err.message.startsWith('jwks:')) throw err
      throw new Error('jwks: connection failed')
    } finally {
      clearTimeout(timer)
    }
    if (text.length > JWKS_MAX_BYTES) throw new Error('jwks: too large')
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      throw new Error('jwks: not JSON')
    }
    const listed = (body as { keys?: unknown } | null)?.keys
    if (!Array.isArray(listed)) throw new Error('jwks: no keys array')
    const keys = new Map<string, JsonWebKey>()
    for (const entry of listed) {
      if (keys.size >= JWKS_MAX_KEYS) break
      if (entry === null || typeof entry !== 'object') continue
      const jwk = usableKey(entry as Record<string, unknown>, this.alg)
      const kid = (entry as { kid?: unknown }).kid
      if (jwk && (kid === undefined || typeof kid === 'string') && !keys.has(kid ?? '')) keys.set(kid ?? '', jwk)
    }
    return { keys, imported: new Map(), fetchedAt: Date.now() }
  }
}

/** The key for `kid`; a token without a kid may only use a set's single usable key. */
function pick(set: KeySet, kid: string | undefined): JsonWebKey | undefined {
  if (kid !== undefined) return set.keys.get(kid)
  if (set.keys.size !== 1) return undefined
  return set.keys.values().next().value
}

const caches = new Map<string, JwksCache>()

/** This isolate's cache for one key-set URL and algorithm. */
export function jwksCache(url: string, alg: JwtAlg): JwksCache {
  const id = `${alg} ${url}`
  let cache = caches.get(id)
  if (!cache) {
    if (caches.size >= MAX_CACHES) caches.clear()
    cache = new JwksCache(url, alg)
    caches.set(id, cache)
  }
  return cache
}
