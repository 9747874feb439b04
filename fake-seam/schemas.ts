// Parameter schemas of the seven routes (reference 1.4 and 3), strict like the live API's
// `_strict` parsing. zod v3 (see params.ts for why).

import * as z from 'zod/v3'

const ids = z.array(z.string())
const datetime = z.string().datetime({ offset: true })
/** Deprecated alias of user_identity_id: exactly one item. */
const userIdentityIds = z.array(z.string()).min(1).max(1)

export const createSchema = z
  .object({
    connect_webview_ids: ids.optional(),
    connected_account_ids: ids.optional(),
    customer_id: z.string().optional(),
    customer_key: z.string().min(1).optional(),
    expires_at: datetime.optional(),
    user_identifier_key: z.string().min(1).optional(),
    user_identity_id: z.string().optional(),
    user_identity_ids: userIdentityIds.optional(),
  })
  .strict()

export const getOrCreateSchema = createSchema.omit({ customer_id: true, customer_key: true }).strict()

export const getSchema = z
  .object({ client_session_id: z.string().optional(), user_identifier_key: z.string().optional() })
  .strict()

export const listSchema = z
  .object({
    client_session_id: z.string().optional(),
    connect_webview_id: z.string().nullable().optional(),
    user_identifier_key: z.string().optional(),
    user_identity_id: z.string().nullable().optional(),
    without_user_identifier_key: z.boolean().optional(),
  })
  .strict()

const GRANT_FIELDS = [
  'client_session_id',
  'user_identifier_key',
  'connected_account_ids',
  'connect_webview_ids',
  'user_identity_id',
  'user_identity_ids',
] as const

export const grantAccessSchema = z
  .object({
    client_session_id: z.string().optional(),
    user_identifier_key: z.string().optional(),
    connected_account_ids: ids.optional(),
    connect_webview_ids: ids.optional(),
    user_identity_id: z.string().optional(),
    user_identity_ids: userIdentityIds.optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    // The SDK's RequireAtLeastOne<...> (reference 1.3), enforced server-side too ...
    if (!GRANT_FIELDS.some((field) => p[field] !== undefined)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `At least one of ${GRANT_FIELDS.join(', ')} is required` })
    } else if (p.client_session_id === undefined && p.user_identifier_key === undefined) {
      // ... and without an identifier there is no session to grant to.
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'client_session_id or user_identifier_key is required' })
    }
  })

export const byIdSchema = z.object({ client_session_id: z.string().min(1) }).strict()
