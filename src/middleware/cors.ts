/**
 * CORS for the browser origins in CORS_ORIGINS (issue 4), for every route: POST /token, the
 * client-session routes and pass-through, as the Seam SDK calls them from a page.
 *
 * - Only an exact origin in the list gets CORS headers, and it gets its own origin echoed
 *   with `Access-Control-Allow-Credentials: true` (the SDK sends client-session-token requests
 *   with `withCredentials`). Never a wildcard and never `Origin: null`: config refuses `*`,
 *   `null` and anything that is not an exact origin (500 at start, the key named in the log).
 * - Preflights (OPTIONS with Origin and Access-Control-Request-Method) are answered here, 204,
 *   and never reach a route or the upstream; one from an origin not in the list gets 204
 *   without CORS headers, which the browser treats as a refusal.
 * - Any other request from an origin not in the list, or with no Origin, is served as usual
 *   with no CORS headers (plus `Vary: Origin` when an Origin was sent, for caches).
 *
 * @example
 * app.use(corsFromConfig())
 */
import type { Context, MiddlewareHandler, Next } from 'hono'
import { CREDENTIAL_HEADERS, SDK_HEADERS } from '../credentials.ts'
import type { AppEnv } from '../env.ts'

/** Methods the client-session routes (and Seam routes passed through) take. */
export const CORS_ALLOW_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const
/** Request headers the Seam SDK sends (exactly those the gateway forwards upstream), and Idempotency-Key. */
export const CORS_ALLOW_HEADERS = [...CREDENTIAL_HEADERS, 'content-type', ...SDK_HEADERS, 'idempotency-key'] as const
/**
 * Response headers a page may read: the request id the SDK's errors carry, cache status,
 * Retry-After, and Idempotent-Replayed (a replayed answer to an Idempotency-Key).
 */
export const CORS_EXPOSE_HEADERS = ['seam-request-id', 'cache-status', 'retry-after', 'idempotent-replayed'] as const
/** Ten minutes: fewer preflights, and an origin removed from CORS_ORIGINS stops working soon. */
export const CORS_MAX_AGE_SECONDS = 600

const ALLOW_METHODS = CORS_ALLOW_METHODS.join(',')
const ALLOW_HEADERS = CORS_ALLOW_HEADERS.join(',')
const EXPOSE_HEADERS = CORS_EXPOSE_HEADERS.join(',')

/**
 * CORS for an origin already found in the list, as Hono's `cors()` middleware answers with these
 * options (its own origin echoed, credentials, the lists above): the headers go on the answer
 * before the route runs; any OPTIONS request is answered here, 204; others get `Vary: Origin`.
 * Written out because the general middleware (option forms, callbacks) cost ~400 bytes of the
 * gzipped bundle for this one fixed use.
 */
async function allowOrigin(c: Context<AppEnv>, next: Next, origin: string): Promise<Response | undefined> {
  const headers = c.res.headers
  headers.set('Access-Control-Allow-Origin', origin)
  headers.set('Access-Control-Allow-Credentials', 'true')
  headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS)
  if (c.req.method === 'OPTIONS') {
    headers.append('Vary', 'Origin')
    headers.set('Access-Control-Max-Age', String(CORS_MAX_AGE_SECONDS))
    headers.set('Access-Control-Allow-Methods', ALLOW_METHODS)
    headers.set('Access-Control-Allow-Headers', ALLOW_HEADERS)
    headers.append('Vary', 'Access-Control-Request-Headers')
    headers.delete('Content-Length')
    headers.delete('Content-Type')
    return new Response(null, { headers, status: 204, statusText: 'No Content' })
  }
  await next()
  c.header('Vary', 'Origin', { append: true })
}

const isPreflight = (method: string, headers: Headers) =>
  method === 'OPTIONS' && headers.has('origin') && headers.has('access-control-request-method')

export function corsFromConfig(): MiddlewareHandler<AppEnv> {
  return async function corsFromConfig(c, next) {
    const origin = c.req.header('origin')
    // No Origin (servers, the SDK in Node): nothing to add, and no extra step on the way back.
    if (origin === undefined) return next()
    const origins = c.var.config.CORS_ORIGINS
    if (origins.includes(origin)) return allowOrigin(c, next, origin)
    if (isPreflight(c.req.method, c.req.raw.headers)) {
      return new Response(null, { status: 204, headers: { vary: 'Origin' } })
    }
    await next()
    c.header('vary', 'Origin', { append: true })
  }
}
