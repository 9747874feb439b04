// Contract test: the same create / get / get_or_create requests against the project's fake
// (fake-seam/) and Seam's own fake (@seamapi/fake-seam-connect), asserting the same observable
// behaviour: status, error type and message, validation errors, response keys, session fields.
//
// Not compared (format differs by design): ids (`cstN` vs uuid), tokens, request ids
// (`requestN` vs `req_<uuid>`), and the `stack` Seam's dev fake adds to errors.
//
// Where the two differ on purpose, the "known differences" block asserts BOTH behaviours, so a
// change on either side shows up here. Seam's fake only implements these three routes; list,
// grant_access, revoke and delete are covered by test/fake-seam.test.ts.

import { randomUUID } from 'node:crypto'
import { createServer } from 'node:net'
import { createFake } from '@seamapi/fake-seam-connect'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_SEED, type FakeSeam, startFakeSeam } from '../fake-seam/index.ts'
import { type CallOptions, httpCall } from './helpers/http-call.ts'

// biome-ignore lint/suspicious/noExplicitAny: response bodies are asserted field by field.
type Answer = { status: number; contentType: string | null; requestId: string | null; text: string; json: any }

type Target = {
  name: 'ours' | 'seam'
  url: string
  ws1: string
  ws2: string
  apiKey: string
  apiKey2: string
  publishableKey: string
  pat: string
  seeded: { id: string; token: string; userIdentifierKey: string }
  /** Adds a session in workspace one straight into the fake's store. */
  addSession(extra: { userIdentifierKey: string; revoked?: boolean; expired?: boolean }): { id: string; token: string }
}

type Req = CallOptions

async function send(t: Target, method: string, path: string, req: Req = {}): Promise<Answer> {
  const { status, headers, text, json } = await httpCall(t.url, method, path, req)
  return { status, contentType: headers.get('content-type'), requestId: headers.get('seam-request-id'), text, json }
}

const apiKey = (t: Target) => ({ authorization: `Bearer ${t.apiKey}` })
const apiKey2 = (t: Target) => ({ authorization: `Bearer ${t.apiKey2}` })
const pk = (t: Target) => ({ 'seam-publishable-key': t.publishableKey })
const cst = (token: string) => ({ authorization: `Bearer ${token}` })
const key = () => `contract_${randomUUID()}`

/** Internal database columns Seam's fake leaks into `client_session` (not in Seam's schema). */
const SEAM_FAKE_INTERNAL_FIELDS = ['api_key_id', 'publishable_key', 'revoked_at']
const DAY_MS = 24 * 3600 * 1000

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

/** A session with the target-specific parts (ids, tokens, the seeds' own values) abstracted. */
function normalizeSession(t: Target, s: Record<string, unknown>) {
  const seeded = s.client_session_id === t.seeded.id && s.token === t.seeded.token
  const keys = Object.keys(s)
    .filter((k) => !SEAM_FAKE_INTERNAL_FIELDS.includes(k))
    .sort()
  const created = Date.parse(s.created_at as string)
  return {
    keys,
    kinds: Object.fromEntries(keys.map((k) => [k, kindOf(s[k])])),
    seeded,
    workspace: s.workspace_id === t.ws1 ? 'one' : s.workspace_id === t.ws2 ? 'two' : 'unknown',
    token_shape: /^seam_cst1/.test(s.token as string),
    // The seeds differ, so only fresh sessions are compared value by value.
    ...(seeded
      ? {}
      : {
          created_recently: Math.abs(Date.now() - created) < 60_000,
          lifetime_days: Math.round((Date.parse(s.expires_at as string) - created) / DAY_MS),
          user_identifier_key: s.user_identifier_key,
          connected_account_ids: s.connected_account_ids,
          connect_webview_ids: s.connect_webview_ids,
          user_identity_ids: s.user_identity_ids,
          device_count: s.device_count,
        }),
  }
}

/** What must be the same on both fakes. */
function observe(t: Target, a: Answer) {
  const o: Record<string, unknown> = {
    status: a.status,
    json_content_type: a.contentType?.startsWith('application/json') ?? false,
    has_request_id: Boolean(a.requestId),
    ok: a.json?.ok,
  }
  if (a.json?.error) {
    const { stack: _stack, ...error } = a.json.error
    o.error = error
  } else if (a.json) {
    o.body_keys = Object.keys(a.json).sort()
  }
  if (a.json?.client_session) o.session = normalizeSession(t, a.json.client_session)
  return o
}

// ---- the two targets ----

let ours: FakeSeam
let seamFake: Awaited<ReturnType<typeof createFake>>
let targets: { ours: Target; seam: Target }

