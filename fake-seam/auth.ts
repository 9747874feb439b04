// Who is calling: API key, personal access token, console session, client session token or
// publishable key (reference 1.5 and 3).
//
// Seam's fake (nextlove) tries each auth middleware of a route in turn and, when all fail,
// reports the LAST middleware's error, so e.g. a bad API key on /create comes back as
// 400 token_auth_not_accepted. That is an artifact; this fake instead picks the credential the
// request actually presents and reports that credential's own error (401 unauthorized, ...).

import { SeamError } from './http.ts'
import type { FakeSeamStore, StoredSession } from './store.ts'

export type AuthKind = 'api_key' | 'personal_access_token' | 'console_session' | 'client_session' | 'publishable_key'

export type Auth =
  | { kind: 'api_key' | 'personal_access_token' | 'console_session'; workspace_id: string }
  | { kind: 'client_session'; workspace_id: string; session: StoredSession }
  /** `workspace_id` is null for an unknown key when the route checks it itself (get_or_create). */
  | { kind: 'publishable_key'; workspace_id: string | null; publishable_key: string }

export type AuthOptions = {
  /** Credential kinds the route accepts, highest precedence first when a request sends several. */
  accepts: readonly AuthKind[]
  /**
   * 'auth': check the publishable key like Seam's withPublishableKey middleware (401s, used by create).
   * 'route': leave the checks to the handler, like Seam's get_or_create does (400s).
   */
  publishableKeyChecks?: 'auth' | 'route'
}

const KIND_NAMES: Record<AuthKind, string> = {
  api_key: 'An API key',
  personal_access_token: 'A personal access token',
  console_session: 'A console session token',
  client_session: 'A client session token',
  publishable_key: 'A publishable key',
}

/** Token shapes as the SDK classifies them; anything else after `Bearer` is treated as an API key. */
function bearerKind(token: string): AuthKind {
  if (token.startsWith('seam_cst')) return 'client_session'
  if (token.startsWith('seam_at')) return 'personal_access_token'
  if (token.startsWith('ey')) return 'console_session'
  return 'api_key'
}

type Presented = Partial<Record<AuthKind, string>> & { malformedAuthorization?: boolean }

function presentedCredentials(headers: Record<string, string>): Presented {
  const presented: Presented = {}
  const authorization = headers.authorization
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization)
    if (match?.[1]) presented[bearerKind(match[1])] = match[1]
    else presented.malformedAuthorization = true
  }
  // The SDK sends `client-session-token`; the OpenAPI also declares `seam-client-session-token`.
  // As in Seam's fake, these headers win over a Bearer token.
  const cstHeader = headers['seam-client-session-token'] ?? headers['client-session-token']
  if (cstHeader) presented.client_session = cstHeader
  if (headers['seam-publishable-key']) presented.publishable_key = headers['seam-publishable-key']
  return presented
}

export function authenticate(
  store: FakeSeamStore,
  headers: Record<string, string>,
  rawParams: Record<string, unknown>,
  options: AuthOptions,
): Auth {
  const presented = presentedCredentials(headers)
  for (const kind of options.accepts) {
    const token = presented[kind]
    if (token === undefined) continue
    switch (kind) {
      case 'api_key':
        return verifyApiKey(store, token)
      case 'personal_access_token':
        return verifyWorkspaceToken(store.personalAccessTokens, token, headers, kind)
      case 'console_session':
        return verifyWorkspaceToken(store.consoleSessionTokens, token, headers, kind)
      case 'client_session':
        return verifyClientSessionToken(store, token)
      case 'publishable_key':
        return verifyPublishableKey(store, token, rawParams, options.publishableKeyChecks ?? 'auth')
    }
  }
  if (presented.malformedAuthorization) {
    throw new SeamError(401, 'unauthorized', 'No token provided (expected "Authorization: Bearer <token>")')
  }
  const wrongKind = (Object.keys(KIND_NAMES) as AuthKind[]).find((kind) => presented[kind] !== undefined)
  if (wrongKind) {
    throw new SeamError(401, 'unauthorized', `${KIND_NAMES[wrongKind]} cannot be used for this route`)
  }
  throw new SeamError(401, 'unauthorized', 'No credentials found (did you mean to add Authorization?)')
}

function verifyApiKey(store: FakeSeamStore, token: string): Auth {
  const workspaceId = store.apiKeys.get(token)
  if (workspaceId === undefined || !store.workspaces.has(workspaceId)) {
    throw new SeamError(401, 'unauthorized', 'API Key not found')
  }
  return { kind: 'api_key', workspace_id: workspaceId }
}

/** PATs and console sessions name their workspace in `seam-workspace`; messages follow Seam's fake. */
function verifyWorkspaceToken(
  tokens: Map<string, string[]>,
  token: string,
  headers: Record<string, string>,
  kind: 'personal_access_token' | 'console_session',
): Auth {
  const what = kind === 'personal_access_token' ? 'access token' : 'user session'
  const workspaceId = headers['seam-workspace'] ?? ''
  if (workspaceId === '') {
    throw new SeamError(
      400,
      'missing_workspace_id',
      `When using ${what} authentication, you must provide the Seam-Workspace header`,
    )
  }
  const workspaces = tokens.get(token)
  if (workspaces === undefined) {
    throw new SeamError(
      401,
      'unauthorized',
      kind === 'personal_access_token' ? 'Access token not found' : 'Session not found',
    )
  }
  // Seam's fake does not check membership for PATs; the live API scopes them to the user's workspaces.
  if (!workspaces.includes(workspaceId)) {
    throw new SeamError(401, 'unauthorized', 'User does not have access to this workspace')
  }
  return { kind, workspace_id: workspaceId }
}

function verifyClientSessionToken(store: FakeSeamStore, token: string): Auth {
  const session = store.findByToken(token)
  const now = Date.now()
  if (session === undefined) {
    throw new SeamError(401, 'client_session_not_found', 'Unauthorized (client session not found)')
  }
  if (session.revoked_at != null && Date.parse(session.revoked_at) <= now) {
    throw new SeamError(401, 'client_session_revoked', 'Unauthorized (client session revoked)')
  }
  if (Date.parse(session.expires_at) < now) {
    throw new SeamError(401, 'client_session_expired', 'Unauthorized (client session expired)')
  }
  if (!store.workspaces.has(session.workspace_id)) {
    throw new SeamError(401, 'workspace_not_found', 'Workspace was not found')
  }
  return { kind: 'client_session', workspace_id: session.workspace_id, session }
}

function verifyPublishableKey(
  store: FakeSeamStore,
  key: string,
  rawParams: Record<string, unknown>,
  checks: 'auth' | 'route',
): Auth {
  const workspaceId = store.publishableKeys.get(key) ?? null
  if (checks === 'route') return { kind: 'publishable_key', workspace_id: workspaceId, publishable_key: key }
  // Seam's withPublishableKey middleware: 401s, and a blank user_identifier_key counts as missing.
  const uik = rawParams.user_identifier_key
  if (typeof uik !== 'string' || uik.trim() === '') {
    throw new SeamError(
      401,
      'publishable_key_requires_user_identifier_key',
      'user_identifier_key is required with publishable_key',
    )
  }
  if (workspaceId === null) {
    throw new SeamError(401, 'workspace_not_found', 'Cannot find workspace associated with this publishable_key')
  }
  return { kind: 'publishable_key', workspace_id: workspaceId, publishable_key: key }
}
