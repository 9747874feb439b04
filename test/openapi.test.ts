/**
 * The OpenAPI document and the /docs page (issue 8):
 * - the committed src/openapi.generated.json is what scripts/openapi.ts generates now (stale → fail);
 * - it is well-formed OpenAPI 3.1 as far as structure goes (no validator package: every $ref
 *   resolves, every route of ROUTES with exactly its methods, security names defined, …);
 * - it says what the real gateway does: each documented credential gets past the credential
 *   rule and each other one gets 401, unknown and missing parameters get 400, other methods 405,
 *   and real answers (Seam's fake, the project's fake) have the documented shapes;
 * - /openapi.json serves it and /docs renders it self-contained, under a CSP that fits the page:
 *   both are static files (Workers Static Assets, issue 15), served by Cloudflare's own asset
 *   server in Miniflare and in `wrangler dev` alike, with their headers, while the worker neither
 *   runs for them nor carries them.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DEMO_SEED } from '../fake-seam/index.ts'
import { useGateway } from './helpers/fixture.ts'
import { ASSETS_PATH, BUNDLE_PATH, type Gateway, RUN_WORKER_FIRST, startGateway } from './helpers/gateway.ts'
import { goodClaims, signJwt } from './helpers/jwt.ts'
import { PLATFORM_HEADERS } from './helpers/platform-headers.ts'
import { newWebhookSecret } from './helpers/sign-webhook.ts'
import { startWranglerDev, type WranglerDev } from './helpers/wrangler-dev.ts'

type Json = Record<string, unknown>
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
interface RouteSpec {
  name: string
  methods: readonly Method[]
  accepts: readonly string[]
}
interface ZodLike {
  safeParse(value: unknown): { success: boolean; error?: unknown }
}

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const GENERATED = join(ROOT, 'src/openapi.generated.json')
const SCRIPT = join(ROOT, 'scripts/openapi.ts')
const doc = JSON.parse(readFileSync(GENERATED, 'utf8')) as Json

/**
 * src modules, by a path the typechecker does not follow (src is typed for workerd, tests for
 * Node); vitest loads them as the worker's bundler would.
 */
const fromSrc = async (path: string): Promise<Json> =>
  (await import(/* @vite-ignore */ new URL(`../src/${path}`, import.meta.url).href)) as Json
