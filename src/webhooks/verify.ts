/**
 * Standard Webhooks verification (the scheme Seam's Svix deliveries use), done on the raw body
 * before anything parses it:
 *
 *   signed content = `${webhook-id}.${webhook-timestamp}.${raw body}`
 *   signature      = base64(HMAC-SHA256(base64decode(secret without "whsec_"), signed content))
 *   header         = space-separated `v1,<signature>` entries (several during a secret rotation)
 *
 * Headers are `webhook-id`/`webhook-timestamp`/`webhook-signature` or their `svix-*` twins (the
 * `svix-*` one wins, as in the svix library). The timestamp must be within
 * WEBHOOK_TOLERANCE_SECONDS of now, both ways, which bounds how long a captured delivery can be
 * replayed (and the dedupe marker covers that window). Signatures are compared in constant time.
 *
 * Every edge case is decided exactly as the `standardwebhooks` reference library's `verify`
 * decides it (test/webhook-reference.test.ts asks the library first, case by case): the body is
 * decoded as UTF-8 with a leading BOM kept and invalid bytes replaced by U+FFFD, and re-encoded
 * for the HMAC; the timestamp is read as `parseInt(value, 10)` and the parsed number is what is
 * signed; in an entry `v1,<sig>,<more>` the signature is the part after the first comma and
 * before any second one; entries of another version are skipped.
 *
 * Every failure answers the same 401 with the same message; which check failed goes to the log
 * line only, and no header value (id, signature) or secret is ever logged.
 */

import type { MiddlewareHandler } from 'hono'
import { readRequestBody } from '../body.ts'
import type { Config } from '../config.ts'
import { hmacKey, timingSafeEqual, toBase64 } from '../crypto.ts'
import type { AppEnv } from '../env.ts'
import { internalError, SeamError } from '../errors.ts'

/** Standard Webhooks and svix reject timestamps more than five minutes off, either way. */
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60
/** Svix secrets are `whsec_` + base64 of the key bytes. */
export const SECRET_PREFIX = 'whsec_'
/** The only scheme this gateway verifies (symmetric HMAC); `v1a` (asymmetric) entries are skipped. */
export const SIGNATURE_VERSION = 'v1'
/** Header families, in order of precedence (svix's own rule). */
export const HEADER_PREFIXES = ['svix', 'webhook'] as const

/** Which sender a delivery came from: its own secret, and its own dedupe namespace. */
export type WebhookSource = 'seam' | 'grants'

export interface VerifiedWebhook {
  source: WebhookSource
  /** The sender's message id: the same on every retry of one message. */
  id: string
  /** Unix seconds from the signed timestamp header. */
  timestamp: number
  /** The exact body that was signed. */
  body: string
}

/** The Hono environment of the webhook routes: the app's, plus the verified delivery. */
export type WebhookEnv = AppEnv & { Variables: { webhook: VerifiedWebhook } }

export type VerifyFailure =
  | 'missing_headers'
  | 'invalid_timestamp'
  | 'timestamp_too_old'
  | 'timestamp_in_future'
  | 'no_matching_signature'

export type VerifyResult = { ok: true; id: string; timestamp: number } | { ok: false; failure: VerifyFailure }

const encoder = new TextEncoder()
/**
 * The reference library signs the body as a JS string (Node's Buffer.toString): a leading BOM
 * is kept, invalid bytes become U+FFFD. TextDecoder's default would drop the BOM, so that a body
 * with a BOM added after signing still verified and one signed with its BOM did not.
 */
const bodyDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })

/**
 * The HMAC key for a `whsec_…` secret (the prefix is optional, as in svix).
 * Returns null when the rest is not base64: a deployment error, not the sender's.
 */
export async function importSecret(secret: string): Promise<CryptoKey | null> {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret
  try {
    // Imported once per isolate (src/crypto.ts), so a hot isolate does not re-import per delivery.
    return await hmacKey(encoded, 'sign', 'base64')
  } catch {
    return null
  }
}

/** The first header of the family list that is present. */
function header(headers: Headers, name: 'id' | 'timestamp' | 'signature'): string | null {
  for (const prefix of HEADER_PREFIXES) {
    const value = headers.get(`${prefix}-${name}`)
    if (value !== null) return value
  }
  return null
}

