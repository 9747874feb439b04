/**
 * The upstream client: native fetch to Seam, with the whole failure policy in one place.
 *
 * - Each attempt has a timeout, and all attempts together a deadline: running out → 504
 *   `upstream_timeout`.
 * - One owner per retry (issue 18). Every `retry` policy names who retries:
 *   - `caller`: a call made on a caller's behalf (pass-through, the client-session routes). The
 *     caller's SDK already retries (`@seamapi/http`: GET, HEAD, OPTIONS, PUT, DELETE after a
 *     network error, 429 or 5xx, twice), so the gateway makes exactly one attempt and hands back
 *     what it got: one SDK call costs Seam what it costs directly, not its attempts × ours. The
 *     one retry the gateway could add without doubling anything, after a failure where nothing
 *     reached Seam, is not made either: the runtime's fetch reports a refused connection and a
 *     connection reset after the request left with the same error ("Network connection lost"),
 *     so the gateway cannot know that nothing reached Seam.
 *   - `safe`: the gateway's own reads (`/token`'s get, a webhook grant's list, a stale-if-error
 *     refresh), which no SDK sees fail and so none retries: on a connection error, a timeout,
 *     429 or 5xx, up to MAX_RETRIES more, with exponential backoff and jitter, honouring
 *     `Retry-After`.
 *   - `never`: the gateway's own writes (get_or_create, grant_access), sent once: once a write
 *     may have reached Seam, a repeat could act twice.
 * - A connection failure → 502 `upstream_unavailable`; a body over MAX_UPSTREAM_BODY_BYTES
 *   → 502 as well.
 *
 * Two entry points share that policy: `sendUpstream` moves raw bytes both ways (pass-through:
 * Seam's answer goes back unchanged, whatever its content type), and `callUpstream`, built on
 * it, sends and reads JSON for the gateway's own routes: a body that is not the JSON it claims
 * → 502 `upstream_invalid_response`; Seam's own JSON errors pass through with their status
 * and body (less any `stack`), 429 with its `Retry-After`.
 */
import { readStreamCapped } from './body.ts'
import type { Config } from './config.ts'
import type { LogFields } from './env.ts'
import {
  JSON_CONTENT_TYPE,
  type SeamError,
  upstreamInvalidResponse,
  upstreamTimeout,
  upstreamUnavailable,
} from './errors.ts'
import { isJsonObject } from './json.ts'

/** Attempts after the first for the gateway's own reads (`safe`), as the SDK does by default (3 in all). */
export const MAX_RETRIES = 2
/** First backoff step; doubles each retry (100 ms, 200 ms), like the SDK's exponentialDelay. */
export const BACKOFF_BASE_MS = 100
/** Up to 20 % extra delay so many isolates retrying together do not arrive together. */
export const BACKOFF_JITTER = 0.2
/** A Retry-After longer than this is not waited for: the 429 goes back to the caller instead. */
export const MAX_RETRY_AFTER_MS = 5_000
/** Upstream answers bigger than this are refused: a client-session list this big is not Seam. */
export const MAX_UPSTREAM_BODY_BYTES = 8 * 1024 * 1024
/** Headers of Seam's answer that go back to the caller unchanged. */
export const PASSED_RESPONSE_HEADERS = ['seam-request-id', 'retry-after'] as const

/** Who retries a call (see above): the caller (`caller`), the gateway (`safe`), or nobody (`never`). */
export type RetryPolicy = 'caller' | 'safe' | 'never'

/** Attempts one call may make under each policy. */
export const MAX_ATTEMPTS: Record<RetryPolicy, number> = { caller: 1, safe: 1 + MAX_RETRIES, never: 1 }

export interface UpstreamRequest {
  method: string
  /** Path and query, e.g. `/client_sessions/get?client_session_id=…`. */
  path: string
  headers: Record<string, string>
  /** JSON body for POST/PUT/PATCH. */
  body?: unknown
  retry: RetryPolicy
  /** A deadline shorter than UPSTREAM_DEADLINE_MS for this call (a webhook grant within its lease). */
  deadlineMs?: number | undefined
}

/** A request whose body is already bytes (or text) with its content type among `headers`. */
export interface RawUpstreamRequest {
  method: string
  /** Path and query, appended to SEAM_ENDPOINT. */
  path: string
  headers: Record<string, string>
  body?: string | ArrayBuffer | null
  retry: RetryPolicy
  /** A deadline shorter than UPSTREAM_DEADLINE_MS for this call. */
  deadlineMs?: number | undefined
}

