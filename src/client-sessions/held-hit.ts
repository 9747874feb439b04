/**
 * A cache hit of `GET /client_sessions/get` answered before the app, from what the isolate
 * already holds (issue 15: a hit nearly as cheap as doing nothing).
 *
 * Most of a hit's cost was not the gateway's checks but the machinery around them: Hono's
 * context and middleware chain and a dozen promise hops. `heldHit` runs the same checks as the app's route, in the same order, by calling the
 * same functions (config, credential rule, query validation with the route's own schema, the
 * cache's `find` rules, the answer and the log line), synchronously. It answers only when every
 * one of them passes and the session's entry is fresh in memory; in every other case it returns
 * undefined and the app handles the request from the start, exactly as if this file did not
 * exist. So it can make a hit cheaper but never make an answer different: it has no refusal,
 * no error and no upstream call of its own.
 *
 * It declines (the app answers) for: another method or path (HEAD, a trailing slash, any
 * percent-encoding, outside BASE_PATH), an invalid configuration or anything else that throws,
 * a request with `Origin` (CORS is the app's), a missing, refused or conflicting credential, a
 * query the route would refuse or send upstream, a credential or key part this isolate has not
 * hashed yet, any entry the memory tier does not hold (then KV is read), and a hit that is not
 * fresh (stale-if-error is the app's).
 *
 * With `ctx`, a hit that finds its entries near the end of their memory lifetime also starts
 * their background re-read from KV (kept alive by `ctx.waitUntil`), so a session in steady use
 * stays held and its hits keep this path. A re-read that fails writes its own line
 * (`cache_refresh_failed`, `refreshFailureLine`).
 *
 * @example
 * fetch: (request, env, ctx) => heldHit(request, env, write, ctx) ?? app.fetch(request, env, ctx)
 */
import { getQueryParams } from 'hono/utils/url'
import * as z from 'zod/mini'
import { SessionCache } from '../cache/session-cache.ts'
import { type KeepAlive, reportTo } from '../cache/tiered-kv.ts'
import { type Bindings, getConfig } from '../config.ts'
import { clientSessionTokenOf, requireCredential } from '../credentials.ts'
import { knownSha256Hex, rememberBounded } from '../crypto.ts'
import type { LogFields } from '../env.ts'
import { CLIENT_SESSIONS_PREFIX } from '../gateway-paths.ts'
import { logsThisLine, newRequestId, requestLine } from '../middleware/request-context.ts'
import { hasUnnamedQueryParam, querySchemaFor, searchOf } from '../validation.ts'
import { type GetParams, hitHeaders, lookupFor, sessionAnswer } from './get.ts'
import { ROUTES } from './routes.ts'

const GET_SPEC = ROUTES.find((spec) => spec.name === 'get') as (typeof ROUTES)[number]
const GET_PATH = `${CLIENT_SESSIONS_PREFIX}/${GET_SPEC.name}`
/** The get route's query schema: the very object its validator checks with (`querySchemaFor` hands out one per schema). */
const GET_QUERY = querySchemaFor(GET_SPEC.schema, GET_SPEC.queryShape)

/** The request's path as sent (no decoding, no normalising), or '' when the URL has none. */
function pathOf(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2)
  const end = url.search(/[?#]/)
  return start < 0 ? '' : url.slice(start, end < 0 ? undefined : end)
}

/**
 * The query as the route's validator reads it: Hono's own parser (what `c.req.queries()` calls),
 * one value per key unless the key was repeated.
 */
function queryOf(url: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const [key, values] of Object.entries(getQueryParams(url) as Record<string, string[]>)) {
    out[key] = values.length === 1 ? (values[0] as string) : values
  }
  return out
}

/**
 * Get queries the route's checks accepted, by their text. Whether a query passes (the unnamed
 * parameter rule, then the schema) and what it parses to depend on its text alone, so a query
 * seen before is not checked again: the bound keeps an isolate's memory small (~2,000 × ~200 bytes).
 */
export const HELD_QUERY_MEMO_MAX_ENTRIES = 2_000
/** A longer query is checked every time, not remembered (real get queries are ~60 characters). */
export const HELD_QUERY_MEMO_MAX_LENGTH = 256
const acceptedQueries = new Map<string, GetParams>()

/** The get query's parameters when the route would accept it, else undefined (the app then refuses it). */
function acceptedQuery(url: string): GetParams | undefined {
  const search = searchOf(url)
  const known = acceptedQueries.get(search)
  if (known !== undefined) return known
  if (hasUnnamedQueryParam(url)) return undefined
  const parsed = z.safeParse(GET_QUERY, queryOf(url))
  if (!parsed.success) return undefined
  const params = parsed.data as GetParams
  if (search.length <= HELD_QUERY_MEMO_MAX_LENGTH) {
    rememberBounded(acceptedQueries, search, params, HELD_QUERY_MEMO_MAX_ENTRIES)
  }
  return params
}

/**
 * The line of a background re-read that failed (TieredKv.held). The read ends after its request's
 * answer and log line, so it gets a line of its own, with that request's id when this path
 * answered it; the entry then expires on time and the next get takes the full path.
 */
export function refreshFailureLine(requestId: string | undefined, reason: string): string {
  return JSON.stringify({
    level: 'warn',
    msg: 'cache_refresh_failed',
    request_id: requestId,
    route: GET_PATH,
    cache_error: reason,
  })
}

/**
 * The hit's answer, with its log line written; undefined when the app must answer (see the file
 * header). Anything that throws here (an invalid configuration, a refused credential) is the
 * app's to answer too: this path has no answer of its own but a fresh hit.
 */
export function heldHit(
  request: Request,
  env: Record<string, unknown> | undefined,
  write: (line: string) => void,
  ctx?: KeepAlive,
): Response | undefined {
  try {
    return answerHeld(request, env, write, ctx)
  } catch {
    return undefined
  }
}

function answerHeld(
  request: Request,
  env: Record<string, unknown> | undefined,
  write: (line: string) => void,
  ctx: KeepAlive | undefined,
): Response | undefined {
  const started = Date.now()
  if (request.method !== 'GET') return undefined
  const config = getConfig((env ?? {}) as Bindings)
  const url = request.url
  if (pathOf(url) !== config.BASE_PATH + GET_PATH) return undefined
  if (request.headers.has('origin')) return undefined
  const credential = requireCredential(request.headers, GET_SPEC.accepts)
  const params = acceptedQuery(url)
  if (!params) return undefined
  const cstToken = clientSessionTokenOf(credential)
  const lookup = lookupFor(params, cstToken)
  if (!lookup) return undefined
  const credentialHash = knownSha256Hex(credential.identity)
  if (credentialHash === undefined) return undefined
  const log: LogFields = { route: GET_PATH }
  const cache = new SessionCache(env?.SESSION_CACHE as KVNamespace | undefined, config, credentialHash, reportTo(log))
  // Set only when this path answers: a re-read it started for a request the app then answers
  // (a stale entry) names no request id, rather than one nobody was given.
  let requestId: string | undefined
  const found = cache.findHeld(lookup, ctx, (reason) => write(refreshFailureLine(requestId, reason)))
  if (!found?.fresh) return undefined

  log.cache = 'hit'
  requestId = newRequestId()
  const response = sessionAnswer(found.session, hitHeaders(config, found), requestId)
  if (logsThisLine(config, log, 200)) write(requestLine(requestId, 'GET', GET_PATH, 200, Date.now() - started, log))
  return response
}
