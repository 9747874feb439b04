/**
 * Request schemas for the seven client-session routes, mirroring Seam's OpenAPI
 * (`@seamapi/types` openapi, see shared/reference/seam-api.md sections 1.4 and 3).
 *
 * Never stricter than Seam for a request Seam accepts: ids are opaque non-empty strings
 * (Seam's own fake uses `cst1`), date-times accept any ISO 8601 offset. Unknown keys are
 * rejected (`z.strictObject`), as Seam does when the SDK sends `_strict=true`.
 */
import * as z from 'zod/mini'

/** Seam documents no maximum; 4 KiB is far above any id or key and stops abuse of the upstream. */
export const MAX_PARAM_LENGTH = 4_096
/** No documented maximum either; a session with more accounts than this is not a real session. */
export const MAX_ID_LIST_LENGTH = 1_000

// zod/mini (a third of classic zod's bytes on the edge): checks are spelled `.check(…)`.
const id = z.string().check(z.minLength(1), z.maxLength(MAX_PARAM_LENGTH))
const text = z.string().check(z.maxLength(MAX_PARAM_LENGTH))
const nonEmptyText = id
const idList = z.array(id).check(z.maxLength(MAX_ID_LIST_LENGTH))
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

/** How each query parameter is spelled by the SDK's serializer (`@seamapi/url-search-params-serializer`). */
export interface QueryShape {
  /** Repeated keys; an empty value is an empty list. */
  arrays?: readonly string[]
  /** `true` / `false`. */
  booleans?: readonly string[]
  /** An empty value is null. */
  nullables?: readonly string[]
}

/** The SDK adds `_strict=true` to every query; Seam accepts and ignores it for validation. */
const IGNORED_QUERY_KEYS = new Set(['_strict'])

/**
 * Turns Hono's query record (a string, or a list for repeated keys) into typed params.
 * Anything it cannot read is left as is, so the schema reports it by name.
 */
export function decodeQuery(raw: Record<string, string | string[]>, shape: QueryShape): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(raw)) {
    if (IGNORED_QUERY_KEYS.has(key)) continue
    if (shape.arrays?.includes(key)) {
      const values = Array.isArray(value) ? value : [value]
      out[key] = values.length === 1 && values[0] === '' ? [] : values
    } else if (Array.isArray(value)) {
      out[key] = value // a repeated scalar: the schema rejects it by name
    } else if (shape.nullables?.includes(key) && value === '') {
      out[key] = null
    } else if (shape.booleans?.includes(key) && (value === 'true' || value === 'false')) {
      out[key] = value === 'true'
    } else {
      out[key] = value
    }
  }
  return out
}

export const listQueryShape: QueryShape = {
  booleans: ['without_user_identifier_key'],
  nullables: ['connect_webview_id', 'user_identity_id'],
}
