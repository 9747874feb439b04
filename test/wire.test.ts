/**
 * The wire: every method each route takes (SDK 2.x and 1.x styles), the SDK's query
 * serialization, 404/405/health, and exactly which caller headers reach the upstream.
 */
import { describe, expect, test } from 'vitest'
import { useGateway } from './helpers/fixture.ts'

const { gateway, upstream: fake } = useGateway({ vars: { CACHE_TTL_SECONDS: '0' } })

const auth = () => ({ authorization: `Bearer ${fake.seed.apiKeys.one}` })
const json = (body: unknown) => ({
  headers: { ...auth(), 'content-type': 'application/json' },
  body: JSON.stringify(body),
})

describe('routes and methods', () => {
  test('SDK 1.x: every route as POST with a JSON body', async () => {
    const create = await gateway.fetch('/client_sessions/create', {
      method: 'POST',
      ...json({ user_identifier_key: 'u1' }),
    })
    expect(create.status).toBe(200)
    const { client_session } = await create.json()
    const id = client_session.client_session_id
    for (const [route, body] of [
      ['get', { client_session_id: id }],
      ['get_or_create', { user_identifier_key: 'u1' }],
      ['grant_access', { client_session_id: id, connected_account_ids: ['demo_connected_account_2'] }],
      ['list', { user_identifier_key: 'u1' }],
      ['revoke', { client_session_id: id }],
      ['delete', { client_session_id: id }],
    ] as const) {
      const res = await gateway.fetch(`/client_sessions/${route}`, { method: 'POST', ...json(body) })
      expect(res.status, route).toBe(200)
      expect((await res.json()).ok, route).toBe(true)
      const call = fake.callsTo(`/client_sessions/${route}`).at(-1)
      expect(call?.method, route).toBe('POST')
      expect(JSON.parse(call?.body ?? ''), route).toEqual(body)
    }
  })

  test('SDK 2.x: PUT create, GET get/list, PATCH grant_access, DELETE delete with query', async () => {
    const create = await gateway.fetch('/client_sessions/create', {
      method: 'PUT',
      ...json({ user_identifier_key: 'u2' }),
    })
    expect(create.status).toBe(200)
    const id = (await create.json()).client_session.client_session_id
    const get = await gateway.fetch(`/client_sessions/get?client_session_id=${id}&_strict=true`, { headers: auth() })
    expect(get.status).toBe(200)
    expect(fake.callsTo('/client_sessions/get').at(-1)).toMatchObject({
      method: 'GET',
      query: `client_session_id=${id}&_strict=true`,
    })
    const patch = await gateway.fetch('/client_sessions/grant_access', {
      method: 'PATCH',
      ...json({ client_session_id: id, connect_webview_ids: ['wv_1'] }),
    })
    expect(patch.status).toBe(200)
    const list = await gateway.fetch('/client_sessions/list?connect_webview_id=wv_1&_strict=true', { headers: auth() })
    expect((await list.json()).client_sessions.map((s: { client_session_id: string }) => s.client_session_id)).toEqual([
      id,
    ])
    const del = await gateway.fetch(`/client_sessions/delete?client_session_id=${id}&_strict=true`, {
      method: 'DELETE',
      headers: auth(),
    })
    expect(del.status).toBe(200)
    expect(fake.callsTo('/client_sessions/delete').at(-1)?.method).toBe('DELETE')
  })

  test('SDK 1.x get() with an empty form-encoded body and a client session token', async () => {
    const res = await gateway.fetch('/client_sessions/get', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${fake.seed.sessions.demo.token}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
    })
    expect(res.status).toBe(200)
    expect((await res.json()).client_session.client_session_id).toBe(fake.seed.sessions.demo.id)
  })

  test('query serialization: booleans, an empty value meaning null, _strict ignored', async () => {
    const withoutKey = await gateway.fetch('/client_sessions/list?without_user_identifier_key=true&_strict=true', {
      headers: auth(),
    })
    expect(withoutKey.status).toBe(200)
    expect(
      (await withoutKey.json()).client_sessions.every(
        (s: { user_identifier_key: unknown }) => s.user_identifier_key === null,
      ),
    ).toBe(true)
    const noWebview = await gateway.fetch('/client_sessions/list?connect_webview_id=&_strict=true', { headers: auth() })
    expect(noWebview.status).toBe(200)
    const bad = await gateway.fetch('/client_sessions/list?without_user_identifier_key=yes', { headers: auth() })
    expect(bad.status).toBe(400)
    expect((await bad.json()).error.validation_errors.without_user_identifier_key).toBeDefined()
  })

  test.each([
    ['PATCH', 'create'],
    ['GET', 'create'],
    ['PUT', 'get'],
    ['GET', 'get_or_create'],
    ['PUT', 'grant_access'],
    ['DELETE', 'list'],
    ['GET', 'revoke'],
    ['PUT', 'delete'],
  ])('%s /client_sessions/%s → 405 in Seam envelope, no upstream call', async (method, route) => {
    const res = await gateway.fetch(`/client_sessions/${route}`, { method, headers: auth() })
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBeTruthy()
    expect(res.headers.get('seam-request-id')).toMatch(/^gw_/)
    expect(await res.json()).toMatchObject({ error: { type: 'method_not_allowed' }, ok: false })
    expect(fake.calls).toHaveLength(0)
  })

  test('unknown client-session path → 404 in Seam envelope', async () => {
    const res = await gateway.fetch('/client_sessions/frobnicate', { method: 'POST', ...json({}) })
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ error: { type: 'not_found' }, ok: false })
    expect(fake.calls).toHaveLength(0)
  })

  test('GET /health → 200', async () => {
    const res = await gateway.fetch('/health')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true, exactly_once: false }) // this gateway has no COORDINATOR binding
  })
})

