/**
 * Seam credentials: which kind a request carries, which routes take which kind, and which
 * headers go upstream. Prefixes follow the SDK (`@seamapi/http` src/lib/token.ts).
 *
 * Only the headers of the one credential the gateway recognised are forwarded, so the
 * credential the upstream checks is exactly the one the gateway checked (and cached under).
 */
import { unauthorized } from './errors.ts'

export type CredentialKind =
  | 'api_key'
  | 'personal_access_token'
  | 'console_session'
  | 'client_session_token'
  | 'publishable_key'

export interface Credential {
  kind: CredentialKind
  /** Exactly the caller's headers that carry this credential, to forward upstream. */
  headers: Record<string, string>
  /** A stable string naming this credential (token and workspace); hashed, never stored raw. */
  identity: string
}

const CLIENT_SESSION_TOKEN_PREFIX = 'seam_cst'
/** `Credential.identity` of a client session token: this prefix and the token. */
const CST_IDENTITY_PREFIX = 'cst:'
const ACCESS_TOKEN_PREFIX = 'seam_at'
const PUBLISHABLE_KEY_PREFIX = 'seam_pk'
const JWT_PREFIX = 'ey'
const CST_HEADERS = ['client-session-token', 'seam-client-session-token'] as const
const WORKSPACE_HEADER = 'seam-workspace'
const PUBLISHABLE_KEY_HEADER = 'seam-publishable-key'

/** Every header that can carry a Seam credential: the only caller headers besides the SDK's own that go upstream. */
export const CREDENTIAL_HEADERS = ['authorization', WORKSPACE_HEADER, PUBLISHABLE_KEY_HEADER, ...CST_HEADERS] as const

/** Caller headers forwarded besides the credential (and content-type): the SDK's identification. */
export const SDK_HEADERS = ['seam-sdk-name', 'seam-sdk-version', 'seam-lts-version'] as const

/** Seam's per-route rules (OpenAPI security lists): only get takes a CST; only create and get_or_create take a publishable key. */
export const BACKEND_KINDS: readonly CredentialKind[] = ['api_key', 'personal_access_token', 'console_session']

export const KIND_NAMES: Record<CredentialKind, string> = {
  api_key: 'an API key',
  personal_access_token: 'a personal access token',
  console_session: 'a console session token',
  client_session_token: 'a client session token',
  publishable_key: 'a publishable key',
}

/**
 * Which credential rule applies (issue 18). `client-session`: the client-session routes', where
 * Seam's security lists need a PAT or console session token with `seam-workspace`, and the
 * gateway caches under the credential it checked. `pass-through`: every other Seam route, where
 * only Seam knows the route's rule (`/workspaces/list` and `/workspaces/create` take a PAT or
 * console session token without a workspace): the credential is read only to choose which
 * headers to forward, and Seam judges it.
 */
export type CredentialRule = 'client-session' | 'pass-through'

/**
 * Reads the caller's credential. Returns null when there is none. Under the `client-session`
 * rule, throws 401 when the headers contradict each other (two different client session tokens,
 * a publishable key as a Bearer token) or a workspace-bound kind comes without `seam-workspace`;
 * under `pass-through` those go to Seam as sent.
 */
export function readCredential(headers: Headers, rule: CredentialRule = 'client-session'): Credential | null {
  const strict = rule === 'client-session'
  const authorization = headers.get('authorization')?.trim()
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1]
  // Another bearer (an API key, a PAT) decides alone: the token headers are not read for it, which
  // spares a cache hit two header lookups.
  const cstHeaders = !bearer || bearer.startsWith(CLIENT_SESSION_TOKEN_PREFIX) ? sentTokenHeaders(headers) : []

  if (cstHeaders.length > 0 || bearer?.startsWith(CLIENT_SESSION_TOKEN_PREFIX)) {
    const tokens = new Set([...(bearer ? [bearer] : []), ...cstHeaders.map(([, v]) => v)])
    if (tokens.size !== 1 && strict) throw unauthorized('Conflicting client session tokens.')
    const [token] = tokens
    const forwarded: Record<string, string> = Object.fromEntries(cstHeaders)
    if (bearer && authorization) forwarded.authorization = authorization
    return { kind: 'client_session_token', headers: forwarded, identity: `${CST_IDENTITY_PREFIX}${token}` }
  }

  if (bearer) {
    if (bearer.startsWith(PUBLISHABLE_KEY_PREFIX) && strict) {
      throw unauthorized('A publishable key goes in the seam-publishable-key header.')
    }
    const workspace = headers.get(WORKSPACE_HEADER)?.trim()
    const kind: CredentialKind = bearer.startsWith(ACCESS_TOKEN_PREFIX)
      ? 'personal_access_token'
      : bearer.startsWith(JWT_PREFIX)
        ? 'console_session'
        : 'api_key'
    if (kind !== 'api_key' && !workspace && strict) {
      throw unauthorized(`${capitalize(KIND_NAMES[kind])} needs the seam-workspace header.`)
    }
    const forwarded: Record<string, string> = { authorization: authorization ?? `Bearer ${bearer}` }
    if (workspace) forwarded[WORKSPACE_HEADER] = workspace
    return { kind, headers: forwarded, identity: `${kind}:${bearer}:${workspace ?? ''}` }
  }

  const publishableKey = headers.get(PUBLISHABLE_KEY_HEADER)?.trim()
  if (publishableKey) {
    return {
      kind: 'publishable_key',
      headers: { [PUBLISHABLE_KEY_HEADER]: publishableKey },
      identity: `publishable_key:${publishableKey}`,
    }
  }
  return null
}

/** The client session token headers sent with a value, as [name, trimmed value]. */
function sentTokenHeaders(headers: Headers): (readonly [string, string])[] {
  const sent: (readonly [string, string])[] = []
  for (const name of CST_HEADERS) {
    const value = headers.get(name)?.trim()
    if (value) sent.push([name, value])
  }
  return sent
}

/** Throws 401 unless the request carries a credential of a kind the route takes. */
export function requireCredential(headers: Headers, accepted: readonly CredentialKind[]): Credential {
  const credential = readCredential(headers)
  if (!credential) throw unauthorized('Unauthorized: no Seam credential was sent.')
  if (!accepted.includes(credential.kind)) {
    throw unauthorized(`This route does not accept ${KIND_NAMES[credential.kind]}.`)
  }
  return credential
}

/** The client session token a credential carries, or undefined for any other kind. */
export const clientSessionTokenOf = (credential: Credential): string | undefined =>
  credential.kind === 'client_session_token' ? credential.identity.slice(CST_IDENTITY_PREFIX.length) : undefined

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
