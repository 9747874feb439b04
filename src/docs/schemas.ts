/**
 * Answers the gateway builds itself, without a zod schema on the request path: the error
 * envelope, POST /token, the webhook acknowledgement, and Seam's client-session answers. For the
 * OpenAPI document only (scripts/openapi.ts); the worker never imports this file.
 *
 * Each is held to the type the code answers with, so the typecheck fails when they drift apart.
 * POST /token has no exported type or schema of its own (src/token/routes.ts builds the object
 * inline): its schema here names the same three fields, and test/openapi.test.ts compares it
 * with a real answer.
 */
import * as z from 'zod/mini'
import { clientSessionResource } from '../client-sessions/resource.ts'
import { SEAM_ERROR_TYPES, type SeamErrorBody } from '../errors.ts'
import type { VendedToken } from '../token/vend.ts'
import { WEBHOOK_OUTCOMES } from '../webhooks/outcomes.ts'

const about = z.describe

export const errorEnvelope = z.object({
  error: z.looseObject({
    type: z
      .union([
        z
          .enum(SEAM_ERROR_TYPES)
          .check(about('A type the gateway itself answers with (src/errors.ts SEAM_ERROR_TYPES).')),
        z.string().check(about("One of Seam's own error types, in Seam's answers passed through unchanged.")),
      ])
      .check(about('A stable machine-readable error type, e.g. `invalid_input`.')),
    message: z.string().check(about('A fixed human-readable message; never internal details.')),
    validation_errors: z.optional(
      z
        .record(z.string(), z.unknown())
        .check(about("Per parameter, zod's `format()` shape: `{ <param>: { _errors: [...] }, _errors: [...] }`.")),
    ),
    data: z.optional(z.unknown()),
  }),
  ok: z.optional(z.literal(false).check(about('Always false from the gateway; Seam may leave it out.'))),
})

export const tokenAnswer = z.object({
  client_session_token: z
    .string()
    .check(about("The user's client session token (`seam_cst…`): give it to the Seam SDK in the browser.")),
  expires_at: z.iso.datetime({ offset: true }).check(about('When the token expires; ask again before then.')),
  client_session_id: z.string().check(about('The client session the token belongs to.')),
})

export const webhookAnswer = z.object({
  ok: z.literal(true),
  outcome: z.enum(WEBHOOK_OUTCOMES).check(about('What the delivery came to.')),
  grants: z.optional(z.number().check(z.int(), z.gte(0), about('grant_access calls that succeeded.'))),
})

export const okAnswer = z.object({ ok: z.literal(true) })
export const healthAnswer = z.object({
  ok: z.literal(true),
  exactly_once: z
    .boolean()
    .check(
      about(
        'true with the COORDINATOR Durable Object binding; false: webhook dedupe, /token single-flight and ' +
          'Idempotency-Key are best-effort (KV rules).',
      ),
    ),
})
export const clientSessionAnswer = z.object({ client_session: clientSessionResource, ok: z.literal(true) })
export const clientSessionsAnswer = z.object({ client_sessions: z.array(clientSessionResource), ok: z.literal(true) })

// Type links, both ways where the schema is exact (the envelope lets Seam's extra fields through).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
export const TYPE_LINKS = {
  envelope: true satisfies SeamErrorBody extends z.input<typeof errorEnvelope> ? true : false,
  token: true satisfies Same<
    keyof z.output<typeof tokenAnswer>,
    'client_session_token' | Exclude<keyof VendedToken, 'token'>
  >,
}
