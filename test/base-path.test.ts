/**
 * BASE_PATH (issue 17): the gateway mounted under a path, as behind the Workers route
 * `example.com/seam/*`, through the real bundle in workerd with Cloudflare's asset router in front:
 * - every route family answers under /seam as it does at the root (same statuses for every
 *   documented path and method), the log line names the route without the prefix, and
 *   pass-through forwards the path below the prefix to SEAM_ENDPOINT (its own path kept);
 * - anything outside the prefix, `/seamfoo` included, is 404 `not_found` in Seam's envelope and
 *   reaches no upstream, whatever the raw request target;
 * - /openapi.json and /docs under the prefix: the same bytes and headers as the root's static
 *   files, the document's `servers` entry naming the prefix, ETags and 304s;
 * - a bad BASE_PATH is a configuration error naming the key (never its value);
 * - the official SDK with `endpoint: …/seam` gets what it gets from Seam's fake directly;
 * - once through `wrangler dev --var BASE_PATH:/seam`, the way a user runs it, with the /demo
 *   page driven in headless Chromium under the prefix.
 */
import { readFileSync } from 'node:fs'
import { SeamHttp, SeamHttpApiError } from '@seamapi/http'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { DEMO_SEED, type FakeSeam, startFakeSeam } from '../fake-seam/index.ts'
import { DEMO_JWT_AUDIENCE, DEMO_JWT_ISSUER, DEMO_JWT_SECRET, signDemoJwt } from '../scripts/demo-credentials.ts'
import { type DemoUpstream, startDemoUpstream } from '../scripts/demo-upstream.ts'
import { launchChromium, signInAndListLocks, watchedPage } from './helpers/chromium.ts'
import { type EchoUpstream, startEchoUpstream } from './helpers/echo-upstream.ts'
import { type Gateway, startGateway } from './helpers/gateway.ts'
import { rawGet } from './helpers/http-call.ts'
import { goodClaims, signJwt } from './helpers/jwt.ts'
import { PLATFORM_HEADERS } from './helpers/platform-headers.ts'
import { type Outcome, record } from './helpers/sdk-outcomes.ts'
import { newWebhookSecret, signWebhook } from './helpers/sign-webhook.ts'
import { startTogether } from './helpers/start-together.ts'
import { twinNormalizer, useTwinFakes } from './helpers/twin-fakes.ts'
import type { SeamFake } from './helpers/upstreams.ts'
import { startWranglerDev, type WranglerDev } from './helpers/wrangler-dev.ts'

type Json = Record<string, unknown>

const BASE = '/seam'
const OUTSIDE_ROUTE = 'outside-base-path'
const JWT_SECRET = 'base-path-test-secret-longer-than-thirty-two-bytes'
const WEBHOOK_SECRET = newWebhookSecret()
const APP_ORIGIN = 'https://app.example.test'
/** The committed document: what the root serves byte for byte (test/openapi.test.ts). */
const doc = JSON.parse(readFileSync(new URL('../src/openapi.generated.json', import.meta.url), 'utf8')) as Json
const documentedPaths = doc.paths as Record<string, Record<string, unknown>>

/** Headers the platform or the transport set, and the worker's request id. */
const NOT_THE_FILES_HEADERS = [...PLATFORM_HEADERS, 'seam-request-id']
const fileHeaders = (res: Response) =>
  Object.fromEntries([...res.headers].filter(([name]) => !NOT_THE_FILES_HEADERS.includes(name)))

const apiKeyAuth = { authorization: `Bearer ${DEMO_SEED.apiKeys.one}` }

async function expectOutside(gw: Gateway, res: Response, where: string): Promise<void> {
  expect(res.status, where).toBe(404)
  expect(await res.json(), where).toEqual({ error: { type: 'not_found', message: 'Not Found' }, ok: false })
  expect(res.headers.get('seam-request-id'), where).toMatch(/^gw_/)
  expect(await gw.logFor(res), where).toMatchObject({ route: OUTSIDE_ROUTE, status: 404, level: 'warn' })
}

