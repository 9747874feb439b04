/**
 * The upstream client: native fetch to Seam, with the whole failure policy in one place.
 *
 * - Each attempt has a timeout, and all attempts together a deadline: running out → 504
 *   `upstream_timeout`.
 * - Only requests that are safe to repeat are retried (`retry: 'safe'`: get, list, delete,
 *   and pass-through GET/HEAD/OPTIONS/DELETE), on a connection error, a timeout, 429 or 5xx,
 *   with exponential backoff and jitter, honouring `Retry-After`. Writes are sent once: once a
 *   create, get_or_create, grant_access or revoke may have reached Seam, a repeat could act twice.
 * - A connection failure → 502 `upstream_unavailable`; a body that is not the JSON it claims
 *   → 502 `upstream_invalid_response`. Seam's own JSON errors pass through with their status
 *   and body (less any `stack`), 429 with its `Retry-After`.
 */
import type { Config } from './config'
import { JSON_CONTENT_TYPE, SeamError } from './errors'

/** Attempts after the first, as the SDK does by default (3 in all). */
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

export type RetryPolicy = 'safe' | 'never'

export interface UpstreamRequest {
  method: string
  /** Path and query, e.g. `/client_sessions/get?client_session_id=…`. */
  path: string
  headers: Record<string, string>
  /** JSON body for POST/PUT/PATCH. */
  body?: unknown
  retry: RetryPolicy
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
  text: string
}

class AttemptFailure extends Error {
  constructor(
    readonly kind: 'timeout' | 'connection' | 'status',
    readonly answer?: Answer,
  ) {
    super(kind)
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

const isRetryableStatus = (status: number) => status === 429 || status >= 500

/** Sends one request to Seam under the policy above. Throws SeamError for 502/504 outcomes. */
export async function callUpstream(config: Config, request: UpstreamRequest): Promise<UpstreamResponse> {
  const started = Date.now()
  const deadline = started + config.UPSTREAM_DEADLINE_MS
  const url = config.SEAM_ENDPOINT + request.path
  const hasBody = request.body !== undefined
  const init: RequestInit = {
    method: request.method,
    headers: hasBody ? { ...request.headers, 'content-type': 'application/json' } : request.headers,
    body: hasBody ? JSON.stringify(request.body) : null,
    redirect: 'manual',
  }
  let attempts = 0
  for (;;) {
    attempts++
    let failure: AttemptFailure
    try {
      const answer = await attempt(url, init, Math.min(config.UPSTREAM_TIMEOUT_MS, deadline - Date.now()))
      if (request.retry === 'never' || !isRetryableStatus(answer.response.status)) {
        return readAnswer(answer, attempts, started)
      }
      failure = new AttemptFailure('status', answer)
    } catch (err) {
      if (!(err instanceof AttemptFailure)) throw err
      failure = err
    }
    const delay =
      request.retry === 'safe' && attempts <= MAX_RETRIES
        ? retryDelay(attempts, failure.answer, deadline - Date.now())
        : null
    if (delay === null) {
      if (failure.answer) return readAnswer(failure.answer, attempts, started)
      throw failureError(failure.kind, attempts)
    }
    await sleep(delay)
  }
}

/** One fetch, its body read whole before the timeout: a stalled body is a timeout too. */
async function attempt(url: string, init: RequestInit, timeoutMs: number): Promise<Answer> {
  if (timeoutMs <= 0) throw new AttemptFailure('timeout')
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    const response = await fetch(url, { ...init, signal: controller.signal })
    const declared = Number(response.headers.get('content-length') ?? 0)
    if (declared > MAX_UPSTREAM_BODY_BYTES) {
      await response.body?.cancel()
      return { response, text: '' }
    }
    return { response, text: await response.text() }
  } catch {
    throw new AttemptFailure(controller.signal.aborted ? 'timeout' : 'connection')
  } finally {
    clearTimeout(timer)
  }
}

function failureError(kind: AttemptFailure['kind'], attempts: number): SeamError {
  const reason = `upstream ${kind} after ${attempts} attempt(s)`
  return kind === 'timeout'
    ? new SeamError(504, 'upstream_timeout', 'The Seam API did not answer in time.', { logReason: reason })
    : new SeamError(502, 'upstream_unavailable', 'The Seam API could not be reached.', { logReason: reason })
}

/** Reads Seam's answer: it must be a JSON object; errors lose any `stack` Seam's dev servers add. */
function readAnswer({ response, text }: Answer, attempts: number, started: number): UpstreamResponse {
  const headers: Record<string, string> = {}
  for (const name of PASSED_RESPONSE_HEADERS) {
    const value = response.headers.get(name)
    if (value !== null) headers[name] = value
  }
  const requestId = headers['seam-request-id']
  if (text.length > MAX_UPSTREAM_BODY_BYTES) throw invalidAnswer(response.status, 'body too large', headers)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw invalidAnswer(response.status, 'body is not JSON', headers)
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw invalidAnswer(response.status, 'body is not a JSON object', headers)
  }
  const record = body as Record<string, unknown>
  const error = record.error
  if (response.status >= 400 && error !== null && typeof error === 'object' && 'stack' in error) {
    delete (error as Record<string, unknown>).stack
  }
  return { status: response.status, body: record, headers, requestId, attempts, elapsedMs: Date.now() - started }
}

function invalidAnswer(status: number, why: string, headers: Record<string, string>): SeamError {
  const passed: Record<string, string> = {}
  if (headers['seam-request-id']) passed['seam-request-id'] = headers['seam-request-id']
  if (status >= 500 || status === 429) {
    if (headers['retry-after']) passed['retry-after'] = headers['retry-after']
    return new SeamError(502, 'upstream_unavailable', 'The Seam API is unavailable.', {
      headers: passed,
      logReason: `upstream status ${status}, ${why}`,
    })
  }
  return new SeamError(502, 'upstream_invalid_response', 'The Seam API sent an answer this gateway cannot read.', {
    headers: passed,
    logReason: `upstream status ${status}, ${why}`,
  })
}

/** The upstream's answer as a response to our caller: status, JSON body, Seam's headers. */
export function upstreamToResponse(answer: UpstreamResponse, extraHeaders: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': JSON_CONTENT_TYPE, ...answer.headers, ...extraHeaders },
  })
}
