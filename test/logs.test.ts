/**
 * The request log (issue 6): a broad traffic mix through one gateway, then two checks on
 * everything it logged.
 *
 * 1. Exactly one structured JSON log line per request, naming the request id, route and
 *    status, plus upstream status and time when Seam was called and the cache outcome on get.
 * 2. No secret anywhere in any line: API keys, the PAT, the console session token, client
 *    session tokens (the seeded ones and every one that came back in a response), the
 *    publishable key, the JWT secret and every JWT, the webhook secrets and every signature,
 *    nor the user identifier keys callers sent.
 * 3. LOG_SAMPLE_RATE (issue 15) thins successful cache-hit lines only; every other kind keeps its line.
 *
 * Traffic: every client-session route with every credential kind it takes (and some it does
 * not), invalid input, wrong methods, an oversized body, upstream failures, POST /token, signed
 * and forged webhook deliveries, pass-through, CORS preflight, health.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { DEMO_SEED } from '../fake-seam/index.ts'
import { useGateway } from './helpers/fixture.ts'
import { type Gateway, startGateway } from './helpers/gateway.ts'
import { goodClaims, signJwt } from './helpers/jwt.ts'
import { newWebhookSecret, seamEvent, signWebhook } from './helpers/sign-webhook.ts'

const JWT_SECRET = 'logs-test-jwt-secret-that-is-long-enough'
const SEAM_WEBHOOK_SECRET = newWebhookSecret()
const GRANT_WEBHOOK_SECRET = newWebhookSecret()
const ORIGIN = 'https://app.example.test'
const CS = '/client_sessions'

const WORKSPACE = DEMO_SEED.workspaces.one.id
const DEMO = DEMO_SEED.sessions.demo

/** Every secret value the traffic carries or receives; none may appear in a log line. */
const secrets = new Set<string>([
  DEMO_SEED.apiKeys.one,
  DEMO_SEED.apiKeys.two,
  DEMO_SEED.personalAccessTokens.one,
  DEMO_SEED.consoleSessionTokens.one,
  DEMO_SEED.publishableKeys.one,
  DEMO.token,
  DEMO_SEED.sessions.revoked.token,
  DEMO_SEED.sessions.expired.token,
  JWT_SECRET,
  SEAM_WEBHOOK_SECRET,
  GRANT_WEBHOOK_SECRET,
  // The key bytes of the webhook secrets, as they appear once the `whsec_` prefix is stripped.
  SEAM_WEBHOOK_SECRET.slice('whsec_'.length),
  GRANT_WEBHOOK_SECRET.slice('whsec_'.length),
])
/** User identifier keys callers sent: not secrets, but the log line promises to copy nothing a caller sent. */
const userKeys = new Set<string>([DEMO.userIdentifierKey])

/** Every response the traffic got, in order. */
const responses: { label: string; res: Response; body: string }[] = []

const unique = (prefix: string) => `${prefix}_${Math.random().toString(36).slice(2)}`
const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
const apiKey = () => bearer(DEMO_SEED.apiKeys.one)
const pat = () => ({ ...bearer(DEMO_SEED.personalAccessTokens.one), 'seam-workspace': WORKSPACE })
const console_ = () => ({ ...bearer(DEMO_SEED.consoleSessionTokens.one), 'seam-workspace': WORKSPACE })
const cst = (token: string = DEMO.token) => ({ 'client-session-token': token })
const pk = () => ({ 'seam-publishable-key': DEMO_SEED.publishableKeys.one })
const BACKEND = { 'api key': apiKey, PAT: pat, 'console session': console_ }

/** Collects every token-like value in a JSON answer (sessions' `token`, vended tokens). */
function collectTokens(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) collectTokens(item)
    return
  }
  if (value === null || typeof value !== 'object') return
  for (const [key, inner] of Object.entries(value)) {
    if ((key === 'token' || key === 'client_session_token') && typeof inner === 'string') secrets.add(inner)
    else collectTokens(inner)
  }
}