/** Seam's answer as it came: status, headers and the whole body. */
export interface RawUpstreamResponse {
  status: number
  headers: Headers
  bytes: ArrayBuffer
  attempts: number
  elapsedMs: number
}

export interface UpstreamResponse {
  status: number
  /** Parsed JSON body. */
  body: Record<string, unknown>
  headers: Record<string, string>
  requestId: string | undefined
  attempts: number
  elapsedMs: number
}

/** One attempt's answer, read whole within that attempt's timeout. */
interface Answer {
  response: Response
  bytes: ArrayBuffer
  /** The body was bigger than MAX_UPSTREAM_BODY_BYTES and was not read. */
  oversized: boolean
}

class AttemptFailure extends Error {
  readonly kind: 'timeout' | 'connection' | 'status'
  readonly answer: Answer | undefined

  constructor(kind: 'timeout' | 'connection' | 'status', answer?: Answer) {
    super(kind)
    this.kind = kind
    this.answer = answer
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Delay before retry number `retry` (1-based), or null when it would not fit the deadline. */
function retryDelay(retry: number, answer: Answer | undefined, remainingMs: number): number | null {
  const backoff = BACKOFF_BASE_MS * 2 ** (retry - 1) * (1 + Math.random() * BACKOFF_JITTER)
  const retryAfter = parseRetryAfter(answer?.response.headers.get('retry-after'))
  if (retryAfter !== null && retryAfter > MAX_RETRY_AFTER_MS) return null
  const delay = Math.max(backoff, retryAfter ?? 0)
  return delay < remainingMs ? delay : null
}

/** Retry-After in ms: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined): number | null {
  if (!value) return null
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now())
}

/** Seam could not do it now (rate limited or failing): a read may be retried, a stale entry served. */
export const isRetryableStatus = (status: number) => status === 429 || status >= 500

/** The upstream fields of a request's log line, after each call (the last call's win). */
export function noteUpstream(
  log: LogFields,
  answer: { status: number; elapsedMs: number; attempts: number },
  requestId: string | null | undefined,
): void {
  log.upstream_status = answer.status
  log.upstream_ms = answer.elapsedMs
  log.upstream_attempts = answer.attempts
  if (requestId) log.upstream_request_id = requestId
}

/**
 * Sends one request to Seam under the policy above and returns its answer as bytes.
 * Throws SeamError for the 502/504 outcomes (no answer, or one too big to read).
 */
export async function sendUpstream(config: Config, request: RawUpstreamRequest): Promise<RawUpstreamResponse> {
  const started = Date.now()
  const deadline = started + Math.min(config.UPSTREAM_DEADLINE_MS, request.deadlineMs ?? Number.POSITIVE_INFINITY)
  const url = config.SEAM_ENDPOINT + request.path
  const init: RequestInit = {
    method: request.method,
    headers: request.headers,
    body: request.body ?? null,
    redirect: 'manual',
  }
  let attempts = 0
  for (;;) {
    attempts++
    let failure: AttemptFailure
    try {
      const answer = await attempt(url, init, Math.min(config.UPSTREAM_TIMEOUT_MS, deadline - Date.now()))
      if (MAX_ATTEMPTS[request.retry] === 1 || !isRetryableStatus(answer.response.status)) {
        return finalAnswer(answer, attempts, started)
      }
      failure = new AttemptFailure('status', answer)
    } catch (err) {
      if (!(err instanceof AttemptFailure)) throw err
      failure = err
    }
    const delay =
      attempts < MAX_ATTEMPTS[request.retry] ? retryDelay(attempts, failure.answer, deadline - Date.now()) : null
    if (delay === null) {
      if (failure.answer) return finalAnswer(failure.answer, attempts, started)
      throw failureError(failure.kind, attempts)
    }
    await sleep(delay)
  }
}

/** Sends a JSON request to Seam under the policy above and reads its JSON answer. Throws SeamError for 502/504 outcomes. */
export async function callUpstream(config: Config, request: UpstreamRequest): Promise<UpstreamResponse> {
  const hasBody = request.body !== undefined
  const raw = await sendUpstream(config, {
    method: request.method,
    path: request.path,
    headers: hasBody ? { ...request.headers, 'content-type': 'application/json' } : request.headers,
    body: hasBody ? JSON.stringify(request.body) : null,
    retry: request.retry,
    deadlineMs: request.deadlineMs,
  })
  return readJsonAnswer(raw)
}

/** One fetch, its body read whole before the timeout: a stalled body is a timeout too. */
async function attempt(url: string, init: RequestInit, timeoutMs: number): Promise<Answer> {
  if (timeoutMs <= 0) throw new AttemptFailure('timeout')
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    const response = await fetch(url, { ...init, signal: controller.signal })
    const bytes = await readCapped(response, MAX_UPSTREAM_BODY_BYTES)
    return { response, bytes: bytes ?? new ArrayBuffer(0), oversized: bytes === null }
  } catch {
    throw new AttemptFailure(controller.signal.aborted ? 'timeout' : 'connection')
  } finally {
    clearTimeout(timer)
  }
}

/** The whole body, or null (and the stream cancelled) as soon as it is known to exceed `limit`. */
async function readCapped(response: Response, limit: number): Promise<ArrayBuffer | null> {
  const declared = Number(response.headers.get('content-length') ?? 0)
  if (declared > limit) {
    await response.body?.cancel()
    return null
  }
  return readStreamCapped(response.body, limit)
}

/** The answer a caller gets: Seam's, unless it was too big to read (502, as any unreadable answer). */
function finalAnswer({ response, bytes, oversized }: Answer, attempts: number, started: number): RawUpstreamResponse {
  if (oversized) throw invalidAnswer(response.status, 'body too large', passedHeaders(response.headers))
  return { status: response.status, headers: response.headers, bytes, attempts, elapsedMs: Date.now() - started }
}

/** The headers of Seam's answer that go back to the caller unchanged. */
export function passedHeaders(headers: Headers): Record<string, string> {
  const passed: Record<string, string> = {}
  for (const name of PASSED_RESPONSE_HEADERS) {
    const value = headers.get(name)
    if (value !== null) passed[name] = value
  }
  return passed
}

function failureError(kind: AttemptFailure['kind'], attempts: number): SeamError {
  const reason = `upstream ${kind} after ${attempts} attempt(s)`
  return kind === 'timeout' ? upstreamTimeout(reason) : upstreamUnavailable('unreachable', reason)
}

/**
 * Removes every `stack` key from a parsed error body, wherever it sits (top level, `error.stack`,
 * `error.data.stack`, deeper), without recursion. A stack trace names upstream code and hosts:
 * it never goes to a caller. True when something was removed.
 */
export function stripStacks(value: unknown): boolean {
  let removed = false
  const pending: unknown[] = [value]
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    if (current === null || typeof current !== 'object') continue
    if (!Array.isArray(current) && Object.hasOwn(current, 'stack')) {
      delete (current as Record<string, unknown>).stack
      removed = true
    }
    for (const child of Object.values(current)) if (child !== null && typeof child === 'object') pending.push(child)
  }
  return removed
}

