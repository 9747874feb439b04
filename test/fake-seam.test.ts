// Tests of the project's fake Seam upstream itself (fake-seam/): routes, auth, validation,
// test hooks (calls, faults, latency, store) and the CLI.

import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DEMO_SEED, type FakeSeam, type Fault, type NewSession, startFakeSeam } from '../fake-seam/index.ts'
import { type CallAnswer, type CallOptions, httpCall } from './helpers/http-call.ts'

const S = DEMO_SEED
const WS1 = S.workspaces.one.id
const WS2 = S.workspaces.two.id
const API_KEY = { authorization: `Bearer ${S.apiKeys.one}` }
const API_KEY_2 = { authorization: `Bearer ${S.apiKeys.two}` }
const PK = { 'seam-publishable-key': S.publishableKeys.one }
const PAT = { authorization: `Bearer ${S.personalAccessTokens.one}`, 'seam-workspace': WS1 }
const CONSOLE = { authorization: `Bearer ${S.consoleSessionTokens.one}`, 'seam-workspace': WS1 }
const DEMO_CST = { authorization: `Bearer ${S.sessions.demo.token}` }
const DEMO = S.sessions.demo

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const SESSION_KEYS = [
  'client_session_id',
  'connect_webview_ids',
  'connected_account_ids',
  'created_at',
  'device_count',
  'expires_at',
  'token',
  'user_identifier_key',
  'user_identity_ids',
  'workspace_id',
]

type Answer = CallAnswer

let fake: FakeSeam

const call = (method: string, path: string, opts: CallOptions = {}): Promise<Answer> =>
  httpCall(fake.url, method, path, opts)

function expectError(answer: Answer, status: number, type: string): void {
  expect({ status: answer.status, type: answer.json?.error?.type }).toEqual({ status, type })
  expect(answer.json.ok).toBe(false)
  expect(answer.json.error).not.toHaveProperty('stack')
  expect(typeof answer.json.error.message).toBe('string')
}

const uniqueKey = () => `user_${crypto.randomUUID()}`

beforeAll(async () => {
  fake = await startFakeSeam()
})
afterAll(async () => {
  await fake.close()
})
beforeEach(() => {
  fake.reset()
})

describe('HTTP basics', () => {
  it('serves /health and listens on 127.0.0.1 with a picked port', async () => {
    expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(fake.port).toBeGreaterThan(0)
    const res = await call('GET', '/health')
    expect(res.status).toBe(200)
    expect(res.json).toEqual({ ok: true })
  })

  it('puts seam-request-id and a JSON content type on every answer, errors included', async () => {
    const answers = await Promise.all([
      call('GET', '/health'),
      call('GET', '/client_sessions/get', { headers: API_KEY, query: { client_session_id: DEMO.id } }),
      call('GET', '/client_sessions/get', { headers: { authorization: 'Bearer seam_nope' } }),
      call('GET', '/no/such/path'),
      call('GET', '/client_sessions/create', { headers: API_KEY }),
    ])
    const ids = new Set<string>()
    for (const a of answers) {
      expect(a.headers.get('content-type')).toBe('application/json; charset=utf-8')
      expect(a.headers.get('seam-request-id')).toMatch(/^req_[0-9a-f-]{36}$/)
      ids.add(a.headers.get('seam-request-id') as string)
    }
    expect(ids.size).toBe(answers.length)
  })

  it('answers an unknown path with a 404 envelope', async () => {
    expectError(await call('POST', '/client_sessions/nope', { headers: API_KEY, body: {} }), 404, 'not_found')
  })

  it('answers a wrong method with 405 method_not_allowed after auth, like nextlove', async () => {
    const res = await call('GET', '/client_sessions/create', { headers: API_KEY })
    expectError(res, 405, 'method_not_allowed')
    expect(res.json.error.message).toBe('only POST,PUT accepted')
    expectError(await call('PUT', '/client_sessions/get', { headers: API_KEY, body: {} }), 405, 'method_not_allowed')
    expectError(await call('GET', '/client_sessions/revoke', { headers: API_KEY }), 405, 'method_not_allowed')
    expectError(await call('PUT', '/client_sessions/delete', { headers: API_KEY, body: {} }), 405, 'method_not_allowed')
    expectError(await call('GET', '/client_sessions/grant_access', { headers: API_KEY }), 405, 'method_not_allowed')
    // Auth runs first: a bad key on a wrong method is still a 401.
    expectError(
      await call('GET', '/client_sessions/create', { headers: { authorization: 'Bearer seam_x' } }),
      401,
      'unauthorized',
    )
  })

  it('answers CORS preflights', async () => {
    const res = await call('OPTIONS', '/client_sessions/get')
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-headers')).toContain('seam-publishable-key')
  })

  it('rejects a non-empty non-JSON body with invalid_content_type (POST, PUT and PATCH)', async () => {
    const raw = JSON.stringify({ user_identifier_key: 'x' })
    for (const [method, path] of [
      ['POST', '/client_sessions/create'],
      ['PUT', '/client_sessions/create'],
      ['PATCH', '/client_sessions/grant_access'],
    ] as const) {
      const res = await call(method, path, { headers: { ...API_KEY, 'content-type': 'text/plain' }, raw })
      expectError(res, 400, 'invalid_content_type')
    }
  })

  it('reads an empty body as no params whatever the content type (SDK 1.x get())', async () => {
    const res = await call('POST', '/client_sessions/get', {
      headers: { ...DEMO_CST, 'client-session-token': DEMO.token, 'content-type': 'application/x-www-form-urlencoded' },
      raw: '',
    })
    expect(res.status).toBe(200)
    expect(res.json.client_session.client_session_id).toBe(DEMO.id)
    const bare = await call('POST', '/client_sessions/create', { headers: API_KEY })
    expect(bare.status).toBe(200)
  })

  it('answers malformed JSON with 400 invalid_input', async () => {
    const res = await call('POST', '/client_sessions/create', {
      headers: { ...API_KEY, 'content-type': 'application/json' },
      raw: '{"user_identifier_key": ',
    })
    expectError(res, 400, 'invalid_input')
  })
})