async function freePort(): Promise<number> {
  // Seam's fake cannot listen on port 0 (it reports the port it was given), so pick one first.
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

beforeAll(async () => {
  ours = await startFakeSeam()
  seamFake = await createFake()
  const seed = await seamFake.seed()
  const port = await freePort()
  await seamFake.startServer({ port })
  const seamUrl = `http://127.0.0.1:${port}`
  expect((await fetch(`${seamUrl}/health`)).status).toBe(200)

  const seamSeeded = (await seamFake.toJSON()).client_sessions.find((s) => s.token === seed.seam_cst1_token)
  if (!seamSeeded) throw new Error('Seam fake seed has no seam_cst1_token session')

  targets = {
    ours: {
      name: 'ours',
      url: ours.url,
      ws1: DEMO_SEED.workspaces.one.id,
      ws2: DEMO_SEED.workspaces.two.id,
      apiKey: DEMO_SEED.apiKeys.one,
      apiKey2: DEMO_SEED.apiKeys.two,
      publishableKey: DEMO_SEED.publishableKeys.one,
      pat: DEMO_SEED.personalAccessTokens.one,
      seeded: {
        id: DEMO_SEED.sessions.demo.id,
        token: DEMO_SEED.sessions.demo.token,
        userIdentifierKey: DEMO_SEED.sessions.demo.userIdentifierKey,
      },
      addSession: ({ userIdentifierKey, revoked, expired }) => {
        const s = ours.store.addSession({
          workspace_id: DEMO_SEED.workspaces.one.id,
          user_identifier_key: userIdentifierKey,
          revoked_at: revoked ? new Date(Date.now() - 1000).toISOString() : null,
          expires_at: expired ? new Date(Date.now() - 1000).toISOString() : undefined,
        })
        return { id: s.client_session_id, token: s.token }
      },
    },
    seam: {
      name: 'seam',
      url: seamUrl,
      ws1: seed.seed_workspace_1,
      ws2: seed.seed_workspace_2,
      apiKey: seed.seam_apikey1_token,
      apiKey2: seed.seam_apikey2_token,
      publishableKey: seed.seam_pk1_token,
      pat: seed.seam_at1_token,
      seeded: {
        id: seamSeeded.client_session_id,
        token: seamSeeded.token,
        userIdentifierKey: seed.john_user_identifier_key,
      },
      addSession: ({ userIdentifierKey, revoked, expired }) => {
        const s = seamFake.database.addClientSession({
          workspace_id: seed.seed_workspace_1,
          user_identifier_key: userIdentifierKey,
          ...(revoked ? { revoked_at: new Date(Date.now() - 1000).toISOString() } : {}),
          ...(expired ? { expires_at: new Date(Date.now() - 1000).toISOString() } : {}),
        })
        return { id: s.client_session_id, token: s.token }
      },
    },
  }
}, 60_000)

afterAll(async () => {
  await ours?.close()
  await seamFake?.stopServer()
})

/** Runs the same scenario on both targets, with one fresh user_identifier_key shared by both runs. */
async function onBoth<R>(scenario: (t: Target, k: string) => Promise<R>): Promise<{ ours: R; seam: R }> {
  const k = key()
  return { ours: await scenario(targets.ours, k), seam: await scenario(targets.seam, k) }
}

type Case = {
  name: string
  /** `k`: a fresh user_identifier_key, the same for both targets. */
  run: (t: Target, k: string) => Promise<Answer>
  /** Spot checks on top of "both the same", so both cannot be wrong together. */
  expected: Record<string, unknown> | ((k: string) => Record<string, unknown>)
}

function sameOnBoth(cases: Case[]) {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    let shared = ''
    const answers = await onBoth((t, k) => {
      shared = k
      return c.run(t, k)
    })
    const o = observe(targets.ours, answers.ours)
    const s = observe(targets.seam, answers.seam)
    expect(o).toEqual(s)
    expect(o).toMatchObject(typeof c.expected === 'function' ? c.expected(shared) : c.expected)
  })
}

const ok200 = {
  status: 200,
  ok: true,
  json_content_type: true,
  has_request_id: true,
  body_keys: ['client_session', 'ok'],
}
const error = (status: number, type: string) => ({
  status,
  ok: false,
  json_content_type: true,
  has_request_id: true,
  error: { type },
})

