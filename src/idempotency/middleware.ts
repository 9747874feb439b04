/**
 * `Idempotency-Key` on every mutating route (issue 14), after the IETF draft
 * (draft-ietf-httpapi-idempotency-key-header) and Stripe's semantics:
 *
 * - optional; 1–255 characters, else 400 `invalid_input`; without it nothing changes;
 * - scoped to the caller's credential (its hash covers the token and the `seam-workspace`
 *   header, so the same key in two workspaces is two keys);
 * - the request's fingerprint is SHA-256 of method, path, query and SHA-256 of the body;
 * - the first answer Seam gave (status, body, `seam-request-id`, content type) is stored for
 *   IDEMPOTENCY_TTL_SECONDS (24 h) and replayed for the same key and request with
 *   `Idempotent-Replayed: true`, without calling Seam;
 * - the same key with another request → 422 `idempotency_key_reused`;
 * - while the first is still at Seam → 409 `idempotency_request_in_progress` with Retry-After;
 * - no answer from Seam (timeout, connection lost, an unreadable or 5xx answer: the write may or
 *   may not have happened) → nothing is stored as final; the key is held "outcome unknown" for
 *   IDEMPOTENCY_UNKNOWN_HOLD_MS and answers 409 `idempotency_outcome_unknown` with Retry-After,
 *   so a blind retry cannot act twice while the first may still land. Afterwards the key is free:
 *   read the state first (get, list), then retry;
 * - refusals at the edge (400, 401, 404, 405, 413: Seam never asked) and Seam's 429 (Seam did
 *   nothing) are not stored: the key is free again at once.
 *
 * Decisions live in the COORDINATOR Durable Object (`v1:idem:{h(credential)}:{h(key)}`). Without
 * the binding the header is checked but not enforced (logged `idempotency: unenforced`).
 *
 * @example
 * router.post('/client_sessions/revoke', enter, jsonBody(), validate, idempotency({ body: 'parsed' }), handler)
 */
import type { Context, MiddlewareHandler } from 'hono'
import { readRequestBody } from '../body.ts'
import { idempotencyName } from '../cache/keys.ts'
import { coordinatorOf, decisionFor, retryAfterSeconds } from '../coordination/client.ts'
import type { ClaimResult } from '../coordination/coordinator.ts'
import { readCredential } from '../credentials.ts'
import { fromBase64, sha256Hex, toBase64 } from '../crypto.ts'
import type { AppEnv } from '../env.ts'
import { badInput, SeamError } from '../errors.ts'

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key'
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed'
/** The IETF draft leaves the length open; Stripe's limit, which Seam's SDK users already know. */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255
/** Ten upstream deadlines: any write still on its way to Seam has landed or failed by then. */
export const IDEMPOTENCY_UNKNOWN_HOLD_MS = 5 * 60_000
/** A Durable Object SQLite row holds at most 2 MB; client-session answers are a few KB. */
export const IDEMPOTENCY_MAX_STORED_BYTES = 1024 * 1024
/** Seam answer headers stored and replayed with the body. */
const STORED_HEADERS = ['content-type', 'seam-request-id'] as const

export interface IdempotencyOptions {
  /**
   * `parsed`: the route already read the body as JSON (jsonBody()); its fingerprint is that
   * JSON. `raw`: the body is read here from a copy, within BODY_LIMIT_BYTES (pass-through).
   */
  body: 'parsed' | 'raw'
}

interface StoredAnswer {
  status: number
  headers: Record<string, string>
  /** base64 of the body bytes. */
  body: string
}

const keyError = () =>
  badInput(`Idempotency-Key must be 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters.`, {
    'idempotency-key': { _errors: ['must be 1 to 255 characters'] },
  })

