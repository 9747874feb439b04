/**
 * The first step of every route the gateway answers itself, and the 405 of its other methods.
 *
 * `enterRoute` names the route for the request's log line (the one place `log.route` is set;
 * requestContext falls back to Hono's route pattern) and, when the route takes a Seam credential,
 * checks the route's credential rule before anything else reads the request.
 *
 * @example
 * router.post('/token', enterRoute('/token'), handleToken)
 * allowOnly(router, '/token', ['POST'], enterRoute('/token'))
 */
import type { Hono, MiddlewareHandler } from 'hono'
import { type CredentialKind, requireCredential } from '../credentials.ts'
import type { AppEnv } from '../env.ts'
import { methodNotAllowed, SeamError } from '../errors.ts'

export interface EnterRouteOptions {
  /** The credential kinds the route takes (401 otherwise); unset: the route reads no Seam credential here. */
  accepts?: readonly CredentialKind[]
  /**
   * Headers every refusal of this route carries, thrown here (401) or by a later step (400):
   * `/client_sessions/get` names its cache on every answer (client-sessions/get.ts).
   */
  refusalHeaders?: Readonly<Record<string, string>>
}

export function enterRoute<E extends AppEnv = AppEnv>(
  path: string,
  options: EnterRouteOptions = {},
): MiddlewareHandler<E> {
  const { accepts, refusalHeaders } = options
  return async function enterRoute(c, next) {
    c.var.log.route = path
    if (accepts) {
      try {
        c.set('credential', requireCredential(c.req.raw.headers, accepts))
      } catch (err) {
        if (refusalHeaders && err instanceof SeamError) {
          for (const [name, value] of Object.entries(refusalHeaders)) err.headers[name] ??= value
        }
        throw err
      }
    }
    await next()
    // A later step threw and onError answered (Hono sets c.error): mark the answer unless the
    // route already named that header on it. An answer that came through passes untouched.
    if (refusalHeaders && c.error) {
      for (const [name, value] of Object.entries(refusalHeaders)) if (!c.res.headers.has(name)) c.header(name, value)
    }
  }
}

/** Every other method on `path` answers 405 with `Allow` (after `enter`, so the log line names the route). */
export function allowOnly<E extends AppEnv>(
  router: Hono<E>,
  path: string,
  methods: readonly string[],
  enter: MiddlewareHandler<E>,
): void {
  router.all(path, enter, function methodNotAllowedHere() {
    throw methodNotAllowed(methods)
  })
}
