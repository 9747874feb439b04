/**
 * BASE_PATH (issue 17): the gateway mounted under a path of an existing zone, such as the Workers
 * route `example.com/seam/*`, so the SDK's `endpoint` is `https://example.com/seam`.
 *
 * `withBasePath(app)` wraps the worker's fetch handler:
 * - under BASE_PATH (`/seam`, `/seam/…`), the app gets the request with the prefix taken off its
 *   URL, so every route, the log line's route, pass-through's path rules and the path forwarded to
 *   SEAM_ENDPOINT are exactly what they are at the root;
 * - anywhere else (`/`, `/other`, `/seamfoo`, `/SEAM/…`, `/s%65am/…`) the answer is 404
 *   `not_found` in Seam's envelope, with a request id and a log line, and nothing is forwarded;
 * - at the root (the default) or with an invalid configuration, the app gets the request as it
 *   came (and answers 500 naming the bad key in the log, as for any other key).
 *
 * `docsUnderBasePath()` serves GET /openapi.json and /docs under a base path. There Cloudflare
 * cannot answer them itself: its asset router matches the full path (`/seam/openapi.json`, which
 * wrangler.toml's `run_worker_first` sends to the worker) while the files sit at the root of
 * dist-assets/. So the worker asks the ASSETS binding for the root file, whose answer carries the
 * headers of dist-assets/_headers (the asset worker applies them to binding fetches too; the
 * tests compare every header with the root's static answer), and the document's `servers` entry
 * names the base path. At the root the asset router answers both and the worker never sees them.
 *
 * @example
 * export default { fetch: withBasePath(createApp()) }
 */
import type { Context } from 'hono'
// hono/tiny, like every Hono in the app: see src/app.ts
import { Hono } from 'hono/tiny'
import { type Bindings, ConfigError, getConfig } from './config.ts'
import type { AppEnv } from './env.ts'
import { methodNotAllowed, notFound } from './errors.ts'
import { type RequestContextOptions, requestContext } from './middleware/request-context.ts'

/** The two files of the API reference (scripts/openapi.ts writes them; wrangler.toml lists them). */
export const OPENAPI_PATH = '/openapi.json'
export const DOCS_PATH = '/docs'
const DOCS_METHODS = ['GET', 'HEAD'] as const
/** The log line's route for a request outside BASE_PATH. */
export const OUTSIDE_BASE_PATH_ROUTE = 'outside-base-path'
/**
 * Headers of the asset answer that describe its bytes or its transport, not the document served
 * from it: the rewritten document gets its own length and ETag.
 */
const ASSET_BYTES_HEADERS = ['content-length', 'content-encoding', 'etag', 'cf-cache-status']

type FetchHandler = (
  request: Request,
  env: Record<string, unknown>,
  ctx: ExecutionContext,
) => Response | Promise<Response>

/** The validated BASE_PATH; '' at the root and when the configuration is invalid (the app then answers 500). */
function basePathOf(env: Record<string, unknown> | undefined): string {
  try {
    return getConfig((env ?? {}) as Bindings).BASE_PATH
  } catch (err) {
    if (err instanceof ConfigError) return ''
    throw err
  }
}

/** The request's path below `base`, or undefined when it is not under it (a segment boundary, byte for byte). */
export function stripBasePath(pathname: string, base: string): string | undefined {
  if (pathname === base) return '/'
  return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : undefined
}

/** The answer outside BASE_PATH: the app's own request context (id, config, log line), then 404. */
function outsideBasePath(options: RequestContextOptions): Hono<AppEnv> {
  const outside = new Hono<AppEnv>()
  outside.use(requestContext(options))
  outside.all('*', (c) => {
    c.var.log.route = OUTSIDE_BASE_PATH_ROUTE
    c.var.log.reason = 'not_found: outside BASE_PATH'
    return notFound().getResponse()
  })
  return outside
}

