import type { Context, MiddlewareHandler } from 'hono'
import { type Bindings, ConfigError, getConfig } from '../config.ts'
import type { AppEnv, LogFields } from '../env.ts'
import { internalError, SeamError } from '../errors.ts'

export const REQUEST_ID_HEADER = 'seam-request-id'

/**
 * Adds this request's id to headers an answer is about to be built with: the one rule for our
 * id, also for an answer built before requestContext sees it (a cache hit, so that it costs no
 * header rewrite). Seam's own id, when the answer carries one, is never replaced.
 */
export function withRequestId(c: Context<AppEnv>, headers: Record<string, string>): Record<string, string> {
  headers[REQUEST_ID_HEADER] ??= c.var.requestId
  return headers
}

export interface RequestContextOptions {
  /** Where the per-request log line goes; tests capture it. */
  write?: (line: string) => void
}

/**
 * Gives every request an id, a validated config and exactly one structured JSON log line
 * (with LOG_SAMPLE_RATE below 1, a successful cache hit's line only that often).
 *
 * The log line holds the request id, method, route pattern (never the query: it can carry
 * user keys), status, timings and cache status. Nothing a caller sent is copied into it.
 * Every response carries `seam-request-id`: the upstream's when it gave one, else ours.
 *
 * @example
 * app.use(requestContext())
 */
export function requestContext(options: RequestContextOptions = {}): MiddlewareHandler<AppEnv> {
  const write = options.write ?? ((line: string) => console.log(line))
  return async function requestContext(c, next) {
    const started = Date.now()
    const requestId = `gw_${crypto.randomUUID()}`
    const log: LogFields = {}
    c.set('requestId', requestId)
    c.set('log', log)
    let config: ReturnType<typeof getConfig> | undefined
    try {
      config = getConfig(c.env ?? ({} as Bindings))
      c.set('config', config)
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err
      const failure = internalError(err.message)
      log.reason = failure.logReason
      c.res = failure.getResponse()
    }
    if (config) await next()
    if (!c.res.headers.has(REQUEST_ID_HEADER)) {
      // A Response straight from fetch() has immutable headers: copy it once to add ours.
      try {
        c.res.headers.set(REQUEST_ID_HEADER, requestId)
      } catch {
        c.res = new Response(c.res.body, c.res)
        c.res.headers.set(REQUEST_ID_HEADER, requestId)
      }
    }
    // The id the caller was given is Seam's when an unreadable answer of Seam's became our 502:
    // record it, so the caller's id always finds this line.
    const answeredId = c.res.headers.get(REQUEST_ID_HEADER)
    if (answeredId && answeredId !== requestId && log.upstream_request_id === undefined) {
      log.upstream_request_id = answeredId
    }
    if (config?.LOG_REQUESTS === false) return
    // LOG_SAMPLE_RATE thins successful cache hits only, the bulk of the lines at volume: errors,
    // refusals, misses, writes, /token and webhooks always get theirs. At the default (1) this is
    // one comparison; Math.random() runs only when a rate below 1 is set.
    if (
      log.cache === 'hit' &&
      c.res.status < 300 &&
      config !== undefined &&
      config.LOG_SAMPLE_RATE < 1 &&
      Math.random() >= config.LOG_SAMPLE_RATE
    ) {
      return
    }
    const line = {
      level: c.res.status >= 500 ? 'error' : c.res.status >= 400 ? 'warn' : 'info',
      msg: 'request',
      request_id: requestId,
      method: c.req.method,
      route: log.route ?? c.req.routePath,
      status: c.res.status,
      duration_ms: Date.now() - started,
      ...log,
    }
    write(JSON.stringify(line))
  }
}

/** Records why an error answer was given, for the log line only. */
export function noteError(log: LogFields, err: unknown): void {
  if (err instanceof SeamError) log.reason = err.logReason ?? err.type
  else if (err instanceof Error) log.reason = `${err.name}: ${err.message}`
}