describe('auth', () => {
  it('accepts an API key, a PAT or a console session (with seam-workspace) on backend routes', async () => {
    for (const headers of [API_KEY, PAT, CONSOLE]) {
      const res = await call('GET', '/client_sessions/list', { headers })
      expect(res.status).toBe(200)
      expect(res.json.client_sessions.every((s: { workspace_id: string }) => s.workspace_id === WS1)).toBe(true)
    }
  })

  it('rejects unknown credentials with 401 unauthorized', async () => {
    const res = await call('GET', '/client_sessions/list', { headers: { authorization: 'Bearer seam_unknown_key' } })
    expectError(res, 401, 'unauthorized')
    expect(res.json.error.message).toBe('API Key not found')
    expectError(await call('GET', '/client_sessions/list'), 401, 'unauthorized')
    expectError(
      await call('GET', '/client_sessions/list', { headers: { authorization: 'Basic abc' } }),
      401,
      'unauthorized',
    )
    expectError(
      await call('GET', '/client_sessions/list', {
        headers: { authorization: 'Bearer seam_at1_unknown', 'seam-workspace': WS1 },
      }),
      401,
      'unauthorized',
    )
  })

  it('needs seam-workspace for PATs and console sessions, naming a workspace they may access', async () => {
    expectError(
      await call('GET', '/client_sessions/list', { headers: { authorization: PAT.authorization } }),
      400,
      'missing_workspace_id',
    )
    expectError(
      await call('GET', '/client_sessions/list', { headers: { ...PAT, 'seam-workspace': WS2 } }),
      401,
      'unauthorized',
    )
    expectError(
      await call('GET', '/client_sessions/list', { headers: { ...CONSOLE, 'seam-workspace': WS2 } }),
      401,
      'unauthorized',
    )
    expectError(
      await call('GET', '/client_sessions/list', { headers: { ...PAT, 'seam-workspace': 'no-such-workspace' } }),
      401,
      'unauthorized',
    )
  })

  it('takes a client session token on get only', async () => {
    for (const [method, path, body] of [
      ['POST', '/client_sessions/create', {}],
      ['POST', '/client_sessions/get_or_create', { user_identifier_key: 'x' }],
      ['GET', '/client_sessions/list', undefined],
      ['PATCH', '/client_sessions/grant_access', { client_session_id: DEMO.id, connected_account_ids: ['a'] }],
      ['POST', '/client_sessions/revoke', { client_session_id: DEMO.id }],
      ['POST', '/client_sessions/delete', { client_session_id: DEMO.id }],
    ] as const) {
      expectError(await call(method, path, { headers: DEMO_CST, body }), 401, 'unauthorized')
    }
  })

  it('takes a publishable key on create and get_or_create only', async () => {
    for (const [method, path, body] of [
      ['GET', '/client_sessions/get', undefined],
      ['GET', '/client_sessions/list', undefined],
      ['PATCH', '/client_sessions/grant_access', { client_session_id: DEMO.id, connected_account_ids: ['a'] }],
      ['POST', '/client_sessions/revoke', { client_session_id: DEMO.id }],
      ['DELETE', '/client_sessions/delete', undefined],
    ] as const) {
      expectError(await call(method, path, { headers: PK, body }), 401, 'unauthorized')
    }
  })

  it('reads a CST from Bearer, client-session-token or seam-client-session-token', async () => {
    for (const headers of [
      DEMO_CST,
      { 'client-session-token': DEMO.token } as Record<string, string>,
      { 'seam-client-session-token': DEMO.token },
      // What the SDK sends: both.
      { ...DEMO_CST, 'client-session-token': DEMO.token },
    ]) {
      const res = await call('GET', '/client_sessions/get', { headers })
      expect(res.status).toBe(200)
      expect(res.json.client_session.client_session_id).toBe(DEMO.id)
    }
  })

  it('refuses revoked, expired and unknown CSTs with their own 401 types', async () => {
    const get = (token: string) =>
      call('GET', '/client_sessions/get', { headers: { authorization: `Bearer ${token}` } })
    expectError(await get(S.sessions.revoked.token), 401, 'client_session_revoked')
    expectError(await get(S.sessions.expired.token), 401, 'client_session_expired')
    expectError(await get('seam_cst1nope_nope'), 401, 'client_session_not_found')
  })
})

