/**
 * The gateway's crypto helpers, all on Web Crypto: hex and base64 encoding, SHA-256 digests
 * (plain, and remembered per isolate for the key parts a cache hit needs), constant-time string
 * comparison, and imported HMAC-SHA256 keys (remembered per isolate, bounded).
 */

const encoder = new TextEncoder()
/** Byte → its two hex digits, built once per isolate: a hit hashes on every request. */
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'))

/** Lowercase hex of bytes. */
export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  let hex = ''
  for (const byte of bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)) hex += HEX[byte]
  return hex
}

/** Standard base64 (with padding) of bytes. */
export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
  let binary = ''
  for (const byte of bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/** The bytes of standard base64; throws on anything that is not base64. */
export function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0))
}

/** SHA-256 hex of a string (UTF-8) or of bytes: every variable part of a key goes through this. */
export async function sha256Hex(value: string | ArrayBuffer | Uint8Array): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', typeof value === 'string' ? encoder.encode(value) : value))
}

/** Bounds the digests remembered per isolate (an isolate has 128 MB). */
export const DIGEST_MEMO_MAX_ENTRIES = 2_000
/**
 * Longer values are hashed every time, not remembered: callers choose these strings (a bearer
 * token, a user key up to 4 KiB), and 2,000 of any length could fill the isolate. Real keys,
 * tokens and ids are far shorter; with this cap the memo stays under ~4 MB.
 */
export const DIGEST_MEMO_MAX_VALUE_LENGTH = 1_024
const digests = new Map<string, string>()

/**
 * `sha256Hex`, remembered per isolate, for the key parts a cache hit needs on every request:
 * the caller's credential, the session id, and for a lookup by user key the workspace and the
 * key. Hashing cost a hit ~33-61 µs of CPU under load; a remembered digest costs a map read.
 *
 * The memo keeps raw values, credentials included, as map keys in isolate memory. They are in
 * that memory anyway (every request's headers carry them, V8 does not clear freed memory, the
 * memory tier holds session tokens); what must never hold them is KV (src/cache/keys.ts) and the
 * logs. Oldest out first when full.
 */
export async function memoSha256Hex(value: string): Promise<string> {
  if (value.length > DIGEST_MEMO_MAX_VALUE_LENGTH) return sha256Hex(value)
  const known = digests.get(value)
  if (known !== undefined) return known
  const digest = await sha256Hex(value)
  rememberBounded(digests, value, digest, DIGEST_MEMO_MAX_ENTRIES)
  return digest
}

/** `memoSha256Hex(value)` when this isolate already knows it, without waiting; undefined otherwise. */
export function knownSha256Hex(value: string): string | undefined {
  return digests.get(value)
}

/** Compares two strings without an early exit, so the time taken does not tell where they differ. */
export function timingSafeEqual(a: string, b: string): boolean {
  const left = encoder.encode(a)
  const right = encoder.encode(b)
  // The length of what is compared here (an HMAC-SHA256 signature, 44 base64 characters) is public.
  if (left.byteLength !== right.byteLength) return false
  let diff = 0
  for (let i = 0; i < left.byteLength; i++) diff |= (left[i] as number) ^ (right[i] as number)
  return diff === 0
}

/**
 * Imported HMAC keys remembered per isolate. The secrets are configuration (AUTH_JWT_SECRET,
 * USER_KEY_SALT, the two webhook secrets): a handful, changed only with a deploy. The bound only
 * keeps a long-lived isolate that saw many config changes from growing without end.
 */
export const HMAC_KEY_MEMO_MAX_ENTRIES = 16
const hmacKeys = new Map<string, Promise<CryptoKey>>()

/** How a secret string becomes key bytes: its UTF-8 bytes (JWT libraries, the user-key salt) or base64 (`whsec_`). */
export type SecretEncoding = 'utf8' | 'base64'

/**
 * The HMAC-SHA256 key for `secret`, imported once per isolate (importing per request would cost
 * a few microseconds for nothing). Throws synchronously when a base64 secret is not base64 or
 * decodes to nothing; such a secret is not remembered.
 */
export function hmacKey(
  secret: string,
  usage: 'sign' | 'verify',
  encoding: SecretEncoding = 'utf8',
): Promise<CryptoKey> {
  const memoKey = `${usage}:${encoding}:${secret}`
  let key = hmacKeys.get(memoKey)
  if (key === undefined) {
    const raw = encoding === 'utf8' ? encoder.encode(secret) : fromBase64(secret)
    if (encoding === 'base64' && raw.byteLength === 0) throw new Error('empty HMAC secret')
    key = crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, [usage])
    rememberBounded(hmacKeys, memoKey, key, HMAC_KEY_MEMO_MAX_ENTRIES)
  }
  return key
}

/** Sets `key` in an insertion-ordered map of at most `max` entries, dropping the oldest first. */
export function rememberBounded<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  if (map.size >= max) {
    const oldest = map.keys().next().value
    if (oldest !== undefined) map.delete(oldest)
  }
  map.set(key, value)
}
