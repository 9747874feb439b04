/**
 * Vending: a user's client session token, reused while it has life left, renewed near expiry.
 *
 * 1. The KV record `v1:vend:{h(endpoint, api key)}:{h(user key)}` (see src/cache/keys.ts):
 *    a token with more than the renewal window left is returned as is, with no upstream call.
 * 2. Otherwise one flight per user per isolate (concurrent requests share it):
 *    a. `GET /client_sessions/get?user_identifier_key=` (safe to retry). A session with more
 *       than the renewal window left is reused as Seam has it: its expiry is never shortened.
 *    b. None, or one near expiry: `POST /client_sessions/get_or_create
 *       { user_identifier_key, expires_at: now + TOKEN_TTL_SECONDS }` (sent once). It never
 *       sends `connected_account_ids` or `connect_webview_ids`: get_or_create REPLACES those
 *       lists when they are sent, and vending must never take away access a backend granted.
 *    c. The record is written, expiring with the token, with two index keys that find it by
 *       session id and by token (`vsess`, `vtok`); a renewed session's cached `get` answer is
 *       dropped (its `expires_at` changed).
 *
 * Never a dead token (issue 13). When the gateway learns that a vended session may be gone — a
 * revoke or delete through it that may have happened, a `client_session.*` event, or Seam's 401
 * to the token itself on any call through the gateway — the record is marked `dropped` (found
 * through the index keys). A dropped record is never reused: the next request asks Seam again,
 * and if Seam still names the dropped token, the token itself is checked (`GET
 * /client_sessions/get` with it). A token Seam refuses is never handed out: that session is
 * deleted (it can open nothing any more, and get_or_create would return it again) and a new
 * one is made with get_or_create. Sessions revoked elsewhere with no event and no call through
 * the gateway stay unknown until their renewal window, as before.
 *
 * Across isolates and locations, step 2 runs under the user's lease in the COORDINATOR Durable
 * Object (src/coordination/single-flight.ts): at most one get_or_create. Without the binding two
 * may both reach Seam, but get_or_create is keyed on the user key, so both get one session.
 */

import type { Context } from 'hono'
import { canonicalSessionId, vendBySessionKey, vendByTokenKey, vendRecordKey } from '../cache/keys.ts'
import { type ClientSession, hasSessionToken, invalidateSession, isClientSession } from '../cache/session-cache.ts'
import { type ErrorReporter, type KeepAlive, reportTo, type TieredKv, tieredKv } from '../cache/tiered-kv.ts'
import type { Config } from '../config.ts'
import type { CoordinatorNamespace } from '../coordination/client.ts'
import { singleFlight } from '../coordination/single-flight.ts'
import { type Credential, clientSessionTokenOf } from '../credentials.ts'
import type { AppEnv, LogFields } from '../env.ts'
import { SeamError, upstreamInvalidResponse, upstreamUnavailable } from '../errors.ts'
import { callUpstream, noteUpstream, type UpstreamRequest, type UpstreamResponse } from '../upstream.ts'
import type { VendingSettings } from './settings.ts'

/** How the token was obtained, for the log line. */
export type VendOutcome = 'reused' | 'found' | 'renewed' | 'created' | 'replaced'

export interface VendedToken {
  client_session_id: string
  token: string
  expires_at: string
}

interface VendRecord extends VendedToken {
  /** When the record was written (ms). */
  at: number
  /** The session may be gone (revoked, deleted, its token refused): never reuse, check first. */
  dropped?: true
}

/** The value of a `vsess` / `vtok` index key: which record to look at. */
interface VendIndex {
  key: string
}

export interface VendContext {
  config: Config
  settings: VendingSettings
  kv: KVNamespace | undefined
  log: LogFields
  /** Issue 14: renewals run under the user's lease everywhere (src/coordination/single-flight.ts). */
  coordinator?: CoordinatorNamespace | undefined
  /** The request's `waitUntil`: keeps the KV read this request starts (and others join) alive (TieredKv.get). */
  keepAlive?: KeepAlive | undefined
}

type Flight = Promise<{ vended: VendedToken; outcome: VendOutcome }>
/**
 * Flights under way in this isolate, by record key: one upstream exchange serves them all.
 * Bounded by the exchanges in flight: each entry goes when its flight settles (upstream timeouts bound that).
 */
const inFlight = new Map<string, Flight>()

const hasLife = (expiresAt: string, settings: VendingSettings, now = Date.now()) =>
  Date.parse(expiresAt) - now > settings.renewWithinSeconds * 1000

const isRecord = (value: unknown): value is VendRecord => hasSessionToken(value)