export function idempotency(options: IdempotencyOptions): MiddlewareHandler<AppEnv> {
  return async function idempotency(c, next) {
    const key = c.req.header(IDEMPOTENCY_KEY_HEADER)
    if (key === undefined) return await next()
    if (key.length === 0 || key.length > IDEMPOTENCY_KEY_MAX_LENGTH) throw keyError()
    const credential = c.var.credential ?? readCredential(c.req.raw.headers)
    // No credential: the route answers 401 next, and a refusal is never stored.
    if (!credential) return await next()
    const coordinator = coordinatorOf(c.env)
    const log = c.var.log
    if (!coordinator) {
      log.idempotency = 'unenforced'
      return await next()
    }
    const name = await idempotencyName(credential.identity, key)
    const decision = decisionFor(coordinator, name)
    const fingerprint = await requestFingerprint(c, options)
    let claim: ClaimResult
    try {
      claim = await decision.claim({
        fingerprint,
        leaseMs: c.var.config.COORDINATION_LEASE_MS,
        waitMs: 0,
        unknownMs: IDEMPOTENCY_UNKNOWN_HOLD_MS,
      })
    } catch (err) {
      throw new SeamError(503, 'idempotency_unavailable', 'Idempotency-Key cannot be honoured right now; retry.', {
        headers: { 'retry-after': '1' },
        logReason: `coordinator unavailable: ${err instanceof Error ? err.name : 'error'}`,
      })
    }
    log.idempotency = claim.kind
    if (claim.kind === 'done') return replay(JSON.parse(claim.value) as StoredAnswer)
    if (claim.kind === 'mismatch') {
      throw new SeamError(
        422,
        'idempotency_key_reused',
        'This Idempotency-Key was used for a different request; use a new key.',
      )
    }
    if (claim.kind === 'held') {
      throw new SeamError(
        409,
        'idempotency_request_in_progress',
        'A request with this Idempotency-Key is in progress.',
        {
          headers: { 'retry-after': retryAfterSeconds(claim.retryAfterMs) },
        },
      )
    }
    if (claim.kind === 'unknown') {
      throw new SeamError(
        409,
        'idempotency_outcome_unknown',
        'The first request with this Idempotency-Key got no answer from the Seam API; check its effect before retrying.',
        { headers: { 'retry-after': retryAfterSeconds(claim.retryAfterMs) } },
      )
    }

    let thrown: unknown
    try {
      await next()
    } catch (err) {
      thrown = err // pass-through calls this directly: no Hono onError in between
    }
    const status = thrown instanceof SeamError ? thrown.status : thrown === undefined ? c.res.status : 500
    await settle(c, decision, claim.token, status, thrown === undefined)
    if (thrown !== undefined) throw thrown
  }
}

type Decision = ReturnType<typeof decisionFor>

/** What Seam's answer (or its absence) means for the key; see the file comment. */
async function settle(c: Context<AppEnv>, decision: Decision, token: string, status: number, answered: boolean) {
  const log = c.var.log
  const upstreamStatus = log.upstream_status
  const free = () => decision.release(token).catch(() => false)
  if (typeof upstreamStatus !== 'number') {
    // Seam was not asked (an edge refusal), or asked with no readable answer (502/504).
    if (status < 500) await free()
    else await decision.markUnknown(token, IDEMPOTENCY_UNKNOWN_HOLD_MS).catch(() => false)
    log.idempotency = status < 500 ? 'released' : 'outcome_unknown'
    return
  }
  if (upstreamStatus === 429) {
    await free()
    log.idempotency = 'released'
    return
  }
  // A 5xx may have acted; so may a request that failed after Seam answered.
  if (upstreamStatus >= 500 || !answered) {
    await decision.markUnknown(token, IDEMPOTENCY_UNKNOWN_HOLD_MS).catch(() => false)
    log.idempotency = 'outcome_unknown'
    return
  }
  const bytes = await c.res.clone().arrayBuffer()
  if (bytes.byteLength > IDEMPOTENCY_MAX_STORED_BYTES) {
    await free()
    log.idempotency = 'too_large_to_store'
    return
  }
  const headers: Record<string, string> = {}
  for (const name of STORED_HEADERS) {
    const value = c.res.headers.get(name)
    if (value !== null) headers[name] = value
  }
  const stored: StoredAnswer = { status: c.res.status, headers, body: toBase64(bytes) }
  const ttlMs = c.var.config.IDEMPOTENCY_TTL_SECONDS * 1000
  const ok = await decision.complete(token, JSON.stringify(stored), ttlMs).catch(() => false)
  log.idempotency = ok ? 'stored' : 'store_failed'
}

/** SHA-256 of method, path, query and the body's SHA-256. */
async function requestFingerprint(c: Context<AppEnv>, options: IdempotencyOptions): Promise<string> {
  const url = new URL(c.req.url)
  let body: string | ArrayBuffer = ''
  if (c.req.method !== 'GET' && c.req.method !== 'DELETE' && options.body === 'parsed') {
    body = JSON.stringify(await c.req.json())
  } else if (options.body === 'raw' && c.req.raw.body !== null) {
    body = await readRequestBody(c.req.raw.clone(), c.var.config.BODY_LIMIT_BYTES, c.var.config.REQUEST_BODY_TIMEOUT_MS)
  }
  const bodyDigest = await sha256Hex(body)
  return await sha256Hex(`${c.req.method}\n${url.pathname}\n${url.search}\n${bodyDigest}`)
}

function replay(stored: StoredAnswer): Response {
  return new Response(stored.body === '' ? null : fromBase64(stored.body), {
    status: stored.status,
    headers: { ...stored.headers, [IDEMPOTENT_REPLAYED_HEADER]: 'true' },
  })
}
