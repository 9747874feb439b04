/**
 * Every other Seam route, forwarded untouched to SEAM_ENDPOINT (issue 9), so the SDK can point
 * its `endpoint` at the gateway and keep working for devices, locks, action attempts, events…
 *
 * The gateway does not know these routes' schemas, so it adds no validation and no caching. It
 * only guards the edge:
 * - the gateway's own paths are never forwarded (404);
 * - the target is always SEAM_ENDPOINT + the request's path and query: a path outside a strict
 *   character set (dot segments, `//`, any percent-encoding such as `%2f`, `%5c`, `%25`) is
 *   refused with 400 `invalid_path` before anything is sent;
 * - no Seam credential at all → 401, no upstream call; any credential goes to Seam, which judges
 *   it (a PAT without `seam-workspace` is right for `/workspaces/list`: the `pass-through`
 *   credential rule, issue 18);
 * - only the credential's headers, the SDK's headers and the content type go upstream;
 * - the body is read within BODY_LIMIT_BYTES (413 past it);
 * - the upstream policy is the one for calls made on a caller's behalf (src/upstream.ts,
 *   `retry: 'caller'`): timeouts, 502/504, one attempt; the caller's SDK owns the retries.
 * Seam's answer comes back with its status, body bytes, content type, `seam-request-id` and
 * `retry-after`, plus `X-Content-Type-Options: nosniff`; its other headers (cookies, CORS,
 * hop-by-hop) stay behind. An error body loses any `stack` field (upstream.ts `stripStacks`).
 */
import type { Context, MiddlewareHandler } from 'hono'
import { readRequestBody } from './body.ts'
import type { Config } from './config.ts'
import type { Credential } from './credentials.ts'
import { readCredential, SDK_HEADERS } from './credentials.ts'
import type { AppEnv } from './env.ts'
import { methodNotAllowed, notFound, SeamError, unauthorized } from './errors.ts'
import { isGatewayPath } from './gateway-paths.ts'
import { idempotency } from './idempotency/middleware.ts'
import { enterRoute } from './middleware/route.ts'
import { noteUpstream, PASSED_RESPONSE_HEADERS, sendUpstream, stripStacks } from './upstream.ts'

/**
 * What a Seam route path looks like: `/segment/segment…` of RFC 3986 unreserved characters.
 * Anything else (percent-encoding, `//`, backslashes, a trailing slash) is refused rather than
 * normalised, so no reading of the path by a server further on can differ from ours.
 */
const SEAM_PATH = /^(?:\/[A-Za-z0-9_.~-]+)+$/
const DOT_SEGMENT = /\/\.{1,2}(?:\/|$)/

/** The methods a Seam route can take; fetch itself refuses CONNECT and TRACE. */
const FORWARDED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const
/** Writes: these honour Idempotency-Key (issue 14). */
const MUTATING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const passThroughIdempotency = idempotency({ body: 'raw' })
/** fetch refuses a body on these. */
const BODYLESS_METHODS = new Set(['GET', 'HEAD'])
/** Every relayed answer: a browser must never sniff Seam's bytes into something it runs. */
const NOSNIFF = ['x-content-type-options', 'nosniff'] as const

/** Seam's error body less any `stack` a development server adds; other bodies (and non-JSON ones) as they came. */
function withoutStacks(status: number, bytes: ArrayBuffer): ArrayBuffer | Uint8Array {
  if (status < 400 || bytes.byteLength === 0) return bytes
  let parsed: unknown
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    return bytes
  }
  return stripStacks(parsed) ? new TextEncoder().encode(JSON.stringify(parsed)) : bytes
}

/** Statuses whose responses cannot carry a body. */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304])

export const invalidPath = (logReason: string) =>
  new SeamError(400, 'invalid_path', 'The request path is not a valid Seam API path.', { logReason })

/** With PASS_THROUGH off, any other path is 404 `not_found`, like an unknown path of the gateway's own. */
const passThroughEnabled: MiddlewareHandler<AppEnv> = function passThroughEnabled(c, next) {
  if (!c.var.config.PASS_THROUGH) return Promise.resolve(notFound().getResponse())
  return next()
}

/** An error answer (thrown by a later step and answered by onError) gets nosniff too; Seam's answers get it in forward(). */
const nosniffErrors: MiddlewareHandler<AppEnv> = async function nosniffErrors(c, next) {
  await next()
  if (c.error) c.res.headers.set(...NOSNIFF)
}

