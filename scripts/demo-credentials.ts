/**
 * Demo-only signing for `npm start` without a Seam account: an HS256 JWT for /token and a
 * Standard Webhooks signature for /webhooks/*. The secrets below are public on purpose and
 * only ever used against the local fake upstream.
 */
import { createHmac, randomUUID } from 'node:crypto'

export const DEMO_JWT_SECRET = 'demo-jwt-secret-for-local-use-only-0123456789'
export const DEMO_JWT_ISSUER = 'https://demo.example'
export const DEMO_JWT_AUDIENCE = 'seam-session-gateway'
/** `whsec_` + base64 of the HMAC key, as Svix issues them. */
export const DEMO_WEBHOOK_SECRET = `whsec_${Buffer.from('demo-webhook-secret-local-only').toString('base64')}`

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url')

/** An HS256 JWT for `sub`, valid for `lifetimeSeconds`. */
export function signDemoJwt(sub: string, lifetimeSeconds = 86_400): string {
  const now = Math.floor(Date.now() / 1000)
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))
  const payload = base64url(
    JSON.stringify({ sub, iss: DEMO_JWT_ISSUER, aud: DEMO_JWT_AUDIENCE, iat: now, exp: now + lifetimeSeconds }),
  )
  const signature = createHmac('sha256', DEMO_JWT_SECRET).update(`${header}.${payload}`).digest('base64url')
  return `${header}.${payload}.${signature}`
}

/** Standard Webhooks headers for `body`, signed with a `whsec_` secret. */
export function signWebhook(
  body: string,
  secret: string,
  id = `msg_${randomUUID()}`,
  timestamp = Math.floor(Date.now() / 1000),
) {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')
  return { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': `v1,${signature}` }
}
