/**
 * What a webhook delivery can come to: the `outcome` of its 2xx acknowledgement and of its log
 * line. One list, read by the handler's types (handle.ts) and by the OpenAPI document
 * (src/docs/schemas.ts).
 */
export const WEBHOOK_OUTCOMES = [
  'granted',
  'already_granted',
  'duplicate',
  'no_session',
  'session_not_found',
  'metadata_mismatch',
  'invalidated',
  'ignored',
] as const

export type WebhookOutcome = (typeof WEBHOOK_OUTCOMES)[number]

/** The outcomes that mark a delivery done (its grant succeeded, or there was nothing left to grant). */
export type DoneOutcome = Extract<WebhookOutcome, 'granted' | 'already_granted'>
