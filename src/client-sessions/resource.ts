/**
 * The `client_session` object Seam answers with (reference section 2: `@seamapi/types`
 * `client_session` model), for the OpenAPI document only (scripts/openapi.ts).
 *
 * Documentation, never validation: the gateway passes Seam's answers through unchanged and must
 * not reject one because Seam added a field or the fake uses ids that are not UUIDs. So the
 * object is loose (extra fields allowed) and ids are plain strings.
 */
import * as z from 'zod/mini'

const about = z.describe
const id = (what: string) => z.string().check(about(`${what} (a UUID at Seam; opaque here).`))
const ids = (what: string) => z.array(z.string()).check(about(what))
const dateTime = (what: string) => z.iso.datetime({ offset: true }).check(about(what))

export const clientSessionResource = z
  .looseObject({
    client_session_id: id('The session'),
    workspace_id: id('The workspace the session belongs to'),
    created_at: dateTime('When the session was created.'),
    expires_at: dateTime('When the session, and its token, expire.'),
    token: z
      .string()
      .check(
        about('The client session token (`seam_cst…`): a bearer credential for the session. A secret: never log it.'),
      ),
    user_identifier_key: z
      .nullable(z.string())
      .check(about('Your own opaque id for the user, if the session has one.')),
    device_count: z.number().check(z.int(), z.gte(0), about('Devices the session can reach.')),
    customer_key: z.optional(z.string().check(about('The customer the session belongs to, if any.'))),
    connected_account_ids: ids('Connected accounts the session may use.'),
    connect_webview_ids: ids('Connect Webviews the session may use.'),
    user_identity_id: z.optional(id('The user identity the session belongs to')),
    user_identity_ids: ids('Deprecated: use user_identity_id.'),
  })
  .check(about('A client session: what a browser may reach with its token.'))

export type ClientSessionResource = z.infer<typeof clientSessionResource>
