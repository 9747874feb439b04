/** GET /openapi.json and GET /docs (issue 8). */
import { Hono } from 'hono'
import type { AppEnv } from './env'

export function docsRoutes(): Hono<AppEnv> {
  return new Hono<AppEnv>()
}
