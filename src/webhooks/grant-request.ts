/**
 * The body of a customer-signed grant (`POST /webhooks/grants`): the session, by id or by user
 * key, and what to grant it. The same atoms and limits as the gateway's own grant_access
 * route (src/schema-atoms.ts); unknown keys are refused, as Seam does in strict mode.
 */
import * as z from 'zod/mini'
import { id, idList } from '../schema-atoms.ts'

export const grantRequestSchema = z
  .strictObject({
    client_session_id: z.optional(id),
    user_identifier_key: z.optional(id),
    connected_account_ids: z.optional(idList),
    connect_webview_ids: z.optional(idList),
    user_identity_id: z.optional(id),
  })
  .check(
    z.refine((p) => p.client_session_id !== undefined || p.user_identifier_key !== undefined, {
      message: 'client_session_id or user_identifier_key is required.',
    }),
    // A grant that grants nothing would still be a write upstream: refuse it here.
    z.refine(
      (p) =>
        (p.connected_account_ids?.length ?? 0) > 0 ||
        (p.connect_webview_ids?.length ?? 0) > 0 ||
        p.user_identity_id !== undefined,
      { message: 'Nothing to grant: send connected_account_ids, connect_webview_ids or user_identity_id.' },
    ),
  )

export type GrantRequest = z.infer<typeof grantRequestSchema>
