/**
 * Pass-through (issue 9): every Seam route that is not the gateway's own is forwarded to
 * SEAM_ENDPOINT untouched, so the official SDK works with `endpoint` pointed at the gateway.
 *
 * - The SDK against Seam's own fake, directly and through the gateway, gives the same results
 *   and error classes for devices, locks + action attempts, connect webviews, connected
 *   accounts and events.
 * - What goes upstream (method, path, query, body bytes, only credential/SDK/content-type
 *   headers) and what comes back (status, bytes, content type, seam-request-id, retry-after).
 * - What is refused at the edge (no credential, body too big, gateway paths, odd methods,
 *   PASS_THROUGH=false) never reaches the upstream.
 * - The upstream policy for calls made on a caller's behalf: one attempt whatever the method
 *   (the caller's SDK owns the retries, issue 18), 502 and 504.
 * - The pass-through credential rule: only a request with no credential at all is refused; a
 *   PAT or console session token without `seam-workspace` goes to Seam, which judges it.
 */
import { SeamHttp, SeamHttpUnauthorizedError } from '@seamapi/http'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { type FakeSeam, startFakeSeam } from '../fake-seam/index.ts'
import { useGateway } from './helpers/fixture.ts'
import { type Gateway, startGateway } from './helpers/gateway.ts'
import { record } from './helpers/sdk-outcomes.ts'
import { twinNormalizer, useTwinFakes } from './helpers/twin-fakes.ts'
import type { SeamFake } from './helpers/upstreams.ts'

const API_KEY = 'seam_apikey1_token'
const auth = { authorization: `Bearer ${API_KEY}` }
/** Port 1 (tcpmux) is privileged and unused: connections are refused, and no other test can take it. */
const DEAD_ENDPOINT = 'http://127.0.0.1:1'
/** The one browser origin CORS_ORIGINS allows in the echo suite. */
const APP_ORIGIN = 'https://app.example'

describe("the SDK through the gateway against Seam's own fake", () => {
  const { direct, behind, gateway } = useTwinFakes()

  /** The same calls, in the same order, on a fresh fake: devices, locks, webviews, accounts, events. */
  const scenario = (endpoint: string, fake: SeamFake) => {
    const seam = SeamHttp.fromApiKey(fake.seed.seam_apikey1_token, {
      endpoint,
      waitForActionAttempt: { pollingInterval: 20, timeout: 5_000 },
    })
    const noWait = SeamHttp.fromApiKey(fake.seed.seam_apikey1_token, { endpoint, waitForActionAttempt: false })
    const lock = fake.seed.august_device_1
    const ids: Record<string, string> = {}
    return record(
      [
        ['devices.list', () => seam.devices.list()],
        ['devices.get', () => seam.devices.get({ device_id: lock })],
        ['devices.get missing', () => seam.devices.get({ device_id: 'no_such_device' })],
        ['locks.list', () => seam.locks.list()],
        // Seam's fake answers unlock_door with a pending attempt: `success` means the SDK polled
        // /action_attempts/get (through whatever endpoint it was given) until it resolved.
        ['locks.unlockDoor (waits)', () => seam.locks.unlockDoor({ device_id: lock })],
        [
          'locks.unlockDoor (no wait)',
          async () => {
            const attempt = await noWait.locks.unlockDoor({ device_id: lock })
            ids.attempt = attempt.action_attempt_id
            return attempt
          },
        ],
        ['actionAttempts.get', () => seam.actionAttempts.get({ action_attempt_id: ids.attempt ?? '' })],
        ['locks.unlockDoor missing', () => seam.locks.unlockDoor({ device_id: 'no_such_device' })],
        ['locks.unlockDoor bad input', () => seam.locks.unlockDoor({ device_id: 42 as never })],
        ['devices.get after unlock', () => seam.devices.get({ device_id: lock })],
        ['connectWebviews.create', () => seam.connectWebviews.create({ accepted_providers: ['august'] })],
        ['connectWebviews.list', () => seam.connectWebviews.list()],
        ['connectedAccounts.list', () => seam.connectedAccounts.list()],
        ['events.list', () => seam.events.list({ since: '2000-01-01T00:00:00.000Z' })],
        ['bad key', () => SeamHttp.fromApiKey('seam_apikey_nope', { endpoint }).devices.list()],
        [
          'client session token: devices.list',
          () => SeamHttp.fromClientSessionToken(fake.seed.seam_cst1_token, { endpoint }).devices.list(),
        ],
      ],
      twinNormalizer(fake.url),
    )
  }

  test('same results and error classes as against the fake directly', async () => {
    const expected = await scenario(direct.url, direct)
    const got = await scenario(gateway.url, behind)
    expect(got).toEqual(expected)

    // The scenario means something: real data, each error class, and a resolved action attempt.
    const ok = (name: string) => (expected[name] as { ok: unknown }).ok as Record<string, unknown>
    expect((ok('devices.list') as unknown as unknown[]).length).toBeGreaterThan(1)
    expect(ok('locks.unlockDoor (waits)').status).toBe('success')
    expect(ok('locks.unlockDoor (no wait)').status).toBe('pending')
    expect(ok('actionAttempts.get').status).toBe('success')
    expect((ok('events.list') as unknown as unknown[]).length).toBeGreaterThan(0)
    expect(expected['devices.get missing']).toEqual({
      error: { name: 'SeamHttpApiError', code: 'device_not_found', statusCode: 404 },
    })
    expect(expected['locks.unlockDoor bad input']).toMatchObject({
      error: { name: 'SeamHttpInvalidInputError', statusCode: 400 },
    })
    expect(expected['bad key']).toMatchObject({ error: { name: 'SeamHttpUnauthorizedError', statusCode: 401 } })
    expect((ok('client session token: devices.list') as unknown as unknown[]).length).toBeGreaterThan(0)

    // And it went through the gateway's pass-through, polls included.
    const passed = gateway.requestLogs().filter((l) => l.route === 'pass-through')
    expect(passed.length).toBeGreaterThanOrEqual(Object.keys(expected).length + 1)
    expect(passed.every((l) => typeof l.upstream_status === 'number')).toBe(true)
  })

  test('an unknown credential comes back as the SDK error class Seam gives', async () => {
    const seam = SeamHttp.fromApiKey('seam_apikey_nope', { endpoint: gateway.url })
    await expect(seam.devices.list()).rejects.toBeInstanceOf(SeamHttpUnauthorizedError)
  })
})

