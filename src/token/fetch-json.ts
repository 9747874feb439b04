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
