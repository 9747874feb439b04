/**
 * A verified `sub` → the Seam `user_identifier_key` of that user's client session.
 *
 * - USER_KEY_MODE=sub (default): the key is `sub` itself. Right when `sub` is already opaque
 *   (a UUID or a provider's random id), and it lets a backend find the session by the same id.
 * - USER_KEY_MODE=hashed: the key is lowercase hex of HMAC-SHA256(key = USER_KEY_SALT,
 *   message = sub), 64 characters. Seam advises against emails, phone numbers and guessable
 *   ids as keys; this keeps the provider's `sub` out of Seam and makes keys unguessable without
 *   the salt. A backend computes the same value to find a user's session. Changing the salt
 *   gives every user a new, empty session.
 */

const encoder = new TextEncoder()

export type UserKeyMode = 'sub' | 'hashed'

// The imported HMAC key, per salt: importing per request would be wasted work.
let saltKey: { salt: string; key: Promise<CryptoKey> } | null = null

function keyForSalt(salt: string): Promise<CryptoKey> {
  if (saltKey?.salt !== salt) {
    const key = crypto.subtle.importKey('raw', encoder.encode(salt), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
    saltKey = { salt, key }
  }
  return saltKey.key
}

export async function userIdentifierKey(sub: string, mode: UserKeyMode, salt: string | undefined): Promise<string> {
  if (mode === 'sub') return sub
  if (salt === undefined) throw new Error('USER_KEY_SALT is required when USER_KEY_MODE=hashed')
  const mac = await crypto.subtle.sign('HMAC', await keyForSalt(salt), encoder.encode(sub))
  let hex = ''
  for (const byte of new Uint8Array(mac)) hex += byte.toString(16).padStart(2, '0')
  return hex
}