describe('what reaches the upstream', () => {
  test('only the credential, content type and SDK identification headers are forwarded', async () => {
    const res = await gateway.fetch('/client_sessions/get_or_create', {
      method: 'POST',
      headers: {
        ...auth(),
        'content-type': 'application/json',
        'seam-sdk-name': 'seamapi/javascript-http',
        'seam-sdk-version': '2.32.0',
        'seam-lts-version': '1.0.0',
        cookie: 'session=secret-cookie',
        'cf-connecting-ip': '203.0.113.9',
        'x-forwarded-for': '203.0.113.9',
        'x-custom': 'nope',
        'user-agent': 'tests',
      },
      body: JSON.stringify({ user_identifier_key: 'u3' }),
    })
    expect(res.status).toBe(200)
    const call = fake.callsTo('/client_sessions/get_or_create').at(-1)
    expect(call?.headers.authorization).toBe(`Bearer ${fake.seed.apiKeys.one}`)
    expect(call?.headers['content-type']).toBe('application/json')
    expect(call?.headers['seam-sdk-name']).toBe('seamapi/javascript-http')
    expect(call?.headers['seam-sdk-version']).toBe('2.32.0')
    expect(call?.headers['seam-lts-version']).toBe('1.0.0')
    for (const dropped of ['cookie', 'cf-connecting-ip', 'x-forwarded-for', 'x-custom']) {
      expect(call?.headers[dropped], dropped).toBeUndefined()
    }
    expect(call?.headers.host).toBe(new URL(fake.url).host)
  })

  test('upstream answers come back unchanged: status, unknown fields, seam-request-id', async () => {
    fake.setFault('/client_sessions/get', {
      kind: 'status',
      status: 200,
      body: {
        client_session: { client_session_id: 'x', brand_new_field: { nested: [1, 2] } },
        ok: true,
        extra: 'kept',
      },
      times: 1,
    })
    const res = await gateway.fetch('/client_sessions/get?client_session_id=x', { headers: auth() })
    expect(res.status).toBe(200)
    // The fake's own id (`req_…`), not one the gateway made up (`gw_…`).
    expect(res.headers.get('seam-request-id')).toMatch(/^req_/)
    expect(await res.json()).toEqual({
      client_session: { client_session_id: 'x', brand_new_field: { nested: [1, 2] } },
      ok: true,
      extra: 'kept',
    })
  })

  test('a Seam error passes through with its status and body, without any stack', async () => {
    fake.setFault('/client_sessions/get', {
      kind: 'status',
      status: 409,
      body: {
        error: { type: 'something_new', message: 'Explained', data: { a: 1 }, stack: 'Error: at x.js:1' },
        ok: false,
      },
      times: 1,
    })
    const res = await gateway.fetch('/client_sessions/get?client_session_id=x', { headers: auth() })
    expect(res.status).toBe(409)
    expect(await res.json()).toEqual({
      error: { type: 'something_new', message: 'Explained', data: { a: 1 } },
      ok: false,
    })
  })

  test('no `stack` from Seam reaches the caller: top level, error.stack, error.data.stack (issue 13, point 10)', async () => {
    for (const path of ['/client_sessions/get', '/client_sessions/list']) {
      fake.setFault(path, {
        kind: 'status',
        status: 400,
        body: {
          stack: 'Error: top at /srv/seam/index.js:1',
          error: { type: 'invalid_input', message: 'Bad', stack: 'at e', data: { stack: 'at d', field: 'f' } },
          ok: false,
        },
        times: 1,
      })
      const query = path.endsWith('get') ? '?client_session_id=x' : ''
      const res = await gateway.fetch(`${path}${query}`, { headers: auth() })
      expect(res.status).toBe(400)
      const text = await res.text()
      expect(text).not.toContain('stack')
      expect(JSON.parse(text)).toEqual({
        error: { type: 'invalid_input', message: 'Bad', data: { field: 'f' } },
        ok: false,
      })
    }
  })
})
