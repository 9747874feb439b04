/**
 * The two webhook routes: POST /webhooks/seam (Seam's signed events) and POST /webhooks/grants
 * (customer-signed grants), issue 5. Per delivery: name the route → verify the signature on the
 * raw body (verify.ts; 401, nothing done) → SEAM_API_KEY set (503) → handle it (handle.ts).
 * Any other method: 405.
 */
// hono/tiny, like every Hono in the app: see src/app.ts
import { Hono } from 'hono/tiny'
import { WEBHOOKS_PREFIX } from '../gateway-paths.ts'
import { allowOnly, enterRoute } from '../middleware/route.ts'
import { handleGrantRequest, handleSeamEvent, requireApiKey } from './handle.ts'
import { verifyWebhook, type WebhookEnv } from './verify.ts'

export const SEAM_WEBHOOK_PATH = `${WEBHOOKS_PREFIX}/seam`
export const GRANT_WEBHOOK_PATH = `${WEBHOOKS_PREFIX}/grants`

export function webhookRoutes(): Hono<WebhookEnv> {
  const router = new Hono<WebhookEnv>()
  const seam = enterRoute<WebhookEnv>(SEAM_WEBHOOK_PATH)
  const grants = enterRoute<WebhookEnv>(GRANT_WEBHOOK_PATH)
  router.post(
    SEAM_WEBHOOK_PATH,
    seam,
    verifyWebhook({ source: 'seam', secretKey: 'SEAM_WEBHOOK_SECRET' }),
    requireApiKey,
    handleSeamEvent,
  )
  router.post(
    GRANT_WEBHOOK_PATH,
    grants,
    verifyWebhook({ source: 'grants', secretKey: 'GRANT_WEBHOOK_SECRET' }),
    requireApiKey,
    handleGrantRequest,
  )
  allowOnly(router, SEAM_WEBHOOK_PATH, ['POST'], seam)
  allowOnly(router, GRANT_WEBHOOK_PATH, ['POST'], grants)
  return router
}
