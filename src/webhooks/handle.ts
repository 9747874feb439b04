/**
 * What POST /webhooks/seam and POST /webhooks/grants do with a verified delivery (issue 5); the
 * routes themselves are in routes.ts.
 *
 * Per delivery: verify the signature on the raw body (verify.ts; 401, nothing done) → is the
 * gateway able to grant (SEAM_API_KEY; 503) → parse → for a grant: skip it when this message was
 * already granted (claimed in the COORDINATOR Durable Object, webhooks/once.ts; else
 * the KV marker, dedupe.ts) → find the session(s) → grant_access (grants.ts) → mark it done →
 * 2xx. The 2xx only ever comes after the grant succeeded (or there was nothing to grant).
 *
 * Durability: when Seam cannot grant now, the answer is a 5xx, and the sender retries: Svix for
 * ~1.5 days (its schedule is in dedupe.ts, beside DEDUPE_TTL_SECONDS), a customer backend on its
 * own schedule. Nothing is stored but the dedupe marker, so no Queue binding is needed, and the
 * delivery itself stays the durable record, visible and replayable in Seam's webhook log.
 *
 * Seam events (`/webhooks/seam`):
 * - grant events (events.ts): the session from `connected_account_custom_metadata`
 *   (`client_session_id`, else `user_identifier_key`), else every session holding the event's
 *   `connect_webview_id`; each gets `connected_account_ids: [connected_account_id]`.
 * - no session found → 2xx `no_session`, no marker: a later redelivery looks again. Not retried
 *   on purpose: accounts connected outside any client session (e.g. from the Console) would
 *   fail for 1.5 days each; and a session that is given the webview later gets its accounts
 *   through the webview grant itself.
 * - the session named by metadata no longer exists (Seam 404) → 2xx `session_not_found`.
 * - `client_session.*` with a `client_session_id` → that session's cache entry is dropped, and
 *   the vend record handing out its token is marked dropped (src/token/vend.ts).
 * - anything else → 2xx `ignored`. A signed body that is not a Seam event, or a grant event
 *   without the fields it needs → 400, so it shows as failed in Seam's webhook log instead of
 *   silently granting nothing.
 *
 * Customer grants (`/webhooks/grants`): the body (grant-request.ts) goes to grant_access as is;
 * Seam's own refusals (404, 400) come back unchanged.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { keepAliveOf } from '../background.ts'
import { webhookDedupeKey } from '../cache/keys.ts'
import { invalidateSession } from '../cache/session-cache.ts'
import { reportTo } from '../cache/tiered-kv.ts'
import { coordinatorOf, decisionFor } from '../coordination/client.ts'
import { badInput } from '../errors.ts'
import { isJsonObject } from '../json.ts'
import { jsonShapeProblem, MAX_JSON_DEPTH } from '../middleware/json-body.ts'
import { dropVendedSessions } from '../token/vend.ts'
import { upstreamToResponse } from '../upstream.ts'
import { invalidInput } from '../validation.ts'
import { WebhookDedupe } from './dedupe.ts'
import {
  CLIENT_SESSION_EVENT_PREFIX,
  clientSessionEventSchema,
  eventEnvelopeSchema,
  type GrantEvent,
  type GrantTarget,
  grantEventSchema,
  isGrantEventType,
  targetFromMetadata,
} from './events.ts'
import { grantRequestSchema } from './grant-request.ts'
import {
  type GrantLease,
  grantAccess,
  type ListedSession,
  sessionsHoldingWebview,
  type UpstreamDeps,
} from './grants.ts'
import { grantOnce } from './once.ts'
import type { DoneOutcome, WebhookOutcome } from './outcomes.ts'
import { notConfigured, type WebhookEnv } from './verify.ts'

/** Log lines carry this many hex digits of SHA-256(webhook-id): enough to find a delivery, never the id itself. */
const WEBHOOK_REF_HEX_DIGITS = 16

type WebhookContext = Context<WebhookEnv>