describe('same behaviour: /client_sessions/create', () => {
  sameOnBoth([
    {
      name: 'POST with an API key, user_identifier_key and connected_account_ids',
      run: (t, k) =>
        send(t, 'POST', '/client_sessions/create', {
          headers: apiKey(t),
          body: { user_identifier_key: k, connected_account_ids: ['acct_x'], connect_webview_ids: ['cw_x'] },
        }),
      expected: (k) => ({
        ...ok200,
        session: {
          workspace: 'one',
          user_identifier_key: k,
          connected_account_ids: ['acct_x'],
          connect_webview_ids: ['cw_x'],
          user_identity_ids: [],
          device_count: 0,
          lifetime_days: 365,
          created_recently: true,
          token_shape: true,
        },
      }),
    },
    {
      name: 'PUT with an API key and a new user_identifier_key',
      run: (t, k) =>
        send(t, 'PUT', '/client_sessions/create', { headers: apiKey(t), body: { user_identifier_key: k } }),
      expected: (k) => ({ ...ok200, session: { workspace: 'one', user_identifier_key: k, connected_account_ids: [] } }),
    },
    {
      name: 'POST twice with the same user_identifier_key -> 400 client_session_token_already_exists',
      run: async (t) => {
        const k = key()
        await send(t, 'POST', '/client_sessions/create', { headers: apiKey(t), body: { user_identifier_key: k } })
        return send(t, 'POST', '/client_sessions/create', { headers: apiKey(t), body: { user_identifier_key: k } })
      },
      expected: error(400, 'client_session_token_already_exists'),
    },
    {
      name: 'POST with a PAT and seam-workspace',
      run: (t, k) =>
        send(t, 'POST', '/client_sessions/create', {
          headers: { authorization: `Bearer ${t.pat}`, 'seam-workspace': t.ws1 },
          body: { user_identifier_key: k },
        }),
      expected: { ...ok200, session: { workspace: 'one' } },
    },
    {
      name: 'publishable key with user_identifier_key -> empty session in its workspace',
      run: (t, k) => send(t, 'POST', '/client_sessions/create', { headers: pk(t), body: { user_identifier_key: k } }),
      expected: { ...ok200, session: { workspace: 'one', connected_account_ids: [], connect_webview_ids: [] } },
    },
    {
      name: 'publishable key without user_identifier_key -> 401 publishable_key_requires_user_identifier_key',
      run: (t) => send(t, 'POST', '/client_sessions/create', { headers: pk(t), body: {} }),
      expected: error(401, 'publishable_key_requires_user_identifier_key'),
    },
    {
      name: 'publishable key with connected_account_ids -> 403 publishable_keys_must_create_empty_client_sessions',
      run: (t) =>
        send(t, 'POST', '/client_sessions/create', {
          headers: pk(t),
          body: { user_identifier_key: key(), connected_account_ids: ['a'] },
        }),
      expected: error(403, 'publishable_keys_must_create_empty_client_sessions'),
    },
    {
      name: 'publishable key with connect_webview_ids -> 403 publishable_keys_must_create_empty_client_sessions',
      run: (t) =>
        send(t, 'PUT', '/client_sessions/create', {
          headers: pk(t),
          body: { user_identifier_key: key(), connect_webview_ids: [] },
        }),
      expected: error(403, 'publishable_keys_must_create_empty_client_sessions'),
    },
    {
      name: 'unknown publishable key -> 401 workspace_not_found',
      run: (t) =>
        send(t, 'POST', '/client_sessions/create', {
          headers: { 'seam-publishable-key': 'seam_pk1_unknown' },
          body: { user_identifier_key: key() },
        }),
      expected: error(401, 'workspace_not_found'),
    },
    {
      name: 'wrong types -> 400 invalid_input with the same message and validation_errors',
      run: (t) =>
        send(t, 'POST', '/client_sessions/create', {
          headers: apiKey(t),
          body: { user_identifier_key: 5, connected_account_ids: 'x' },
        }),
      expected: {
        ...error(400, 'invalid_input'),
        error: {
          type: 'invalid_input',
          message:
            '2 Input Errors: Expected array, received string for "connected_account_ids", Expected string, received number for "user_identifier_key"',
          validation_errors: {
            _errors: [],
            connected_account_ids: { _errors: ['Expected array, received string'] },
            user_identifier_key: { _errors: ['Expected string, received number'] },
          },
        },
      },
    },
    {
      name: 'null user_identifier_key -> 400 invalid_input',
      run: (t) =>
        send(t, 'POST', '/client_sessions/create', { headers: apiKey(t), body: { user_identifier_key: null } }),
      expected: error(400, 'invalid_input'),
    },
    {
      name: 'POST with a non-JSON body -> 400 invalid_content_type',
      run: (t) =>
        send(t, 'POST', '/client_sessions/create', {
          headers: { ...apiKey(t), 'content-type': 'text/plain' },
          raw: '{"user_identifier_key":"x"}',
        }),
      expected: error(400, 'invalid_content_type'),
    },
    {
      name: 'GET -> 405 method_not_allowed',
      run: (t) => send(t, 'GET', '/client_sessions/create', { headers: apiKey(t) }),
      expected: {
        ...error(405, 'method_not_allowed'),
        error: { type: 'method_not_allowed', message: 'only POST,PUT accepted' },
      },
    },
  ])

  it('PUT with an existing user_identifier_key returns the existing session (POST would 400)', async () => {
    const { ours: o, seam: s } = await onBoth(async (t) => {
      const k = key()
      const first = await send(t, 'POST', '/client_sessions/create', {
        headers: apiKey(t),
        body: { user_identifier_key: k },
      })
      const again = await send(t, 'PUT', '/client_sessions/create', {
        headers: apiKey(t),
        body: { user_identifier_key: k },
      })
      return {
        status: again.status,
        ok: again.json.ok,
        same_id: again.json.client_session.client_session_id === first.json.client_session.client_session_id,
        same_token: again.json.client_session.token === first.json.client_session.token,
      }
    })
    expect(o).toEqual(s)
    expect(o).toEqual({ status: 200, ok: true, same_id: true, same_token: true })
  })
})