async function call(label: string, path: string, init: RequestInit = {}): Promise<Response> {
  const res = await gateway.fetch(path, init)
  const body = await res.text()
  responses.push({ label, res, body })
  try {
    collectTokens(JSON.parse(body))
  } catch {
    // Not JSON (HEAD, 204): nothing to collect.
  }
  return res
}

const json = (method: string, headers: Record<string, string>, body: unknown): RequestInit => ({
  method,
  headers: { ...headers, 'content-type': 'application/json' },
  body: JSON.stringify(body),
})

function jwt(sub: string): string {
  const token = signJwt({ alg: 'HS256', key: JWT_SECRET, payload: goodClaims(sub) })
  secrets.add(token)
  secrets.add(token.split('.')[2] as string)
  return token
}

function signed(secret: string, body: string, id?: string): Record<string, string> {
  const headers = signWebhook({ secret, body, ...(id === undefined ? {} : { id }) })
  const signature = headers['webhook-signature'] as string
  secrets.add(signature)
  secrets.add(signature.slice('v1,'.length))
  return headers
}

/** All the traffic; each request's label says what it exercises. */
async function driveTraffic(): Promise<void> {
  const key = unique('user')
  userKeys.add(key)

  // create and get_or_create: every backend credential, and the publishable key.
  for (const [name, headers] of Object.entries({ ...BACKEND, 'publishable key': pk })) {
    const k = unique('user')
    userKeys.add(k)
    await call(`create, ${name}`, `${CS}/create`, json('PUT', headers(), { user_identifier_key: k }))
    await call(`get_or_create, ${name}`, `${CS}/get_or_create`, json('POST', headers(), { user_identifier_key: k }))
  }
  const created = await call('create for later', `${CS}/create`, json('POST', apiKey(), { user_identifier_key: key }))
  expect(created.status).toBe(200)
  const session = JSON.parse(responses.at(-1)?.body ?? '{}').client_session as {
    client_session_id: string
    token: string
  }

  // get: every credential kind, by id, by key, own session; SDK 1.x POST; cache miss then hit.
  for (const [name, headers] of Object.entries(BACKEND)) {
    await call(`get by id, ${name}`, `${CS}/get?client_session_id=${session.client_session_id}&_strict=true`, {
      headers: headers(),
    })
    await call(`get by key, ${name}`, `${CS}/get?user_identifier_key=${key}`, { headers: headers() })
  }
  await call('get own session, CST', `${CS}/get`, { headers: cst(session.token) })
  await call('get own session again (hit), CST', `${CS}/get`, { headers: cst(session.token) })
  await call('get own session, CST as Bearer', `${CS}/get`, { headers: bearer(DEMO.token) })
  await call('get, SDK 1.x POST', `${CS}/get`, json('POST', apiKey(), { user_identifier_key: DEMO.userIdentifierKey }))
  await call('get, revoked CST', `${CS}/get`, { headers: cst(DEMO_SEED.sessions.revoked.token) })
  await call('get, expired CST', `${CS}/get`, { headers: cst(DEMO_SEED.sessions.expired.token) })

  // list (returns every session's token), grant_access, revoke, delete: every backend credential.
  for (const [name, headers] of Object.entries(BACKEND)) {
    await call(`list, ${name}`, `${CS}/list`, { headers: headers() })
    await call(
      `grant_access, ${name}`,
      `${CS}/grant_access`,
      json('PATCH', headers(), { user_identifier_key: key, connected_account_ids: ['demo_connected_account_2'] }),
    )
  }
  await call('list, SDK 1.x POST', `${CS}/list`, json('POST', apiKey(), { user_identifier_key: key }))
  await call('revoke', `${CS}/revoke`, json('POST', pat(), { client_session_id: session.client_session_id }))
  await call('delete', `${CS}/delete?client_session_id=${session.client_session_id}`, {
    method: 'DELETE',
    headers: console_(),
  })

  // Refusals at the edge.
  await call('no credential', `${CS}/list`)
  await call('CST on a backend route', `${CS}/list`, { headers: cst() })
  await call('publishable key as Bearer', `${CS}/create`, json('POST', bearer(DEMO_SEED.publishableKeys.one), {}))
  await call('PAT without workspace', `${CS}/list`, { headers: bearer(DEMO_SEED.personalAccessTokens.one) })
  await call('conflicting CSTs', `${CS}/get`, {
    headers: { ...cst(), 'seam-client-session-token': DEMO_SEED.sessions.revoked.token },
  })
  await call('unknown API key (Seam says 401)', `${CS}/list`, { headers: bearer('seam_unknown_key_that_is_secret') })
  secrets.add('seam_unknown_key_that_is_secret')
  await call('invalid input', `${CS}/create`, json('POST', apiKey(), { user_identifier_key: DEMO.token }))
  await call('unknown parameter', `${CS}/get?secret_param=${DEMO.token}`, { headers: apiKey() })
  await call('not JSON', `${CS}/revoke`, {
    method: 'POST',
    headers: { ...apiKey(), 'content-type': 'text/plain' },
    body: DEMO.token,
  })
  await call('malformed JSON', `${CS}/revoke`, {
    method: 'POST',
    headers: { ...apiKey(), 'content-type': 'application/json' },
    body: `{"client_session_id": "${DEMO.token}`,
  })
  await call('wrong method', `${CS}/revoke`, { method: 'PUT', headers: apiKey() })
  await call(
    'too large',
    `${CS}/create`,
    json('POST', apiKey(), { user_identifier_key: `${DEMO.token}${'x'.repeat(70_000)}` }),
  )
  await call('unknown gateway path', `${CS}/nope`, { headers: apiKey() })

  // Upstream failures: Seam's error passed through, and the gateway's own 502/504.
  fake.setFault(`${CS}/list`, { kind: 'status', status: 500, times: 1 }) // one attempt: the SDK owns the retries
  await call('upstream 500', `${CS}/list`, { headers: apiKey() })
  fake.setFault(`${CS}/grant_access`, { kind: 'reset', times: 1 })
  await call(
    'upstream reset',
    `${CS}/grant_access`,
    json('POST', apiKey(), { client_session_id: DEMO.id, connect_webview_ids: [] }),
  )
  fake.setFault(`${CS}/get_or_create`, {
    kind: 'malformed',
    body: `{"client_session":{"token":"${DEMO.token}"`,
    times: 1,
  })
  await call(
    'upstream malformed (holding a token)',
    `${CS}/get_or_create`,
    json('POST', pk(), { user_identifier_key: key }),
  )
  fake.setFault(`${CS}/create`, { kind: 'status', status: 429, headers: { 'retry-after': '30' }, times: 1 })
  await call('upstream 429', `${CS}/create`, json('POST', apiKey(), {}))

  // Token vending.
  const sub = unique('sub')
  userKeys.add(sub)
  await call('token, new user', '/token', { method: 'POST', headers: bearer(jwt(sub)) })
  await call('token, reused', '/token', { method: 'POST', headers: bearer(jwt(sub)) })
  await call('token, bad signature', '/token', {
    method: 'POST',
    headers: bearer(`${jwt(unique('sub')).slice(0, -4)}AAAA`),
  })
  const forged = signJwt({ alg: 'HS256', key: 'not-the-secret-but-32-bytes-long!!!', payload: goodClaims('someone') })
  secrets.add(forged)
  await call('token, forged', '/token', { method: 'POST', headers: bearer(forged) })
  await call('token, API key instead of a JWT', '/token', { method: 'POST', headers: apiKey() })
  await call('token, wrong method', '/token', { headers: bearer(jwt(unique('sub'))) })

  // Webhooks: a Seam event that grants, a customer grant, a redelivery, forged and stale ones.
  const event = JSON.stringify(
    seamEvent('connect_webview.login_succeeded', {
      connect_webview_id: unique('cw'),
      connected_account_id: 'demo_connected_account_2',
      connected_account_custom_metadata: { client_session_id: DEMO.id, user_identifier_key: DEMO.userIdentifierKey },
    }),
  )
  const id = unique('msg')
  await call('webhook seam, grant', '/webhooks/seam', {
    method: 'POST',
    body: event,
    headers: signed(SEAM_WEBHOOK_SECRET, event, id),
  })
  await call('webhook seam, redelivery', '/webhooks/seam', {
    method: 'POST',
    body: event,
    headers: signed(SEAM_WEBHOOK_SECRET, event, id),
  })
  await call('webhook seam, wrong secret', '/webhooks/seam', {
    method: 'POST',
    body: event,
    headers: signed(newWebhookSecret(), event),
  })
  const grant = JSON.stringify({
    user_identifier_key: DEMO.userIdentifierKey,
    connected_account_ids: ['demo_connected_account_1'],
  })
  await call('webhook grants', '/webhooks/grants', {
    method: 'POST',
    body: grant,
    headers: signed(GRANT_WEBHOOK_SECRET, grant),
  })
  await call('webhook grants, unsigned', '/webhooks/grants', {
    method: 'POST',
    body: grant,
    headers: { 'content-type': 'application/json', 'webhook-signature': `v1,${DEMO.token}` },
  })

  // Pass-through, CORS preflight, health.
  await call('pass-through', '/devices/list', { headers: apiKey() })
  await call('pass-through, CST', '/devices/list', { headers: cst() })
  await call('preflight', `${CS}/get`, {
    method: 'OPTIONS',
    headers: {
      origin: ORIGIN,
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'client-session-token',
    },
  })
  await call('health', '/health')
}