/** What handling a delivery came to: an acknowledgement, or Seam's own refusal to pass back. */
type Handled = { outcome: WebhookOutcome; grants?: number; done?: DoneOutcome } | { refusal: Response }

/** After verification: without SEAM_API_KEY nothing can be granted (503, so the sender retries once it is set). */
export const requireApiKey: MiddlewareHandler<WebhookEnv> = async function requireApiKey(c, next) {
  if (c.var.config.SEAM_API_KEY === undefined) throw notConfigured('SEAM_API_KEY')
  await next()
}

const deps = (c: WebhookContext, lease?: GrantLease): UpstreamDeps => ({
  config: c.var.config,
  kv: c.env.SESSION_CACHE,
  log: c.var.log,
  lease,
})

/** The signed body as a JSON object; 400 otherwise. */
function parseSigned(body: string): Record<string, unknown> {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    throw badInput('The webhook body is not valid JSON.')
  }
  if (!isJsonObject(parsed)) throw badInput('The webhook body must be a JSON object.')
  // Seam's events are a few levels deep; anything past the cap is refused before a schema walks it.
  if (jsonShapeProblem(parsed, { forbidKeys: false }) !== null) {
    throw badInput(`The webhook body is nested deeper than ${MAX_JSON_DEPTH} levels.`)
  }
  return parsed
}

function acknowledge(c: WebhookContext, handled: Handled): Response {
  if ('refusal' in handled) {
    c.var.log.webhook_outcome = 'refused'
    return handled.refusal
  }
  c.var.log.webhook_outcome = handled.outcome
  const body: Record<string, unknown> = { ok: true, outcome: handled.outcome }
  if (handled.grants !== undefined) body.grants = handled.grants
  return c.json(body, 200)
}

/**
 * Runs a grant at most once per (source, webhook-id) in effect: a message already marked done
 * is acknowledged without calling anything; the marker is written only after `work` succeeded.
 */
async function onceOnly(c: WebhookContext, work: (lease?: GrantLease) => Promise<Handled>): Promise<Response> {
  const { webhook, log } = c.var
  const dedupe = new WebhookDedupe(c.env.SESSION_CACHE, reportTo(log), keepAliveOf(c))
  const key = await webhookDedupeKey(webhook.source, webhook.id)
  log.webhook_ref = key.slice(-64, -64 + WEBHOOK_REF_HEX_DIGITS)
  // With the coordinator: claimed before Seam is called, one grant per id everywhere (issue 14).
  const coordinator = coordinatorOf(c.env)
  if (coordinator) {
    const handled = await grantOnce(
      decisionFor(coordinator, key),
      {
        leaseMs: c.var.config.COORDINATION_LEASE_MS,
        log,
        duplicate: { outcome: 'duplicate' },
        doneOf: (h: Handled) => ('outcome' in h ? h.done : undefined),
      },
      work,
    )
    return acknowledge(c, handled)
  }
  if ((await dedupe.done(key)) !== null) return acknowledge(c, { outcome: 'duplicate' })
  const handled = await work()
  if ('outcome' in handled && handled.done !== undefined) await dedupe.markDone(key, handled.done)
  return acknowledge(c, handled)
}

/** Seam said no to the request itself: 404 means the session is gone; anything else goes back as is. */
const isSessionGone = (status: number) => status === 404

/** True when the metadata's target is one of the sessions listed (by id, or by user key). */
const namesOneOf = (target: GrantTarget, sessions: ListedSession[]) =>
  sessions.some((s) =>
    'client_session_id' in target
      ? s.client_session_id === target.client_session_id
      : s.user_identifier_key === target.user_identifier_key,
  )

