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

export type ValidationErrors = Record<string, unknown>

export interface SeamErrorOptions {
  validationErrors?: ValidationErrors
  data?: unknown
  headers?: Record<string, string>
  /** Goes to the log line, never onto the wire. */
  logReason?: string
}

export interface SeamErrorBody {
  error: { type: string; message: string; validation_errors?: ValidationErrors; data?: unknown }
  ok: false
}

export class SeamError extends HTTPException {
  readonly type: string
  readonly validationErrors: ValidationErrors | undefined
  readonly data: unknown
  readonly headers: Record<string, string>
  readonly logReason: string | undefined

  constructor(status: ContentfulStatusCode, type: string, message: string, options: SeamErrorOptions = {}) {
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
  type: string,
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