/** The user's token: from KV when it has life left, else from Seam (one flight per user). */
export async function vendToken(
  ctx: VendContext,
  userKey: string,
): Promise<{ vended: VendedToken; outcome: VendOutcome }> {
  const onError = reportTo(ctx.log)
  const store = tieredKv(ctx.kv, ctx.config.MEMORY_CACHE_TTL_MS)
  const key = await vendRecordKey(ctx.config.SEAM_ENDPOINT, ctx.settings.apiKey, userKey)
  const record = await store.get<unknown>(key, onError, ctx.keepAlive)
  if (isRecord(record) && !record.dropped && hasLife(record.expires_at, ctx.settings)) {
    return { vended: pickToken(record), outcome: 'reused' }
  }
  const suspect = isRecord(record) && record.dropped ? record.token : undefined
  let flight = inFlight.get(key)
  if (flight) {
    ctx.log.single_flight = true
  } else {
    flight = singleFlight(ctx, key, () => fromUpstream(ctx, userKey, store, key, onError, suspect)).finally(() =>
      inFlight.delete(key),
    )
    inFlight.set(key, flight)
  }
  return await flight
}

const pickToken = (s: VendedToken | ClientSession): VendedToken => ({
  client_session_id: s.client_session_id,
  token: s.token,
  expires_at: s.expires_at,
})

async function fromUpstream(
  ctx: VendContext,
  userKey: string,
  store: TieredKv,
  recordKey: string,
  onError: ErrorReporter,
  /** The token of a dropped record: checked with Seam before it is handed out again. */
  suspect: string | undefined,
): Promise<{ vended: VendedToken; outcome: VendOutcome }> {
  const { settings } = ctx
  const headers = { authorization: `Bearer ${settings.apiKey}` }
  const found = await call(ctx, {
    method: 'GET',
    path: `/client_sessions/get?user_identifier_key=${encodeURIComponent(userKey)}`,
    headers,
    retry: 'safe',
  })
  let existing: ClientSession | null = null
  if (found.status === 200) existing = sessionOf(found, userKey)
  else if (found.status !== 404) throw upstreamFailure(found, 'get')

  let session: ClientSession
  let outcome: VendOutcome
  if (existing && hasLife(existing.expires_at, settings)) {
    session = existing
    outcome = 'found'
  } else {
    session = await getOrCreate(ctx, userKey, headers)
    outcome = existing ? 'renewed' : 'created'
    if (existing) await invalidateSession(ctx.kv, ctx.config, session.client_session_id, onError)
  }
  if (suspect !== undefined && session.token === suspect && !(await tokenWorks(ctx, suspect))) {
    session = await replaceDeadSession(ctx, session, userKey, headers, onError)
    outcome = 'replaced'
  }
  const vended = pickToken(session)
  await writeRecord(store, recordKey, vended, onError)
  return { vended, outcome }
}

/** The record, and the two index keys that find it by session id and by token, all expiring with the token. */
async function writeRecord(store: TieredKv, recordKey: string, vended: VendedToken, onError: ErrorReporter) {
  const until = Date.parse(vended.expires_at)
  const index: VendIndex = { key: recordKey }
  await Promise.all([
    store.put(recordKey, { ...vended, at: Date.now() } satisfies VendRecord, until, onError),
    store.put(await vendBySessionKey(vended.client_session_id), index, until, onError),
    store.put(await vendByTokenKey(vended.token), index, until, onError),
  ])
}

/**
 * Asks Seam whether a dropped token still works, with the token itself. Only a 401 means no;
 * any other failure is an error (nothing is handed out that may be dead).
 */
async function tokenWorks(ctx: VendContext, token: string): Promise<boolean> {
  const answer = await call(ctx, {
    method: 'GET',
    path: '/client_sessions/get',
    headers: { authorization: `Bearer ${token}`, 'client-session-token': token },
    retry: 'safe',
  })
  if (answer.status === 200) return true
  if (answer.status === 401) return false
  throw upstreamFailure(answer, 'token check')
}

/**
 * Seam refuses the token of the user's session, yet still returns that session for the user
 * key (a revoked session stays readable, and get_or_create hands it back): delete it, so
 * get_or_create makes a new one. A refused token can open nothing, so nothing that works is
 * taken away; the new session starts without the old one's grants.
 */
async function replaceDeadSession(
  ctx: VendContext,
  dead: ClientSession,
  userKey: string,
  headers: Record<string, string>,
  onError: ErrorReporter,
): Promise<ClientSession> {
  const deleted = await call(ctx, {
    method: 'POST',
    path: '/client_sessions/delete',
    headers,
    body: { client_session_id: dead.client_session_id },
    retry: 'safe',
  })
  if (deleted.status !== 200 && deleted.status !== 404) throw upstreamFailure(deleted, 'delete')
  await invalidateSession(ctx.kv, ctx.config, dead.client_session_id, onError)
  const session = await getOrCreate(ctx, userKey, headers)
  if (session.token === dead.token) {
    throw upstreamInvalidResponse('token vending: get_or_create returned the refused token again')
  }
  return session
}

