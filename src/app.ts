/**
 * Builds the app: middleware order, routes mounted, notFound and onError.
 *
 * request → requestContext (id, config, one log line) → routes
 *   (credential rule → validation → cache → upstream) → Seam's envelope on every error.
 */
import { HTTPException } from 'hono/http-exception'
// hono/tiny: PatternRouter alone; the default preset bundles three routers (~2.3 KB gzip) for
// route-table sizes this app never reaches.
import { Hono } from 'hono/tiny'
import { docsUnderBasePath } from './base-path'
import { clientSessionRoutes } from './client-sessions/routes'
import { coordinatorOf } from './coordination/client'
import { demoRoutes } from './demo'
import type { AppEnv } from './env'
import { internalError, notFound, SeamError, toSeamError } from './errors'
import { corsFromConfig } from './middleware/cors'
import { noteError, type RequestContextOptions, requestContext } from './middleware/request-context'
import { passThrough } from './pass-through'
import { tokenRoutes } from './token/routes'
import { webhookRoutes } from './webhooks/routes'

export interface AppOptions {
  log?: RequestContextOptions['write']
}

export function createApp(options: AppOptions = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.use(requestContext(options.log ? { write: options.log } : {}))

  app.use(corsFromConfig())

  // exactly_once: false when decisions that must be made once fall back to KV (no COORDINATOR binding).
  app.get('/health', (c) => c.json({ ok: true, exactly_once: coordinatorOf(c.env) !== undefined }))
  app.route('/', clientSessionRoutes())
  app.route('/', tokenRoutes())
  app.route('/', webhookRoutes())
  // GET /openapi.json and /docs are static assets (wrangler.toml [assets]): at the root the worker
  // never sees them; under BASE_PATH it serves them from the ASSETS binding (src/base-path.ts).
  app.route('/', docsUnderBasePath())
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
