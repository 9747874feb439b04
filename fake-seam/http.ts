// Small HTTP helpers shared by the Seam routes and the /_fake hooks: Seam's error type,
// its JSON envelope, the request id header and body reading.

import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8'
export const REQUEST_ID_HEADER = 'seam-request-id'

/** An error Seam answers with `{ error: { type, message, validation_errors?, data? }, ok: false }`. */
export class SeamError extends Error {
  status: number
  type: string
  validationErrors: unknown
  data: unknown

  constructor(
    status: number,
    type: string,
    message: string,
    extra: { validation_errors?: unknown; data?: unknown } = {},
  ) {
    super(message)
    this.status = status
    this.type = type
    this.validationErrors = extra.validation_errors
    this.data = extra.data
  }

  /** The envelope. Never carries a stack (Seam's dev fake adds one; the live API must not). */
  toBody(): { error: Record<string, unknown>; ok: false } {
    const error: Record<string, unknown> = { type: this.type, message: this.message }
    if (this.validationErrors !== undefined) error.validation_errors = this.validationErrors
    if (this.data !== undefined) error.data = this.data
    return { error, ok: false }
  }
}

export function newRequestId(): string {
  return `req_${randomUUID()}`
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  requestId: string,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    ...headers,
    'content-type': JSON_CONTENT_TYPE,
    'content-length': Buffer.byteLength(text),
    [REQUEST_ID_HEADER]: requestId,
  })
  res.end(text)
}

export function sendError(res: ServerResponse, err: SeamError, requestId: string): void {
  sendJson(res, err.status, err.toBody(), requestId)
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** Node lower-cases header names already; multi-valued headers are joined like fetch does. */
export function flattenHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    out[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return out
}