describe('POST|PUT /client_sessions/create', () => {
  it('creates an empty session with an API key, shaped like Seam’s ClientSession', async () => {
    const before = Date.now()
    const res = await call('POST', '/client_sessions/create', { headers: API_KEY, body: {} })
    expect(res.status).toBe(200)
    expect(Object.keys(res.json).sort()).toEqual(['client_session', 'ok'])
    expect(res.json.ok).toBe(true)
    const s = res.json.client_session
    expect(Object.keys(s).sort()).toEqual(SESSION_KEYS)
    expect(s).toMatchObject({
      workspace_id: WS1,
      user_identifier_key: null,
      device_count: 0,
      connected_account_ids: [],
      connect_webview_ids: [],
      user_identity_ids: [],
    })
    expect(s.client_session_id).toMatch(UUID)
    expect(s.token).toMatch(/^seam_cst1[0-9A-Za-z]+_[0-9A-Za-z]+$/)
    const created = Date.parse(s.created_at)
    expect(created).toBeGreaterThanOrEqual(before - 5)
    // One year by default, like Seam's fake (ms('1 year') = 365.25 days).
    expect(Date.parse(s.expires_at) - created).toBe(365.25 * 24 * 3600 * 1000)
  })

  it('stores every create field and counts devices of the connected accounts', async () => {
    const key = uniqueKey()
    const res = await call('PUT', '/client_sessions/create', {
      headers: API_KEY,
      body: {
        user_identifier_key: key,
        connected_account_ids: [S.connectedAccounts.one.id, S.connectedAccounts.two.id, 'unknown_account'],
        connect_webview_ids: ['cw_1'],
        customer_key: 'customer_1',
        customer_id: 'cust_1',
        expires_at: '2030-01-02T03:04:05+01:00',
        user_identity_id: 'identity_1',
      },
    })
    expect(res.status).toBe(200)
    expect(res.json.client_session).toMatchObject({
      user_identifier_key: key,
      device_count: 3,
      customer_key: 'customer_1',
      expires_at: '2030-01-02T02:04:05.000Z',
      connect_webview_ids: ['cw_1'],
      user_identity_id: 'identity_1',
      user_identity_ids: ['identity_1'],
    })
    expect(res.json.client_session).not.toHaveProperty('customer_id')
  })

  it('POST with an existing user_identifier_key fails; PUT returns the existing session', async () => {
    const key = uniqueKey()
    const first = await call('POST', '/client_sessions/create', {
      headers: API_KEY,
      body: { user_identifier_key: key },
    })
    expect(first.status).toBe(200)
    expectError(
      await call('POST', '/client_sessions/create', { headers: API_KEY, body: { user_identifier_key: key } }),
      400,
      'client_session_token_already_exists',
    )
    const put = await call('PUT', '/client_sessions/create', {
      headers: API_KEY,
      body: { user_identifier_key: key, connected_account_ids: ['ignored'] },
    })
    expect(put.status).toBe(200)
    expect(put.json.client_session).toEqual(first.json.client_session)
    // Keys are per workspace.
    const other = await call('POST', '/client_sessions/create', {
      headers: API_KEY_2,
      body: { user_identifier_key: key },
    })
    expect(other.status).toBe(200)
    expect(other.json.client_session.workspace_id).toBe(WS2)
  })

  it('with a publishable key: needs user_identifier_key, refuses grants, creates in the key’s workspace', async () => {
    const ok = await call('POST', '/client_sessions/create', {
      headers: PK,
      body: { user_identifier_key: uniqueKey() },
    })
    expect(ok.status).toBe(200)
    expect(ok.json.client_session.workspace_id).toBe(WS1)
    // Seam's fake checks these in its publishable-key middleware: 401s.
    expectError(
      await call('POST', '/client_sessions/create', { headers: PK, body: {} }),
      401,
      'publishable_key_requires_user_identifier_key',
    )
    expectError(
      await call('POST', '/client_sessions/create', { headers: PK, body: { user_identifier_key: '   ' } }),
      401,
      'publishable_key_requires_user_identifier_key',
    )
    expectError(
      await call('POST', '/client_sessions/create', {
        headers: { 'seam-publishable-key': 'seam_pk1_nope' },
        body: { user_identifier_key: 'k' },
      }),
      401,
      'workspace_not_found',
    )
    for (const body of [{ connected_account_ids: ['a'] }, { connect_webview_ids: [] }]) {
      expectError(
        await call('POST', '/client_sessions/create', {
          headers: PK,
          body: { user_identifier_key: uniqueKey(), ...body },
        }),
        403,
        'publishable_keys_must_create_empty_client_sessions',
      )
    }
  })

  it('works with a PAT or a console session in their workspace', async () => {
    for (const headers of [PAT, CONSOLE]) {
      const res = await call('POST', '/client_sessions/create', { headers, body: { user_identifier_key: uniqueKey() } })
      expect(res.status).toBe(200)
      expect(res.json.client_session.workspace_id).toBe(WS1)
    }
  })

  it('validates strictly, with nextlove’s messages and zod format() errors', async () => {
    const unknown = await call('POST', '/client_sessions/create', { headers: API_KEY, body: { foo: 1 } })
    expectError(unknown, 400, 'invalid_input')
    expect(unknown.json.error.message).toBe("Unrecognized key(s) in object: 'foo'")
    expect(unknown.json.error.validation_errors).toEqual({ _errors: ["Unrecognized key(s) in object: 'foo'"] })

    const several = await call('POST', '/client_sessions/create', {
      headers: API_KEY,
      body: { user_identifier_key: 5, connected_account_ids: 'x' },
    })
    expectError(several, 400, 'invalid_input')
    expect(several.json.error.message).toBe(
      '2 Input Errors: Expected array, received string for "connected_account_ids", Expected string, received number for "user_identifier_key"',
    )
    expect(several.json.error.validation_errors).toEqual({
      _errors: [],
      connected_account_ids: { _errors: ['Expected array, received string'] },
      user_identifier_key: { _errors: ['Expected string, received number'] },
    })

    for (const body of [
      { user_identifier_key: '' },
      { customer_key: '' },
      { expires_at: 'tomorrow' },
      { expires_at: '2030-01-01' },
      { user_identity_ids: [] },
      { user_identity_ids: ['a', 'b'] },
      { user_identifier_key: null },
    ]) {
      const res = await call('POST', '/client_sessions/create', { headers: API_KEY, body })
      expectError(res, 400, 'invalid_input')
      expect(Object.keys(res.json.error.validation_errors)).toContain(Object.keys(body)[0])
    }
    const array = await call('POST', '/client_sessions/create', { headers: API_KEY, body: [] })
    expectError(array, 400, 'invalid_input')
    expect(array.json.error.message).toBe('Expected object, received array')
  })
})