/** The base64 HMAC-SHA256 of `${id}.${timestamp}.${body}`. */
export async function sign(key: CryptoKey, id: string, timestamp: number, body: string): Promise<string> {
  return toBase64(await crypto.subtle.sign('HMAC', key, encoder.encode(`${id}.${timestamp}.${body}`)))
}

/** Checks one delivery's headers and raw body against the key, at `nowSeconds`. */
export async function verifyDelivery(
  key: CryptoKey,
  headers: Headers,
  body: string,
  nowSeconds: number,
): Promise<VerifyResult> {
  const id = header(headers, 'id')
  const timestampText = header(headers, 'timestamp')
  const signatures = header(headers, 'signature')
  // An empty header counts as missing, as in the reference library.
  if (!id || !timestampText || !signatures) return { ok: false, failure: 'missing_headers' }
  // The reference reads the timestamp with parseInt: leading whitespace, zeros and a sign are
  // allowed, and anything after the digits is ignored. The parsed number is what gets signed.
  const timestamp = Number.parseInt(timestampText, 10)
  if (Number.isNaN(timestamp)) return { ok: false, failure: 'invalid_timestamp' }
  if (timestamp < nowSeconds - WEBHOOK_TOLERANCE_SECONDS) return { ok: false, failure: 'timestamp_too_old' }
  if (timestamp > nowSeconds + WEBHOOK_TOLERANCE_SECONDS) return { ok: false, failure: 'timestamp_in_future' }

  const expected = await sign(key, id, timestamp, body)
  let matched = false
  for (const entry of signatures.split(' ')) {
    const [version, candidate] = entry.split(',')
    if (version !== SIGNATURE_VERSION || candidate === undefined) continue
    // No early exit: every entry is compared, so timing does not reveal which one matched.
    if (timingSafeEqual(candidate, expected)) matched = true
  }
  return matched ? { ok: true, id, timestamp } : { ok: false, failure: 'no_matching_signature' }
}

export interface VerifyWebhookOptions {
  source: WebhookSource
  /** The config key holding this source's `whsec_…` secret (its name goes to logs, never its value). */
  secretKey: 'SEAM_WEBHOOK_SECRET' | 'GRANT_WEBHOOK_SECRET'
}

/** 503: the route exists but this deployment has not been given what it needs. */
export const notConfigured = (what: string) =>
  new SeamError(503, 'webhook_not_configured', 'This webhook endpoint is not configured.', {
    logReason: `${what} is not set`,
  })

export const invalidSignature = (failure: VerifyFailure) =>
  new SeamError(401, 'invalid_webhook_signature', 'The webhook signature could not be verified.', {
    logReason: `webhook verification failed: ${failure}`,
  })

/**
 * Verifies a signed delivery before anything else reads it, and hands the verified id,
 * timestamp and raw body on as `c.var.webhook`. Unset secret → 503 (the sender retries, so a
 * deployment that forgot the secret loses nothing once it is set); too big → 413; anything that
 * does not verify → 401. Nothing downstream runs unless the delivery verified.
 *
 * @example
 * router.post('/webhooks/seam', verifyWebhook({ source: 'seam', secretKey: 'SEAM_WEBHOOK_SECRET' }), handler)
 */
export function verifyWebhook(options: VerifyWebhookOptions): MiddlewareHandler<WebhookEnv> {
  return async function verifyWebhook(c, next) {
    const config: Config = c.var.config
    const log = c.var.log
    log.webhook_source = options.source
    const secret = config[options.secretKey]
    if (secret === undefined) throw notConfigured(options.secretKey)
    const key = await importSecret(secret)
    if (!key) throw internalError(`${options.secretKey} is not a whsec_ base64 secret`)

    const body = bodyDecoder.decode(
      await readRequestBody(c.req.raw, config.BODY_LIMIT_BYTES, config.REQUEST_BODY_TIMEOUT_MS),
    )
    const result = await verifyDelivery(key, c.req.raw.headers, body, Math.floor(Date.now() / 1000))
    if (!result.ok) throw invalidSignature(result.failure)
    c.set('webhook', { source: options.source, id: result.id, timestamp: result.timestamp, body })
    await next()
  }
}
