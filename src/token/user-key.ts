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
import { hmacKey, toHex } from '../crypto.ts'

const encoder = new TextEncoder()

export type UserKeyMode = 'sub' | 'hashed'

export async function userIdentifierKey(sub: string, mode: UserKeyMode, salt: string | undefined): Promise<string> {
  if (mode === 'sub') return sub
  if (salt === undefined) throw new Error('USER_KEY_SALT is required when USER_KEY_MODE=hashed')
  return toHex(await crypto.subtle.sign('HMAC', await hmacKey(salt, 'sign'), encoder.encode(sub)))
}
