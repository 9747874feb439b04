// The seven /client_sessions/* routes: methods, accepted credentials, parameter schemas and
// handlers, plus the request pipeline in the order nextlove runs it
// (body parse -> auth -> method -> content type -> validation -> handler).

import type * as z from 'zod/v3'
import { type Auth, type AuthOptions, authenticate } from './auth.ts'
import { SeamError } from './http.ts'
import { isPlainObject, parseBody, parseQuery, validate } from './params.ts'
import { byIdSchema, createSchema, getOrCreateSchema, getSchema, grantAccessSchema, listSchema } from './schemas.ts'
import type { ClientSession, FakeSeamStore, StoredSession } from './store.ts'

// ---- route table ----

type HandlerContext<P> = {
  store: FakeSeamStore
  auth: Auth
  params: P
  method: string
  headers: Record<string, string>
}

type RouteSpec = {
  methods: readonly string[]
  auth: AuthOptions
  /** 'body': JSON body only. 'common': query for GET/DELETE, query merged under the body otherwise (nextlove commonParams). */
  params: 'body' | 'common'
  schema: z.ZodTypeAny
  // biome-ignore lint/suspicious/noExplicitAny: each handler narrows its own params type.
  handler: (ctx: HandlerContext<any>) => Record<string, unknown>
}

const BACKEND_ONLY: AuthOptions = { accepts: ['api_key', 'personal_access_token', 'console_session'] }

export const ROUTES: Record<string, RouteSpec> = {
  '/client_sessions/create': {
    methods: ['POST', 'PUT'],
    // Authorization wins over seam-publishable-key, as in Seam's fake (api_key middleware first).
    auth: {
      accepts: ['api_key', 'personal_access_token', 'console_session', 'publishable_key'],
      publishableKeyChecks: 'auth',
    },
    params: 'body',
    schema: createSchema,
    handler: create,
  },
  '/client_sessions/get_or_create': {
    // Seam's fake also accepts PUT here (the OpenAPI lists POST only).
    methods: ['POST', 'PUT'],
    // The publishable key wins (Seam's fake ignores Authorization here); API keys etc. are accepted
    // as the live API's OpenAPI says, although Seam's fake 1.86 rejects them.
    auth: {
      accepts: ['publishable_key', 'api_key', 'personal_access_token', 'console_session'],
      publishableKeyChecks: 'route',
    },
    params: 'body',
    schema: getOrCreateSchema,
    handler: getOrCreate,
  },
  '/client_sessions/get': {
    methods: ['GET', 'POST'],
    auth: { accepts: ['client_session', 'personal_access_token', 'console_session', 'api_key'] },
    params: 'common',
    schema: getSchema,
    handler: get,
  },
  '/client_sessions/list': {
    methods: ['GET', 'POST'],
    auth: BACKEND_ONLY,
    params: 'common',
    schema: listSchema,
    handler: list,
  },
  '/client_sessions/grant_access': {
    methods: ['PATCH', 'POST'],
    auth: BACKEND_ONLY,
    params: 'common',
    schema: grantAccessSchema,
    handler: grantAccess,
  },
  '/client_sessions/revoke': {
    methods: ['POST'],
    auth: BACKEND_ONLY,
    params: 'body',
    schema: byIdSchema,
    handler: revoke,
  },
  '/client_sessions/delete': {
    methods: ['DELETE', 'POST'],
    auth: BACKEND_ONLY,
    params: 'common',
    schema: byIdSchema,
    handler: remove,
  },
}

export type SeamRequest = { method: string; path: string; query: string; headers: Record<string, string>; body: string }
export type SeamResponse = { status: number; body: unknown; headers?: Record<string, string> }

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers':
    'authorization, content-type, seam-workspace, seam-publishable-key, client-session-token, seam-client-session-token, seam-sdk-name, seam-sdk-version, seam-lts-version',
}

