/**
 * THE KV KEY LAYOUT — every key this gateway writes to the `SESSION_CACHE` namespace. Every
 * key (and every COORDINATOR object name, below) is built by a function of this file, under the
 * tables: a new key family is a new row and a new builder here.
 *
 * No key ever holds a raw credential, token, id or user key: each variable part is a
 * SHA-256 hex digest. Values hold what is needed to answer (a session object includes its
 * client session token, which a get answer must return), never a caller's credential.
 *
 * | key                                   | value                                   | KV expiration                           |
 * | ------------------------------------- | --------------------------------------- | --------------------------------------- |
 * | `v1:cred:{h(credential)}`             | `{ w: workspace_id, id?: session id, at }` — the workspace the upstream accepted this credential for (and, for a client session token, its own session) | fresh + stale-if-error window, at least KV_MIN_TTL_SECONDS |
 * | `v1:sess:{h(client_session_id)}`      | `{ session, at }` — the client_session object as Seam sent it | the session's `expires_at`, capped at fresh + stale-if-error, at least KV_MIN_TTL_SECONDS |
 * | `v1:uik:{h(workspace_id)}:{h(key)}`   | `{ id, at }` — which session holds this user_identifier_key | as `sess` |
 * | `v1:vend:{h(endpoint, api key)}:{h(user key)}` | token vending's record (src/token/vend.ts): `{ client_session_id, token, expires_at, at }` — the token last vended to this user_identifier_key; `h(endpoint, api key)` is SHA-256 of `SEAM_ENDPOINT + "\n" + SEAM_API_KEY`, so a new key starts afresh | the token's `expires_at`, at least KV_MIN_TTL_SECONDS |
 * | `v1:vsess:{h(client_session_id)}`    | `{ key }` — the `vend` record key that last handed out this session's token, so a revoke, a delete or a `client_session.*` event can find it (src/token/vend.ts) | as its `vend` record |
 * | `v1:vtok:{h(token)}`                  | `{ key }` — the `vend` record key that handed out this client session token, so Seam's 401 to that token can find it | as its `vend` record |
 * | `v1:wh:{h(source)}:{h(webhook-id)}`   | `{ at, outcome }` — this signed delivery's grant succeeded (source `seam` or `grants`); written only after the grant (src/webhooks/dedupe.ts) | DEDUPE_TTL_SECONDS (3 days, past Svix's ~1.5-day retry horizon) |
 *
 * `h(credential)` covers the credential kind, the token and the `seam-workspace` header, so
 * the same PAT in two workspaces is two credentials. Session entries are keyed by id alone
 * (Seam's ids are unique across workspaces), and every read checks the entry's
 * `workspace_id` against the caller's: a write by any credential can drop an entry without
 * knowing the workspace, and no caller is ever served another workspace's session.
 *
 * Session ids go through `canonicalSessionId` before they are hashed into a key (or a
 * per-isolate tombstone): Seam's ids are uuids, which Seam validates as uuids on get, revoke and
 * delete and Postgres compares case-insensitively, so `ABC…` and `abc…` name one session and
 * must name one entry. Only uuid-shaped ids (8-4-4-4-12 hex digits, the only form Seam's uuid
 * validation lets through) are lower-cased; any other id is opaque and kept byte for byte
 * (the fakes use ids such as `cst1`, and lower-casing them could merge two sessions).
 *
 * THE DURABLE OBJECT LAYOUT — the `COORDINATOR` namespace (src/coordination/coordinator.ts,
 * SQLite-backed, issue 14), for what must be decided once across isolates and locations. One
 * object per decision, its id `idFromName(name)`; names use the same digests as the KV keys:
 *
 * | object name                              | decides                                  | held / kept                              |
 * | ---------------------------------------- | ---------------------------------------- | ---------------------------------------- |
 * | `v1:wh:{h(source)}:{h(webhook-id)}`      | one grant per webhook delivery id (src/webhooks/once.ts) | lease COORDINATION_LEASE_MS while granting; `done` kept DEDUPE_TTL_SECONDS (3 days) |
 * | `v1:vend:{h(endpoint, api key)}:{h(user key)}` | one renewal per user at a time (src/coordination/single-flight.ts); no token is stored | lease COORDINATION_LEASE_MS, released when the renewal ends |
 * | `v1:idem:{h(credential)}:{h(Idempotency-Key)}` | one Seam call per Idempotency-Key (src/idempotency/middleware.ts); `value` = Seam's first answer `{ status, headers: content-type + seam-request-id, body: base64 }` | lease COORDINATION_LEASE_MS; `done` kept IDEMPOTENCY_TTL_SECONDS (24 h); `unknown` IDEMPOTENCY_UNKNOWN_HOLD_MS (5 min) |
 *
 * Each object has one table with at most one row:
 * `decision (id = 1, state 'leased' | 'done' | 'unknown', token, fingerprint, expires_at ms,
 * unknown_ms, value)`. Lease rules: a claim on no row (or an expired one) takes the lease with a
 * fresh random `token`; only that token can renew a live lease (`expires_at` = now + lease; a
 * webhook delivery does before each grant), complete (→ `done` with its value), mark `unknown`
 * (Seam's outcome not known: nobody acts until it expires) or release it (→ no row). A lease
 * nobody ends expires at `expires_at` (the worker died); an idempotency lease then reads as
 * `unknown` for `unknown_ms` more, since its request may have reached Seam. A claim with another
 * `fingerprint` (a different request under the same Idempotency-Key) gets `mismatch`. Expired rows
 * are ignored on read; the alarm, set to the row's expiry, deletes the object's storage.
 */

