/**
 * GET /openapi.json and GET /docs (issue 8): the gateway's OpenAPI 3.1 document, and a reference
 * page rendered from it.
 *
 * The document is generated at build time (`npm run build` runs scripts/openapi.ts first) from the
 * same zod schemas and route table the routes validate with, and committed as
 * src/openapi.generated.json; test/openapi.test.ts fails when it is stale. Generating at runtime
 * would put zod's JSON Schema code in the edge bundle for a document that only changes with a deploy.
 *
 * @example
 * app.route('/', docsRoutes())
 */
import { Hono } from 'hono'
import { DOCS_STYLE, renderDocsPage } from './docs-page'
import type { AppEnv } from './env'
import { methodNotAllowed } from './errors'
import document from './openapi.generated.json'

export const OPENAPI_PATH = '/openapi.json'
export const DOCS_PATH = '/docs'
/** The document changes only with a deploy; five minutes keeps a new one visible soon after. */
export const DOCS_MAX_AGE_SECONDS = 300

const COMMON_HEADERS = {
  'cache-control': `public, max-age=${DOCS_MAX_AGE_SECONDS}`,
  'x-content-type-options': 'nosniff',
}

/** Built once per isolate: the bytes never change while it lives. */
let documentText: string | undefined
let page: Promise<{ html: string; csp: string }> | undefined

async function buildPage(): Promise<{ html: string; csp: string }> {
  // Relative, so the link still works when the gateway sits under a path prefix.
  const html = renderDocsPage(document, `.${OPENAPI_PATH}`)
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(DOCS_STYLE))
  const styleHash = btoa(String.fromCharCode(...new Uint8Array(digest)))
  // Nothing but the page's own inline style: no script, no fetch, no frame, no form.
  const csp = `default-src 'none'; style-src 'sha256-${styleHash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`
  return { html, csp }
}

export function docsRoutes(): Hono<AppEnv> {
  const router = new Hono<AppEnv>()
  router.get(OPENAPI_PATH, (c) => {
    c.var.log.route = OPENAPI_PATH
    documentText ??= JSON.stringify(document)
    return c.body(documentText, 200, {
      ...COMMON_HEADERS,
      'content-type': 'application/json; charset=utf-8',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    })
  })
  router.get(DOCS_PATH, async (c) => {
    c.var.log.route = DOCS_PATH
    // A failed build (it cannot, short of WebCrypto failing) is retried by the next request.
    page ??= buildPage().catch((err: unknown) => {
      page = undefined
      throw err
    })
    const { html, csp } = await page
    return c.body(html, 200, {
      ...COMMON_HEADERS,
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': csp,
      'referrer-policy': 'no-referrer',
    })
  })
  for (const path of [OPENAPI_PATH, DOCS_PATH]) {
    router.all(path, () => {
      throw methodNotAllowed(['GET', 'HEAD'])
    })
  }
  return router
}
