/**
 * The one way to build an error: Seam's envelope, so the official SDK's error classes
 * (`SeamHttpApiError`, `SeamHttpInvalidInputError`, `SeamHttpUnauthorizedError`) work unchanged.
 *
 *   { "error": { "type", "message", "validation_errors"?, "data"? }, "ok": false }
 *
 * The wire only ever gets a stable `type` and a fixed message. Internal reasons (exception
 * text, upstream hosts, stack traces) go to the request's log line through `logReason`.
 */
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/**
 * Every error `type` the gateway answers with: the catalogue. The OpenAPI document publishes it
 * as the error envelope's `type` enum (scripts/openapi.ts); Seam's own error bodies, passed
 * through unchanged, may carry other types.
 */
export const SEAM_ERROR_TYPES = [
  // The request
  'invalid_input',
  'invalid_content_type',
  'invalid_path',
  'payload_too_large',
  'request_timeout',
  'client_closed_request',
  'unauthorized',
  'not_found',
  'method_not_allowed',
  'rate_limited',
  // Idempotency-Key (src/idempotency/middleware.ts)
  'idempotency_key_reused',
  'idempotency_request_in_progress',
  'idempotency_outcome_unknown',
  'idempotency_unavailable',
  // Webhooks (src/webhooks/)
  'invalid_webhook_signature',
  'webhook_not_configured',
  // POST /token (src/token/)
  'token_vending_not_configured',
  'token_verification_unavailable',
  // The upstream (src/upstream.ts)
  'upstream_unavailable',
  'upstream_timeout',
  'upstream_invalid_response',
  'upstream_rejected',
  // The gateway itself
  'gateway_error',
  'internal_server_error',
] as const

export type SeamErrorType = (typeof SEAM_ERROR_TYPES)[number]

export type ValidationErrors = Record<string, unknown>

export interface SeamErrorOptions {
  validationErrors?: ValidationErrors
  data?: unknown
  headers?: Record<string, string>
  /** Goes to the log line, never onto the wire. */
  logReason?: string
}

export interface SeamErrorBody {
  error: { type: SeamErrorType; message: string; validation_errors?: ValidationErrors; data?: unknown }
  ok: false
}

export class SeamError extends HTTPException {
  readonly type: SeamErrorType
  readonly validationErrors: ValidationErrors | undefined
  readonly data: unknown
  readonly headers: Record<string, string>
  readonly logReason: string | undefined

  constructor(status: ContentfulStatusCode, type: SeamErrorType, message: string, options: SeamErrorOptions = {}) {
    super(status, { message })
    this.type = type
    this.validationErrors = options.validationErrors
    this.data = options.data
    this.headers = options.headers ?? {}
    this.logReason = options.logReason
  }

  body(): SeamErrorBody {
    return errorBody(this.type, this.message, this.validationErrors, this.data)
  }

  override getResponse(): Response {
    return jsonResponse(this.body(), this.status, this.headers)
  }
}

export function errorBody(
  type: SeamErrorType,
  message: string,
  validationErrors?: ValidationErrors,
  data?: unknown,
): SeamErrorBody {
  const error: SeamErrorBody['error'] = { type, message }
  if (validationErrors !== undefined) error.validation_errors = validationErrors
  if (data !== undefined) error.data = data
  return { error, ok: false }
}

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8'

export function jsonResponse(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': JSON_CONTENT_TYPE, ...headers },
  })
}

/** Maps an HTTPException that some Hono middleware threw onto a stable Seam error type. */
export function toSeamError(err: HTTPException): SeamError {
  if (err instanceof SeamError) return err
  switch (err.status) {
    case 400:
      return new SeamError(400, 'invalid_input', 'The request body is not valid JSON.', { logReason: err.message })
    case 401:
      return new SeamError(401, 'unauthorized', 'Unauthorized', { logReason: err.message })
    case 413:
      return payloadTooLarge()
    default:
      return new SeamError(err.status, 'gateway_error', 'The request could not be handled.', {
        logReason: err.message,
      })
  }
}

export const payloadTooLarge = () =>
  new SeamError(413, 'payload_too_large', 'The request body is larger than this gateway accepts.')

export const unauthorized = (message: string, logReason?: string) =>
  new SeamError(401, 'unauthorized', message, logReason === undefined ? {} : { logReason })

export const notFound = () => new SeamError(404, 'not_found', 'Not Found')

export const methodNotAllowed = (allowed: readonly string[]) =>
  new SeamError(405, 'method_not_allowed', `Method not allowed; use ${allowed.join(' or ')}.`, {
    headers: { allow: allowed.join(', ') },
  })

export const internalError = (logReason: string) =>
  new SeamError(500, 'internal_server_error', 'Internal server error.', { logReason })

/** What an `upstream_unavailable` answer tells the caller, by who asks: the one message per case. */
const UPSTREAM_UNAVAILABLE_MESSAGES = {
  /** No answer at all (connection failure). */
  unreachable: 'The Seam API could not be reached.',
  /** An answer that says Seam is failing (5xx, 429) and that could not be read. */
  failing: 'The Seam API is unavailable.',
  /** A webhook grant Seam cannot do now: the sender retries the delivery. */
  grant_later: 'Access could not be granted now; retry later.',
} as const

/** 502 (or 503 for a webhook sender) `upstream_unavailable`: Seam cannot do it now. */
export const upstreamUnavailable = (
  why: keyof typeof UPSTREAM_UNAVAILABLE_MESSAGES,
  logReason: string,
  headers: Record<string, string> = {},
) =>
  new SeamError(why === 'grant_later' ? 503 : 502, 'upstream_unavailable', UPSTREAM_UNAVAILABLE_MESSAGES[why], {
    headers,
    logReason,
  })

/** 502 `upstream_invalid_response`: an answer of Seam's this gateway cannot read. */
export const upstreamInvalidResponse = (logReason: string, headers: Record<string, string> = {}) =>
  new SeamError(502, 'upstream_invalid_response', 'The Seam API sent an answer this gateway cannot read.', {
    headers,
    logReason,
  })

/** 504 `upstream_timeout`: Seam did not answer within the attempt timeout or the deadline. */
export const upstreamTimeout = (logReason: string) =>
  new SeamError(504, 'upstream_timeout', 'The Seam API did not answer in time.', { logReason })

/** 400 `invalid_input` with a fixed message (validation.ts `invalidInput` builds the schema-driven ones). */
export const badInput = (message: string, validationErrors?: ValidationErrors) =>
  new SeamError(400, 'invalid_input', message, validationErrors === undefined ? {} : { validationErrors })