/** The worker's fetch handler with BASE_PATH applied in front of `app` (see the file header). */
export function withBasePath(app: { fetch: FetchHandler }, options: RequestContextOptions = {}): FetchHandler {
  const outside = outsideBasePath(options)
  return (request, env, ctx) => {
    const base = basePathOf(env)
    if (base === '') return app.fetch(request, env, ctx)
    const url = new URL(request.url)
    const rest = stripBasePath(url.pathname, base)
    if (rest === undefined) return outside.fetch(request, env, ctx)
    // The same request (method, headers, body stream, cf) at the stripped URL. Both parts come
    // from an already serialized URL, so parsing them again changes nothing else.
    return app.fetch(new Request(url.origin + rest + url.search, request), env, ctx)
  }
}

const hasFetch = (binding: unknown): binding is Fetcher => typeof (binding as Fetcher | undefined)?.fetch === 'function'

/** The document served under one base path: built once per isolate from the asset (a deploy makes a new isolate). */
interface ServedDocument {
  base: string
  text: string
  headers: Headers
}
let servedDocument: { base: string; document: Promise<ServedDocument> } | undefined

/** The document with `servers` naming the base path, right after `info`; relative, so it holds on every host name. */
function withServers(document: Record<string, unknown>, base: string): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(document)) {
    if (key !== 'servers') out[key] = value
    if (key === 'info') out.servers = [{ url: base, description: 'This gateway, under its BASE_PATH.' }]
  }
  return out
}

async function loadDocument(assets: Fetcher, base: string, requestUrl: string): Promise<ServedDocument> {
  // A plain GET (no conditional header): the whole file, whatever the caller sent.
  const asset = await assets.fetch(new Request(new URL(OPENAPI_PATH, requestUrl)))
  if (asset.status !== 200) {
    await asset.body?.cancel()
    throw notFound()
  }
  const text = JSON.stringify(withServers((await asset.json()) as Record<string, unknown>, base))
  const headers = new Headers(asset.headers)
  for (const name of ASSET_BYTES_HEADERS) headers.delete(name)
  // The asset's ETag names its bytes; these bytes are a function of them and the base path.
  const etag = asset.headers.get('etag')
  if (etag) headers.set('etag', etag.replace(/"$/, `${base}"`))
  return { base, text, headers }
}

function documentFor(assets: Fetcher, base: string, requestUrl: string): Promise<ServedDocument> {
  if (servedDocument?.base !== base) servedDocument = { base, document: loadDocument(assets, base, requestUrl) }
  const pending = servedDocument.document
  // A failure is not kept: the next request tries again.
  pending.catch(() => {
    if (servedDocument?.document === pending) servedDocument = undefined
  })
  return pending
}

/** RFC 9110 If-None-Match: `*`, or any listed tag equal to ours under the weak comparison. */
function notModified(ifNoneMatch: string | undefined, etag: string | null): boolean {
  if (!ifNoneMatch || !etag) return false
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag))
}

async function serveDocsFile(c: Context<AppEnv>, path: typeof OPENAPI_PATH | typeof DOCS_PATH): Promise<Response> {
  c.var.log.route = path
  const base = c.var.config.BASE_PATH
  const assets = c.env.ASSETS
  // At the root the asset router answers both files before the worker runs: a request that still
  // gets here (a deployment without [assets]) finds nothing, as before.
  if (base === '' || !hasFetch(assets)) throw notFound()
  if (!(DOCS_METHODS as readonly string[]).includes(c.req.method)) throw methodNotAllowed(DOCS_METHODS)
  if (path === DOCS_PATH) {
    // The page's bytes do not name the base path (its link to the document is relative): the
    // asset answer as it is, conditional requests and 304s included.
    const page = await assets.fetch(c.req.raw)
    return new Response(page.body, page)
  }
  const served = await documentFor(assets, base, c.req.url)
  const etag = served.headers.get('etag')
  if (notModified(c.req.header('if-none-match'), etag))
    return new Response(null, { status: 304, headers: served.headers })
  return new Response(c.req.method === 'HEAD' ? null : served.text, { headers: served.headers })
}

/** GET/HEAD /openapi.json and /docs under BASE_PATH (see the file header); 404 at the root. */
export function docsUnderBasePath(): Hono<AppEnv> {
  const router = new Hono<AppEnv>()
  router.all(OPENAPI_PATH, (c) => serveDocsFile(c, OPENAPI_PATH))
  router.all(DOCS_PATH, (c) => serveDocsFile(c, DOCS_PATH))
  return router
}
