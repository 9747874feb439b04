/**
 * The seven client-session routes, each with every method Seam accepts:
 * SDK 2.x sends GET/DELETE with a query (get, list, delete), PUT (create), PATCH
 * (grant_access); SDK 1.x sends POST with a JSON body everywhere.
 *
 * Order per request: credential rule (401, no upstream call) → input validation (400, no
 * upstream call) → cache (get only) → upstream, with the same method and the caller's
 * credential headers → Seam's answer back unchanged.
 */
import type { Context, MiddlewareHandler } from 'hono'
// hono/tiny, like every Hono in the app: see src/app.ts
import { Hono } from 'hono/tiny'
import type * as z from 'zod/mini'
import { canonicalSessionId } from '../cache/keys.ts'
import { isClientSession, SessionCache } from '../cache/session-cache.ts'
import { reportTo } from '../cache/tiered-kv.ts'
import { BACKEND_KINDS, type CredentialKind, SDK_HEADERS } from '../credentials.ts'
import { memoSha256Hex } from '../crypto.ts'
import type { AppEnv } from '../env.ts'
import { SeamError } from '../errors.ts'
import { CLIENT_SESSIONS_PREFIX } from '../gateway-paths.ts'
import { idempotency } from '../idempotency/middleware.ts'
import { jsonBody } from '../middleware/json-body.ts'
import { allowOnly, enterRoute } from '../middleware/route.ts'
import { dropVendedSessions } from '../token/vend.ts'
import {
  callUpstream,
  noteUpstream,
  type UpstreamRequest,
  type UpstreamResponse,
  upstreamToResponse,
} from '../upstream.ts'
import { jsonValidator, type QueryShape, queryValidator, searchOf } from '../validation.ts'
import { cachedGet, REFUSAL_HEADERS } from './get.ts'
import {
  createSchema,
  deleteSchema,
  getOrCreateSchema,
  getSchema,
  grantAccessSchema,
  listQueryShape,
  listSchema,
  revokeSchema,
} from './schemas.ts'

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

interface RouteSpec {
  name: RouteName
  methods: readonly Method[]
  schema: z.ZodMiniType
  queryShape?: QueryShape
  accepts: readonly CredentialKind[]
  /** What a successful call does to cached sessions. */
  effect: 'read' | 'cached-read' | 'store' | 'invalidate'
}

/** The route names, for tables keyed by route (the OpenAPI text in ./route-docs.ts). */
export type RouteName = 'create' | 'get' | 'get_or_create' | 'grant_access' | 'list' | 'revoke' | 'delete'

const PUBLISHABLE_AND_BACKEND: readonly CredentialKind[] = ['publishable_key', ...BACKEND_KINDS]

export const ROUTES: readonly RouteSpec[] = [
  {
    name: 'create',
    methods: ['POST', 'PUT'],
    schema: createSchema,
    accepts: PUBLISHABLE_AND_BACKEND,
    effect: 'store',
  },
  {
    name: 'get',
    methods: ['GET', 'POST'],
    schema: getSchema,
    queryShape: {},
    accepts: ['client_session_token', ...BACKEND_KINDS],
    effect: 'cached-read',
  },
  {
    name: 'get_or_create',
    methods: ['POST'],
    schema: getOrCreateSchema,
    accepts: PUBLISHABLE_AND_BACKEND,
    effect: 'store',
  },
  {
    name: 'grant_access',
    methods: ['PATCH', 'POST'],
    schema: grantAccessSchema,
    accepts: BACKEND_KINDS,
    effect: 'store',
  },
  {
    name: 'list',
    methods: ['GET', 'POST'],
    schema: listSchema,
    queryShape: listQueryShape,
    accepts: BACKEND_KINDS,
    effect: 'read',
  },
  {
    name: 'revoke',
    methods: ['POST'],
    schema: revokeSchema,
    accepts: BACKEND_KINDS,
    effect: 'invalidate',
  },
  {
    name: 'delete',
    methods: ['DELETE', 'POST'],
    schema: deleteSchema,
    queryShape: {},
    accepts: BACKEND_KINDS,
    effect: 'invalidate',
  },
]

export function forwardedHeaders(c: Context<AppEnv>): Record<string, string> {
  const headers: Record<string, string> = { ...c.var.credential.headers }
  for (const name of SDK_HEADERS) {
    const value = c.req.header(name)
    if (value !== undefined) headers[name] = value
  }
  return headers
}

const usesQuery = (method: string) => method === 'GET' || method === 'DELETE'

