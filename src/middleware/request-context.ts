import type { MiddlewareHandler } from 'hono'
import { type Bindings, type Config, ConfigError, getConfig } from '../config.ts'
import type { AppEnv, LogFields } from '../env.ts'
import { internalError, SeamError } from '../errors.ts'

export const REQUEST_ID_HEADER = 'seam-request-id'

/** Where request log lines go by default: the runtime's console (Workers Logs when deployed). */
export const writeLogLine = (line: string): void => console.log(line)

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
  const write = options.write ?? writeLogLine
  return async function requestContext(c, next) {
    const started = Date.now()
    const requestId = newRequestId()
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
    if (config !== undefined && !logsThisLine(config, log, c.res.status)) return
    write(requestLine(requestId, c.req.method, log.route ?? c.req.routePath, c.res.status, Date.now() - started, log))
  }
}

/** A new request id: the one spelling of ours (Seam's own ids are never replaced). */
export const newRequestId = () => `gw_${crypto.randomUUID()}`

/**
 * Whether this request gets its log line. LOG_SAMPLE_RATE thins successful cache hits only, the
 * bulk of the lines at volume: errors, refusals, misses, writes, /token and webhooks always get
 * theirs. At the default (1) this is one comparison; Math.random() runs only when a rate below 1 is set.
 */
export function logsThisLine(config: Config, log: LogFields, status: number): boolean {
  if (config.LOG_REQUESTS === false) return false
  return !(log.cache === 'hit' && status < 300 && config.LOG_SAMPLE_RATE < 1 && Math.random() >= config.LOG_SAMPLE_RATE)
}

/** The request's one JSON log line: these fields first, then whatever the request noted (`log`). */
export function requestLine(
  requestId: string,
  method: string,
  route: string,
  status: number,
  durationMs: number,
  log: LogFields,
): string {
  return JSON.stringify({
    level: status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info',
    msg: 'request',
    request_id: requestId,
    method,
    route,
    status,
    duration_ms: durationMs,
    ...log,
  })
}

/** Records why an error answer was given, for the log line only. */
export function noteError(log: LogFields, err: unknown): void {
  if (err instanceof SeamError) log.reason = err.logReason ?? err.type
  else if (err instanceof Error) log.reason = `${err.name}: ${err.message}`
}