/** Runs one request through a route. Throws SeamError for every Seam-style failure. */
export function handleSeamRoute(store: FakeSeamStore, req: SeamRequest): SeamResponse {
  const route = ROUTES[req.path]
  if (!route) throw new SeamError(404, 'not_found', `Route ${req.path} not found`)
  // Seam's fake answers CORS preflights before anything else.
  if (req.method === 'OPTIONS') return { status: 200, body: { ok: true }, headers: CORS_HEADERS }

  const readsBody = req.method !== 'GET' && req.method !== 'DELETE' && req.method !== 'HEAD'
  const body = readsBody ? parseBody(req.body, req.headers['content-type']) : ({ kind: 'empty' } as const)
  const bodyValue = body.kind === 'json' ? body.value : {}

  const auth = authenticate(store, req.headers, isPlainObject(bodyValue) ? bodyValue : {}, route.auth)

  if (!route.methods.includes(req.method)) {
    throw new SeamError(405, 'method_not_allowed', `only ${route.methods.join(',')} accepted`)
  }
  if (body.kind === 'not_json') {
    throw new SeamError(
      400,
      'invalid_content_type',
      `${req.method} requests must have Content-Type header with "application/json"`,
    )
  }

  let input: unknown = bodyValue
  if (route.params === 'common') {
    const query = parseQuery(req.query, route.schema)
    input = readsBody ? (isPlainObject(bodyValue) ? { ...query, ...bodyValue } : bodyValue) : query
  }
  const params = validate(route.schema, input)
  const result = route.handler({ store, auth, params, method: req.method, headers: req.headers })
  return { status: 200, body: { ...result, ok: true } }
}

// ---- handlers ----

function notFound(): SeamError {
  return new SeamError(404, 'client_session_not_found', 'Could not find client session')
}

/** The caller's workspace; every lookup below is scoped to it. */
function workspaceOf(auth: Auth): string {
  if (auth.workspace_id === null) throw new SeamError(401, 'workspace_not_found', 'Workspace was not found')
  return auth.workspace_id
}

function forbidPublishableKeyGrants(
  auth: Auth,
  p: { connect_webview_ids?: string[]; connected_account_ids?: string[] },
): void {
  if (
    auth.kind === 'publishable_key' &&
    (p.connect_webview_ids !== undefined || p.connected_account_ids !== undefined)
  ) {
    throw new SeamError(
      403,
      'publishable_keys_must_create_empty_client_sessions',
      'You cannot specify connect_webview_ids or connected_account_ids when using a publishable key',
    )
  }
}

function sessionBody(store: FakeSeamStore, session: StoredSession): { client_session: ClientSession } {
  return { client_session: store.toClientSession(session) }
}

type CreateParams = z.infer<typeof createSchema>

function create({ store, auth, params, method }: HandlerContext<CreateParams>) {
  forbidPublishableKeyGrants(auth, params)
  const workspaceId = workspaceOf(auth)
  if (params.user_identifier_key !== undefined) {
    const existing = store.findByUserIdentifierKey(workspaceId, params.user_identifier_key)
    if (existing) {
      // Seam's fake: PUT acts as get-or-create (returns the session unchanged), POST refuses.
      if (method !== 'PUT') {
        throw new SeamError(
          400,
          'client_session_token_already_exists',
          // Seam's fake's wording, stale path included.
          'A client session token already exists for this user, try using /client_session_tokens/get_or_create',
        )
      }
      return sessionBody(store, existing)
    }
  }
  const session = store.addSession({
    workspace_id: workspaceId,
    user_identifier_key: params.user_identifier_key,
    customer_key: params.customer_key,
    customer_id: params.customer_id,
    expires_at: params.expires_at && new Date(params.expires_at).toISOString(),
    connected_account_ids: params.connected_account_ids,
    connect_webview_ids: params.connect_webview_ids,
    user_identity_id: params.user_identity_id ?? params.user_identity_ids?.[0],
  })
  return sessionBody(store, session)
}

type GetOrCreateParams = z.infer<typeof getOrCreateSchema>

function getOrCreate({ store, auth, params, headers }: HandlerContext<GetOrCreateParams>) {
  let userIdentifierKey = params.user_identifier_key
  if (auth.kind === 'publishable_key') {
    // Seam's fake checks these in the handler, so they are 400s here (401s on /create).
    // It also reads the key from these headers when the body has none.
    userIdentifierKey ??= headers['user-identifier-key'] ?? headers['seam-user-identifier-key']
    if (userIdentifierKey === undefined) {
      throw new SeamError(
        400,
        'publishable_key_requires_user_identifier_key',
        'Must provide a user_identifier_key with a seam-publishable-key',
      )
    }
    forbidPublishableKeyGrants(auth, params)
    if (auth.workspace_id === null) {
      throw new SeamError(400, 'workspace_not_found', 'Cannot find workspace associated with this publishable_key')
    }
  } else if (userIdentifierKey === undefined) {
    // As in the later upstream fake that accepts API keys here: the key is what we get-or-create by.
    throw new SeamError(400, 'missing_user_identifier_key', 'You must provide a user_identifier_key')
  }
  const workspaceId = workspaceOf(auth)
  const existing = store.findByUserIdentifierKey(workspaceId, userIdentifierKey)
  if (existing) {
    // Docs: the lists are REPLACED by the values sent; expires_at is updated when sent.
    if (params.connected_account_ids !== undefined) existing.connected_account_ids = [...params.connected_account_ids]
    if (params.connect_webview_ids !== undefined) existing.connect_webview_ids = [...params.connect_webview_ids]
    if (params.expires_at !== undefined) existing.expires_at = new Date(params.expires_at).toISOString()
    const identity = params.user_identity_id ?? params.user_identity_ids?.[0]
    if (identity !== undefined) existing.user_identity_id = identity
    return sessionBody(store, existing)
  }
  const session = store.addSession({
    workspace_id: workspaceId,
    user_identifier_key: userIdentifierKey,
    expires_at: params.expires_at && new Date(params.expires_at).toISOString(),
    connected_account_ids: params.connected_account_ids,
    connect_webview_ids: params.connect_webview_ids,
    user_identity_id: params.user_identity_id ?? params.user_identity_ids?.[0],
  })
  return sessionBody(store, session)
}