describe('same behaviour: /client_sessions/get', () => {
  sameOnBoth([
    {
      name: 'GET by client_session_id (query with the SDK’s _strict=true)',
      run: (t) =>
        send(t, 'GET', '/client_sessions/get', {
          headers: apiKey(t),
          query: { _strict: 'true', client_session_id: t.seeded.id },
        }),
      expected: { ...ok200, session: { seeded: true, workspace: 'one' } },
    },
    {
      name: 'POST by client_session_id (JSON body, SDK 1.x)',
      run: (t) =>
        send(t, 'POST', '/client_sessions/get', { headers: apiKey(t), body: { client_session_id: t.seeded.id } }),
      expected: { ...ok200, session: { seeded: true } },
    },
    {
      name: 'GET by user_identifier_key',
      run: (t) =>
        send(t, 'GET', '/client_sessions/get', {
          headers: apiKey(t),
          query: { user_identifier_key: t.seeded.userIdentifierKey },
        }),
      expected: { ...ok200, session: { seeded: true } },
    },
    {
      name: 'a freshly created session by id',
      run: async (t, k) => {
        const created = await send(t, 'POST', '/client_sessions/create', {
          headers: apiKey(t),
          body: { user_identifier_key: k, connected_account_ids: ['acct_y'] },
        })
        return send(t, 'GET', '/client_sessions/get', {
          headers: apiKey(t),
          query: { client_session_id: created.json.client_session.client_session_id },
        })
      },
      expected: (k) => ({ ...ok200, session: { user_identifier_key: k, connected_account_ids: ['acct_y'] } }),
    },
    {
      name: 'CST as Bearer, no params -> the caller’s own session',
      run: (t) => send(t, 'GET', '/client_sessions/get', { headers: cst(t.seeded.token) }),
      expected: { ...ok200, session: { seeded: true } },
    },
    {
      name: 'CST in client-session-token header -> the caller’s own session',
      run: (t) => send(t, 'GET', '/client_sessions/get', { headers: { 'client-session-token': t.seeded.token } }),
      expected: { ...ok200, session: { seeded: true } },
    },
    {
      name: 'SDK 1.x get(): POST with an empty form-encoded body and a CST',
      run: (t) =>
        send(t, 'POST', '/client_sessions/get', {
          headers: {
            ...cst(t.seeded.token),
            'client-session-token': t.seeded.token,
            'content-type': 'application/x-www-form-urlencoded',
          },
          raw: '',
        }),
      expected: { ...ok200, session: { seeded: true } },
    },
    {
      name: 'CST plus client_session_id and user_identifier_key -> 400 invalid_options',
      run: (t) =>
        send(t, 'GET', '/client_sessions/get', {
          headers: cst(t.seeded.token),
          query: { client_session_id: t.seeded.id, user_identifier_key: t.seeded.userIdentifierKey },
        }),
      expected: error(400, 'invalid_options'),
    },
    {
      name: 'unknown client_session_id -> 404 client_session_not_found',
      run: (t) =>
        send(t, 'GET', '/client_sessions/get', { headers: apiKey(t), query: { client_session_id: 'no_such_session' } }),
      expected: {
        ...error(404, 'client_session_not_found'),
        error: { type: 'client_session_not_found', message: 'Could not find client session' },
      },
    },
    {
      name: 'unknown user_identifier_key -> 404 client_session_not_found',
      run: (t) => send(t, 'GET', '/client_sessions/get', { headers: apiKey(t), query: { user_identifier_key: key() } }),
      expected: error(404, 'client_session_not_found'),
    },
    {
      name: 'API key and no params -> 404 client_session_not_found',
      run: (t) => send(t, 'GET', '/client_sessions/get', { headers: apiKey(t) }),
      expected: error(404, 'client_session_not_found'),
    },
    {
      name: 'bad API key -> 401 unauthorized',
      run: (t) =>
        send(t, 'GET', '/client_sessions/get', {
          headers: { authorization: 'Bearer seam_not_a_real_key' },
          query: { client_session_id: t.seeded.id },
        }),
      expected: { ...error(401, 'unauthorized'), error: { type: 'unauthorized', message: 'API Key not found' } },
    },
    {
      name: 'repeated scalar query param -> 400 invalid_input',
      run: (t) =>
        send(t, 'GET', '/client_sessions/get', { headers: apiKey(t), query: { client_session_id: ['a', 'b'] } }),
      expected: error(400, 'invalid_input'),
    },
    {
      name: 'POST with a number id -> 400 invalid_input',
      run: (t) => send(t, 'POST', '/client_sessions/get', { headers: apiKey(t), body: { client_session_id: 5 } }),
      expected: error(400, 'invalid_input'),
    },
    {
      name: 'PUT -> 405 method_not_allowed',
      run: (t) => send(t, 'PUT', '/client_sessions/get', { headers: apiKey(t), body: {} }),
      expected: {
        ...error(405, 'method_not_allowed'),
        error: { type: 'method_not_allowed', message: 'only GET,POST accepted' },
      },
    },
  ])
})