const { ROUTES } = (await fromSrc('client-sessions/routes.ts')) as { ROUTES: readonly RouteSpec[] }
const answers = (await fromSrc('docs/schemas.ts')) as Record<string, ZodLike>
const { DOCS_STYLE, renderDocsPage } = (await fromSrc('docs/page.ts')) as {
  DOCS_STYLE: string
  renderDocsPage: (document: Json, openapiHref: string) => string
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const
const node = (value: unknown): Json => (value !== null && typeof value === 'object' ? (value as Json) : {})
const paths = node(doc.paths)
const components = node(doc.components)
const operationsOf = (path: string) =>
  HTTP_METHODS.filter((m) => node(paths[path])[m] !== undefined).map((m) => ({
    method: m,
    op: node(node(paths[path])[m]),
  }))
const allOperations = () => Object.keys(paths).flatMap((path) => operationsOf(path).map((o) => ({ path, ...o })))

/** Follows a local `$ref`; throws when it does not resolve. */
function resolve(value: unknown): Json {
  const ref = node(value).$ref
  if (typeof ref !== 'string') return node(value)
  expect(ref.startsWith('#/'), ref).toBe(true)
  let found: unknown = doc
  for (const part of ref.slice(2).split('/')) {
    found = node(found)[part.replace(/~1/g, '/').replace(/~0/g, '~')]
    expect(found, `unresolved $ref ${ref}`).toBeDefined()
  }
  return node(found)
}

function runScript(args: string[]) {
  return spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8' })
}

describe('generation', () => {
  test('the committed document is what scripts/openapi.ts generates from the current schemas', () => {
    const result = runScript(['--check'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  test('--check fails on a stale document and passes once it is regenerated; output is deterministic', () => {
    const dir = mkdtempSync(join(tmpdir(), 'openapi-'))
    const out = join(dir, 'openapi.json')
    const stale = { ...doc, info: { ...node(doc.info), version: '0.0.0-stale' } }
    writeFileSync(out, `${JSON.stringify(stale, null, 2)}\n`)
    const failed = runScript(['--check', '--out', out])
    expect(failed.status).toBe(1)
    expect(failed.stderr).toContain('is stale')

    expect(runScript(['--out', out]).status).toBe(0)
    expect(runScript(['--check', '--out', out]).status).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(GENERATED, 'utf8'))
  })
})

describe('structure (OpenAPI 3.1)', () => {
  test('top level', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
    expect(doc.openapi).toBe('3.1.0')
    expect(node(doc.info).title).toBe('seam-session-gateway')
    expect(node(doc.info).version).toBe(pkg.version)
    for (const key of Object.keys(doc)) {
      expect([
        'openapi',
        'info',
        'jsonSchemaDialect',
        'servers',
        'paths',
        'webhooks',
        'components',
        'security',
        'tags',
        'externalDocs',
      ]).toContain(key)
    }
    for (const key of Object.keys(components)) {
      expect([
        'schemas',
        'responses',
        'parameters',
        'examples',
        'requestBodies',
        'headers',
        'securitySchemes',
        'links',
        'callbacks',
        'pathItems',
      ]).toContain(key)
      // Component names: OpenAPI's ^[a-zA-Z0-9.\-_]+$
      for (const name of Object.keys(node(components[key]))) expect(name).toMatch(/^[a-zA-Z0-9.\-_]+$/)
    }
  })

  test('every client-session route of ROUTES is there with exactly its methods, and every gateway route', () => {
    expect(ROUTES.length).toBe(7)
    for (const route of ROUTES) {
      const path = `/client_sessions/${route.name}`
      expect(
        operationsOf(path)
          .map((o) => o.method.toUpperCase())
          .sort(),
        path,
      ).toEqual([...route.methods].sort())
    }
    const gateway = {
      '/token': ['post'],
      '/webhooks/seam': ['post'],
      '/webhooks/grants': ['post'],
      '/health': ['get'],
      '/openapi.json': ['get'],
      '/docs': ['get'],
    }
    for (const [path, methods] of Object.entries(gateway))
      expect(operationsOf(path).map((o) => o.method)).toEqual(methods)
    expect(Object.keys(paths).sort()).toEqual(
      [...ROUTES.map((r) => `/client_sessions/${r.name}`), ...Object.keys(gateway)].sort(),
    )
  })

  test('every $ref resolves, and every component schema is used', () => {
    const used = new Set<string>()
    const walk = (value: unknown): void => {
      if (value === null || typeof value !== 'object') return
      const ref = (value as Json).$ref
      if (typeof ref === 'string') {
        resolve(value)
        used.add(ref)
      }
      for (const child of Object.values(value)) walk(child)
    }
    walk(doc)
    expect(used.size).toBeGreaterThan(10)
    for (const name of Object.keys(node(components.schemas)))
      expect(used, name).toContain(`#/components/schemas/${name}`)
  })

  test('operations: unique ids, described responses, parameters and bodies well-formed', () => {
    const ids = allOperations().map(({ op }) => op.operationId)
    expect(new Set(ids).size).toBe(ids.length)
    for (const { path, method, op } of allOperations()) {
      const where = `${method} ${path}`
      expect(typeof op.summary, where).toBe('string')
      const responses = node(op.responses)
      expect(Object.keys(responses), where).toContain('200')
      for (const [status, r] of Object.entries(responses)) {
        expect(status, where).toMatch(/^(default|[1-5](\d\d|XX))$/)
        const response = resolve(r)
        expect(typeof response.description, `${where} ${status}`).toBe('string')
        for (const media of Object.values(node(response.content))) expect(node(media).schema, where).toBeDefined()
        // Every error answer is Seam's envelope.
        if (status !== '200') {
          expect(node(node(node(response.content)['application/json']).schema).$ref, `${where} ${status}`).toBe(
            '#/components/schemas/error',
          )
        }
      }
      for (const p of (op.parameters ?? []) as unknown[]) {
        const param = resolve(p)
        expect(['query', 'header', 'path', 'cookie']).toContain(param.in)
        expect(typeof param.name).toBe('string')
        expect(param.schema).toBeDefined()
        // OpenAPI: these header parameters are ignored; credentials belong in security schemes.
        if (param.in === 'header') expect(['accept', 'content-type', 'authorization']).not.toContain(param.name)
      }
      if (op.requestBody !== undefined) {
        const body = resolve(op.requestBody)
        expect(Object.keys(node(body.content)).length, where).toBeGreaterThan(0)
      }
    }
  })

  test('security: every name is a defined scheme; each route lists exactly the credential kinds it takes', () => {
    const schemes = node(components.securitySchemes)
    for (const [name, s] of Object.entries(schemes)) {
      const scheme = node(s)
      expect(['apiKey', 'http', 'mutualTLS', 'oauth2', 'openIdConnect'], name).toContain(scheme.type)
      if (scheme.type === 'http') expect(scheme.scheme, name).toBe('bearer')
      if (scheme.type === 'apiKey') expect(['header', 'query', 'cookie'], name).toContain(scheme.in)
    }
    for (const name of [
      'api_key',
      'pat_with_workspace',
      'console_session_with_workspace',
      'client_session',
      'publishable_key',
    ]) {
      expect(Object.keys(schemes)).toContain(name)
    }
    for (const { path, method, op } of allOperations()) {
      expect(Array.isArray(op.security), `${method} ${path}`).toBe(true)
      for (const requirement of op.security as Json[]) {
        for (const name of Object.keys(requirement)) expect(Object.keys(schemes), `${method} ${path}`).toContain(name)
      }
    }
    const kindOf: Record<string, string> = {
      api_key: 'api_key',
      pat_with_workspace: 'personal_access_token',
      console_session_with_workspace: 'console_session',
      client_session: 'client_session_token',
      client_session_token: 'client_session_token',
      seam_client_session_token: 'client_session_token',
      publishable_key: 'publishable_key',
    }
    for (const route of ROUTES) {
      for (const { op } of operationsOf(`/client_sessions/${route.name}`)) {
        const kinds = new Set((op.security as Json[]).flatMap((r) => Object.keys(r).flatMap((n) => kindOf[n] ?? [])))
        expect([...kinds].sort(), route.name).toEqual([...route.accepts].sort())
      }
    }
  })

  test("query operations list their schema's properties as query parameters; body operations reference it", () => {
    const schemas = node(components.schemas)
    for (const route of ROUTES) {
      const schema = node(schemas[`client_sessions_${route.name}_params`])
      expect(schema.type, route.name).toBe('object')
      expect(schema.additionalProperties, route.name).toBe(false)
      for (const { method, op } of operationsOf(`/client_sessions/${route.name}`)) {
        if (method === 'get' || method === 'delete') {
          // Headers (Idempotency-Key on delete) are not the schema's parameters.
          const params = (op.parameters as unknown[]).map(resolve).filter((p) => p.in !== 'header')
          const names = params.filter((p) => p.name !== '_strict').map((p) => p.name)
          expect(names.sort(), route.name).toEqual(Object.keys(node(schema.properties)).sort())
          for (const p of params) {
            expect(p.in).toBe('query')
            expect(p.required === true).toBe(((schema.required ?? []) as string[]).includes(p.name as string))
          }
          expect(op.requestBody).toBeUndefined()
        } else {
          expect(node(node(node(node(op.requestBody).content)['application/json']).schema).$ref).toBe(
            `#/components/schemas/client_sessions_${route.name}_params`,
          )
        }
      }
    }
  })

  test('every write takes the optional Idempotency-Key header and documents 409, 422 and Idempotent-Replayed', () => {
    const writes = ['create', 'get_or_create', 'grant_access', 'revoke', 'delete']
    for (const route of ROUTES) {
      for (const { op } of operationsOf(`/client_sessions/${route.name}`)) {
        const header = ((op.parameters ?? []) as unknown[]).map(resolve).find((p) => p.name === 'Idempotency-Key')
        const responses = node(op.responses)
        if (!writes.includes(route.name)) {
          expect(header, route.name).toBeUndefined()
          continue
        }
        expect(header, route.name).toMatchObject({ in: 'header', required: false, schema: { maxLength: 255 } })
        expect(Object.keys(responses), route.name).toEqual(expect.arrayContaining(['409', '422']))
        expect(Object.keys(node(node(responses['200']).headers))).toContain('idempotent-replayed')
      }
    }
  })

  test('the ClientSession schema names every field Seam documents (reference section 2)', () => {
    const session = node(node(components.schemas).client_session)
    expect(Object.keys(node(session.properties)).sort()).toEqual(
      [
        'client_session_id',
        'workspace_id',
        'created_at',
        'expires_at',
        'token',
        'user_identifier_key',
        'device_count',
        'customer_key',
        'connected_account_ids',
        'connect_webview_ids',
        'user_identity_id',
        'user_identity_ids',
      ].sort(),
    )
    expect(session.required).toEqual(
      expect.arrayContaining(['client_session_id', 'token', 'expires_at', 'user_identifier_key', 'user_identity_ids']),
    )
    // Documentation only: Seam may add fields, and they must not look like errors.
    expect(session.additionalProperties).not.toBe(false)
  })

  test('the error envelope publishes every error type the gateway answers (src/errors.ts) as an enum', async () => {
    const { SEAM_ERROR_TYPES } = (await fromSrc('errors.ts')) as { SEAM_ERROR_TYPES: readonly string[] }
    const envelope = node(node(node(components.schemas).error).properties)
    const errorProps = node(node(envelope.error).properties)
    const variants = (node(errorProps.type).anyOf ?? []) as Json[]
    const published = variants.find((v) => Array.isArray(v.enum))?.enum as string[] | undefined
    expect(published).toEqual([...SEAM_ERROR_TYPES])
    expect(SEAM_ERROR_TYPES).toEqual(expect.arrayContaining(['upstream_unavailable', 'invalid_webhook_signature']))
    // Every type a SeamError is built with in src/ is in the catalogue (the constructor's type says so too).
    const built = new Set<string>()
    for (const file of readdirSync(join(ROOT, 'src'), { recursive: true }) as string[]) {
      if (!file.endsWith('.ts')) continue
      const text = readFileSync(join(ROOT, 'src', file), 'utf8')
      for (const m of text.matchAll(/new SeamError\(\s*[^,]+,\s*'([a-z_]+)'/g)) built.add(m[1] as string)
    }
    expect(built.size).toBeGreaterThan(10)
    for (const type of built) expect(SEAM_ERROR_TYPES, type).toContain(type)
  })

  test('client-session routes document 400/401/404/429/502/504 (and 413 with a body), all as the envelope', () => {
    for (const route of ROUTES) {
      for (const { method, op } of operationsOf(`/client_sessions/${route.name}`)) {
        const statuses = Object.keys(node(op.responses))
        expect(statuses).toEqual(expect.arrayContaining(['200', '400', '401', '404', '429', '502', '504', 'default']))
        expect(statuses.includes('413')).toBe(method !== 'get' && method !== 'delete')
      }
    }
    expect(Object.keys(node(components.responses))).toContain('method_not_allowed')
  })
})

// ── Against the real gateway ──

const CREDENTIALS: Record<string, Record<string, string>> = {
  api_key: { authorization: 'Bearer seam_test_apikey' },
  pat_with_workspace: { authorization: 'Bearer seam_at_test', 'seam-workspace': 'ws_test' },
  console_session_with_workspace: { authorization: 'Bearer eyJ.test.jwt', 'seam-workspace': 'ws_test' },
  client_session: { authorization: 'Bearer seam_cst_test' },
  client_session_token: { 'client-session-token': 'seam_cst_test' },
  seam_client_session_token: { 'seam-client-session-token': 'seam_cst_test' },
  publishable_key: { 'seam-publishable-key': 'seam_pk_test' },
}
/** The one key of each documented alternative that carries the credential itself. */
const credentialOf = (requirement: Json) => Object.keys(requirement).find((name) => name !== 'seam_workspace') as string

/** The two static files (wrangler.toml [assets]) and the headers the worker used to give them. */
const STATIC_PATHS = ['/openapi.json', '/docs']
const COMMON_STATIC_HEADERS = {
  'cache-control': 'public, max-age=300',
  'x-content-type-options': 'nosniff',
  allow: 'GET, HEAD',
}
const OPENAPI_HEADERS = {
  ...COMMON_STATIC_HEADERS,
  'content-type': 'application/json; charset=utf-8',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
}
const DOCS_HEADERS = {
  ...COMMON_STATIC_HEADERS,
  'content-type': 'text/html; charset=utf-8',
  'referrer-policy': 'no-referrer',
}
/** Exactly these headers (and the platform's own): in particular no `seam-request-id`, since no worker ran. */
function expectStaticHeaders(res: Response, expected: Record<string, unknown>): void {
  const ours = Object.fromEntries([...res.headers].filter(([name]) => !PLATFORM_HEADERS.includes(name)))
  expect(ours).toEqual(expected)
}

describe('the document matches the gateway', () => {
  let gw: Gateway
  const WEBHOOK_SECRET = newWebhookSecret()
  beforeAll(async () => {
    // Nothing here may reach Seam: every answer comes from the credential rule or validation.
    gw = await startGateway({
      vars: {
        SEAM_ENDPOINT: 'http://127.0.0.1:9',
        SEAM_API_KEY: 'seam_test_apikey',
        SEAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
        GRANT_WEBHOOK_SECRET: WEBHOOK_SECRET,
      },
    })
  })
  afterAll(async () => {
    await gw?.close()
  })

  const send = (method: string, path: string, headers: Record<string, string>, params: Json) => {
    const query = method === 'GET' || method === 'DELETE'
    const search = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString()
    return gw.fetch(query && search ? `${path}?${search}` : path, {
      method,
      headers: query ? headers : { ...headers, 'content-type': 'application/json' },
      ...(query ? {} : { body: JSON.stringify(params) }),
    })
  }

  test('each documented credential passes the credential rule (then an unknown parameter is 400); every other is 401', async () => {
    for (const route of ROUTES) {
      const path = `/client_sessions/${route.name}`
      for (const { method, op } of operationsOf(path)) {
        const documented = new Set((op.security as Json[]).map(credentialOf))
        for (const [scheme, headers] of Object.entries(CREDENTIALS)) {
          const res = await send(method.toUpperCase(), path, headers, { not_a_seam_parameter: 'x' })
          const body = (await res.json()) as { error: { type: string; validation_errors?: Json } }
          const where = `${method} ${path} with ${scheme}`
          if (documented.has(scheme)) {
            expect(res.status, where).toBe(400)
            expect(body.error.type, where).toBe('invalid_input')
            expect(Object.keys(body.error.validation_errors ?? {}), where).toContain('not_a_seam_parameter')
          } else {
            expect(res.status, where).toBe(401)
            expect(body.error.type, where).toBe('unauthorized')
          }
          expect(Object.keys(node(op.responses)), where).toContain(String(res.status))
        }
      }
    }
  })

  test('each documented required parameter, left out, is named in a 400', async () => {
    let checked = 0
    for (const route of ROUTES) {
      const path = `/client_sessions/${route.name}`
      const schema = node(node(components.schemas)[`client_sessions_${route.name}_params`])
      for (const name of (schema.required ?? []) as string[]) {
        for (const { method, op } of operationsOf(path)) {
          const headers = CREDENTIALS[credentialOf((op.security as Json[])[0] as Json)] as Record<string, string>
          const res = await send(method.toUpperCase(), path, headers, {})
          const body = (await res.json()) as { error: { type: string; validation_errors?: Json } }
          expect(res.status, `${method} ${path}`).toBe(400)
          expect(Object.keys(body.error.validation_errors ?? {})).toContain(name)
          checked++
        }
      }
    }
    expect(checked).toBe(3) // client_session_id: revoke (POST), delete (DELETE, POST)
  })

  test('every other method on a documented path is 405 with Allow listing the documented methods', async () => {
    for (const path of Object.keys(paths)) {
      if (path === '/health') continue // not a gateway-owned 405: any other method is a 404
      if (STATIC_PATHS.includes(path)) continue // Cloudflare's asset server answers those (below)
      const documented = operationsOf(path).map((o) => o.method.toUpperCase())
      const other = ['PATCH', 'PUT', 'DELETE', 'POST', 'GET'].find((m) => !documented.includes(m)) as string
      const res = await gw.fetch(path, { method: other, headers: CREDENTIALS.api_key })
      expect(res.status, `${other} ${path}`).toBe(405)
      const allow = (res.headers.get('allow') ?? '').split(/,\s*/).filter((m) => m !== 'HEAD')
      expect(allow.sort(), path).toEqual(documented.sort())
      expect(((await res.json()) as { error: { type: string } }).error.type).toBe('method_not_allowed')
    }
  })

  test('unsigned webhook deliveries get the documented 401', async () => {
    for (const path of ['/webhooks/seam', '/webhooks/grants']) {
      const res = await gw.fetch(path, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })
      expect(res.status).toBe(401)
      expect(((await res.json()) as { error: { type: string } }).error.type).toBe('invalid_webhook_signature')
      expect(Object.keys(node(node(node(paths[path]).post).responses))).toContain('401')
    }
  })

  test('GET /openapi.json is the committed document, minified, from the asset server with its headers; HEAD works', async () => {
    const res = await gw.fetch('/openapi.json')
    expect(res.status).toBe(200)
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(JSON.stringify(doc)))).toBe(true)
    expectStaticHeaders(res, OPENAPI_HEADERS)
    const head = await gw.fetch('/openapi.json', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    expectStaticHeaders(head, OPENAPI_HEADERS)
    // The asset server's ETag: a revalidation costs no body.
    const again = await gw.fetch('/openapi.json', { headers: { 'if-none-match': res.headers.get('etag') ?? '' } })
    expect(again.status).toBe(304)
  })

  test('GET /docs is one self-contained page listing every operation, under a CSP that allows only its style', async () => {
    const res = await gw.fetch('/docs')
    expect(res.status).toBe(200)
    expectStaticHeaders(res, { ...DOCS_HEADERS, 'content-security-policy': expect.any(String) })
    const html = await res.text()
    // The bytes the worker used to render: the page renderer over the committed document.
    expect(html).toBe(renderDocsPage(doc, './openapi.json'))
    expect(html.startsWith('<!doctype html>')).toBe(true)
    // Nothing to load from anywhere: no script, no external link, image, font or stylesheet.
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i)
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i)
    for (const { path, method, op } of allOperations()) {
      expect(html, `${method} ${path}`).toContain(`id="op-${op.operationId}"`)
      expect(html).toContain(`<code>${path}</code>`)
    }
    for (const name of Object.keys(node(components.schemas))) expect(html).toContain(`id="schema-${name}"`)
    for (const name of Object.keys(node(components.securitySchemes))) expect(html).toContain(`id="security-${name}"`)
    // Every in-page link has its target.
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(html, target).toContain(`id="${target}"`)
    expect(html).toContain('href="./openapi.json"')

    const csp = res.headers.get('content-security-policy') ?? ''
    const styles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1] as string)
    expect(styles).toEqual([DOCS_STYLE])
    const hash = createHash('sha256')
      .update(styles[0] as string)
      .digest('base64')
    expect(csp).toBe(
      `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    )
    expect(html).not.toMatch(/ style="/)
  })

  test("other methods on the two files get the asset server's bare 405 with Allow; nothing else is a file", async () => {
    for (const path of STATIC_PATHS) {
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
        const res = await gw.fetch(path, { method, headers: CREDENTIALS.api_key })
        expect(res.status, `${method} ${path}`).toBe(405)
        expect(res.headers.get('allow')).toBe('GET, HEAD')
        expect(await res.text()).toBe('')
      }
    }
    // Any other spelling, the files' own names, the folder: the worker answers (its id, its envelope).
    for (const path of ['/docs.html', '/docs/', '/_headers', '/OPENAPI.JSON', '/openapi.json/', '/Docs']) {
      const res = await gw.fetch(path, { redirect: 'manual' })
      expect(res.headers.get('seam-request-id'), path).toMatch(/^gw_/)
      expect(res.status, path).toBeGreaterThanOrEqual(400)
      expect(((await res.json()) as { ok: boolean }).ok, path).toBe(false)
    }
  })

  test('the worker does not run for them and does not carry them', async () => {
    const before = gw.requestLogs().length
    await (await gw.fetch('/openapi.json')).arrayBuffer()
    await (await gw.fetch('/docs')).arrayBuffer()
    await (await gw.fetch('/openapi.json', { method: 'POST' })).arrayBuffer()
    // A worker request after them: once its line is in, theirs would have been too.
    await gw.logFor(await gw.fetch('/health'))
    expect(
      gw
        .requestLogs()
        .slice(before)
        .map((l) => l.route),
    ).toEqual(['/health'])
    const bundle = readFileSync(BUNDLE_PATH, 'utf8')
    for (const text of ['jsonSchemaDialect', 'openapi_get', DOCS_STYLE.slice(0, 40), 'API reference']) {
      expect(bundle, text).not.toContain(text)
    }
  })

  test("wrangler.toml's [assets] is what the harness serves", () => {
    const toml = readFileSync(join(ROOT, 'wrangler.toml'), 'utf8')
    const block = toml.slice(toml.indexOf('\n[assets]\n'))
    expect(block).toMatch(/^directory = "\.\/dist-assets"$/m)
    expect(join(ROOT, 'dist-assets')).toBe(ASSETS_PATH)
    const runWorkerFirst = /^run_worker_first = (\[.*\])$/m.exec(block)?.[1] ?? 'null'
    expect(JSON.parse(runWorkerFirst)).toEqual(RUN_WORKER_FIRST)
  })

  test("nested fields (the envelope's error.*) are listed, and document text cannot become markup", async () => {
    const html = await (await gw.fetch('/docs')).text()
    // Descriptions hold `<param>` (the validation_errors shape): it must arrive escaped.
    expect(html).toContain('<code>error.validation_errors</code>')
    expect(html).toContain('&lt;param&gt;')
    expect(html).not.toContain('<param>')
  })
})

describe('documented answer shapes match real answers', () => {
  const JWT_SECRET = 'openapi-test-secret-longer-than-thirty-two-bytes'
  const { gateway: gw, upstream: seamFake } = useGateway({ upstream: 'seam' })
  const { gateway: gwOnFake } = useGateway({
    vars: { SEAM_API_KEY: DEMO_SEED.apiKeys.one, AUTH_JWT_SECRET: JWT_SECRET },
    reset: false,
  })

  const expectShape = (schema: string, body: unknown) => {
    const result = (answers[schema] as ZodLike).safeParse(body)
    expect(result.success, `${schema}: ${JSON.stringify(result.error)}`).toBe(true)
  }

  test("Seam's own fake: get answers a documented client_session; errors are the documented envelope", async () => {
    const res = await gw.fetch('/client_sessions/get', {
      headers: { authorization: `Bearer ${seamFake.seed.seam_cst1_token}` },
    })
    expect(res.status).toBe(200)
    expectShape('clientSessionAnswer', await res.json())

    const refused = await gw.fetch('/client_sessions/get', { headers: { authorization: 'Bearer seam_apikey_unknown' } })
    expect(refused.status).toBe(401)
    expectShape('errorEnvelope', await refused.json())
  })

  test("the project's fake: list, revoke and health answer their documented shapes", async () => {
    const auth = { authorization: `Bearer ${DEMO_SEED.apiKeys.one}` }
    const list = await gwOnFake.fetch('/client_sessions/list', { headers: auth })
    expect(list.status).toBe(200)
    const listed = (await list.json()) as { client_sessions: unknown[] }
    expect(listed.client_sessions.length).toBeGreaterThan(0)
    expectShape('clientSessionsAnswer', listed)

    const revoke = await gwOnFake.fetch('/client_sessions/revoke', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ client_session_id: DEMO_SEED.sessions.demo.id }),
    })
    expect(revoke.status).toBe(200)
    expectShape('okAnswer', await revoke.json())

    expectShape('okAnswer', await (await gwOnFake.fetch('/health')).json())
  })

  test('POST /token answers exactly the documented fields, with cache-control: no-store', async () => {
    const jwt = signJwt({ alg: 'HS256', key: JWT_SECRET, payload: goodClaims('openapi-user') })
    const res = await gwOnFake.fetch('/token', { method: 'POST', headers: { authorization: `Bearer ${jwt}` } })
    const body = (await res.json()) as Json
    expect(res.status, JSON.stringify(body)).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expectShape('tokenAnswer', body)
    const documented = node(node(node(components.schemas).token_answer).properties)
    expect(Object.keys(body).sort()).toEqual(Object.keys(documented).sort())
  })
})

describe('the same files through wrangler dev (the way `npm start` serves them)', () => {
  let dev: WranglerDev
  let gw: Gateway
  beforeAll(async () => {
    ;[dev, gw] = await Promise.all([
      startWranglerDev({ SEAM_ENDPOINT: 'http://127.0.0.1:9' }),
      startGateway({ vars: { SEAM_ENDPOINT: 'http://127.0.0.1:9' } }),
    ])
  }, 60_000)
  afterAll(async () => {
    await Promise.all([dev?.close(), gw?.close()])
  })

  test('the same bytes and headers as in the harness, and every other path still reaches the worker', async () => {
    for (const [path, headers] of [
      ['/openapi.json', OPENAPI_HEADERS],
      [
        '/docs',
        { ...DOCS_HEADERS, 'content-security-policy': expect.stringMatching(/^default-src 'none'; style-src/) },
      ],
    ] as const) {
      const [fromDev, fromHarness] = await Promise.all([fetch(`${dev.url}${path}`), gw.fetch(path)])
      expect(fromDev.status, path).toBe(200)
      expectStaticHeaders(fromDev, headers)
      expect(fromDev.headers.get('content-security-policy')).toBe(fromHarness.headers.get('content-security-policy'))
      const [devBytes, harnessBytes] = await Promise.all([fromDev.arrayBuffer(), fromHarness.arrayBuffer()])
      expect(Buffer.from(devBytes).equals(Buffer.from(harnessBytes)), path).toBe(true)
      const post = await fetch(`${dev.url}${path}`, { method: 'POST' })
      expect(post.status).toBe(405)
      expect(post.headers.get('allow')).toBe('GET, HEAD')
    }
    expect(Buffer.from(await (await fetch(`${dev.url}/openapi.json`)).arrayBuffer()).toString()).toBe(
      JSON.stringify(doc),
    )
    for (const path of ['/health', '/docs.html', '/client_sessions/get']) {
      const res = await fetch(`${dev.url}${path}`)
      expect(res.headers.get('seam-request-id'), path).toMatch(/^gw_/)
      await res.arrayBuffer()
    }
  })
})