/** Waits until the worker's asynchronous log delivery has caught up with the traffic. */
async function settledLogs(expected: number): Promise<Record<string, unknown>[]> {
  for (let i = 0; i < 200 && gateway.requestLogs().length < expected; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  await new Promise((resolve) => setTimeout(resolve, 100)) // and nothing more arrives
  return gateway.requestLogs()
}

const { gateway, upstream: fake } = useGateway({
  vars: {
    SEAM_API_KEY: DEMO_SEED.apiKeys.one,
    AUTH_JWT_SECRET: JWT_SECRET,
    SEAM_WEBHOOK_SECRET,
    GRANT_WEBHOOK_SECRET,
    CORS_ORIGINS: ORIGIN,
    UPSTREAM_TIMEOUT_MS: '1000',
  },
  reset: false,
})
// The traffic every test reads the log lines of, once the gateway is up.
beforeAll(() => driveTraffic())

describe('one structured line per request', () => {
  test('as many request lines as requests; every worker log line is JSON', async () => {
    const lines = await settledLogs(responses.length)
    expect(lines).toHaveLength(responses.length)
    for (const line of gateway.logs) expect(() => JSON.parse(line), line).not.toThrow()
  })

  test('each response has its own line, with request id, route, method, status and duration', async () => {
    const lines = await settledLogs(responses.length)
    for (const { label, res } of responses) {
      const id = res.headers.get('seam-request-id')
      expect(id, label).toBeTruthy()
      // Ours, or Seam's (passed on) which the line records as upstream_request_id.
      const mine = lines.filter((l) => l.request_id === id || l.upstream_request_id === id)
      expect(mine, label).toHaveLength(1)
      const line = mine[0] as Record<string, unknown>
      expect(line, label).toMatchObject({
        level: expect.stringMatching(/^(info|warn|error)$/),
        msg: 'request',
        request_id: expect.stringMatching(/^gw_/),
        method: expect.any(String),
        route: expect.any(String),
        status: res.status,
        duration_ms: expect.any(Number),
      })
    }
  })

  test('lines of requests that reached Seam carry its status and time; gets carry the cache outcome', async () => {
    const lines = await settledLogs(responses.length)
    const line = (label: string) => {
      const res = responses.find((r) => r.label === label)?.res
      const id = res?.headers.get('seam-request-id')
      return lines.find((l) => l.request_id === id || l.upstream_request_id === id) as Record<string, unknown>
    }
    for (const label of [
      'create, PAT',
      'list, console session',
      'grant_access, api key',
      'revoke',
      'delete',
      'upstream 500',
    ]) {
      expect(line(label), label).toMatchObject({ upstream_status: expect.any(Number), upstream_ms: expect.any(Number) })
    }
    expect(line('upstream 500')).toMatchObject({ upstream_status: 500, upstream_attempts: 1, level: 'error' })
    expect(line('get own session, CST')).toMatchObject({ route: `${CS}/get`, cache: 'miss', upstream_status: 200 })
    expect(line('get own session again (hit), CST')).toMatchObject({ cache: 'hit' })
    expect(line('get own session again (hit), CST').upstream_status).toBeUndefined()
    expect(line('token, new user')).toMatchObject({ route: '/token', status: 200, upstream_status: 200 })
    expect(line('webhook seam, grant')).toMatchObject({ route: '/webhooks/seam', webhook_outcome: 'granted' })
    // Refusals say why, for the operator, in the log only.
    expect(line('upstream reset')).toMatchObject({ status: 502, reason: expect.stringContaining('connection') })
    expect(line('no credential')).toMatchObject({ status: 401, level: 'warn' })
  })
})

describe('no secret in any log line', () => {
  test('the traffic met every kind of secret', () => {
    // Tokens came back in responses (create, get, list, /token): they are in the set too.
    const vended = responses.filter((r) => r.label.startsWith('token, new user'))
    expect(vended[0]?.res.status).toBe(200)
    expect(secrets.size).toBeGreaterThan(30)
  })

  test.each([
    ['secrets', () => secrets],
    ['user identifier keys', () => userKeys],
  ])('none of the %s appears anywhere in the captured logs', async (_what, values) => {
    await settledLogs(responses.length)
    const all = gateway.logs.join('\n')
    expect(all.length).toBeGreaterThan(0)
    for (const value of values()) {
      expect(value.length, 'a value too short to search for').toBeGreaterThanOrEqual(8)
      expect(all.includes(value), `found in the logs: ${value.slice(0, 12)}…`).toBe(false)
    }
  })

  test('and no query string or body of any request', async () => {
    await settledLogs(responses.length)
    const all = gateway.logs.join('\n')
    expect(all).not.toContain('secret_param')
    expect(all).not.toContain('_strict')
    expect(all).not.toContain('client_session_id=')
  })
})

describe('LOG_SAMPLE_RATE: only successful cache hits are thinned', () => {
  /** Hits, and one of every kind that must always be logged; each response with its kind. */
  async function mixedTraffic(target: Gateway): Promise<{ kind: string; res: Response }[]> {
    const sent: { kind: string; res: Response }[] = []
    const send = async (kind: string, path: string, init: RequestInit = {}) => {
      const res = await target.fetch(path, init)
      const body = await res.text()
      sent.push({ kind, res })
      return body
    }
    const user = unique('sampled')
    const created = await send('write', `${CS}/create`, json('POST', apiKey(), { user_identifier_key: user }))
    const id = (JSON.parse(created) as { client_session: { client_session_id: string } }).client_session
      .client_session_id
    await send('miss', `${CS}/get?client_session_id=${DEMO.id}`, { headers: apiKey() })
    // The miss stores after answering: wait until the session answers from the cache.
    for (let i = 0; i < 50; i++) {
      const probe = await target.fetch(`${CS}/get?client_session_id=${id}`, { headers: apiKey() })
      await probe.arrayBuffer()
      if (/; hit/.test(probe.headers.get('cache-status') ?? '')) break
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    for (let i = 0; i < 20; i++) await send('hit', `${CS}/get?client_session_id=${id}`, { headers: apiKey() })
    await send('refusal', `${CS}/get?client_session_id=${id}`)
    await send('refusal', `${CS}/get?client_session_id=${id}`, { headers: bearer('seam_unknown_key_for_sampling') })
    await send('invalid input', `${CS}/get?client_session_id=${id}&nope=1`, { headers: apiKey() })
    fake.setFault(`${CS}/list`, { kind: 'status', status: 500, times: 3 })
    await send('upstream error', `${CS}/list`, { headers: apiKey() })
    await send('token', '/token', { method: 'POST', headers: bearer(jwt(unique('sub'))) })
    await send('token refused', '/token', { method: 'POST', headers: apiKey() })
    const grant = JSON.stringify({ user_identifier_key: user, connected_account_ids: ['demo_connected_account_1'] })
    await send('webhook', '/webhooks/grants', {
      method: 'POST',
      body: grant,
      headers: signed(GRANT_WEBHOOK_SECRET, grant),
    })
    await send('pass-through', '/devices/list', { headers: apiKey() })
    await send('health', '/health')
    return sent
  }

  const start = (rate: string) =>
    startGateway({
      vars: {
        SEAM_ENDPOINT: fake.url,
        SEAM_API_KEY: DEMO_SEED.apiKeys.one,
        AUTH_JWT_SECRET: JWT_SECRET,
        GRANT_WEBHOOK_SECRET,
        LOG_SAMPLE_RATE: rate,
      },
    })

  test.each([
    ['0', 0],
    ['1', 20],
  ])('LOG_SAMPLE_RATE=%s: %i of 20 hit lines; every other request has its line', async (rate, hitLines) => {
    const sampled = await start(rate)
    try {
      const sent = await mixedTraffic(sampled)
      const hits = sent.filter((s) => s.kind === 'hit')
      expect(hits.map((s) => s.res.headers.get('cache-status'))).toEqual(
        hits.map(() => expect.stringMatching(/^seam-session-gateway; hit/)),
      )
      const others = sent.filter((s) => s.kind !== 'hit')
      expect(others.length).toBeGreaterThan(10)
      const kind = (name: string) => sent.find((s) => s.kind === name)?.res
      expect(kind('miss')?.headers.get('cache-status')).toMatch(/fwd=miss/)
      expect([kind('write')?.status, kind('token')?.status, kind('webhook')?.status]).toEqual([200, 200, 200])
      expect(kind('upstream error')?.status).toBe(500)
      // Every other kind is logged: each response finds its own line.
      for (const { kind, res } of others) await expect(sampled.logFor(res), kind).resolves.toBeDefined()
      await new Promise((resolve) => setTimeout(resolve, 200)) // any late hit line
      const ids = new Set(hits.map((s) => s.res.headers.get('seam-request-id')))
      const hitLinesSeen = sampled.requestLogs().filter((l) => ids.has(l.request_id as string))
      expect(hitLinesSeen).toHaveLength(hitLines)
      for (const line of hitLinesSeen) expect(line).toMatchObject({ cache: 'hit', status: 200 })
    } finally {
      fake.clearFaults()
      await sampled.close()
    }
  })

  test.each(['1.5', '-0.1', 'half', '', '0x1', 'NaN'])(
    'LOG_SAMPLE_RATE=%j is a configuration error that names the key, not the value',
    async (rate) => {
      const misconfigured = await start(rate)
      try {
        const res = await misconfigured.fetch('/health')
        expect(res.status).toBe(500)
        expect(((await res.json()) as { error: { type: string } }).error.type).toBe('internal_server_error')
        const line = await misconfigured.logFor(res)
        expect(line.reason).toBe('invalid configuration: LOG_SAMPLE_RATE')
      } finally {
        await misconfigured.close()
      }
    },
  )
})