describe('same behaviour: /client_sessions/get_or_create', () => {
  sameOnBoth([
    {
      name: 'publishable key, new user_identifier_key -> creates an empty session',
      run: (t, k) =>
        send(t, 'POST', '/client_sessions/get_or_create', { headers: pk(t), body: { user_identifier_key: k } }),
      expected: (k) => ({
        ...ok200,
        session: { workspace: 'one', user_identifier_key: k, connected_account_ids: [], lifetime_days: 365 },
      }),
    },
    {
      name: 'publishable key, the seeded session’s user_identifier_key -> that session',
      run: (t) =>
        send(t, 'POST', '/client_sessions/get_or_create', {
          headers: pk(t),
          body: { user_identifier_key: t.seeded.userIdentifierKey },
        }),
      expected: { ...ok200, session: { seeded: true } },
    },
    {
      name: 'PUT is accepted too (Seam’s fake allows it; the OpenAPI lists POST only)',
      run: (t, k) =>
        send(t, 'PUT', '/client_sessions/get_or_create', { headers: pk(t), body: { user_identifier_key: k } }),
      expected: ok200,
    },
    {
      name: 'publishable key without user_identifier_key -> 400 publishable_key_requires_user_identifier_key',
      run: (t) => send(t, 'POST', '/client_sessions/get_or_create', { headers: pk(t), body: {} }),
      expected: error(400, 'publishable_key_requires_user_identifier_key'),
    },
    {
      name: 'publishable key, user_identifier_key in the seam-user-identifier-key header',
      run: (t, k) =>
        send(t, 'POST', '/client_sessions/get_or_create', {
          headers: { ...pk(t), 'seam-user-identifier-key': k },
          body: {},
        }),
      expected: (k) => ({ ...ok200, session: { user_identifier_key: k } }),
    },
    {
      name: 'publishable key with connected_account_ids -> 403',
      run: (t) =>
        send(t, 'POST', '/client_sessions/get_or_create', {
          headers: pk(t),
          body: { user_identifier_key: key(), connected_account_ids: ['a'] },
        }),
      expected: error(403, 'publishable_keys_must_create_empty_client_sessions'),
    },
    {
      name: 'unknown publishable key -> 400 workspace_not_found',
      run: (t) =>
        send(t, 'POST', '/client_sessions/get_or_create', {
          headers: { 'seam-publishable-key': 'seam_pk1_unknown' },
          body: { user_identifier_key: key() },
        }),
      expected: error(400, 'workspace_not_found'),
    },
    {
      name: 'POST with a non-JSON body -> 400 invalid_content_type',
      run: (t) =>
        send(t, 'POST', '/client_sessions/get_or_create', {
          headers: { ...pk(t), 'content-type': 'text/plain' },
          raw: '{"user_identifier_key":"x"}',
        }),
      expected: error(400, 'invalid_content_type'),
    },
    {
      name: 'GET -> 405 method_not_allowed',
      run: (t) => send(t, 'GET', '/client_sessions/get_or_create', { headers: pk(t) }),
      expected: error(405, 'method_not_allowed'),
    },
  ])

  it('publishable key, existing user_identifier_key -> the same session again', async () => {
    const { ours: o, seam: s } = await onBoth(async (t) => {
      const k = key()
      const first = await send(t, 'POST', '/client_sessions/get_or_create', {
        headers: pk(t),
        body: { user_identifier_key: k },
      })
      const again = await send(t, 'POST', '/client_sessions/get_or_create', {
        headers: pk(t),
        body: { user_identifier_key: k },
      })
      return { status: again.status, same_session: JSON.stringify(again.json) === JSON.stringify(first.json) }
    })
    expect(o).toEqual(s)
    expect(o).toEqual({ status: 200, same_session: true })
  })
})

