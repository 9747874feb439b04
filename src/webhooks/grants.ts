/**
 * The two upstream calls behind a webhook grant, made with the gateway's own SEAM_API_KEY:
 * `PATCH /client_sessions/grant_access` (sent once: `retry: 'never'`, the sender's retry is the
 * retry) and `GET /client_sessions/list?connect_webview_id=` (a read, retried as usual).
 *
 * Outcomes, as the routes need them:
 * - granted → the session's cached entry is dropped, so the next get shows the new account;
 * - Seam could not do it now (5xx, 429, timeout, connection failure, unreadable answer) or
 *   refused the gateway's own key (401/403, fixed by the operator, not by the sender) → 503
 *   `upstream_unavailable` (with Seam's Retry-After when it sent one): the sender retries, and
 *   the dedupe marker is not written;
 * - Seam refused the request itself (404 no such session, 400) → `rejected`, with Seam's answer.
 */
import { invalidateSession } from '../cache/session-cache.ts'
import { reportTo } from '../cache/tiered-kv.ts'
import type { Config } from '../config.ts'
import type { LogFields } from '../env.ts'
import { SeamError, upstreamUnavailable } from '../errors.ts'
import {
  callUpstream,
  isRetryableStatus,
  noteUpstream,
  type UpstreamRequest,
  type UpstreamResponse,
} from '../upstream.ts'

export const GRANT_ACCESS_PATH = '/client_sessions/grant_access'
export const LIST_PATH = '/client_sessions/list'

export interface UpstreamDeps {
  config: Config
  kv: KVNamespace | undefined
  log: LogFields
  /** The delivery's lease in the coordinator, when there is one (coordination/webhook-once.ts). */
  lease?: GrantLease | undefined
}

/** What a grant_access call runs under: the delivery's claim, which must outlast the call. */
export interface GrantLease {
  /**
   * Makes the lease cover the next grant call (renewing it when needed) and returns how long that
   * call may take to end before the lease does. Throws a 503 when the lease was lost.
   */
  cover(): Promise<number>
}

/** What grant_access takes (the deprecated `user_identity_ids` left out). */
export interface GrantParams {
  client_session_id?: string
  user_identifier_key?: string
  connected_account_ids?: string[]
  connect_webview_ids?: string[]
  user_identity_id?: string
}

export type GrantResult =
  | { kind: 'granted'; sessionId: string | undefined }
  | { kind: 'rejected'; answer: UpstreamResponse }

/** The fields of a listed session that the webview path reads. */
export interface ListedSession {
  client_session_id: string
  user_identifier_key: string | undefined
  connected_account_ids: string[]
}

/** 503 with Seam's Retry-After when it gave one: the sender should simply try again later. */
export function retryLater(logReason: string, retryAfter?: string): SeamError {
  return upstreamUnavailable('grant_later', logReason, retryAfter ? { 'retry-after': retryAfter } : {})
}

/**
 * The upstream client's own 5xx outcomes (502 unreachable or unreadable, 504 timeout) become the
 * same 503: for a webhook sender they all mean one thing, "try this delivery again later".
 */
function asRetryLater(err: unknown): unknown {
  if (!(err instanceof SeamError) || err.status < 500) return err
  return retryLater(err.logReason ?? err.type, err.headers['retry-after'])
}

function apiKeyHeaders(config: Config): Record<string, string> {
  // The routes check SEAM_API_KEY before calling here; this guards a future caller.
  if (config.SEAM_API_KEY === undefined) throw retryLater('SEAM_API_KEY is not set')
  return { authorization: `Bearer ${config.SEAM_API_KEY}` }
}

const refusedOurKey = (status: number) => status === 401 || status === 403

/** Drops the session's cache entry; a KV failure is logged, never fatal (the entry expires anyway). */
async function dropCached(deps: UpstreamDeps, sessionId: string | undefined): Promise<void> {
  if (sessionId === undefined) return
  await invalidateSession(deps.kv, deps.config, sessionId, reportTo(deps.log))
}

/**
 * One call with the gateway's own key, logged; a failure before Seam's answer was read becomes the
 * sender's 503 (retry later), after `onFailure` (e.g. dropping what may now be stale).
 */
async function callWithOurKey(
  deps: UpstreamDeps,
  request: Omit<UpstreamRequest, 'headers'>,
  onFailure?: () => Promise<void>,
): Promise<UpstreamResponse> {
  let answer: UpstreamResponse
  try {
    answer = await callUpstream(deps.config, { ...request, headers: apiKeyHeaders(deps.config) })
  } catch (err) {
    await onFailure?.()
    throw asRetryLater(err)
  }
  noteUpstream(deps.log, answer, answer.requestId)
  return answer
}

/** One grant_access call. Throws a 5xx SeamError when the sender should retry. */
export async function grantAccess(deps: UpstreamDeps, params: GrantParams): Promise<GrantResult> {
  // No other delivery of this id may grant while this call runs: it starts under the lease, and
  // is cut off (a timeout, 503) before the lease could end.
  const deadlineMs = await deps.lease?.cover()
  deps.log.grant_calls = (Number(deps.log.grant_calls) || 0) + 1
  const answer = await callWithOurKey(
    deps,
    { method: 'PATCH', path: GRANT_ACCESS_PATH, body: params, retry: 'never', deadlineMs },
    // It may have reached Seam before failing: what we cache for the session may be old now.
    () => dropCached(deps, params.client_session_id),
  )
  if (answer.status >= 200 && answer.status < 300) {
    const session = answer.body.client_session as { client_session_id?: unknown } | undefined
    const sessionId =
      typeof session?.client_session_id === 'string' ? session.client_session_id : params.client_session_id
    await dropCached(deps, sessionId)
    return { kind: 'granted', sessionId }
  }
  if (isRetryableStatus(answer.status)) {
    await dropCached(deps, params.client_session_id)
    throw retryLater(`grant_access answered ${answer.status}`, answer.headers['retry-after'])
  }
  if (refusedOurKey(answer.status)) throw retryLater(`grant_access refused SEAM_API_KEY (${answer.status})`)
  return { kind: 'rejected', answer }
}

/** The sessions that were given this Connect Webview. Throws a 5xx SeamError when the sender should retry. */
export async function sessionsHoldingWebview(deps: UpstreamDeps, connectWebviewId: string): Promise<ListedSession[]> {
  // POST with a JSON body (Seam takes both): an id the event carries can be up to MAX_PARAM_LENGTH
  // characters, which as a query string could pass the upstream's URL limit (431).
  const answer = await callWithOurKey(deps, {
    method: 'POST',
    path: LIST_PATH,
    body: { connect_webview_id: connectWebviewId },
    retry: 'safe',
  })
  if (answer.status !== 200) {
    throw retryLater(
      `list answered ${answer.status}`,
      isRetryableStatus(answer.status) ? answer.headers['retry-after'] : undefined,
    )
  }
  const sessions = answer.body.client_sessions
  if (!Array.isArray(sessions)) throw retryLater('list answered without client_sessions')
  return sessions.flatMap((s: unknown) => {
    if (s === null || typeof s !== 'object') return []
    const {
      client_session_id: id,
      user_identifier_key: userKey,
      connected_account_ids: accounts,
    } = s as Record<string, unknown>
    if (typeof id !== 'string') return []
    return [
      {
        client_session_id: id,
        user_identifier_key: typeof userKey === 'string' ? userKey : undefined,
        connected_account_ids: Array.isArray(accounts)
          ? accounts.filter((a): a is string => typeof a === 'string')
          : [],
      },
    ]
  })
}
