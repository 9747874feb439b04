/**
 * Builds the app: middleware order, routes mounted, notFound and onError.
 *
 * request → requestContext (id, config, one log line) → routes
 *   (credential rule → validation → cache → upstream) → Seam's envelope on every error.
 */
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { clientSessionRoutes } from './client-sessions/routes.ts'
import { coordinatorOf } from './coordination/client.ts'
import { demoRoutes } from './demo.ts'
import type { AppEnv } from './env.ts'
import { internalError, notFound, SeamError, toSeamError } from './errors.ts'
import { HEALTH_PATH } from './gateway-paths.ts'
import { corsFromConfig } from './middleware/cors.ts'
import { noteError, type RequestContextOptions, requestContext } from './middleware/request-context.ts'
import { passThrough } from './pass-through.ts'
import { tokenRoutes } from './token/routes.ts'
import { webhookRoutes } from './webhooks/routes.ts'

export interface AppOptions {
  log?: RequestContextOptions['write']
}

export function createApp(options: AppOptions = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.use(requestContext(options.log ? { write: options.log } : {}))

  app.use(corsFromConfig())

  // exactly_once: false when decisions that must be made once fall back to KV (no COORDINATOR binding).
  app.get(HEALTH_PATH, (c) => c.json({ ok: true, exactly_once: coordinatorOf(c.env) !== undefined }))
  app.route('/', clientSessionRoutes())
  app.route('/', tokenRoutes())
  app.route('/', webhookRoutes())
  // GET /openapi.json and /docs are static assets (wrangler.toml [assets]): the worker never sees them.
  app.route('/', demoRoutes())

  // Anything else is another Seam route: forwarded when PASS_THROUGH is on, else 404.
  app.notFound((c) => (c.var.config?.PASS_THROUGH ? passThrough(c) : notFound().getResponse()))
  app.onError((err, c) => {
    const seamError =
      err instanceof SeamError ? err : err instanceof HTTPException ? toSeamError(err) : internalError(String(err))
    noteError(c.var.log ?? {}, err instanceof SeamError || err instanceof HTTPException ? seamError : err)
    return seamError.getResponse()
  })
  return app
}