describe('GET|POST /client_sessions/get', () => {
  it('finds a session by id (query, with the SDK’s _strict) or by body', async () => {
    const byQuery = await call('GET', '/client_sessions/get', {
      headers: API_KEY,
      query: { _strict: 'true', client_session_id: DEMO.id },
    })
    expect(byQuery.status).toBe(200)
    expect(Object.keys(byQuery.json).sort()).toEqual(['client_session', 'ok'])
    expect(byQuery.json.client_session).toEqual({
      client_session_id: DEMO.id,
      workspace_id: WS1,
      created_at: DEMO.createdAt,
      expires_at: DEMO.expiresAt,
      token: DEMO.token,
      user_identifier_key: DEMO.userIdentifierKey,
      device_count: S.connectedAccounts.one.deviceCount,
      connected_account_ids: [...DEMO.connectedAccountIds],
      connect_webview_ids: [],
      user_identity_ids: [],
    })
    const byBody = await call('POST', '/client_sessions/get', {
      headers: API_KEY,
      body: { client_session_id: DEMO.id },
    })
    expect(byBody.json).toEqual(byQuery.json)
    const byQueryOnPost = await call('POST', '/client_sessions/get', {
      headers: API_KEY,
      query: { client_session_id: DEMO.id },
    })
    expect(byQueryOnPost.json).toEqual(byQuery.json)
  })

  it('finds a session by user_identifier_key', async () => {
    const res = await call('GET', '/client_sessions/get', {
      headers: API_KEY,
      query: { user_identifier_key: 'demo_user' },
    })
    expect(res.json.client_session.client_session_id).toBe(DEMO.id)
    const both = await call('GET', '/client_sessions/get', {
      headers: API_KEY,
      query: { user_identifier_key: 'other', client_session_id: DEMO.id },
    })
    expectError(both, 404, 'client_session_not_found')
  })

  it('returns the caller’s own session for a CST without params, and refuses params with a CST', async () => {
    const own = await call('GET', '/client_sessions/get', { headers: DEMO_CST })
    expect(own.json.client_session.client_session_id).toBe(DEMO.id)
    const queries: Record<string, string>[] = [
      { client_session_id: DEMO.id },
      { user_identifier_key: 'demo_user' },
      { client_session_id: DEMO.id, user_identifier_key: 'demo_user' },
    ]
    for (const query of queries) {
      expectError(await call('GET', '/client_sessions/get', { headers: DEMO_CST, query }), 400, 'invalid_options')
    }
  })

  it('404s unknown ids, other workspaces’ sessions and a bare get with an API key', async () => {
    expectError(
      await call('GET', '/client_sessions/get', { headers: API_KEY, query: { client_session_id: 'nope' } }),
      404,
      'client_session_not_found',
    )
    expectError(
      await call('GET', '/client_sessions/get', { headers: API_KEY_2, query: { client_session_id: DEMO.id } }),
      404,
      'client_session_not_found',
    )
    expectError(
      await call('GET', '/client_sessions/get', { headers: API_KEY_2, query: { user_identifier_key: 'demo_user' } }),
      404,
      'client_session_not_found',
    )
    expectError(await call('GET', '/client_sessions/get', { headers: API_KEY }), 404, 'client_session_not_found')
  })

  it('still returns revoked and expired sessions to an API key (as Seam’s fake does)', async () => {
    for (const s of [S.sessions.revoked, S.sessions.expired]) {
      const res = await call('GET', '/client_sessions/get', { headers: API_KEY, query: { client_session_id: s.id } })
      expect(res.status).toBe(200)
      expect(Object.keys(res.json.client_session).sort()).toEqual(SESSION_KEYS)
    }
  })

  it('rejects unknown and repeated query params', async () => {
    const unknown = await call('GET', '/client_sessions/get', {
      headers: API_KEY,
      query: { client_session_id: DEMO.id, foo: 'bar' },
    })
    expectError(unknown, 400, 'invalid_input')
    const repeated = await call('GET', '/client_sessions/get', {
      headers: API_KEY,
      query: { client_session_id: ['a', 'b'] },
    })
    expectError(repeated, 400, 'invalid_input')
    expect(repeated.json.error.message).toBe('Expected string, received array for "client_session_id"')
  })
})

