/**
 * Seam's webhook events, as far as this gateway acts on them: which ones carry a newly
 * connected account (→ grant), which ones touch a client session (→ drop its cache entry), and
 * how an event names the session to grant to.
 *
 * Events are flat objects (no `data` wrapper): `event_id`, `event_type`, `workspace_id`, the
 * resource ids and, on connected-account events, `connected_account_custom_metadata`, which
 * Seam copies from the Connect Webview's `custom_metadata` (reference section 5). Schemas check
 * only the fields used here and let every other field through, so Seam adding fields breaks
 * nothing.
 */
import * as z from 'zod/mini'
import { id, MAX_PARAM_LENGTH } from '../schema-atoms.ts'

/**
 * The events that carry a newly connected account (`connected_account_id`), from
 * `@seamapi/types` 1.977 / reference section 5. One connection emits several of them; each
 * grants the same account, which the additive grant makes harmless (and the webview path skips
 * sessions that already hold the account). Subscribing the endpoint to just the first two is
 * enough. `…completed_first_sync_after_reconnection` is left out: a reconnected account was
 * granted when it first connected.
 */
export const GRANT_EVENT_TYPES = [
  'connect_webview.login_succeeded',
  'connected_account.connected',
  'connected_account.created',
  'connected_account.successful_login',
  'connected_account.completed_first_sync',
] as const

export type GrantEventType = (typeof GRANT_EVENT_TYPES)[number]

/** `client_session.deleted` is the only one today; any future `client_session.*` with an id is handled alike. */
export const CLIENT_SESSION_EVENT_PREFIX = 'client_session.'
/**
 * CLIENT_SESSION_EVENT_PREFIX as z.startsWith would check it and spell it in JSON Schema
 * (`^client_session\\..*`); change the two together.
 */
const CLIENT_SESSION_EVENT_TYPE = /^client_session\..*/

/** Custom-metadata keys Seam's own React components set on the webviews they create. */
export const METADATA_SESSION_ID_KEY = 'client_session_id'
export const METADATA_USER_KEY = 'user_identifier_key'

/** Every signed Seam delivery must at least be this; anything else is not a Seam event. */
export const eventEnvelopeSchema = z.object({ event_type: id })

export const grantEventSchema = z.object({
  event_type: z.enum(GRANT_EVENT_TYPES),
  connected_account_id: id,
  // Optional (or absent) on `connected_account.connected` and `…completed_first_sync`.
  connect_webview_id: z.nullish(id),
  // Values are strings or booleans (Seam's custom_metadata rules); only string ids are read.
  connected_account_custom_metadata: z.nullish(z.record(z.string(), z.unknown())),
})

export type GrantEvent = z.infer<typeof grantEventSchema>

export const clientSessionEventSchema = z.object({
  // z.regex, not z.startsWith: the same check and JSON Schema pattern, without the bundle carrying
  // zod's startsWith code for this one use.
  event_type: z.string().check(z.regex(CLIENT_SESSION_EVENT_TYPE)),
  client_session_id: id,
})

export const isGrantEventType = (type: string): type is GrantEventType =>
  (GRANT_EVENT_TYPES as readonly string[]).includes(type)

/** Who a grant goes to: exactly one of the two identifiers grant_access takes. */
export type GrantTarget = { client_session_id: string } | { user_identifier_key: string }

/** How the event named its session, for the log line. */
export type FoundVia = 'metadata_client_session_id' | 'metadata_user_identifier_key' | 'connect_webview' | 'none'

const metadataText = (metadata: Record<string, unknown> | null | undefined, key: string): string | undefined => {
  // Own keys only: a parsed `__proto__` key must not make inherited values look like metadata.
  const value = metadata && Object.hasOwn(metadata, key) ? metadata[key] : undefined
  return typeof value === 'string' && value !== '' && value.length <= MAX_PARAM_LENGTH ? value : undefined
}

/**
 * The session the event's metadata names, if any: `client_session_id` first, else
 * `user_identifier_key`. Null means "look the webview up instead".
 */
export function targetFromMetadata(event: GrantEvent): { target: GrantTarget; via: FoundVia } | null {
  const metadata = event.connected_account_custom_metadata
  const sessionId = metadataText(metadata, METADATA_SESSION_ID_KEY)
  if (sessionId !== undefined) return { target: { client_session_id: sessionId }, via: 'metadata_client_session_id' }
  const userKey = metadataText(metadata, METADATA_USER_KEY)
  if (userKey !== undefined) return { target: { user_identifier_key: userKey }, via: 'metadata_user_identifier_key' }
  return null
}