import { memoSha256Hex, sha256Hex } from '../crypto.ts'

/** Bump to orphan every old entry when a value's shape changes. */
export const KEY_VERSION = 'v1'
/** KV rejects expirations shorter than a minute. */
export const KV_MIN_TTL_SECONDS = 60

export const credentialKey = (credentialHash: string) => `${KEY_VERSION}:cred:${credentialHash}`
export const sessionKey = (idHash: string) => `${KEY_VERSION}:sess:${idHash}`
export const userKeyPointer = (workspaceHash: string, userKeyHash: string) =>
  `${KEY_VERSION}:uik:${workspaceHash}:${userKeyHash}`

/** The API key is part of the scope: a new key (maybe another workspace) starts afresh. Also the renewal lease's object name. */
export async function vendRecordKey(endpoint: string, apiKey: string, userKey: string): Promise<string> {
  const scope = await sha256Hex(`${endpoint}\n${apiKey}`)
  return `${KEY_VERSION}:vend:${scope}:${await sha256Hex(userKey)}`
}
export const vendBySessionKey = async (sessionId: string) =>
  `${KEY_VERSION}:vsess:${await sha256Hex(canonicalSessionId(sessionId))}`
export const vendByTokenKey = async (token: string) => `${KEY_VERSION}:vtok:${await sha256Hex(token)}`

/** A signed delivery's KV marker, and the name of its COORDINATOR object. */
export const webhookDedupeKey = async (source: string, webhookId: string) =>
  `${KEY_VERSION}:wh:${await sha256Hex(source)}:${await sha256Hex(webhookId)}`

/** The COORDINATOR object of one Idempotency-Key, per credential. */
export const idempotencyName = async (credentialIdentity: string, idempotencyKey: string) =>
  `${KEY_VERSION}:idem:${await memoSha256Hex(credentialIdentity)}:${await sha256Hex(idempotencyKey)}`

/** A uuid in its standard hyphenated form, any case: what Seam's uuid validation accepts. */
const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The one spelling of a session id that keys and tombstones use (see the file comment). */
export const canonicalSessionId = (id: string): string => (UUID_SHAPE.test(id) ? id.toLowerCase() : id)