type GetParams = z.infer<typeof getSchema>

function get({ store, auth, params }: HandlerContext<GetParams>) {
  if (auth.kind === 'client_session') {
    // Seam's fake only refuses when BOTH are sent (its `&&`); its message says "or", which we follow.
    if (params.client_session_id !== undefined || params.user_identifier_key !== undefined) {
      throw new SeamError(
        400,
        'invalid_options',
        'Cannot send client_session_id or user_identifier_key params when using a client session token',
      )
    }
    return sessionBody(store, auth.session)
  }
  const session = findSession(store, workspaceOf(auth), params)
  if (!session) throw notFound()
  return sessionBody(store, session)
}

/** Every identifier given must match; no identifier finds nothing (Seam's fake: 404 for a bare get). */
function findSession(
  store: FakeSeamStore,
  workspaceId: string,
  p: { client_session_id?: string; user_identifier_key?: string },
): StoredSession | undefined {
  if (p.client_session_id === undefined && p.user_identifier_key === undefined) return undefined
  const session =
    p.client_session_id !== undefined
      ? store.getSession(p.client_session_id)
      : store.findByUserIdentifierKey(workspaceId, p.user_identifier_key as string)
  if (!session || session.workspace_id !== workspaceId) return undefined
  if (p.user_identifier_key !== undefined && session.user_identifier_key !== p.user_identifier_key) return undefined
  return session
}

type ListParams = z.infer<typeof listSchema>

function list({ store, auth, params: p }: HandlerContext<ListParams>) {
  const sessions = store.listSessions(workspaceOf(auth)).filter((s) => {
    if (p.client_session_id !== undefined && s.client_session_id !== p.client_session_id) return false
    if (p.user_identifier_key !== undefined && s.user_identifier_key !== p.user_identifier_key) return false
    // null = "sessions with no Connect Webview" / "with no user identity" (reference 1.4).
    if (p.connect_webview_id === null && s.connect_webview_ids.length > 0) return false
    if (typeof p.connect_webview_id === 'string' && !s.connect_webview_ids.includes(p.connect_webview_id)) return false
    if (p.user_identity_id === null && s.user_identity_id !== null) return false
    if (typeof p.user_identity_id === 'string' && s.user_identity_id !== p.user_identity_id) return false
    if (p.without_user_identifier_key === true && s.user_identifier_key !== null) return false
    return true
  })
  return { client_sessions: sessions.map((s) => store.toClientSession(s)) }
}

type GrantAccessParams = z.infer<typeof grantAccessSchema>

function grantAccess({ store, auth, params: p }: HandlerContext<GrantAccessParams>) {
  const session = findSession(store, workspaceOf(auth), p)
  if (!session) throw notFound()
  // Grants ADD to what the session already has (set union, original order first).
  const union = (a: string[], b: string[] | undefined) => [...new Set([...a, ...(b ?? [])])]
  session.connected_account_ids = union(session.connected_account_ids, p.connected_account_ids)
  session.connect_webview_ids = union(session.connect_webview_ids, p.connect_webview_ids)
  const identity = p.user_identity_id ?? p.user_identity_ids?.[0]
  if (identity !== undefined) session.user_identity_id = identity
  return sessionBody(store, session)
}

type ByIdParams = z.infer<typeof byIdSchema>

function revoke({ store, auth, params }: HandlerContext<ByIdParams>) {
  const session = findSession(store, workspaceOf(auth), params)
  if (!session) throw notFound()
  store.revokeSession(session.client_session_id)
  return {}
}

function remove({ store, auth, params }: HandlerContext<ByIdParams>) {
  const session = findSession(store, workspaceOf(auth), params)
  if (!session) throw notFound()
  store.deleteSession(session.client_session_id)
  return {}
}
