/**
 * Builds the app: middleware order, routes mounted, pass-through as the last route, and onError.
 *
 * request → requestContext (id, config, one log line) → routes
 *   (credential rule → validation → cache → upstream) → Seam's envelope on every error.
 */
import type { MiddlewareHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
// hono/tiny: PatternRouter alone; the default preset bundles three routers (~2.3 KB gzip) for
// route-table sizes this app never reaches.
import { Hono } from 'hono/tiny'
import { docsUnderBasePath } from './base-path.ts'
import { clientSessionRoutes } from './client-sessions/routes.ts'
import { coordinatorOf } from './coordination/client.ts'
import { demoRoutes } from './demo.ts'
import type { AppEnv } from './env.ts'
import { internalError, toSeamError } from './errors.ts'
import { HEALTH_PATH } from './gateway-paths.ts'
import { corsFromConfig } from './middleware/cors.ts'
import { noteError, type RequestContextOptions, requestContext } from './middleware/request-context.ts'
import { enterRoute } from './middleware/route.ts'
import { passThroughRoute } from './pass-through.ts'
import { tokenRoutes } from './token/routes.ts'
import { credentialRefused } from './token/vend.ts'
import { webhookRoutes } from './webhooks/routes.ts'

export interface AppOptions {
  log?: RequestContextOptions['write']
}

export function createApp(options: AppOptions = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.use(requestContext(options.log ? { write: options.log } : {}))

  app.use(corsFromConfig())

  // exactly_once: false when decisions that must be made once fall back to KV (no COORDINATOR binding).
  app.get(HEALTH_PATH, enterRoute(HEALTH_PATH), (c) =>
    c.json({ ok: true, exactly_once: coordinatorOf(c.env) !== undefined }),
  )
  app.route('/', clientSessionRoutes())
  app.route('/', tokenRoutes())
  app.route('/', webhookRoutes())
  // GET /openapi.json and /docs are static assets (wrangler.toml [assets]): at the root the worker
  // never sees them; under BASE_PATH it serves them from the ASSETS binding (src/base-path.ts).
  app.route('/', docsUnderBasePath())
  app.route('/', demoRoutes())

  // Anything else is another Seam route: forwarded when PASS_THROUGH is on, else 404. Registered
  // last, as `/*` (so the log line's route pattern of a 404 stays `/*`, as Hono's notFound gave it).
  app.all('/*', ...(passThroughRoute({ credentialRefused }) as [MiddlewareHandler<AppEnv>]))
  app.onError((err, c) => {
    // A SeamError is an HTTPException, and toSeamError hands it back as it is.
    const seamError = err instanceof HTTPException ? toSeamError(err) : internalError(String(err))
    noteError(c.var.log ?? {}, err instanceof HTTPException ? seamError : err)
    return seamError.getResponse()
  })
  return app
}
