/**
 * Signs a delivery the Standard Webhooks way (what Seam's Svix sends, and what a customer
 * backend sends to /webhooks/grants), with node:crypto, independently of the gateway's own
 * WebCrypto code:
 *
 *   webhook-signature: v1,base64(HMAC-SHA256(base64decode(secret minus "whsec_"), `${id}.${timestamp}.${body}`))
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto'

/** A fresh `whsec_` secret, as Svix issues them (24 random bytes). */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`
}

/** The base64 signature of one delivery. */
export function signature(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  return createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')
}

export interface SignOptions {
  secret: string
  body: string
  /** Default: a new `msg_…` id. Reuse one to model a redelivery. */
  id?: string
  /** Unix seconds. Default: now. */
  timestamp?: number
  /** Header family. Default 'webhook'. */
  prefix?: 'webhook' | 'svix'
}

/** The three headers (plus content-type) of a signed delivery. */
export function signWebhook(options: SignOptions): Record<string, string> {
  const id = options.id ?? `msg_${randomUUID()}`
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000)
  const prefix = options.prefix ?? 'webhook'
  return {
    'content-type': 'application/json',
    [`${prefix}-id`]: id,
    [`${prefix}-timestamp`]: String(timestamp),
    [`${prefix}-signature`]: `v1,${signature(options.secret, id, timestamp, options.body)}`,
  }
}

/** A Seam event as Svix delivers it: flat, with ids and metadata at the top level. */
export function seamEvent(eventType: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  const now = new Date().toISOString()
  return {
    event_id: randomUUID(),
    event_type: eventType,
    workspace_id: 'b0a1c2d3-e4f5-4a6b-8c7d-000000000001',
    created_at: now,
    occurred_at: now,
    ...fields,
  }
}
