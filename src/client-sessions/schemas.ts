/**
 * Request schemas for the seven client-session routes, mirroring Seam's OpenAPI
 * (`@seamapi/types` openapi, see shared/reference/seam-api.md sections 1.4 and 3).
 *
 * Never stricter than Seam for a request Seam accepts: ids are opaque non-empty strings
 * (Seam's own fake uses `cst1`), date-times accept any ISO 8601 offset. Unknown keys are
 * rejected (`z.strictObject`), as Seam does when the SDK sends `_strict=true`.
 */
import * as z from 'zod/mini'
import { id, idList, text } from '../schema-atoms.ts'
import type { QueryShape } from '../validation.ts'

const nonEmptyText = id
/**
 * ISO 8601 date-time as Seam's validator reads it (zod 3's `datetime({ offset: true })`):
 * seconds and fractions optional, `Z` or a `±hh:mm` / `±hhmm` offset, a real calendar date.
 */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/
function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number]
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}
const dateTime = z
  .string()
  .check(z.regex(DATE_TIME, 'Invalid ISO 8601 date-time'), z.refine(isCalendarDate, 'Invalid ISO 8601 date-time'))
/** Deprecated in favour of `user_identity_id`; Seam allows exactly one item. */
const userIdentityIds = z.array(id).check(z.minLength(1), z.maxLength(1))
const opt = z.optional

const createShape = {
  connect_webview_ids: opt(idList),
  connected_account_ids: opt(idList),
  customer_id: opt(id),
  customer_key: opt(nonEmptyText),
  expires_at: opt(dateTime),
  user_identifier_key: opt(nonEmptyText),
  user_identity_id: opt(id),
  user_identity_ids: opt(userIdentityIds),
}

export const createSchema = z.strictObject(createShape)

// create's parameters without the customer's, from the shared shape: z.omit costs ~400 bytes
// of the gzipped bundle for this one use.
const { customer_id: _customerId, customer_key: _customerKey, ...getOrCreateShape } = createShape
export const getOrCreateSchema = z.strictObject(getOrCreateShape)

export const getSchema = z.strictObject({
  client_session_id: opt(id),
  user_identifier_key: opt(text),
})

export const grantAccessSchema = z
  .strictObject({
    client_session_id: opt(id),
    user_identifier_key: opt(text),
    connected_account_ids: opt(idList),
    connect_webview_ids: opt(idList),
    user_identity_id: opt(id),
    user_identity_ids: opt(userIdentityIds),
  })
  .check(
    z.refine((params) => Object.values(params).some((v) => v !== undefined), {
      message: 'At least one parameter is required.',
    }),
    // With an API key there is no session to grant to without one of these (the SDK types only ask for
    // one field; the live API's answer is undocumented, fake-seam refuses it, and so do webhook grants).
    z.refine((params) => params.client_session_id !== undefined || params.user_identifier_key !== undefined, {
      message: 'client_session_id or user_identifier_key is required.',
    }),
  )

export const listSchema = z.strictObject({
  client_session_id: opt(id),
  /** null: sessions with no Connect Webview. */
  connect_webview_id: opt(z.nullable(id)),
  user_identifier_key: opt(text),
  /** null: sessions with no user identity. */
  user_identity_id: opt(z.nullable(id)),
  without_user_identifier_key: opt(z.boolean()),
})

export const revokeSchema = z.strictObject({ client_session_id: id })
export const deleteSchema = z.strictObject({ client_session_id: id })

export const listQueryShape: QueryShape = {
  booleans: ['without_user_identifier_key'],
  nullables: ['connect_webview_id', 'user_identity_id'],
}
