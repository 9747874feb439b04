// Injected upstream failures for the gateway's fault tests: error statuses, malformed bodies,
// hung requests and reset connections, per route or for every route ('*').

import type { ServerResponse } from 'node:http'
import { JSON_CONTENT_TYPE, REQUEST_ID_HEADER, SeamError } from './http.ts'

type FaultCommon = {
  /** Apply to the next N matching requests only; default: until cleared. */
  times?: number
}

export type Fault = FaultCommon &
  (
    | {
        kind: 'status'
        status: number
        /** Object -> JSON; string -> sent as is. Default: a Seam error envelope for the status. */
        body?: unknown
        /** Default: JSON for object/default bodies, text/plain for string bodies. */
        contentType?: string
        /** Extra headers, e.g. `{ 'retry-after': '1' }`. */
        headers?: Record<string, string>
      }
    /** 200 with a body that is not valid JSON (default: a truncated session object). */
    | { kind: 'malformed'; body?: string; contentType?: string }
    /** Never answer (until close()). */
    | { kind: 'hang' }
    /** Destroy the socket without answering. */
    | { kind: 'reset' }
  )

const DEFAULT_TYPES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  429: 'rate_limited',
  500: 'internal_server_error',
  502: 'bad_gateway',
  503: 'service_unavailable',
  504: 'gateway_timeout',
}

const TRUNCATED_JSON = '{"client_session":{"client_session_id":"cccccccc-0000-4000-8000-0000000'

/** Routes exempt from '*': readiness polls of /health must keep working while everything else fails. */
const WILDCARD_EXEMPT = new Set(['/health'])

export class FaultRegistry {
  #faults = new Map<string, { fault: Fault; remaining: number }>()

  set(route: string, fault: Fault): void {
    checkFault(fault)
    this.#faults.set(route, { fault, remaining: fault.times ?? Number.POSITIVE_INFINITY })
  }

  clear(): void {
    this.#faults.clear()
  }

  list(): { route: string; fault: Fault; remaining: number | null }[] {
    return [...this.#faults].map(([route, { fault, remaining }]) => ({
      route,
      fault,
      remaining: Number.isFinite(remaining) ? remaining : null,
    }))
  }

  /** The fault for this request, if any (an exact route beats '*'); uses up one of its `times`. */
  take(path: string): Fault | undefined {
    const entry = this.#faults.get(path) ?? (WILDCARD_EXEMPT.has(path) ? undefined : this.#faults.get('*'))
    if (!entry) return undefined
    entry.remaining -= 1
    if (entry.remaining <= 0) {
      for (const [route, candidate] of this.#faults) if (candidate === entry) this.#faults.delete(route)
    }
    return entry.fault
  }
}

/** Rejects nonsense early so a typo in a test fails loudly instead of silently not faulting. */
function checkFault(fault: Fault): void {
  const kinds = ['status', 'malformed', 'hang', 'reset']
  if (typeof fault !== 'object' || fault === null || !kinds.includes(fault.kind)) {
    throw new SeamError(400, 'invalid_input', `fault.kind must be one of ${kinds.join(', ')}`)
  }
  if (fault.kind === 'status' && !(Number.isInteger(fault.status) && fault.status >= 100 && fault.status <= 599)) {
    throw new SeamError(400, 'invalid_input', 'fault.status must be an HTTP status code')
  }
  if (fault.times !== undefined && !(Number.isInteger(fault.times) && fault.times > 0)) {
    throw new SeamError(400, 'invalid_input', 'fault.times must be a positive integer')
  }
}

/** Answers (or deliberately does not answer) a faulted request. `hang` is handled by the caller. */
export function sendFault(res: ServerResponse, fault: Exclude<Fault, { kind: 'hang' }>, requestId: string): void {
  if (fault.kind === 'reset') {
    res.socket?.destroy()
    return
  }
  let text: string
  let contentType: string
  let status = 200
  let headers: Record<string, string> = {}
  if (fault.kind === 'malformed') {
    text = fault.body ?? TRUNCATED_JSON
    contentType = fault.contentType ?? JSON_CONTENT_TYPE
  } else {
    status = fault.status
    headers = fault.headers ?? {}
    if (typeof fault.body === 'string') {
      text = fault.body
      contentType = fault.contentType ?? 'text/plain; charset=utf-8'
    } else {
      const type = DEFAULT_TYPES[status] ?? `http_${status}`
      const body = fault.body ?? { error: { type, message: `Injected fault: HTTP ${status}` }, ok: false }
      text = JSON.stringify(body)
      contentType = fault.contentType ?? JSON_CONTENT_TYPE
    }
  }
  res.writeHead(status, {
    ...headers,
    'content-type': contentType,
    'content-length': Buffer.byteLength(text),
    [REQUEST_ID_HEADER]: requestId,
  })
  res.end(text)
}