async function grantFromEvent(c: WebhookContext, event: GrantEvent, lease?: GrantLease): Promise<Handled> {
  const log = c.var.log
  const account = event.connected_account_id
  const named = targetFromMetadata(event)
  // Whoever creates a webview sets its metadata, and a client session token can create one: when a
  // session holds the event's webview, the metadata may only pick among the holders, so a user
  // cannot plant their account in someone else's session.
  const holders = event.connect_webview_id ? await sessionsHoldingWebview(deps(c), event.connect_webview_id) : []
  if (named) {
    log.webhook_found_via = named.via
    if (holders.length > 0 && !namesOneOf(named.target, holders)) {
      log.webhook_sessions = holders.length
      log.reason = 'metadata names a session that does not hold the webview'
      return { outcome: 'metadata_mismatch' }
    }
    const result = await grantAccess(deps(c, lease), { ...named.target, connected_account_ids: [account] })
    if (result.kind === 'granted') return { outcome: 'granted', grants: 1, done: 'granted' }
    if (isSessionGone(result.answer.status)) return { outcome: 'session_not_found' }
    return { refusal: upstreamToResponse(result.answer) }
  }

  if (!event.connect_webview_id) {
    log.webhook_found_via = 'none'
    return { outcome: 'no_session' }
  }
  log.webhook_found_via = 'connect_webview'
  const sessions = holders
  log.webhook_sessions = sessions.length
  if (sessions.length === 0) return { outcome: 'no_session' }
  let granted = 0
  let alreadyHeld = 0
  for (const session of sessions) {
    // Already there (an earlier event of the same connection, or a retry after a partial failure).
    if (session.connected_account_ids.includes(account)) {
      alreadyHeld++
      continue
    }
    const result = await grantAccess(deps(c, lease), {
      client_session_id: session.client_session_id,
      connected_account_ids: [account],
    })
    if (result.kind === 'granted') granted++
    else if (!isSessionGone(result.answer.status)) return { refusal: upstreamToResponse(result.answer) }
  }
  if (granted > 0) return { outcome: 'granted', grants: granted, done: 'granted' }
  if (alreadyHeld > 0) return { outcome: 'already_granted', grants: 0, done: 'already_granted' }
  return { outcome: 'session_not_found' }
}

export async function handleSeamEvent(c: WebhookContext): Promise<Response> {
  const log = c.var.log
  const body = parseSigned(c.var.webhook.body)
  const envelope = eventEnvelopeSchema.safeParse(body)
  if (!envelope.success) throw invalidInput(envelope.error)
  const type = envelope.data.event_type

  if (isGrantEventType(type)) {
    log.webhook_event_type = type
    const event = grantEventSchema.safeParse(body)
    if (!event.success) throw invalidInput(event.error)
    return onceOnly(c, (lease) => grantFromEvent(c, event.data, lease))
  }

  if (type.startsWith(CLIENT_SESSION_EVENT_PREFIX)) {
    // Only the prefix is logged: the rest of an unknown type is text the sender chose.
    log.webhook_event_type = `${CLIENT_SESSION_EVENT_PREFIX}*`
    const event = clientSessionEventSchema.safeParse(body)
    if (!event.success) return acknowledge(c, { outcome: 'ignored' })
    await invalidateSession(c.env.SESSION_CACHE, c.var.config, event.data.client_session_id, reportTo(log))
    // The session may be gone (deleted, revoked): /token checks with Seam before handing out its token again.
    await dropVendedSessions({ kv: c.env.SESSION_CACHE, config: c.var.config, log }, [event.data.client_session_id])
    return acknowledge(c, { outcome: 'invalidated' })
  }

  log.webhook_event_type = 'other'
  return acknowledge(c, { outcome: 'ignored' })
}

export async function handleGrantRequest(c: WebhookContext): Promise<Response> {
  const request = grantRequestSchema.safeParse(parseSigned(c.var.webhook.body))
  if (!request.success) throw invalidInput(request.error)
  return onceOnly(c, async (lease) => {
    c.var.log.webhook_found_via = 'request'
    const result = await grantAccess(deps(c, lease), request.data)
    if (result.kind === 'granted') return { outcome: 'granted', grants: 1, done: 'granted' }
    return { refusal: upstreamToResponse(result.answer) }
  })
}