describe('what goes upstream and what comes back', () => {
  const BODY_LIMIT = 1024
  const { gateway, upstream: echo } = useGateway({
    upstream: 'echo',
    vars: ({ url }) => ({
      SEAM_ENDPOINT: `${url}/seam`,
      BODY_LIMIT_BYTES: String(BODY_LIMIT),
      CORS_ORIGINS: APP_ORIGIN,
    }),
  })

  test('method, path, query and body bytes go upstream unchanged, under SEAM_ENDPOINT', async () => {
    const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i))
    echo.answer.headers = { 'content-type': 'application/octet-stream' }
    const res = await gateway.fetch('/things/do_it?b=2&a=1&a=%C3%A9&_strict=true', {
      method: 'PUT',
      headers: { ...auth, 'content-type': 'application/octet-stream' },
      body: bytes,
    })
    expect(res.status).toBe(200)
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes)
    expect(echo.calls).toHaveLength(1)
    expect(echo.calls[0]).toMatchObject({ method: 'PUT', url: '/seam/things/do_it?b=2&a=1&a=%C3%A9&_strict=true' })
    expect(echo.calls[0]?.body).toEqual(bytes)
  })

  test('only the Seam credential, SDK and content-type headers go upstream', async () => {
    await gateway.fetch('/devices/list', {
      method: 'POST',
      headers: {
        ...auth,
        'seam-workspace': 'ws_1',
        'seam-sdk-name': 'seamapi/javascript-http',
        'seam-sdk-version': '2.32.0',
        'content-type': 'application/json',
        // Not part of the API key credential the gateway read, so not forwarded either.
        'seam-client-session-token': 'seam_cst_stray',
        'seam-publishable-key': 'seam_pk_stray',
        cookie: 'session=secret',
        'cf-connecting-ip': '203.0.113.9',
        'x-forwarded-for': '203.0.113.9',
        'x-forwarded-host': 'evil.example',
        'x-real-ip': '203.0.113.9',
        'x-foo': 'bar',
        'user-agent': 'caller-agent',
        origin: 'https://app.example',
        referer: 'https://app.example/page',
      },
      body: '{}',
    })
    expect(echo.calls).toHaveLength(1)
    const headers = echo.calls[0]?.headers ?? {}
    expect(headers).toMatchObject({
      authorization: auth.authorization,
      'seam-workspace': 'ws_1',
      'seam-sdk-name': 'seamapi/javascript-http',
      'seam-sdk-version': '2.32.0',
      'content-type': 'application/json',
    })
    // What is left is the platform's own (host, length, workerd's cf-worker), never the caller's.
    const allowed = new Set([
      'authorization',
      'seam-workspace',
      'seam-sdk-name',
      'seam-sdk-version',
      'content-type',
      'content-length',
      'host',
      'accept-encoding',
      'cf-worker',
    ])
    expect(Object.keys(headers).filter((name) => !allowed.has(name))).toEqual([])
    expect(headers.host).toBe(new URL(echo.url).host)
    expect(headers['user-agent']).toBeUndefined()
  })

  test("a client session token's headers are forwarded exactly", async () => {
    await gateway.fetch('/devices/list', {
      headers: { authorization: 'Bearer seam_cst1_token', 'client-session-token': 'seam_cst1_token' },
    })
    expect(echo.calls[0]?.headers).toMatchObject({
      authorization: 'Bearer seam_cst1_token',
      'client-session-token': 'seam_cst1_token',
    })
  })

  test("Seam's answer comes back unchanged: status, bytes, content type, request id, retry-after", async () => {
    echo.answer = {
      status: 418,
      headers: {
        'content-type': 'text/html; charset=latin1',
        'seam-request-id': 'req_upstream_1',
        'retry-after': '7',
        'set-cookie': 'tracking=1',
        'access-control-allow-origin': '*',
        'access-control-allow-credentials': 'true',
        'x-powered-by': 'next',
        'cache-control': 'public, max-age=999',
        location: 'https://elsewhere.example/',
      },
      body: '<p>not json</p>',
    }
    const res = await gateway.fetch('/devices/list', { headers: auth })
    expect(res.status).toBe(418)
    expect(await res.text()).toBe('<p>not json</p>')
    expect(res.headers.get('content-type')).toBe('text/html; charset=latin1')
    expect(res.headers.get('seam-request-id')).toBe('req_upstream_1')
    expect(res.headers.get('retry-after')).toBe('7')
    for (const name of [
      'set-cookie',
      'access-control-allow-origin',
      'access-control-allow-credentials',
      'x-powered-by',
      'cache-control',
      'location',
    ]) {
      expect(res.headers.get(name), name).toBeNull()
    }
    const log = gateway.requestLogs().at(-1)
    expect(log).toMatchObject({ route: 'pass-through', status: 418, upstream_request_id: 'req_upstream_1' })
  })

  test('a JSON error from Seam comes back byte for byte (no envelope rewriting on these routes)', async () => {
    const body = '{"error":{"type":"device_not_found","message":"Device not found" , "data":{"x":1}},"ok":false}'
    echo.answer = { status: 404, headers: { 'content-type': 'application/json' }, body }
    const res = await gateway.fetch('/devices/get?device_id=x', { headers: auth })
    expect(res.status).toBe(404)
    expect(await res.text()).toBe(body)
  })

  test('a `stack` anywhere in an error body never reaches the caller: top level, error.stack, error.data.stack', async () => {
    for (const [status, contentType] of [
      [404, 'application/json'],
      [500, 'application/json; charset=utf-8'],
      [400, 'text/plain'],
    ] as const) {
      echo.answer = {
        status,
        headers: { 'content-type': contentType },
        body: JSON.stringify({
          stack: 'Error: top\n    at /srv/app/index.js:1',
          error: {
            type: 'device_not_found',
            message: 'Device not found',
            stack: 'Error: error\n    at /srv/app/handler.js:2',
            data: { stack: 'Error: data\n    at /srv/app/data.js:3', device_id: 'x', more: [{ stack: 'deep' }] },
          },
          ok: false,
        }),
      }
      const res = await gateway.fetch('/devices/get?device_id=x', { headers: auth })
      expect(res.status).toBe(status)
      const text = await res.text()
      expect(text).not.toContain('stack')
      expect(text).not.toContain('/srv/app')
      expect(JSON.parse(text)).toEqual({
        error: { type: 'device_not_found', message: 'Device not found', data: { device_id: 'x', more: [{}] } },
        ok: false,
      })
      expect(res.headers.get('content-type')).toBe(contentType)
    }
    // A success body is Seam's data, not an error: it comes back as it was.
    const ok = '{"device":{"stack":"a field named stack"},"ok":true}'
    echo.answer = { status: 200, headers: { 'content-type': 'application/json' }, body: ok }
    expect(await (await gateway.fetch('/devices/get?device_id=x', { headers: auth })).text()).toBe(ok)
  })

  test("every pass-through answer carries X-Content-Type-Options: nosniff, the gateway's own errors included", async () => {
    echo.answer = { status: 200, headers: { 'content-type': 'text/html' }, body: '<script>alert(1)</script>' }
    const ok = await gateway.fetch('/devices/list', { headers: auth })
    expect(ok.status).toBe(200)
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff')
    echo.answer = { status: 502, headers: {}, body: 'bad gateway' }
    const failed = await gateway.fetch('/devices/list', { method: 'POST', headers: auth, body: 'x' })
    expect(failed.status).toBe(502)
    expect(failed.headers.get('x-content-type-options')).toBe('nosniff')
    const refused = await gateway.fetch('/devices/list')
    expect(refused.status).toBe(401)
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff')
    echo.answer = { status: 204, headers: {}, body: '' }
    const empty = await gateway.fetch('/things/delete', { method: 'DELETE', headers: auth })
    expect(empty.headers.get('x-content-type-options')).toBe('nosniff')
  })

  test('HEAD and 204 answers carry no body', async () => {
    const head = await gateway.fetch('/devices/list', { method: 'HEAD', headers: auth })
    expect(head.status).toBe(200)
    expect(echo.calls[0]?.method).toBe('HEAD')
    echo.answer = { status: 204, headers: {}, body: '' }
    const res = await gateway.fetch('/things/delete', { method: 'DELETE', headers: auth })
    expect(res.status).toBe(204)
    expect(await res.text()).toBe('')
  })

  test('no Seam credential: 401 in Seam envelope, no upstream call', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Basic dXNlcjpwYXNz' },
      { cookie: 'session=1' },
      { 'x-api-key': API_KEY },
    ]
    for (const headers of attempts) {
      const res = await gateway.fetch('/devices/list', { headers })
      expect(res.status).toBe(401)
      expect(res.headers.get('content-type')).toMatch(/^application\/json/)
      expect(await res.json()).toMatchObject({ error: { type: 'unauthorized' }, ok: false })
    }
    expect(echo.calls).toHaveLength(0)
  })

  test('a workspace alone is no credential: 401, no upstream call', async () => {
    const res = await gateway.fetch('/workspaces/list', { headers: { 'seam-workspace': 'ws_1' } })
    expect(res.status).toBe(401)
    expect(echo.calls).toHaveLength(0)
  })

  test("the client-session routes' credential rule is not applied here: Seam judges the credential", async () => {
    const cases: Record<string, string>[] = [
      // A PAT or console session token without seam-workspace: right for /workspaces/list.
      { authorization: 'Bearer seam_at1_longtoken' },
      { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig' },
      // Two client session tokens, a publishable key as a Bearer token: Seam answers for them.
      { authorization: 'Bearer seam_cst_one', 'client-session-token': 'seam_cst_two' },
      { authorization: 'Bearer seam_pk1_token' },
    ]
    for (const headers of cases) {
      echo.calls.length = 0
      const res = await gateway.fetch('/workspaces/list', { headers })
      expect(res.status, JSON.stringify(headers)).toBe(200)
      expect(echo.calls, JSON.stringify(headers)).toHaveLength(1)
      expect(echo.calls[0]?.headers).toMatchObject(headers)
      expect(echo.calls[0]?.headers['seam-workspace']).toBeUndefined()
    }
  })

  test('a body over BODY_LIMIT_BYTES: 413 in Seam envelope, no upstream call, declared or streamed', async () => {
    const big = 'x'.repeat(BODY_LIMIT + 1)
    const declared = await gateway.fetch('/things/create', { method: 'POST', headers: auth, body: big })
    expect(declared.status).toBe(413)
    expect(await declared.json()).toMatchObject({ error: { type: 'payload_too_large' }, ok: false })

    // Streamed without Content-Length: counted as it arrives.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 4; i++) controller.enqueue(new Uint8Array(BODY_LIMIT / 2))
        controller.close()
      },
    })
    const streamed = await gateway.fetch('/things/create', {
      method: 'POST',
      headers: auth,
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect(streamed.status).toBe(413)
    expect(echo.calls).toHaveLength(0)

    const atLimit = await gateway.fetch('/things/create', {
      method: 'POST',
      headers: auth,
      body: 'y'.repeat(BODY_LIMIT),
    })
    expect(atLimit.status).toBe(200)
    expect(echo.calls[0]?.body.length).toBe(BODY_LIMIT)
  })

  test("the gateway's own paths are never forwarded", async () => {
    for (const [method, path] of [
      ['GET', '/client_sessions/not_a_route'],
      ['POST', '/client_sessions/list/extra'],
      ['GET', '/CLIENT_SESSIONS/list'],
      ['GET', '/Client_Sessions/get'],
      ['POST', '/webhooks/not_a_hook'],
      ['GET', '/webhooks'],
      ['POST', '/health'],
      ['GET', '/'],
    ] as const) {
      const res = await gateway.fetch(path, { method, headers: auth })
      expect(res.status, `${method} ${path}`).toBe(404)
      expect(await res.json()).toMatchObject({ error: { type: 'not_found' }, ok: false })
    }
    expect(echo.calls).toHaveLength(0)

    // Colleagues' routes: whatever they answer to a method they do not take, it is not Seam's.
    for (const [method, path] of [
      ['GET', '/token'],
      ['DELETE', '/token'],
      ['POST', '/openapi.json'],
      ['POST', '/docs'],
      ['GET', '/webhooks/seam'],
    ] as const) {
      const res = await gateway.fetch(path, { method, headers: auth })
      expect(res.status, `${method} ${path}`).toBeGreaterThanOrEqual(400)
    }
    expect(echo.calls).toHaveLength(0)
  })

  test("CORS for CORS_ORIGINS covers pass-through answers, errors included; Seam's own CORS headers never leak", async () => {
    const preflight = await gateway.fetch('/locks/unlock_door', {
      method: 'OPTIONS',
      headers: {
        origin: APP_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, client-session-token, content-type',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN)
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/)
    expect(echo.calls).toHaveLength(0)

    echo.answer = {
      status: 200,
      headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'seam-request-id': 'req_u' },
      body: '{"devices":[],"ok":true}',
    }
    const ok = await gateway.fetch('/devices/list', { headers: { ...auth, origin: APP_ORIGIN } })
    expect(ok.status).toBe(200)
    expect(ok.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN)
    expect(ok.headers.get('access-control-allow-credentials')).toBe('true')
    expect(ok.headers.get('access-control-expose-headers')).toMatch(/seam-request-id/)

    // Errors answered by pass-through itself: a page must be able to read them too.
    const refused = await gateway.fetch('/devices/list', { headers: { origin: APP_ORIGIN } })
    expect(refused.status).toBe(401)
    expect(refused.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN)
    const badPath = await gateway.fetch('/devices%2flist', { headers: { ...auth, origin: APP_ORIGIN } })
    expect(badPath.status).toBe(400)
    expect(badPath.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN)

    // Another origin gets no CORS headers, not even the upstream's '*'.
    const other = await gateway.fetch('/devices/list', { headers: { ...auth, origin: 'https://evil.example' } })
    expect(other.status).toBe(200)
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
  })

  test('a method no Seam route takes: 405, no upstream call', async () => {
    const res = await gateway.fetch('/devices/list', { method: 'PROPFIND', headers: auth })
    expect(res.status).toBe(405)
    expect(await res.json()).toMatchObject({ error: { type: 'method_not_allowed' }, ok: false })
    expect(echo.calls).toHaveLength(0)
  })
})