function handler(spec: RouteSpec) {
  return async function clientSessionRoute(c: Context<AppEnv>) {
    const method = c.req.method === 'HEAD' ? 'GET' : c.req.method
    const path = `${CLIENT_SESSIONS_PREFIX}/${spec.name}`
    const query = usesQuery(method) ? searchOf(c.req.url) : ''
    const params = c.req.valid((usesQuery(method) ? 'query' : 'json') as never) as Record<string, unknown>
    // Built only when the upstream is called: a cache hit needs none of it.
    const request = async (): Promise<UpstreamRequest> => ({
      method,
      path: path + query,
      headers: forwardedHeaders(c),
      // Made on the caller's behalf: its SDK owns the retries (src/upstream.ts, issue 18).
      retry: 'caller',
      ...(usesQuery(method) ? {} : { body: await c.req.json() }),
    })
    if (spec.effect === 'cached-read') return cachedGet(c, params, request)

    const cache = new SessionCache(
      c.env.SESSION_CACHE,
      c.var.config,
      await memoSha256Hex(c.var.credential.identity),
      reportTo(c.var.log),
    )
    let answer: UpstreamResponse
    try {
      answer = await callUpstream(c.var.config, await request())
    } catch (err) {
      // A write that failed in flight (timeout, connection failure, unreadable answer) may
      // still have happened at Seam: drop what we hold.
      if (err instanceof SeamError && spec.effect !== 'read') await sessionsTouched(c, spec, cache, idsOf(params))
      throw err
    }
    noteUpstream(c.var.log, answer, answer.requestId)
    const session = answer.body.client_session
    if (spec.effect !== 'read' && mayHaveWritten(answer.status)) {
      const stored = spec.effect === 'store' && answer.status === 200 && isClientSession(session)
      if (stored) await cache.remember(session, { authoritative: true })
      // After a 2xx, the id in Seam's answer too: it is Seam's own spelling of the session.
      const ids = idsOf(params, answer.status < 300 ? session : undefined)
      await sessionsTouched(c, spec, cache, stored ? ids.filter((id) => !sameSession(id, session)) : ids)
    }
    return upstreamToResponse(answer, { 'server-timing': `upstream;dur=${answer.elapsedMs}` })
  }
}

/**
 * Whether Seam's answer to a write leaves the write possible: a 2xx, or a 5xx (Seam may have
 * acted before failing). A 4xx is a definite refusal (a bad credential, another workspace's
 * session, a rate limit): nothing changed, so nothing is dropped and no KV write is spent.
 */
const mayHaveWritten = (status: number) => status < 400 || status >= 500

/** The session ids a write names: its `client_session_id`, and the id of the session Seam answered with. */
function idsOf(params: Record<string, unknown>, answered?: unknown): string[] {
  const ids: string[] = []
  if (typeof params.client_session_id === 'string') ids.push(params.client_session_id)
  const answeredId = (answered as { client_session_id?: unknown } | undefined)?.client_session_id
  if (typeof answeredId === 'string') ids.push(answeredId)
  return ids
}

const sameSession = (id: string, session: { client_session_id: string }) =>
  canonicalSessionId(id) === canonicalSessionId(session.client_session_id)

/**
 * A write that may have happened touched these sessions: their cache entries are dropped, and
 * after a revoke or delete, so are the vend records that hand out their tokens (src/token/vend.ts).
 */
async function sessionsTouched(
  c: Context<AppEnv>,
  spec: RouteSpec,
  cache: SessionCache,
  ids: readonly string[],
): Promise<void> {
  const unique = [...new Set(ids.map(canonicalSessionId))]
  if (unique.length === 0) return
  await Promise.all(unique.map((id) => cache.invalidate(id)))
  if (spec.effect === 'invalidate') {
    await dropVendedSessions({ kv: c.env.SESSION_CACHE, config: c.var.config, log: c.var.log }, unique)
  }
}

/** The `/client_sessions/*` router. */
export function clientSessionRoutes(): Hono<AppEnv> {
  const router = new Hono<AppEnv>()
  for (const spec of ROUTES) {
    const path = `${CLIENT_SESSIONS_PREFIX}/${spec.name}`
    const enter = enterRoute(path, {
      accepts: spec.accepts,
      ...(spec.effect === 'cached-read' ? { refusalHeaders: REFUSAL_HEADERS } : {}),
    })
    for (const method of spec.methods) {
      const validate = usesQuery(method)
        ? queryValidator(spec.schema, spec.queryShape)
        : [jsonBody(), jsonValidator(spec.schema)]
      // Writes honour Idempotency-Key (issue 14), after the edge checks, so refusals are never stored.
      const once = spec.effect === 'store' || spec.effect === 'invalidate' ? [idempotency({ body: 'parsed' })] : []
      // A flat list: Hono composes it once per request, with no nested compositions.
      const steps = [enter, ...validate, ...once] as MiddlewareHandler<AppEnv>[]
      router.on(method, path, ...(steps as [MiddlewareHandler<AppEnv>]), handler(spec))
    }
    allowOnly(router, path, spec.methods, enterRoute(path))
  }
  return router
}
