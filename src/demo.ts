/**
 * GET /demo (issue 17): the browser demo page, a static asset (Workers Static Assets, the `ASSETS`
 * binding; built by scripts/demo-build.ts) served only in demo mode (`DEMO_MODE`, which `npm start`
 * sets when it runs the demo upstream). Anywhere else /demo and /demo/* are 404 `not_found`, like any
 * other path of the gateway's own, and never forwarded to Seam.
 *
 * wrangler.toml's `run_worker_first` sends these paths here first, so this check cannot be skipped
 * by asking the asset layer directly. The page gets a strict Content-Security-Policy: its own
 * script, style and API calls only; no inline script, no CDN, no frame.
 *
 * @example
 * app.route('/', demoRoutes())
 */
import type { Context } from 'hono'
// hono/tiny, like every Hono in the app: see src/app.ts
import { Hono } from 'hono/tiny'
import type { AppEnv } from './env.ts'
import { methodNotAllowed, notFound } from './errors.ts'
import { enterRoute } from './middleware/route.ts'

export const DEMO_PATH = '/demo'
const DEMO_METHODS = ['GET', 'HEAD'] as const
/** Same origin only: the page's script and style files, and its calls to this gateway. */
export const DEMO_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

const hasFetch = (binding: unknown): binding is Fetcher => typeof (binding as Fetcher | undefined)?.fetch === 'function'

async function serveDemoAsset(c: Context<AppEnv>): Promise<Response> {
  const assets = c.env.ASSETS
  if (!c.var.config.DEMO_MODE || !hasFetch(assets)) throw notFound()
  if (!(DEMO_METHODS as readonly string[]).includes(c.req.method)) throw methodNotAllowed(DEMO_METHODS)
  const asset = await assets.fetch(c.req.raw)
  if (asset.status === 404) throw notFound()
  const res = new Response(asset.body, asset)
  res.headers.set('content-security-policy', DEMO_CSP)
  res.headers.set('referrer-policy', 'no-referrer')
  res.headers.set('x-content-type-options', 'nosniff')
  return res
}

export function demoRoutes(): Hono<AppEnv> {
  const router = new Hono<AppEnv>()
  const enter = enterRoute(DEMO_PATH)
  router.all(DEMO_PATH, enter, serveDemoAsset)
  router.all(`${DEMO_PATH}/*`, enter, serveDemoAsset)
  return router
}
