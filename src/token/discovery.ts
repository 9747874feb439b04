/**
 * OpenID Connect discovery (OpenID Connect Discovery 1.0 section 4): with only AUTH_ISSUER
 * set, the key set's URL is the `jwks_uri` of `{issuer}/.well-known/openid-configuration`.
 *
 * - The document's `issuer` must equal the configured issuer exactly (section 4.3), and its
 *   `jwks_uri` must be https (http only to this machine), like AUTH_JWKS_URL.
 * - The answer is cached per isolate for DISCOVERY_CACHE_TTL_MS; concurrent fetches are shared.
 * - When the provider fails, the last good `jwks_uri` keeps being used; with none the caller
 *   gets KeysUnavailable (503), and no new fetch starts for DISCOVERY_FAILURE_BACKOFF_MS.
 */
import { fetchProviderJson, isAllowedProviderUrl, SharedFetch } from './fetch-json.ts'

/** A provider's `jwks_uri` practically never moves; an hour still follows a move the same day. */
export const DISCOVERY_CACHE_TTL_MS = 60 * 60_000
/** Like the key set's: requests fail fast during an outage instead of each waiting on it. */
export const DISCOVERY_FAILURE_BACKOFF_MS = 5_000
/** A static document; a provider slower than this is down. */
export const DISCOVERY_FETCH_TIMEOUT_MS = 5_000
/** Real documents are 1-6 KB (Okta's, with every supported value listed, is the largest seen). */
export const DISCOVERY_MAX_BYTES = 64 * 1024
/** Distinct issuers remembered per isolate (one in practice; bounds memory if config changes). */
const MAX_ISSUERS = 4
export const DISCOVERY_PATH = '/.well-known/openid-configuration'

/** Where the discovery document of `issuer` lives: a trailing `/` is removed before the path is added. */
export function discoveryUrl(issuer: string): string {
  return issuer.replace(/\/+$/, '') + DISCOVERY_PATH
}

class Discovery {
  private jwksUri: { value: string; fetchedAt: number } | null = null
  private readonly fetches = new SharedFetch<string>('discovery', DISCOVERY_FAILURE_BACKOFF_MS)

  readonly issuer: string

  constructor(issuer: string) {
    this.issuer = issuer
  }

  /** The key set's URL; throws KeysUnavailable when it is unknown and cannot be fetched now. */
  async keySetUrl(onError: (reason: string) => void): Promise<string> {
    const known = this.jwksUri
    if (known && Date.now() - known.fetchedAt < DISCOVERY_CACHE_TTL_MS) return known.value
    try {
      return await this.refresh(onError)
    } catch (err) {
      // The provider is down: the last good answer is better than refusing everyone.
      if (known) return known.value
      throw err
    }
  }

  private refresh(onError: (reason: string) => void): Promise<string> {
    return this.fetches.run(async () => {
      const value = await this.fetchDocument()
      this.jwksUri = { value, fetchedAt: Date.now() }
      return value
    }, onError)
  }

  private async fetchDocument(): Promise<string> {
    const body = (await fetchProviderJson(discoveryUrl(this.issuer), {
      label: 'discovery',
      timeoutMs: DISCOVERY_FETCH_TIMEOUT_MS,
      maxBytes: DISCOVERY_MAX_BYTES,
    })) as { issuer?: unknown; jwks_uri?: unknown } | null
    if (body === null || typeof body !== 'object') throw new Error('discovery: not an object')
    if (body.issuer !== this.issuer) throw new Error('discovery: issuer mismatch')
    if (typeof body.jwks_uri !== 'string' || !isAllowedProviderUrl(body.jwks_uri)) {
      throw new Error('discovery: jwks_uri missing or not https')
    }
    return body.jwks_uri
  }
}

const discoveries = new Map<string, Discovery>()

/** This isolate's discovery cache for `issuer`. */
export function discoveryFor(issuer: string): Discovery {
  let discovery = discoveries.get(issuer)
  if (!discovery) {
    if (discoveries.size >= MAX_ISSUERS) discoveries.clear()
    discovery = new Discovery(issuer)
    discoveries.set(issuer, discovery)
  }
  return discovery
}