// ---- known, deliberate differences: both sides asserted ----

describe('known differences (asserted on both sides)', () => {
  it('get_or_create with an API key: Seam’s fake demands a publishable key; ours accepts it as the live API (OpenAPI) does', async () => {
    const { ours: o, seam: s } = await onBoth((t) =>
      send(t, 'POST', '/client_sessions/get_or_create', { headers: apiKey(t), body: { user_identifier_key: key() } }),
    )
    expect(observe(targets.seam, s)).toMatchObject(error(400, 'publishable_key_header_required'))
    expect(observe(targets.ours, o)).toMatchObject({ ...ok200, session: { workspace: 'one' } })
  })

  it('credential errors on create: Seam’s fake reports its LAST auth middleware’s error (400 token_auth_not_accepted / 401 publishable_key_header_required); ours reports the presented credential’s 401', async () => {
    const scenarios = {
      bad_api_key: { authorization: 'Bearer seam_not_a_real_key' },
      client_session_token: { authorization: 'Bearer CST' },
      pat_without_workspace: { authorization: 'Bearer PAT' },
      no_credentials: {},
    }
    for (const [name, headers] of Object.entries(scenarios)) {
      const { ours: o, seam: s } = await onBoth((t) => {
        const h = { ...headers } as Record<string, string>
        if (h.authorization === 'Bearer CST') h.authorization = `Bearer ${t.seeded.token}`
        if (h.authorization === 'Bearer PAT') h.authorization = `Bearer ${t.pat}`
        return send(t, 'POST', '/client_sessions/create', { headers: h, body: {} })
      })
      const seamExpected =
        name === 'no_credentials'
          ? error(401, 'publishable_key_header_required')
          : error(400, 'token_auth_not_accepted')
      const oursExpected =
        name === 'pat_without_workspace' ? error(400, 'missing_workspace_id') : error(401, 'unauthorized')
      expect({ name, seam: observe(targets.seam, s) }).toMatchObject({ name, seam: seamExpected })
      expect({ name, ours: observe(targets.ours, o) }).toMatchObject({ name, ours: oursExpected })
    }
  })

  it('revoked / expired / unknown CST on get: both 401, but Seam’s fake says client_session_token_used_for_api_key; ours names the reason', async () => {
    for (const [kind, ourType] of [
      ['revoked', 'client_session_revoked'],
      ['expired', 'client_session_expired'],
      ['unknown', 'client_session_not_found'],
    ] as const) {
      const { ours: o, seam: s } = await onBoth((t, k) => {
        const token =
          kind === 'unknown' ? 'seam_cst1unknown_token' : t.addSession({ userIdentifierKey: k, [kind]: true }).token
        return send(t, 'GET', '/client_sessions/get', { headers: cst(token) })
      })
      expect({ kind, seam: observe(targets.seam, s) }).toMatchObject({
        kind,
        seam: error(401, 'client_session_token_used_for_api_key'),
      })
      expect({ kind, ours: observe(targets.ours, o) }).toMatchObject({ kind, ours: error(401, ourType) })
    }
  })

  it('revoked sessions stay readable with an API key on both (revoking only kills the token)', async () => {
    const { ours: o, seam: s } = await onBoth((t, k) =>
      send(t, 'GET', '/client_sessions/get', {
        headers: apiKey(t),
        query: { client_session_id: t.addSession({ userIdentifierKey: k, revoked: true }).id },
      }),
    )
    expect(observe(targets.ours, o)).toEqual(observe(targets.seam, s))
    expect(o.status).toBe(200)
    // ...but Seam's fake leaks its internal revoked_at column; ours keeps to the schema.
    expect(s.json.client_session).toHaveProperty('revoked_at')
    expect(o.json.client_session).not.toHaveProperty('revoked_at')
  })

  it('get is workspace-scoped in ours; Seam’s fake returns other workspaces’ sessions', async () => {
    const { ours: o, seam: s } = await onBoth((t) =>
      send(t, 'GET', '/client_sessions/get', { headers: apiKey2(t), query: { client_session_id: t.seeded.id } }),
    )
    expect(observe(targets.seam, s)).toMatchObject({ ...ok200, session: { seeded: true, workspace: 'one' } })
    expect(observe(targets.ours, o)).toMatchObject(error(404, 'client_session_not_found'))
  })

  it('PATs: Seam’s fake does not check the user may access seam-workspace; ours does (401)', async () => {
    const { ours: o, seam: s } = await onBoth((t) =>
      send(t, 'POST', '/client_sessions/create', {
        headers: { authorization: `Bearer ${t.pat}`, 'seam-workspace': t.ws2 },
        body: {},
      }),
    )
    expect(observe(targets.seam, s)).toMatchObject({ ...ok200, session: { workspace: 'two' } })
    expect(observe(targets.ours, o)).toMatchObject(error(401, 'unauthorized'))
  })

  it('CST plus ONE of client_session_id / user_identifier_key: Seam’s fake ignores it (its `&&`); ours 400 invalid_options as its message says', async () => {
    const { ours: o, seam: s } = await onBoth((t) =>
      send(t, 'GET', '/client_sessions/get', {
        headers: cst(t.seeded.token),
        query: { client_session_id: t.seeded.id },
      }),
    )
    expect(observe(targets.seam, s)).toMatchObject({ ...ok200, session: { seeded: true } })
    expect(observe(targets.ours, o)).toMatchObject(error(400, 'invalid_options'))
  })

  it('validation: Seam’s fake ignores unknown params and accepts an empty user_identifier_key; ours is strict (live `_strict`, OpenAPI minLength 1)', async () => {
    for (const body of [{ user_identifier_key: key(), not_a_param: 1 }, { user_identifier_key: '' }]) {
      const { ours: o, seam: s } = await onBoth((t) =>
        send(t, 'POST', '/client_sessions/create', { headers: apiKey(t), body }),
      )
      expect(observe(targets.seam, s)).toMatchObject(ok200)
      expect(observe(targets.ours, o)).toMatchObject(error(400, 'invalid_input'))
    }
    const { ours: o } = await onBoth((t) =>
      send(t, 'GET', '/client_sessions/get', {
        headers: apiKey(t),
        query: { client_session_id: t.seeded.id, foo: 'x' },
      }),
    )
    expect(o.json.error.message).toBe("Unrecognized key(s) in object: 'foo'")
  })

  it('expires_at: Seam’s fake ignores it (create and get_or_create); ours sets it, and get_or_create updates an existing session', async () => {
    const expiresAt = '2031-02-03T04:05:06.000Z'
    const create = await onBoth((t) =>
      send(t, 'POST', '/client_sessions/create', {
        headers: apiKey(t),
        body: { user_identifier_key: key(), expires_at: expiresAt },
      }),
    )
    expect(create.seam.json.client_session.expires_at).not.toBe(expiresAt)
    expect(create.ours.json.client_session.expires_at).toBe(expiresAt)

    const update = await onBoth(async (t) => {
      const k = key()
      await send(t, 'POST', '/client_sessions/get_or_create', { headers: pk(t), body: { user_identifier_key: k } })
      return send(t, 'POST', '/client_sessions/get_or_create', {
        headers: pk(t),
        body: { user_identifier_key: k, expires_at: expiresAt },
      })
    })
    expect(update.seam.json.client_session.expires_at).not.toBe(expiresAt)
    expect(update.ours.json.client_session.expires_at).toBe(expiresAt)
  })

  it('session objects: Seam’s fake leaks api_key_id/publishable_key, omits user_identifier_key when unset and device_count on PUT-existing; ours follows the schema', async () => {
    const bare = await onBoth((t) => send(t, 'POST', '/client_sessions/create', { headers: apiKey(t), body: {} }))
    expect(bare.seam.json.client_session).toHaveProperty('api_key_id')
    expect(bare.seam.json.client_session).not.toHaveProperty('user_identifier_key')
    expect(bare.ours.json.client_session).not.toHaveProperty('api_key_id')
    expect(bare.ours.json.client_session.user_identifier_key).toBeNull()

    const viaPk = await onBoth((t) =>
      send(t, 'POST', '/client_sessions/create', { headers: pk(t), body: { user_identifier_key: key() } }),
    )
    expect(viaPk.seam.json.client_session).toHaveProperty('publishable_key')
    expect(viaPk.ours.json.client_session).not.toHaveProperty('publishable_key')

    const putExisting = await onBoth(async (t) => {
      const k = key()
      await send(t, 'POST', '/client_sessions/create', { headers: apiKey(t), body: { user_identifier_key: k } })
      return send(t, 'PUT', '/client_sessions/create', { headers: apiKey(t), body: { user_identifier_key: k } })
    })
    expect(putExisting.seam.json.client_session).not.toHaveProperty('device_count')
    expect(putExisting.ours.json.client_session.device_count).toBe(0)
  })

  it('request bodies: malformed JSON, a bare POST without content type, PUT with a non-JSON type', async () => {
    const malformed = await onBoth((t) =>
      send(t, 'POST', '/client_sessions/create', {
        headers: { ...apiKey(t), 'content-type': 'application/json' },
        raw: '{"user_',
      }),
    )
    // Seam's fake (Next.js body parser): 400 plain text, no envelope, no request id.
    expect({ status: malformed.seam.status, text: malformed.seam.text, requestId: malformed.seam.requestId }).toEqual({
      status: 400,
      text: 'Invalid JSON',
      requestId: null,
    })
    expect(observe(targets.ours, malformed.ours)).toMatchObject(error(400, 'invalid_input'))

    // An empty body means "no params" for ours whatever the content type; Seam's fake only agrees for some types.
    const bare = await onBoth((t) => send(t, 'POST', '/client_sessions/create', { headers: apiKey(t) }))
    expect(observe(targets.seam, bare.seam)).toMatchObject(error(400, 'invalid_input'))
    expect(observe(targets.ours, bare.ours)).toMatchObject(ok200)

    // nextlove only checks the content type of POST/PATCH; ours checks PUT too.
    const put = await onBoth((t) =>
      send(t, 'PUT', '/client_sessions/create', {
        headers: { ...apiKey(t), 'content-type': 'text/plain' },
        raw: '{"user_identifier_key":"x"}',
      }),
    )
    expect(observe(targets.seam, put.seam)).toMatchObject(error(400, 'invalid_input'))
    expect(observe(targets.ours, put.ours)).toMatchObject(error(400, 'invalid_content_type'))
  })

  it('unknown paths: Seam’s fake answers a plain-text 404; ours a JSON not_found envelope', async () => {
    const { ours: o, seam: s } = await onBoth((t) => send(t, 'GET', '/client_sessions/nope', { headers: apiKey(t) }))
    expect({ status: s.status, json: s.json, requestId: s.requestId }).toEqual({
      status: 404,
      json: 404,
      requestId: null,
    })
    expect(observe(targets.ours, o)).toMatchObject(error(404, 'not_found'))
  })

  it('list, grant_access, revoke and delete do not exist in Seam’s fake (404); ours implements them', async () => {
    const calls = [
      ['GET', '/client_sessions/list', undefined],
      ['PATCH', '/client_sessions/grant_access', { client_session_id: 'x', connected_account_ids: ['a'] }],
      ['POST', '/client_sessions/revoke', { client_session_id: 'x' }],
      ['DELETE', '/client_sessions/delete', undefined],
    ] as const
    for (const [method, path, body] of calls) {
      const { ours: o, seam: s } = await onBoth((t) => send(t, method, path, { headers: apiKey(t), body }))
      expect({ path, status: s.status }).toEqual({ path, status: 404 })
      expect({ path, type: o.json?.error?.type ?? 'ok' }).not.toEqual({ path, type: 'not_found' })
    }
  })

  it('formats: ids are `cstN` vs uuids, request ids `requestN` vs `req_<uuid>`, and only Seam’s fake puts a stack in errors', async () => {
    const created = await onBoth((t) => send(t, 'POST', '/client_sessions/create', { headers: apiKey(t), body: {} }))
    expect(created.seam.json.client_session.client_session_id).toMatch(/^cst\d+$/)
    expect(created.ours.json.client_session.client_session_id).toMatch(/^[0-9a-f-]{36}$/)
    expect(created.seam.requestId).toMatch(/^request\d+$/)
    expect(created.ours.requestId).toMatch(/^req_[0-9a-f-]{36}$/)
    const failed = await onBoth((t) =>
      send(t, 'GET', '/client_sessions/get', { headers: apiKey(t), query: { client_session_id: 'nope' } }),
    )
    expect(failed.seam.json.error).toHaveProperty('stack')
    expect(failed.ours.json.error).not.toHaveProperty('stack')
  })
})