/** The user's session with a fresh expiry, from `get_or_create` (sent once: a write). */
async function getOrCreate(ctx: VendContext, userKey: string, headers: Record<string, string>): Promise<ClientSession> {
  const made = await call(ctx, {
    method: 'POST',
    path: '/client_sessions/get_or_create',
    headers,
    // Exactly these two fields: never the account or webview lists (see the file comment).
    body: {
      user_identifier_key: userKey,
      expires_at: new Date(Date.now() + ctx.settings.ttlSeconds * 1000).toISOString(),
    },
    retry: 'never',
  })
  if (made.status !== 200) throw upstreamFailure(made, 'get_or_create')
  return sessionOf(made, userKey)
}

/** Where a drop comes from: KV, the config it runs under, and the request's log line. */
export interface DropContext {
  kv: KVNamespace | undefined
  config: Config
  log: LogFields
}

/**
 * Sessions that may be gone (a revoke or delete through the gateway that may have happened, a
 * `client_session.*` event): their vend records are marked dropped. Costs one KV read per id,
 * and a write only for a record that held that session and was not dropped yet.
 */
export async function dropVendedSessions(ctx: DropContext, ids: readonly string[]): Promise<void> {
  const canonical = [...new Set(ids.map(canonicalSessionId))]
  await Promise.all(
    canonical.map(async (id) =>
      dropVia(ctx, await vendBySessionKey(id), (r) => canonicalSessionId(r.client_session_id) === id),
    ),
  )
}

/**
 * Seam answered 401 to this client session token on a call through the gateway: if the gateway
 * vended it, it is never handed out again unchecked. A token the gateway never vended costs one
 * KV read and no write.
 */
export async function dropVendedToken(ctx: DropContext, token: string): Promise<void> {
  await dropVia(ctx, await vendByTokenKey(token), (r) => r.token === token)
}

/** Seam answered 401 to a call through the gateway (pass-through): a vended client session token is dropped. */
export async function credentialRefused(c: Context<AppEnv>, credential: Credential): Promise<void> {
  const token = clientSessionTokenOf(credential)
  if (token === undefined) return
  await dropVendedToken({ kv: c.env.SESSION_CACHE, config: c.var.config, log: c.var.log }, token)
}

async function dropVia(ctx: DropContext, indexKey: string, holds: (record: VendRecord) => boolean): Promise<void> {
  // Without the gateway's own key nothing is vended: no record to look for.
  if (ctx.config.SEAM_API_KEY === undefined) return
  const onError = reportTo(ctx.log)
  const store = tieredKv(ctx.kv, ctx.config.MEMORY_CACHE_TTL_MS)
  const index = await store.get<VendIndex>(indexKey, onError)
  if (typeof index?.key !== 'string') return
  const record = await store.get<unknown>(index.key, onError)
  // A newer record for the user (another session or token) is left alone.
  if (!isRecord(record) || record.dropped || !holds(record)) return
  const dropped: VendRecord = { ...record, dropped: true }
  await store.put(index.key, dropped, Date.parse(record.expires_at), onError)
  ctx.log.vend_dropped = true
}

async function call(ctx: VendContext, request: UpstreamRequest): Promise<UpstreamResponse> {
  const answer = await callUpstream(ctx.config, request)
  const log = ctx.log
  log.upstream_calls = (typeof log.upstream_calls === 'number' ? log.upstream_calls : 0) + 1
  noteUpstream(log, answer, answer.requestId)
  return answer
}

/** The session in a 200 answer; it must be a session and the one for this user. */
function sessionOf(answer: UpstreamResponse, userKey: string): ClientSession {
  const session = answer.body.client_session
  if (!isClientSession(session) || session.user_identifier_key !== userKey) {
    throw upstreamInvalidResponse("token vending: 200 without the user's client_session")
  }
  return session
}

/** Seam refused the gateway's own request: the caller is told no more than that. */
function upstreamFailure(answer: UpstreamResponse, what: string): SeamError {
  const type = (answer.body.error as { type?: unknown } | undefined)?.type
  const logReason = `token vending: ${what} answered ${answer.status}${typeof type === 'string' ? ` ${type}` : ''}`
  if (answer.status === 429) {
    const headers: Record<string, string> = { 'cache-control': 'no-store' }
    if (answer.headers['retry-after']) headers['retry-after'] = answer.headers['retry-after']
    return new SeamError(429, 'rate_limited', 'The Seam API is rate limiting this gateway; retry later.', {
      headers,
      logReason,
    })
  }
  if (answer.status >= 500) return upstreamUnavailable('failing', logReason)
  // 401/403/400 here mean the gateway's SEAM_API_KEY or request is wrong, not the caller's JWT.
  return new SeamError(502, 'upstream_rejected', "The Seam API refused the gateway's request.", { logReason })
}