describe('the upstream policy on pass-through routes', () => {
  let fake: FakeSeam
  let gateway: Gateway
  let dead: Gateway
  beforeAll(async () => {
    fake = await startFakeSeam()
    ;[gateway, dead] = await Promise.all([
      startGateway({
        vars: { SEAM_ENDPOINT: fake.url, UPSTREAM_TIMEOUT_MS: '300', UPSTREAM_DEADLINE_MS: '2000' },
      }),
      startGateway({ vars: { SEAM_ENDPOINT: DEAD_ENDPOINT } }),
    ])
  })
  afterAll(async () => {
    await Promise.all([gateway?.close(), dead?.close(), fake?.close()])
  })
  beforeEach(() => {
    fake.clearFaults()
    fake.resetCalls()
  })

  test("every method is sent once: a 503 comes back as it came, for the caller's SDK to retry", async () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'DELETE', 'POST', 'PUT', 'PATCH']) {
      fake.resetCalls()
      fake.setFault('/devices/list', { kind: 'status', status: 503, times: 1 })
      const body = method === 'GET' || method === 'HEAD' ? null : `{"method":"${method}"}`
      const res = await gateway.fetch('/devices/list', { method, headers: auth, body })
      const calls = fake.callsTo('/devices/list')
      expect(calls, method).toHaveLength(1)
      expect(calls[0]?.body, method).toBe(body ?? '')
      expect(res.status, method).toBe(503)
      // The caller's retry is forwarded afresh and reaches the fake's real answer (404 for a
      // route it does not have).
      const again = await gateway.fetch('/devices/list', { method, headers: auth, body })
      expect(again.status, method).toBe(404)
      expect(fake.callsTo('/devices/list'), method).toHaveLength(2)
    }
  })

  test('a 429 whose Retry-After is too long comes back at once with its Retry-After', async () => {
    fake.setFault('/devices/list', { kind: 'status', status: 429, headers: { 'retry-after': '60' } })
    const res = await gateway.fetch('/devices/list', { headers: auth })
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('60')
    expect(await res.json()).toMatchObject({ error: { type: 'rate_limited' } })
    expect(fake.callsTo('/devices/list')).toHaveLength(1)
  })

  test('a hung upstream: 504 upstream_timeout in Seam envelope', async () => {
    fake.setFault('/devices/list', { kind: 'hang' })
    const res = await gateway.fetch('/devices/list', { headers: auth })
    expect(res.status).toBe(504)
    expect(await res.json()).toEqual({
      error: { type: 'upstream_timeout', message: 'The Seam API did not answer in time.' },
      ok: false,
    })
    const post = await gateway.fetch('/locks/unlock_door', { method: 'POST', headers: auth, body: '{}' })
    expect(post.status).toBe(404) // the fault is on /devices/list only: the fake's own answer
    fake.setFault('/locks/unlock_door', { kind: 'hang' })
    const hung = await gateway.fetch('/locks/unlock_door', { method: 'POST', headers: auth, body: '{}' })
    expect(hung.status).toBe(504)
  })

  test('a reset connection: 502 upstream_unavailable after one attempt, also for a GET', async () => {
    fake.setFault('/devices/list', { kind: 'reset' })
    const res = await gateway.fetch('/devices/list', { headers: auth })
    expect(res.status).toBe(502)
    expect(await res.json()).toMatchObject({ error: { type: 'upstream_unavailable' }, ok: false })
    expect(fake.callsTo('/devices/list')).toHaveLength(1)
    expect((await gateway.logFor(res)).reason).toBe('upstream connection after 1 attempt(s)')
  })

  test('nothing listening at SEAM_ENDPOINT: 502 upstream_unavailable in Seam envelope', async () => {
    const res = await dead.fetch('/devices/list', { headers: auth })
    expect(res.status).toBe(502)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await res.json()).toEqual({
      error: { type: 'upstream_unavailable', message: 'The Seam API could not be reached.' },
      ok: false,
    })
    const log = dead.requestLogs().at(-1)
    expect(log).toMatchObject({ route: 'pass-through', status: 502 })
    expect(String(log?.reason)).toMatch(/connection/)
  })

  test('an answer too big to hold: 502, not a partial body', async () => {
    fake.setFault('/events/list', { kind: 'status', status: 200, body: 'x'.repeat(8 * 1024 * 1024 + 1) })
    const res = await gateway.fetch('/events/list', { headers: auth })
    expect(res.status).toBe(502)
    expect(await res.json()).toMatchObject({ error: { type: 'upstream_invalid_response' }, ok: false })
  })
})

describe('PASS_THROUGH=false', () => {
  const { gateway, upstream: fake } = useGateway({ vars: { PASS_THROUGH: 'false' }, reset: false })

  test('other Seam routes answer 404 in Seam envelope and nothing reaches the upstream', async () => {
    for (const [method, path] of [
      ['GET', '/devices/list'],
      ['POST', '/locks/unlock_door'],
      ['GET', '/action_attempts/get?action_attempt_id=a'],
    ] as const) {
      const res = await gateway.fetch(path, { method, headers: auth })
      expect(res.status).toBe(404)
      expect(await res.json()).toEqual({ error: { type: 'not_found', message: 'Not Found' }, ok: false })
    }
    expect(fake.calls.filter((c) => c.path !== '/client_sessions/get')).toHaveLength(0)
  })

  test("the gateway's own routes still work", async () => {
    const res = await gateway.fetch('/health')
    expect(res.status).toBe(200)
  })
})