/** Reads Seam's answer: it must be a JSON object; errors lose any `stack` Seam's dev servers add. */
function readJsonAnswer(raw: RawUpstreamResponse): UpstreamResponse {
  const headers = passedHeaders(raw.headers)
  const requestId = headers['seam-request-id']
  let body: unknown
  try {
    body = JSON.parse(new TextDecoder().decode(raw.bytes))
  } catch {
    throw invalidAnswer(raw.status, 'body is not JSON', headers)
  }
  if (!isJsonObject(body)) throw invalidAnswer(raw.status, 'body is not a JSON object', headers)
  const record = body
  if (raw.status >= 400) stripStacks(record)
  return {
    status: raw.status,
    body: record,
    headers,
    requestId,
    attempts: raw.attempts,
    elapsedMs: raw.elapsedMs,
  }
}

function invalidAnswer(status: number, why: string, headers: Record<string, string>): SeamError {
  const passed: Record<string, string> = {}
  if (headers['seam-request-id']) passed['seam-request-id'] = headers['seam-request-id']
  if (isRetryableStatus(status)) {
    if (headers['retry-after']) passed['retry-after'] = headers['retry-after']
    return upstreamUnavailable('failing', `upstream status ${status}, ${why}`, passed)
  }
  return upstreamInvalidResponse(`upstream status ${status}, ${why}`, passed)
}

/** The upstream's answer as a response to our caller: status, JSON body, Seam's headers. */
export function upstreamToResponse(answer: UpstreamResponse, extraHeaders: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': JSON_CONTENT_TYPE, ...answer.headers, ...extraHeaders },
  })
}
