/** POST /webhooks/seam and POST /webhooks/grants: signed events become grant_access calls (issue 5). */
import { Hono } from 'hono'
import type { AppEnv } from '../env'

export function webhookRoutes(): Hono<AppEnv> {
  return new Hono<AppEnv>()
}