describe('POST /client_sessions/get_or_create', () => {
  it('with a publishable key: creates, then returns the same session', async () => {
    const key = uniqueKey()
    const first = await call('POST', '/client_sessions/get_or_create', {
      headers: PK,
      body: { user_identifier_key: key },
    })
    expect(first.status).toBe(200)
    expect(first.json.client_session).toMatchObject({
      user_identifier_key: key,
      workspace_id: WS1,
      connected_account_ids: [],
    })
    const again = await call('PUT', '/client_sessions/get_or_create', {
      headers: PK,
      body: { user_identifier_key: key },
    })
    expect(again.json.client_session).toEqual(first.json.client_session)
    const seeded = await call('POST', '/client_sessions/get_or_create', {
      headers: PK,
      body: { user_identifier_key: 'demo_user' },
    })
    expect(seeded.json.client_session.token).toBe(DEMO.token)
  })

  it('with a publishable key: 400s for a missing key or an unknown publishable key, 403 for grants', async () => {
    expectError(
      await call('POST', '/client_sessions/get_or_create', { headers: PK, body: {} }),
      400,
      'publishable_key_requires_user_identifier_key',
    )
    expectError(
      await call('POST', '/client_sessions/get_or_create', { headers: PK }),
      400,
      'publishable_key_requires_user_identifier_key',
    )
    expectError(
      await call('POST', '/client_sessions/get_or_create', {
        headers: { 'seam-publishable-key': 'seam_pk1_nope' },
        body: { user_identifier_key: 'k' },
      }),
      400,
      'workspace_not_found',
    )
    expectError(
      await call('POST', '/client_sessions/get_or_create', {
        headers: PK,
        body: { user_identifier_key: 'k', connected_account_ids: [] },
      }),
      403,
      'publishable_keys_must_create_empty_client_sessions',
    )
    // Like Seam's fake, the key may also come in a header.
    const viaHeader = await call('POST', '/client_sessions/get_or_create', {
      headers: { ...PK, 'seam-user-identifier-key': 'from_header' },
    })
    expect(viaHeader.json.client_session.user_identifier_key).toBe('from_header')
  })

  it('with an API key: creates, then REPLACES the lists and updates expires_at when sent', async () => {
    const key = uniqueKey()
    const created = await call('POST', '/client_sessions/get_or_create', {
      headers: API_KEY,
      body: { user_identifier_key: key, connected_account_ids: ['a', 'b'], connect_webview_ids: ['w1'] },
    })
    expect(created.json.client_session).toMatchObject({
      connected_account_ids: ['a', 'b'],
      connect_webview_ids: ['w1'],
    })
    const unchanged = await call('POST', '/client_sessions/get_or_create', {
      headers: API_KEY,
      body: { user_identifier_key: key },
    })
    expect(unchanged.json.client_session).toEqual(created.json.client_session)
    const replaced = await call('POST', '/client_sessions/get_or_create', {
      headers: API_KEY,
      body: {
        user_identifier_key: key,
        connected_account_ids: [S.connectedAccounts.one.id],
        expires_at: '2031-05-05T00:00:00Z',
      },
    })
    expect(replaced.json.client_session).toMatchObject({
      client_session_id: created.json.client_session.client_session_id,
      token: created.json.client_session.token,
      connected_account_ids: [S.connectedAccounts.one.id],
      connect_webview_ids: ['w1'],
      expires_at: '2031-05-05T00:00:00.000Z',
      device_count: 2,
    })
  })

  it('an expired session can be renewed with a new expires_at', async () => {
    const expiredCst = { authorization: `Bearer ${S.sessions.expired.token}` }
    expectError(await call('GET', '/client_sessions/get', { headers: expiredCst }), 401, 'client_session_expired')
    await call('POST', '/client_sessions/get_or_create', {
      headers: API_KEY,
      body: { user_identifier_key: S.sessions.expired.userIdentifierKey, expires_at: '2099-01-01T00:00:00Z' },
    })
    expect((await call('GET', '/client_sessions/get', { headers: expiredCst })).status).toBe(200)
  })

  it('with an API key needs a user_identifier_key, and validates like create', async () => {
    expectError(
      await call('POST', '/client_sessions/get_or_create', { headers: API_KEY, body: {} }),
      400,
      'missing_user_identifier_key',
    )
    expectError(
      await call('POST', '/client_sessions/get_or_create', { headers: API_KEY, body: { user_identifier_key: '' } }),
      400,
      'invalid_input',
    )
    expectError(
      await call('POST', '/client_sessions/get_or_create', {
        headers: API_KEY,
        body: { user_identifier_key: 'k', customer_key: 'c' },
      }),
      400,
      'invalid_input',
    )
    expectError(await call('GET', '/client_sessions/get_or_create', { headers: API_KEY }), 405, 'method_not_allowed')
  })
})

describe('GET|POST /client_sessions/list', () => {
  async function seedListFixtures() {
    const add = (extra: Omit<NewSession, 'workspace_id'>) => fake.store.addSession({ workspace_id: WS1, ...extra })
    return {
      withWebview: add({ user_identifier_key: 'l1', connect_webview_ids: ['cw_a'] }),
      withIdentity: add({ user_identifier_key: 'l2', user_identity_id: 'ident_a' }),
      anonymous: add({}),
      otherWorkspace: fake.store.addSession({ workspace_id: WS2, user_identifier_key: 'l1' }),
    }
  }
  const ids = (res: Answer) => res.json.client_sessions.map((s: { client_session_id: string }) => s.client_session_id)

  it('lists the caller’s workspace only, revoked and expired sessions included', async () => {
    const f = await seedListFixtures()
    const res = await call('GET', '/client_sessions/list', { headers: API_KEY })
    expect(Object.keys(res.json).sort()).toEqual(['client_sessions', 'ok'])
    expect(ids(res)).toEqual([
      DEMO.id,
      S.sessions.revoked.id,
      S.sessions.expired.id,
      f.withWebview.client_session_id,
      f.withIdentity.client_session_id,
      f.anonymous.client_session_id,
    ])
    expect(ids(await call('GET', '/client_sessions/list', { headers: API_KEY_2 }))).toEqual([
      f.otherWorkspace.client_session_id,
    ])
  })

  it('filters by each parameter, with empty query values meaning null', async () => {
    const f = await seedListFixtures()
    const list = (query: Record<string, string>) =>
      call('GET', '/client_sessions/list', { headers: API_KEY, query: { _strict: 'true', ...query } })
    expect(ids(await list({ client_session_id: DEMO.id }))).toEqual([DEMO.id])
    expect(ids(await list({ user_identifier_key: 'l1' }))).toEqual([f.withWebview.client_session_id])
    expect(ids(await list({ connect_webview_id: 'cw_a' }))).toEqual([f.withWebview.client_session_id])
    expect(ids(await list({ connect_webview_id: '' }))).not.toContain(f.withWebview.client_session_id)
    expect(ids(await list({ user_identity_id: 'ident_a' }))).toEqual([f.withIdentity.client_session_id])
    expect(ids(await list({ user_identity_id: '' }))).not.toContain(f.withIdentity.client_session_id)
    expect(ids(await list({ without_user_identifier_key: 'true' }))).toEqual([f.anonymous.client_session_id])
    expect(ids(await list({ without_user_identifier_key: 'false' }))).toHaveLength(6)
    const viaBody = await call('POST', '/client_sessions/list', {
      headers: API_KEY,
      body: { connect_webview_id: null, user_identity_id: null, without_user_identifier_key: true },
    })
    expect(ids(viaBody)).toEqual([f.anonymous.client_session_id])
  })

  it('validates its params', async () => {
    expectError(
      await call('GET', '/client_sessions/list', { headers: API_KEY, query: { foo: '1' } }),
      400,
      'invalid_input',
    )
    expectError(
      await call('GET', '/client_sessions/list', { headers: API_KEY, query: { without_user_identifier_key: 'yes' } }),
      400,
      'invalid_input',
    )
    expectError(
      await call('POST', '/client_sessions/list', { headers: API_KEY, body: { client_session_id: null } }),
      400,
      'invalid_input',
    )
  })
})