describe('BASE_PATH=/seam in the real bundle (Miniflare, asset router in front)', () => {
  let fake: FakeSeam
  let echo: EchoUpstream
  /** On the project's fake: client sessions, /token, webhooks, the demo page. */
  let mounted: Gateway
  /** The same configuration at the root. */
  let root: Gateway
  /** On the echo upstream (SEAM_ENDPOINT with a path of its own): what pass-through sends. */
  let onEcho: Gateway
  const vars = () => ({
    SEAM_ENDPOINT: fake.url,
    SEAM_API_KEY: DEMO_SEED.apiKeys.one,
    AUTH_JWT_SECRET: JWT_SECRET,
    GRANT_WEBHOOK_SECRET: WEBHOOK_SECRET,
    SEAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
    CORS_ORIGINS: APP_ORIGIN,
    DEMO_MODE: 'true',
  })
  beforeAll(async () => {
    ;[fake, echo] = await Promise.all([startFakeSeam(), startEchoUpstream()])
    ;[mounted, root, onEcho] = await Promise.all([
      startGateway({ vars: { ...vars(), BASE_PATH: BASE } }),
      startGateway({ vars: vars() }),
      startGateway({ vars: { SEAM_ENDPOINT: `${echo.url}/upstream-base`, BASE_PATH: BASE } }),
    ])
  })
  afterAll(async () => {
    await Promise.all([mounted?.close(), root?.close(), onEcho?.close(), fake?.close(), echo?.close()])
  })
  beforeEach(() => {
    fake.reset()
    echo.reset()
  })

  test('every documented path and method answers under the prefix what it answers at the root', async () => {
    let compared = 0
    for (const [path, item] of Object.entries(documentedPaths)) {
      for (const method of Object.keys(item).filter((m) => /^(get|post|put|patch|delete)$/.test(m))) {
        const init = { method: method.toUpperCase(), headers: { 'content-type': 'application/json' } }
        const body = method === 'get' || method === 'delete' ? {} : { body: '{}' }
        const [atRoot, under] = await Promise.all([
          root.fetch(path, { ...init, ...body }),
          mounted.fetch(`${BASE}${path}`, { ...init, ...body }),
        ])
        const where = `${init.method} ${path}`
        expect(under.status, where).toBe(atRoot.status)
        expect(under.status, where).not.toBe(404)
        const line = await mounted.logFor(under)
        // The route's own name, as at the root: neither the prefix nor the outside answer.
        expect(line.route, where).toBe(path)
        await Promise.all([atRoot.arrayBuffer(), under.arrayBuffer()])
        compared++
      }
    }
    expect(compared).toBeGreaterThan(15)
  })

  test('client sessions (cached), /token, webhooks and /health work under the prefix; the log names the route', async () => {
    const health = await mounted.fetch(`${BASE}/health`)
    expect(await health.json()).toEqual({ ok: true, exactly_once: false })

    const session = fake.store.addSession({ workspace_id: fake.seed.workspaces.one.id, user_identifier_key: 'bp_user' })
    const get = () =>
      mounted.fetch(`${BASE}/client_sessions/get?client_session_id=${session.client_session_id}`, {
        headers: apiKeyAuth,
      })
    const first = await get()
    expect(first.status).toBe(200)
    expect(((await first.json()) as { client_session: Json }).client_session.client_session_id).toBe(
      session.client_session_id,
    )
    expect(first.headers.get('cache-status')).toMatch(/fwd=miss/)
    const second = await get()
    expect(second.headers.get('cache-status')).toMatch(/; hit/)
    expect(await second.json()).toMatchObject({ ok: true })
    expect(await mounted.logFor(first)).toMatchObject({ route: '/client_sessions/get', cache: 'miss' })
    expect(await mounted.logFor(second)).toMatchObject({ route: '/client_sessions/get', cache: 'hit' })
    // Seam was asked for the route's own path: the prefix is the gateway's, not Seam's.
    expect(fake.calls.map((c) => c.path)).toEqual(['/client_sessions/get'])

    const jwt = signJwt({ alg: 'HS256', key: JWT_SECRET, payload: goodClaims('bp_token_user') })
    const vended = await mounted.fetch(`${BASE}/token`, { method: 'POST', headers: { authorization: `Bearer ${jwt}` } })
    const token = (await vended.json()) as Json
    expect(vended.status, JSON.stringify(token)).toBe(200)
    expect(token.client_session_token).toMatch(/^seam_cst/)
    expect(await mounted.logFor(vended)).toMatchObject({ route: '/token', status: 200 })

    const grant = JSON.stringify({ client_session_id: session.client_session_id, connected_account_ids: ['acct_bp'] })
    const granted = await mounted.fetch(`${BASE}/webhooks/grants`, {
      method: 'POST',
      body: grant,
      headers: signWebhook({ secret: WEBHOOK_SECRET, body: grant }),
    })
    expect(await granted.json()).toMatchObject({ ok: true, outcome: 'granted', grants: 1 })
    expect(fake.store.getSession(session.client_session_id)?.connected_account_ids).toContain('acct_bp')

    const unsigned = await mounted.fetch(`${BASE}/webhooks/seam`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    })
    expect(unsigned.status).toBe(401)
    expect(((await unsigned.json()) as { error: Json }).error.type).toBe('invalid_webhook_signature')
  })

  test('CORS for CORS_ORIGINS answers preflights under the prefix', async () => {
    const preflight = await mounted.fetch(`${BASE}/client_sessions/get`, {
      method: 'OPTIONS',
      headers: { origin: APP_ORIGIN, 'access-control-request-method': 'GET' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN)
  })

  test("pass-through forwards the path below the prefix, under SEAM_ENDPOINT's own path", async () => {
    echo.answer = { status: 200, headers: { 'content-type': 'application/json' }, body: '{"devices":[],"ok":true}' }
    const list = await onEcho.fetch(`${BASE}/devices/list?device_type=august_lock`, { headers: apiKeyAuth })
    expect(list.status).toBe(200)
    expect(await list.json()).toEqual({ devices: [], ok: true })
    const unlock = await onEcho.fetch(`${BASE}/locks/unlock_door`, {
      method: 'POST',
      headers: { ...apiKeyAuth, 'content-type': 'application/json' },
      body: '{"device_id":"d1"}',
    })
    expect(unlock.status).toBe(200)
    expect(echo.calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /upstream-base/devices/list?device_type=august_lock',
      'POST /upstream-base/locks/unlock_door',
    ])
    expect(echo.calls[1]?.body.toString()).toBe('{"device_id":"d1"}')
    expect(await onEcho.logFor(list)).toMatchObject({ route: 'pass-through', upstream_status: 200 })
  })

  test("pass-through's path rules see the path below the prefix: the gateway's own paths and odd paths stay", async () => {
    for (const [method, path, status] of [
      ['GET', `${BASE}/client_sessions/not_a_route`, 404],
      ['POST', `${BASE}/health`, 404],
      ['GET', `${BASE}/webhooks`, 404],
      ['GET', `${BASE}/`, 404],
      ['GET', BASE, 404],
      ['GET', `${BASE}//devices/list`, 400],
      ['GET', `${BASE}/devices%2flist`, 400],
      ['GET', `${BASE}/devices/list/`, 400],
    ] as const) {
      const res = await onEcho.fetch(path, { method, headers: apiKeyAuth })
      expect(res.status, `${method} ${path}`).toBe(status)
      expect(((await res.json()) as { ok: boolean }).ok).toBe(false)
      expect((await onEcho.logFor(res)).route, path).not.toBe(OUTSIDE_ROUTE)
    }
    expect(echo.calls).toHaveLength(0)
  })

  test("outside the prefix, /seamfoo included: 404 not_found in Seam's envelope, logged, nothing forwarded", async () => {
    for (const path of [
      '/',
      '/devices/list',
      '/client_sessions/get',
      '/health',
      '/token',
      '/webhooks/grants',
      '/demo',
      '/seamfoo',
      '/seamfoo/devices/list',
      '/seam.json',
      '/SEAM/devices/list',
      '/Seam/health',
      '/s%65am/devices/list',
      '/api/seam/devices/list',
    ]) {
      for (const method of ['GET', 'POST', 'DELETE']) {
        const res = await onEcho.fetch(path, { method, headers: { ...apiKeyAuth, origin: APP_ORIGIN } })
        await expectOutside(onEcho, res, `${method} ${path}`)
      }
    }
    expect(echo.calls).toHaveLength(0)
  })

  test('raw request targets: the URL workerd resolves decides, and only a path under the prefix is forwarded', async () => {
    echo.answer = { status: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":true}' }
    for (const [target, status, forwarded] of [
      ['/seam/../devices/list', 404, null],
      ['/seam/%2e%2e/devices/list', 404, null],
      ['/seam%2fdevices/list', 404, null],
      ['//seam/devices/list', 404, null],
      ['/./seam/devices/list', 200, '/upstream-base/devices/list'],
      ['/seam\\devices\\list', 200, '/upstream-base/devices/list'],
      ['/seam/devices/../locks/list', 200, '/upstream-base/locks/list'],
      ['/seam/devices/%2e%2e/%2e%2e/%2e%2e/x', 404, null],
    ] as const) {
      echo.reset()
      echo.answer = { status: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":true}' }
      const res = await rawGet(onEcho.url, target, apiKeyAuth)
      expect(res.status, target).toBe(status)
      expect(
        echo.calls.map((c) => c.url),
        target,
      ).toEqual(forwarded === null ? [] : [forwarded])
      if (status === 404) expect(JSON.parse(res.body), target).toMatchObject({ error: { type: 'not_found' } })
    }
  })

  test('/openapi.json under the prefix: the committed document with `servers` naming it, the root file headers', async () => {
    const [atRoot, under] = await Promise.all([root.fetch('/openapi.json'), mounted.fetch(`${BASE}/openapi.json`)])
    expect(under.status).toBe(200)
    expect(fileHeaders(under)).toEqual(fileHeaders(atRoot))
    expect(fileHeaders(under)).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'public, max-age=300',
      'x-content-type-options': 'nosniff',
      allow: 'GET, HEAD',
    })
    // The worker answered: its request id and its log line.
    expect(under.headers.get('seam-request-id')).toMatch(/^gw_/)
    expect(atRoot.headers.get('seam-request-id')).toBeNull()
    expect(await mounted.logFor(under)).toMatchObject({ route: '/openapi.json', status: 200 })
    // A worker answer like any other: CORS for CORS_ORIGINS too.
    const fromApp = await mounted.fetch(`${BASE}/openapi.json`, { headers: { origin: APP_ORIGIN } })
    expect(fromApp.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN)
    await fromApp.arrayBuffer()

    const text = await under.text()
    const served = JSON.parse(text) as Json
    expect(text).toBe(JSON.stringify(served)) // minified, as the root file
    const { servers, ...rest } = served
    expect(rest).toEqual(doc)
    expect(servers).toEqual([{ url: BASE, description: expect.any(String) }])
    expect(Object.keys(served).indexOf('servers')).toBe(Object.keys(served).indexOf('info') + 1)
    await atRoot.arrayBuffer()

    // The server URL resolves against the document's own URL: each documented path under it is the gateway's.
    const serverUrl = new URL(BASE, `${mounted.url}${BASE}/openapi.json`).href
    const health = await fetch(`${serverUrl}/health`)
    expect(health.status).toBe(200)
    expect(await health.json()).toMatchObject({ ok: true })
  })

  test('/openapi.json under the prefix: HEAD, ETag and 304, other methods 405 in the envelope', async () => {
    const first = await mounted.fetch(`${BASE}/openapi.json`)
    const etag = first.headers.get('etag') ?? ''
    const body = await first.text()
    const rootTag = (await root.fetch('/openapi.json', { method: 'HEAD' })).headers.get('etag') ?? ''
    // Another document than the root's, so another tag; and the same one on every answer.
    expect(etag).toMatch(/^(W\/)?"[^"]+"$/)
    expect(etag).not.toBe(rootTag)
    expect((await mounted.fetch(`${BASE}/openapi.json`, { method: 'HEAD' })).headers.get('etag')).toBe(etag)

    const head = await mounted.fetch(`${BASE}/openapi.json`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    expect(fileHeaders(head)).toEqual(fileHeaders(first))

    for (const ifNoneMatch of [etag, `W/${etag.replace(/^W\//, '')}`, `"other", ${etag}`, '*']) {
      const again = await mounted.fetch(`${BASE}/openapi.json`, { headers: { 'if-none-match': ifNoneMatch } })
      expect(again.status, ifNoneMatch).toBe(304)
      expect(again.headers.get('etag')).toBe(etag)
      expect(await again.text()).toBe('')
    }
    const stale = await mounted.fetch(`${BASE}/openapi.json`, { headers: { 'if-none-match': rootTag } })
    expect(stale.status).toBe(200)
    expect(await stale.text()).toBe(body)

    for (const path of ['/openapi.json', '/docs']) {
      const post = await mounted.fetch(`${BASE}${path}`, { method: 'POST' })
      expect(post.status, path).toBe(405)
      expect(post.headers.get('allow')).toBe('GET, HEAD')
      expect(((await post.json()) as { error: Json }).error.type).toBe('method_not_allowed')
    }
  })

  test('/docs under the prefix: the root page byte for byte with its headers, 304 on its ETag', async () => {
    const [atRoot, under] = await Promise.all([root.fetch('/docs'), mounted.fetch(`${BASE}/docs`)])
    expect(under.status).toBe(200)
    expect(fileHeaders(under)).toEqual(fileHeaders(atRoot))
    expect(fileHeaders(under)['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-/)
    const [rootBytes, underBytes] = await Promise.all([atRoot.arrayBuffer(), under.arrayBuffer()])
    expect(Buffer.from(underBytes).equals(Buffer.from(rootBytes))).toBe(true)
    // Its link to the document is relative: /seam/docs → /seam/openapi.json.
    expect(Buffer.from(underBytes).toString()).toContain('href="./openapi.json"')
    expect(await mounted.logFor(under)).toMatchObject({ route: '/docs', status: 200 })
    const etag = under.headers.get('etag') ?? ''
    expect(etag).not.toBe('')
    const again = await mounted.fetch(`${BASE}/docs`, { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
  })

  test('the /demo page and its files under the prefix, with their CSP', async () => {
    const page = await mounted.fetch(`${BASE}/demo`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'none'; script-src 'self'/)
    // Its files are named relative to the page, so they resolve under the prefix.
    for (const [, href] of html.matchAll(/(?:src|href)="([^"#]+)"/g)) {
      const url = new URL(href as string, `${mounted.url}${BASE}/demo`)
      expect(url.pathname.startsWith(`${BASE}/demo/`), href).toBe(true)
      const file = await fetch(url)
      expect(file.status, url.pathname).toBe(200)
      expect(file.headers.get('x-content-type-options')).toBe('nosniff')
      await file.arrayBuffer()
    }
  })

  test('the root static files stay what they are; with run_worker_first = true they too are outside the prefix', async () => {
    // wrangler.toml's rules leave the two root files to Cloudflare (behind a zone route the root never
    // reaches the worker). README: with BASE_PATH on a workers.dev host, `run_worker_first = true`.
    const asFile = await mounted.fetch('/openapi.json')
    expect(asFile.status).toBe(200)
    expect(asFile.headers.get('seam-request-id')).toBeNull()
    await asFile.arrayBuffer()

    const allWorker = await startGateway({ vars: { ...vars(), BASE_PATH: BASE }, runWorkerFirst: true })
    try {
      for (const path of ['/openapi.json', '/docs', '/demo', '/demo/app.js']) {
        await expectOutside(allWorker, await allWorker.fetch(path), path)
      }
      const under = await allWorker.fetch(`${BASE}/openapi.json`)
      expect(under.status).toBe(200)
      expect((JSON.parse(await under.text()) as Json).servers).toEqual([{ url: BASE, description: expect.any(String) }])
      const docs = await allWorker.fetch(`${BASE}/docs`)
      expect(docs.status).toBe(200)
      await docs.arrayBuffer()
    } finally {
      await allWorker.close()
    }
  })
})

describe('BASE_PATH configuration', () => {
  let fake: FakeSeam
  beforeAll(async () => {
    fake = await startFakeSeam()
  })
  afterAll(async () => {
    await fake?.close()
  })

  // No leading slash, a trailing slash, a dot segment, an empty segment, a space, percent-encoding.
  for (const bad of ['mountx1', '/mountx2/', '/mountx3/../y', '/mountx4//y', '/mount x5', '/mount%78x6']) {
    test(`BASE_PATH=${JSON.stringify(bad)}: every request answers 500 and the log names BASE_PATH, never the value`, async () => {
      const broken = await startGateway({ vars: { SEAM_ENDPOINT: fake.url, BASE_PATH: bad } })
      try {
        for (const path of ['/health', '/client_sessions/get', '/devices/list']) {
          const res = await broken.fetch(path, { headers: apiKeyAuth })
          expect(res.status, path).toBe(500)
          expect(await res.json()).toEqual({
            error: { type: 'internal_server_error', message: 'Internal server error.' },
            ok: false,
          })
          expect(await broken.logFor(res)).toMatchObject({ status: 500, reason: 'invalid configuration: BASE_PATH' })
        }
        expect(broken.logs.join('\n')).not.toMatch(/mount/)
        expect(fake.calls).toHaveLength(0)
      } finally {
        await broken.close()
      }
    })
  }

  test('empty and `/` are the root; a nested path of unreserved characters is a prefix', async () => {
    const [empty, slash, nested] = await Promise.all([
      startGateway({ vars: { SEAM_ENDPOINT: fake.url, BASE_PATH: '' } }),
      startGateway({ vars: { SEAM_ENDPOINT: fake.url, BASE_PATH: ' / ' } }),
      startGateway({ vars: { SEAM_ENDPOINT: fake.url, BASE_PATH: '/api/v1.0/seam_gw~x-y' } }),
    ])
    try {
      for (const gw of [empty, slash]) expect((await gw.fetch('/health')).status).toBe(200)
      expect((await nested.fetch('/api/v1.0/seam_gw~x-y/health')).status).toBe(200)
      for (const path of ['/health', '/api/v1.0/health', '/api/v1.0/seam_gw~x-yz/health']) {
        await expectOutside(nested, await nested.fetch(path), path)
      }
    } finally {
      await Promise.all([empty.close(), slash.close(), nested.close()])
    }
  })
})

describe("the official SDK with endpoint …/seam, against Seam's fake directly and through the gateway", () => {
  const { direct, behind, gateway } = useTwinFakes({ vars: { BASE_PATH: BASE } })
  let expected: Record<string, Outcome>
  let got: Record<string, Outcome>
  const requestIds: Record<string, string | undefined> = {}
  beforeAll(async () => {
    expected = await scenario(direct.url, direct, {})
    got = await scenario(`${gateway.url}${BASE}`, behind, requestIds)
  })

  /** Fails the step with the SDK's error after noting the request id the SDK read from the answer. */
  const noting = (ids: Record<string, string | undefined>, name: string, call: () => Promise<unknown>) => async () => {
    try {
      return await call()
    } catch (err) {
      if (err instanceof SeamHttpApiError) ids[name] = err.requestId
      throw err
    }
  }

  const scenario = (endpoint: string, fake: SeamFake, ids: Record<string, string | undefined>) => {
    const { seed } = fake
    const seam = SeamHttp.fromApiKey(seed.seam_apikey1_token, {
      endpoint,
      waitForActionAttempt: { pollingInterval: 20, timeout: 5_000 },
    })
    const made: Record<string, string> = {}
    return record(
      [
        [
          'clientSessions.create',
          async () => {
            const session = await seam.clientSessions.create({ user_identifier_key: 'base_path_user' })
            made.id = session.client_session_id
            made.token = session.token
            return session
          },
        ],
        ['clientSessions.get by id', () => seam.clientSessions.get({ client_session_id: made.id ?? '' })],
        ['clientSessions.get by id, again', () => seam.clientSessions.get({ client_session_id: made.id ?? '' })],
        [
          'clientSessions.get with its token',
          () => SeamHttp.fromClientSessionToken(made.token ?? '', { endpoint }).clientSessions.get(),
        ],
        ['devices.list (pass-through)', () => seam.devices.list()],
        ['locks.unlockDoor (pass-through, waits)', () => seam.locks.unlockDoor({ device_id: seed.august_device_1 })],
        [
          'error: clientSessions.get of no session',
          noting(ids, 'no session', () => seam.clientSessions.get({ client_session_id: 'no_such_session' })),
        ],
        [
          'error: devices.get of no device (pass-through)',
          noting(ids, 'no device', () => seam.devices.get({ device_id: 'no_such_device' })),
        ],
        [
          'error: an unknown key',
          noting(ids, 'unknown key', () =>
            SeamHttp.fromApiKey('seam_apikey_nope', { endpoint }).clientSessions.get({
              client_session_id: made.id ?? '',
            }),
          ),
        ],
        [
          'error: invalid input (the gateway refuses it)',
          noting(ids, 'invalid input', () => seam.clientSessions.create({ user_identifier_key: 42 as never })),
        ],
      ],
      twinNormalizer(fake.url),
    )
  }

  test('every call gives the same outcome through the gateway under the prefix as directly', () => {
    expect(Object.keys(got)).toEqual(Object.keys(expected))
    for (const name of Object.keys(expected)) expect(got[name], name).toEqual(expected[name])
    const ok = (name: string) => (expected[name] as { ok: Json }).ok
    expect(ok('clientSessions.get with its token').user_identifier_key).toBe('base_path_user')
    expect((ok('devices.list (pass-through)') as unknown as unknown[]).length).toBeGreaterThan(1)
    expect(ok('locks.unlockDoor (pass-through, waits)').status).toBe('success')
    expect(expected['error: invalid input (the gateway refuses it)']).toMatchObject({
      error: { name: 'SeamHttpInvalidInputError', statusCode: 400 },
    })
  })

  test("errors carry Seam's request id when Seam answered and the gateway's own otherwise, each in a log line", async () => {
    for (const name of ['no session', 'no device', 'unknown key']) {
      const id = requestIds[name]
      expect(id, name).toBeTruthy()
      expect(id, name).not.toMatch(/^gw_/)
      expect(
        gateway.requestLogs().some((l) => l.upstream_request_id === id),
        name,
      ).toBe(true)
    }
    const own = requestIds['invalid input'] ?? ''
    expect(own).toMatch(/^gw_/)
    expect(gateway.requestLogs().find((l) => l.request_id === own)).toMatchObject({
      route: '/client_sessions/create',
      status: 400,
    })
  })

  test('the calls reached the routes below the prefix, none was outside it, and the repeat get was a hit', () => {
    const lines = gateway.requestLogs()
    expect(lines.filter((l) => l.route === OUTSIDE_ROUTE)).toEqual([])
    const routes = new Set(lines.map((l) => l.route))
    for (const route of ['/client_sessions/create', '/client_sessions/get', 'pass-through']) {
      expect(routes, route).toContain(route)
    }
    expect(lines.filter((l) => l.route === '/client_sessions/get' && l.cache === 'hit').length).toBeGreaterThan(0)
  })
})

describe('through `wrangler dev --var BASE_PATH:/seam`, with the /demo page in headless Chromium', () => {
  let upstream: DemoUpstream
  let dev: WranglerDev
  let browser: Browser
  beforeAll(async () => {
    upstream = await startDemoUpstream()
    ;[dev, browser] = await startTogether(
      () =>
        startWranglerDev({
          BASE_PATH: BASE,
          SEAM_ENDPOINT: upstream.url,
          SEAM_API_KEY: upstream.seed.apiKeys.one,
          AUTH_JWT_SECRET: DEMO_JWT_SECRET,
          AUTH_ISSUER: DEMO_JWT_ISSUER,
          AUTH_AUDIENCE: DEMO_JWT_AUDIENCE,
          DEMO_MODE: 'true',
        }),
      launchChromium,
    )
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await dev?.close()
    await upstream?.close()
  })

  test('routes, docs and the outside 404 as in the harness', async () => {
    expect((await fetch(`${dev.url}${BASE}/health`)).status).toBe(200)
    const session = await fetch(`${dev.url}${BASE}/client_sessions/get?user_identifier_key=demo_user`, {
      headers: { authorization: `Bearer ${upstream.seed.apiKeys.one}` },
    })
    expect(session.status).toBe(200)
    expect(await session.json()).toMatchObject({ client_session: { user_identifier_key: 'demo_user' } })
    for (const path of ['/health', '/seamfoo/health', '/devices/list']) {
      const res = await fetch(`${dev.url}${path}`, {
        headers: { authorization: `Bearer ${upstream.seed.apiKeys.one}` },
      })
      expect(res.status, path).toBe(404)
      expect(await res.json()).toMatchObject({ error: { type: 'not_found' }, ok: false })
    }
    const document = await fetch(`${dev.url}${BASE}/openapi.json`)
    expect(document.status).toBe(200)
    expect(document.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(document.headers.get('cache-control')).toBe('public, max-age=300')
    expect(((await document.json()) as Json).servers).toEqual([{ url: BASE, description: expect.any(String) }])
    const docs = await fetch(`${dev.url}${BASE}/docs`)
    expect(docs.status).toBe(200)
    expect(docs.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-/)
    expect(await docs.text()).toContain('href="./openapi.json"')
  })

  test("the demo page under the prefix signs in, lists the demo user's locks and unlocks a door", async () => {
    const { page, problems } = await watchedPage(browser)
    const requested: string[] = []
    page.on('request', (req) => requested.push(new URL(req.url()).pathname))
    try {
      await page.goto(`${dev.url}${BASE}/demo#jwt=${signDemoJwt('demo_user')}`)
      const devices = await signInAndListLocks(page)
      const frontDoor = devices.filter({ hasText: 'Front Door' })
      await frontDoor.getByRole('button', { name: 'Unlock' }).click()
      await frontDoor.locator('.attempt .success').waitFor()
      expect(problems).toEqual([])
      // Every request the page made (its files, /token, the SDK's calls) stayed under the prefix.
      expect(requested.filter((path) => !path.startsWith(`${BASE}/`))).toEqual([])
      for (const path of [
        '/seam/token',
        '/seam/client_sessions/get',
        '/seam/devices/list',
        '/seam/locks/unlock_door',
      ]) {
        expect(requested, path).toContain(path)
      }
    } finally {
      await page.close()
    }
  })
})