/** Writes honour Idempotency-Key (issue 14); reads go straight on. */
const idempotentWrites: MiddlewareHandler<AppEnv> = function idempotentWrites(c, next) {
  return MUTATING_METHODS.has(c.req.method.toUpperCase()) ? passThroughIdempotency(c, next) : next()
}

export interface PassThroughOptions {
  /**
   * Seam answered 401 to the caller's credential: the app drops a client session token it vended
   * (src/token/vend.ts `credentialRefused`), given here so this root module imports no feature.
   */
  credentialRefused: (c: Context<AppEnv>, credential: Credential) => Promise<void>
}

/**
 * The last route of the app (`app.all('/*', ...passThroughRoute(options))`): every path no other
 * route answered. It runs inside the normal middleware chain, so its errors reach onError and
 * CORS like any route's.
 */
export function passThroughRoute(options: PassThroughOptions): MiddlewareHandler<AppEnv>[] {
  const forwardIt: MiddlewareHandler<AppEnv> = function passThrough(c) {
    return forward(c, options)
  }
  return [passThroughEnabled, enterRoute('pass-through'), nosniffErrors, idempotentWrites, forwardIt]
}

async function forward(c: Context<AppEnv>, { credentialRefused }: PassThroughOptions): Promise<Response> {
  const { pathname, search } = new URL(c.req.url)
  if (isGatewayPath(pathname) || pathname === '/') throw notFound()
  const path = safeUpstreamPath(c.var.config, pathname, search)
  const method = c.req.method.toUpperCase()
  if (!(FORWARDED_METHODS as readonly string[]).includes(method)) throw methodNotAllowed(FORWARDED_METHODS)

  const credential = readCredential(c.req.raw.headers, 'pass-through')
  if (!credential) throw unauthorized('Unauthorized: no Seam credential was sent.')
  const headers: Record<string, string> = { ...credential.headers }
  for (const name of [...SDK_HEADERS, 'content-type']) {
    const value = c.req.header(name)
    if (value !== undefined) headers[name] = value
  }
  const body = BODYLESS_METHODS.has(method)
    ? null
    : await readRequestBody(c.req.raw, c.var.config.BODY_LIMIT_BYTES, c.var.config.REQUEST_BODY_TIMEOUT_MS).then((b) =>
        b.byteLength > 0 ? b : null,
      )

  const answer = await sendUpstream(c.var.config, { method, path, headers, body, retry: 'caller' })
  if (answer.status === 401) await credentialRefused(c, credential)
  noteUpstream(c.var.log, answer, answer.headers.get('seam-request-id'))

  const responseHeaders = new Headers({ 'server-timing': `upstream;dur=${answer.elapsedMs}` })
  responseHeaders.set(...NOSNIFF)
  for (const name of ['content-type', ...PASSED_RESPONSE_HEADERS]) {
    const value = answer.headers.get(name)
    if (value !== null) responseHeaders.set(name, value)
  }
  const hasBody = answer.bytes.byteLength > 0 && method !== 'HEAD' && !NULL_BODY_STATUSES.has(answer.status)
  return new Response(hasBody ? withoutStacks(answer.status, answer.bytes) : null, {
    status: answer.status,
    headers: responseHeaders,
  })
}

/**
 * The path and query to append to SEAM_ENDPOINT, after checking that the URL they make has
 * SEAM_ENDPOINT's origin and exactly its path followed by ours. Throws 400 `invalid_path`.
 */
export function safeUpstreamPath(config: Pick<Config, 'SEAM_ENDPOINT'>, pathname: string, search: string): string {
  if (!SEAM_PATH.test(pathname)) throw invalidPath('path has characters or empty segments a Seam route has not')
  if (DOT_SEGMENT.test(pathname)) throw invalidPath('path has a dot segment')
  const endpoint = new URL(config.SEAM_ENDPOINT)
  const base = endpoint.pathname.replace(/\/$/, '')
  const target = new URL(config.SEAM_ENDPOINT + pathname + search)
  if (target.origin !== endpoint.origin || target.pathname !== base + pathname) {
    throw invalidPath('path would leave SEAM_ENDPOINT')
  }
  return pathname + search
}