describe('PATCH|POST /client_sessions/grant_access', () => {
  it('adds (set union) to the lists and sets user_identity_id', async () => {
    const res = await call('PATCH', '/client_sessions/grant_access', {
      headers: API_KEY,
      body: {
        client_session_id: DEMO.id,
        connected_account_ids: [S.connectedAccounts.one.id, S.connectedAccounts.two.id],
        connect_webview_ids: ['cw_1'],
        user_identity_id: 'ident_1',
      },
    })
    expect(res.status).toBe(200)
    expect(Object.keys(res.json).sort()).toEqual(['client_session', 'ok'])
    expect(res.json.client_session).toMatchObject({
      connected_account_ids: [S.connectedAccounts.one.id, S.connectedAccounts.two.id],
      connect_webview_ids: ['cw_1'],
      user_identity_id: 'ident_1',
      user_identity_ids: ['ident_1'],
      device_count: 3,
    })
    const byKey = await call('POST', '/client_sessions/grant_access', {
      headers: PAT,
      body: { user_identifier_key: 'demo_user', connect_webview_ids: ['cw_2', 'cw_1'] },
    })
    expect(byKey.json.client_session.connect_webview_ids).toEqual(['cw_1', 'cw_2'])
    const stored = await call('GET', '/client_sessions/get', { headers: DEMO_CST })
    expect(stored.json.client_session.connect_webview_ids).toEqual(['cw_1', 'cw_2'])
  })

  it('404s unknown or foreign sessions and validates', async () => {
    expectError(
      await call('PATCH', '/client_sessions/grant_access', {
        headers: API_KEY,
        body: { client_session_id: 'nope', connected_account_ids: ['a'] },
      }),
      404,
      'client_session_not_found',
    )
    expectError(
      await call('PATCH', '/client_sessions/grant_access', {
        headers: API_KEY_2,
        body: { client_session_id: DEMO.id, connected_account_ids: ['a'] },
      }),
      404,
      'client_session_not_found',
    )
    const none = await call('PATCH', '/client_sessions/grant_access', { headers: API_KEY, body: {} })
    expectError(none, 400, 'invalid_input')
    expect(none.json.error.message).toMatch(/^At least one of/)
    expectError(
      await call('PATCH', '/client_sessions/grant_access', {
        headers: API_KEY,
        body: { connected_account_ids: ['a'] },
      }),
      400,
      'invalid_input',
    )
    expectError(
      await call('PATCH', '/client_sessions/grant_access', {
        headers: API_KEY,
        body: { client_session_id: DEMO.id, user_identity_ids: ['a', 'b'] },
      }),
      400,
      'invalid_input',
    )
  })
})

describe('POST /client_sessions/revoke and DELETE|POST /client_sessions/delete', () => {
  it('revoke kills the token but keeps the session readable', async () => {
    const res = await call('POST', '/client_sessions/revoke', {
      headers: API_KEY,
      body: { client_session_id: DEMO.id },
    })
    expect(res.status).toBe(200)
    expect(res.json).toEqual({ ok: true })
    expectError(await call('GET', '/client_sessions/get', { headers: DEMO_CST }), 401, 'client_session_revoked')
    expect(
      (await call('GET', '/client_sessions/get', { headers: API_KEY, query: { client_session_id: DEMO.id } })).status,
    ).toBe(200)
  })

  it('revoke 404s unknown or foreign sessions and requires client_session_id', async () => {
    expectError(
      await call('POST', '/client_sessions/revoke', { headers: API_KEY, body: { client_session_id: 'nope' } }),
      404,
      'client_session_not_found',
    )
    expectError(
      await call('POST', '/client_sessions/revoke', { headers: API_KEY_2, body: { client_session_id: DEMO.id } }),
      404,
      'client_session_not_found',
    )
    const missing = await call('POST', '/client_sessions/revoke', { headers: API_KEY, body: {} })
    expectError(missing, 400, 'invalid_input')
    expect(missing.json.error.message).toBe('client_session_id is required')
    expectError(
      await call('POST', '/client_sessions/revoke', { headers: API_KEY, body: { client_session_id: '' } }),
      400,
      'invalid_input',
    )
  })

  it('delete removes the session (DELETE with a query, or POST with a body)', async () => {
    const res = await call('DELETE', '/client_sessions/delete', {
      headers: API_KEY,
      query: { _strict: 'true', client_session_id: DEMO.id },
    })
    expect(res.status).toBe(200)
    expect(res.json).toEqual({ ok: true })
    expectError(
      await call('GET', '/client_sessions/get', { headers: API_KEY, query: { client_session_id: DEMO.id } }),
      404,
      'client_session_not_found',
    )
    expectError(await call('GET', '/client_sessions/get', { headers: DEMO_CST }), 401, 'client_session_not_found')
    expectError(
      await call('DELETE', '/client_sessions/delete', { headers: API_KEY, query: { client_session_id: DEMO.id } }),
      404,
      'client_session_not_found',
    )
    const viaPost = await call('POST', '/client_sessions/delete', {
      headers: API_KEY,
      body: { client_session_id: S.sessions.expired.id },
    })
    expect(viaPost.json).toEqual({ ok: true })
  })

  it('delete requires client_session_id and stays in the caller’s workspace', async () => {
    expectError(await call('DELETE', '/client_sessions/delete', { headers: API_KEY }), 400, 'invalid_input')
    expectError(
      await call('DELETE', '/client_sessions/delete', { headers: API_KEY, query: { client_session_id: '' } }),
      400,
      'invalid_input',
    )
    expectError(
      await call('DELETE', '/client_sessions/delete', { headers: API_KEY_2, query: { client_session_id: DEMO.id } }),
      404,
      'client_session_not_found',
    )
  })
})

