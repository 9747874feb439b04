/**
 * One bounded GET of a small JSON document from an identity provider (a key set or an OpenID
 * Connect discovery document): a timeout, no redirects, a size cap, and error messages that
 * name the document but never its contents. The URL is configuration (or comes from the
 * provider's own discovery document), never from a token.
 */

/** True for http(s) URLs a provider document may come from: https, or http to this machine (local development and tests). */
export function isAllowedProviderUrl(value: string): boolean {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  if (url.protocol === 'https:') return true
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
}

export interface FetchLimits {
  /** Prefix of every error message, e.g. `jwks` or `discovery`. */
  label: string
  timeoutMs: number
  maxBytes: number
}

/** The parsed JSON body of `url`; throws an Error whose message starts with `label:`. */
export async function fetchProviderJson(url: string, { label, timeoutMs, maxBytes }: FetchLimits): Promise<unknown> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  let text: string
  try {
    const response = await fetch(url, {
      headers: { accept: 'application/json' },
      redirect: 'manual',
      signal: controller.signal,
    })
    if (response.status !== 200) {
      await response.body?.cancel()
      throw new Error(`${label}: status ${response.status}`)
    }
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
      await response.body?.cancel()
      throw new Error(`${label}: too large`)
    }
    text = await response.text()
  } catch (err) {
    if (controller.signal.aborted) throw new Error(`${label}: timeout`)
    if (err instanceof Error && err.message.startsWith(`${label}:`)) throw err
    throw new Error(`${label}: connection failed`)
  } finally {
    clearTimeout(timer)
  }
  if (text.length > maxBytes) throw new Error(`${label}: too large`)
  try {
    return JSON.parse(text)
  } catch {
    throw new Error(`${label}: not JSON`)
  }
}

/** The key set (or the discovery document naming it) could not be fetched and none is cached. */
export class KeysUnavailable extends Error {
  override name = 'KeysUnavailable'
}

/**
 * One fetch of a provider document at a time, shared by every caller, and none for `backoffMs`
 * after one failed: the JWKS cache and the discovery cache both keep this rule.
 */
export class SharedFetch<T> {
  private pending: Promise<T> | null = null
  private failedAt = Number.NEGATIVE_INFINITY
  private readonly label: string
  private readonly backoffMs: number

  constructor(label: string, backoffMs: number) {
    this.label = label
    this.backoffMs = backoffMs
  }

  /** The fetch under way, if any. */
  get inflight(): Promise<T> | null {
    return this.pending
  }

  /** Joins the fetch under way or starts `fetch`; a failure (or the backoff after one) throws KeysUnavailable, its reason told to `onError`. */
  run(fetch: () => Promise<T>, onError: (reason: string) => void): Promise<T> {
    if (this.pending) return this.pending
    if (Date.now() - this.failedAt < this.backoffMs) {
      return Promise.reject(new KeysUnavailable(`${this.label}: backing off after a failed fetch`))
    }
    const flight = fetch()
      .catch((err: unknown) => {
        this.failedAt = Date.now()
        const reason = err instanceof Error ? err.message : `${this.label}: fetch failed`
        onError(reason)
        throw new KeysUnavailable(reason)
      })
      .finally(() => {
        this.pending = null
      })
    this.pending = flight
    return flight
  }
}