describe('test hooks (JS)', () => {
  it('records every non-/_fake request, faulted ones included', async () => {
    await call('GET', '/client_sessions/get', { headers: API_KEY, query: { client_session_id: DEMO.id } })
    fake.setFault('/client_sessions/create', { kind: 'status', status: 500, times: 1 })
    await call('POST', '/client_sessions/create', { headers: API_KEY, body: { user_identifier_key: 'k' } })
    await call('GET', '/_fake/calls')
    expect(fake.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /client_sessions/get',
      'POST /client_sessions/create',
    ])
    const [get, create] = fake.calls
    expect(get?.query).toBe(`client_session_id=${DEMO.id}`)
    expect(get?.headers.authorization).toBe(API_KEY.authorization)
    expect(create?.body).toBe('{"user_identifier_key":"k"}')
    expect(create?.headers['content-type']).toBe('application/json')
    expect(typeof create?.at).toBe('number')
    expect(fake.callsTo('/client_sessions/create')).toHaveLength(1)
    fake.resetCalls()
    expect(fake.calls).toHaveLength(0)
  })

  it('status faults: default Seam envelope, plain text, extra headers, `times`', async () => {
    fake.setFault('/client_sessions/get', { kind: 'status', status: 500, times: 1 })
    const e500 = await call('GET', '/client_sessions/get', { headers: DEMO_CST })
    expectError(e500, 500, 'internal_server_error')
    expect(e500.headers.get('seam-request-id')).toMatch(/^req_/)
    expect((await call('GET', '/client_sessions/get', { headers: DEMO_CST })).status).toBe(200)

    fake.setFault('/client_sessions/get', { kind: 'status', status: 503, body: 'Service Unavailable' })
    for (let i = 0; i < 2; i++) {
      const e503 = await call('GET', '/client_sessions/get', { headers: DEMO_CST })
      expect(e503.status).toBe(503)
      expect(e503.text).toBe('Service Unavailable')
      expect(e503.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    }
    fake.setFault('/client_sessions/get', {
      kind: 'status',
      status: 429,
      headers: { 'retry-after': '2' },
      body: { error: { type: 'rate_limited', message: 'slow down' }, ok: false },
    })
    const e429 = await call('GET', '/client_sessions/get', { headers: DEMO_CST })
    expectError(e429, 429, 'rate_limited')
    expect(e429.headers.get('retry-after')).toBe('2')
    fake.clearFaults()
    expect((await call('GET', '/client_sessions/get', { headers: DEMO_CST })).status).toBe(200)
  })

  it("'*' faults every path but /health; an exact route wins over '*'", async () => {
    fake.setFault('*', { kind: 'status', status: 502 })
    fake.setFault('/client_sessions/list', { kind: 'status', status: 504 })
    expect((await call('GET', '/client_sessions/get', { headers: DEMO_CST })).status).toBe(502)
    expect((await call('GET', '/client_sessions/list', { headers: API_KEY })).status).toBe(504)
    expect((await call('GET', '/health')).status).toBe(200)
    fake.setFault('/health', { kind: 'status', status: 503, times: 1 })
    expect((await call('GET', '/health')).status).toBe(503)
  })

  it('malformed faults answer 200 with a body that is not JSON', async () => {
    fake.setFault('/client_sessions/get', { kind: 'malformed' })
    const res = await call('GET', '/client_sessions/get', { headers: DEMO_CST })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(() => JSON.parse(res.text)).toThrow()
  })

  it('reset faults destroy the connection', async () => {
    fake.setFault('/client_sessions/get', { kind: 'reset', times: 1 })
    await expect(call('GET', '/client_sessions/get', { headers: DEMO_CST })).rejects.toThrow()
    expect(fake.callsTo('/client_sessions/get')).toHaveLength(1)
    expect((await call('GET', '/client_sessions/get', { headers: DEMO_CST })).status).toBe(200)
  })

  it('hang faults never answer; close() ends them', async () => {
    const own = await startFakeSeam()
    own.setFault('/client_sessions/get', { kind: 'hang' })
    const pending = fetch(`${own.url}/client_sessions/get`, { headers: DEMO_CST })
    const outcome = pending.then(
      () => 'answered',
      () => 'failed',
    )
    const early = await Promise.race([outcome, new Promise((r) => setTimeout(() => r('still hanging'), 200))])
    expect(early).toBe('still hanging')
    expect(own.calls).toHaveLength(1)
    await own.close()
    expect(await outcome).toBe('failed')
  })

  it('rejects nonsense faults', () => {
    expect(() => fake.setFault('*', { kind: 'nope' } as unknown as Fault)).toThrow()
    expect(() => fake.setFault('*', { kind: 'status', status: 42 })).toThrow()
    expect(() => fake.setFault('*', { kind: 'hang', times: 0 })).toThrow()
  })

  it('setLatency delays every answer', async () => {
    fake.setLatency(150)
    const started = performance.now()
    await call('GET', '/client_sessions/get', { headers: DEMO_CST })
    expect(performance.now() - started).toBeGreaterThanOrEqual(140)
    fake.setLatency(0)
  })

  it('close() does not wait for requests sleeping through the latency', async () => {
    const own = await startFakeSeam({ latencyMs: 60_000 })
    const outcome = fetch(`${own.url}/health`).then(
      () => 'answered',
      () => 'failed',
    )
    await new Promise((r) => setTimeout(r, 50))
    const started = performance.now()
    await own.close()
    expect(performance.now() - started).toBeLessThan(1000)
    expect(await outcome).toBe('failed')
  })

  it('the store can add, expire and revoke sessions', async () => {
    const s = fake.store.addSession({
      workspace_id: WS1,
      user_identifier_key: 'added',
      connected_account_ids: [S.connectedAccounts.two.id],
    })
    const cst = { authorization: `Bearer ${s.token}` }
    const res = await call('GET', '/client_sessions/get', { headers: cst })
    expect(res.json.client_session).toMatchObject({ client_session_id: s.client_session_id, device_count: 1 })
    fake.store.expireSession(s.client_session_id)
    expectError(await call('GET', '/client_sessions/get', { headers: cst }), 401, 'client_session_expired')
    fake.store.updateSession(s.client_session_id, { expires_at: '2099-01-01T00:00:00.000Z' })
    fake.store.revokeSession(s.client_session_id)
    expectError(await call('GET', '/client_sessions/get', { headers: cst }), 401, 'client_session_revoked')
  })
})

describe('test hooks (HTTP /_fake/*)', () => {
  it('calls: GET lists (optionally by path), DELETE clears; hooks are not recorded', async () => {
    await call('GET', '/client_sessions/get', { headers: DEMO_CST })
    await call('GET', '/client_sessions/list', { headers: API_KEY })
    const all = await call('GET', '/_fake/calls')
    expect(all.json.calls.map((c: { path: string }) => c.path)).toEqual([
      '/client_sessions/get',
      '/client_sessions/list',
    ])
    const some = await call('GET', '/_fake/calls', { query: { path: '/client_sessions/list' } })
    expect(some.json.calls).toHaveLength(1)
    expect((await call('DELETE', '/_fake/calls')).json).toEqual({ ok: true })
    expect(fake.calls).toHaveLength(0)
  })

  it('faults: POST sets, GET lists, DELETE clears', async () => {
    const set = await call('POST', '/_fake/faults', {
      body: { route: '/client_sessions/get', fault: { kind: 'status', status: 503, body: 'down', times: 2 } },
    })
    expect(set.json).toEqual({ ok: true })
    expect((await call('GET', '/_fake/faults')).json.faults).toEqual([
      { route: '/client_sessions/get', fault: { kind: 'status', status: 503, body: 'down', times: 2 }, remaining: 2 },
    ])
    expect((await call('GET', '/client_sessions/get', { headers: DEMO_CST })).text).toBe('down')
    await call('DELETE', '/_fake/faults')
    expect((await call('GET', '/client_sessions/get', { headers: DEMO_CST })).status).toBe(200)
    expectError(
      await call('POST', '/_fake/faults', { body: { route: '*', fault: { kind: 'boom' } } }),
      400,
      'invalid_input',
    )
  })

  it('latency, seed, sessions and reset', async () => {
    expect((await call('POST', '/_fake/latency', { body: { ms: 120 } })).json).toEqual({ ok: true })
    const started = performance.now()
    await call('GET', '/health')
    expect(performance.now() - started).toBeGreaterThanOrEqual(110)
    await call('POST', '/_fake/latency', { body: { ms: 0 } })

    expect((await call('GET', '/_fake/seed')).json.seed).toEqual(DEMO_SEED)

    const added = await call('POST', '/_fake/sessions', {
      body: { workspace_id: WS1, user_identifier_key: 'via_http' },
    })
    const id = added.json.client_session.client_session_id
    const cst = { authorization: `Bearer ${added.json.client_session.token}` }
    expect((await call('GET', '/client_sessions/get', { headers: cst })).status).toBe(200)
    await call('POST', '/_fake/sessions/expire', { body: { client_session_id: id } })
    expectError(await call('GET', '/client_sessions/get', { headers: cst }), 401, 'client_session_expired')
    await call('PATCH', '/_fake/sessions', { body: { client_session_id: id, expires_at: '2099-01-01T00:00:00.000Z' } })
    expect((await call('GET', '/client_sessions/get', { headers: cst })).status).toBe(200)
    await call('POST', '/_fake/sessions/revoke', { body: { client_session_id: id } })
    expectError(await call('GET', '/client_sessions/get', { headers: cst }), 401, 'client_session_revoked')
    expectError(
      await call('POST', '/_fake/sessions/revoke', { body: { client_session_id: 'nope' } }),
      404,
      'client_session_not_found',
    )

    await call('POST', '/_fake/reset')
    expect(fake.store.getSession(id)).toBeUndefined()
    expect(fake.calls).toHaveLength(0)
    expectError(await call('GET', '/_fake/nope'), 404, 'not_found')
  })
})

describe('cli', () => {
  it('prints one JSON line with url and seed, serves, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, ['fake-seam/cli.ts', '--port', '0'], {
      cwd: new URL('..', import.meta.url),
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    try {
      const lines = createInterface({ input: child.stdout })
      const [line] = (await once(lines, 'line')) as [string]
      const printed = JSON.parse(line)
      expect(printed.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(printed.seed).toEqual(DEMO_SEED)
      const health = await fetch(`${printed.url}/health`)
      expect(health.status).toBe(200)
      const exited = once(child, 'exit')
      child.kill('SIGTERM')
      const [code] = await exited
      expect(code).toBe(0)
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL')
    }
  })
})
