/**
 * Property-based fuzzing (issue 6) of every route and method through the real bundle, against
 * the project's fake Seam (healthy: any 5xx is the gateway's own fault).
 *
 * Inputs: JSON bodies built from Seam's parameter names with values of every type (the right
 * one too, so some requests are valid and reach Seam), strings that are huge, empty, unicode or
 * lone surrogates, prototype keys, duplicate keys, non-object JSON, non-JSON text, bodies around
 * the size limit; query strings with repeated, unknown and badly percent-encoded keys; every
 * credential kind, broken ones and none; odd content types and headers.
 *
 * Properties, for every request:
 * 1. never a 5xx;
 * 2. every response carries `seam-request-id`, and every non-2xx is Seam's JSON envelope
 *    `{ error: { type, message }, ok: false }`;
 * 3. when the gateway itself refused (its own request id, 400/401/405/413), no request reached
 *    the upstream;
 * 4. input Seam calls invalid is caught by the gateway: no `invalid_input` or
 *    `invalid_content_type` ever comes back from the upstream.
 */
import { request as httpRequest } from 'node:http'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { DEMO_SEED } from '../fake-seam/index.ts'
import { useGateway } from './helpers/fixture.ts'
import { goodClaims, signJwt } from './helpers/jwt.ts'
import { newWebhookSecret, seamEvent, signWebhook } from './helpers/sign-webhook.ts'

/** Runs per property: 11 properties × this many requests take about 10 s on 2 cores. */
const NUM_RUNS = 200
const JWT_SECRET = 'fuzz-test-jwt-secret-longer-than-32-bytes!'
const SEAM_SECRET = newWebhookSecret()
const GRANT_SECRET = newWebhookSecret()
const BODY_LIMIT = 64 * 1024
/** Statuses the gateway answers by itself before any upstream call. */
const REFUSALS = new Set([400, 401, 405, 413])
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const
type Method = (typeof METHODS)[number]

// Every property starts from the seed (the runs before may have revoked or deleted sessions): the
// fixture resets the fake before each test.
const { gateway, upstream: fake } = useGateway({
  vars: {
    SEAM_API_KEY: DEMO_SEED.apiKeys.one,
    AUTH_JWT_SECRET: JWT_SECRET,
    SEAM_WEBHOOK_SECRET: SEAM_SECRET,
    GRANT_WEBHOOK_SECRET: GRANT_SECRET,
    BODY_LIMIT_BYTES: String(BODY_LIMIT),
    UPSTREAM_TIMEOUT_MS: '2000',
    CORS_ORIGINS: 'https://app.example.test',
  },
})

// ---- values ----

const DEMO = DEMO_SEED.sessions.demo
const WORKSPACE = DEMO_SEED.workspaces.one.id
const PARAM_KEYS = [
  'client_session_id',
  'user_identifier_key',
  'connected_account_ids',
  'connect_webview_ids',
  'connect_webview_id',
  'customer_id',
  'customer_key',
  'expires_at',
  'user_identity_id',
  'user_identity_ids',
  'without_user_identifier_key',
] as const
const SPECIAL_KEYS = ['__proto__', 'constructor', 'prototype', '_strict', 'toString', 'hasOwnProperty', '']

/** Strings a caller might send: plausible ids, edge cases, unicode of every kind, and huge ones. */
const text: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      DEMO.id,
      DEMO.userIdentifierKey,
      'cst1',
      'demo_connected_account_1',
      '2099-01-01T00:00:00.000Z',
      '2030-01-01T10:00:00+02:00',
      '2030-01-01',
      'true',
      'null',
      '',
      ' ',
      '\u0000',
      '../../etc/passwd',
      '%2e%2e%2f',
      '<script>',
      DEMO.token,
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.uuid() },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 4_000, max: 5_000 }), fc.constantFrom('x', 'é', '漢', '😀', '\ud800'))
      .map(([n, ch]) => ch.repeat(Math.ceil(n / ch.length))),
  },
)

/** A JSON value as a tree; objects are entry lists so keys like `__proto__` and duplicates survive. */
type Tree = string | number | boolean | null | Tree[] | { entries: [string, Tree][] }

const key: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...PARAM_KEYS) },
  { weight: 1, arbitrary: fc.constantFrom(...SPECIAL_KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
)

const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(text, { maxLength: 3 }),
    fc.array(tie('tree'), { maxLength: 3 }),
    fc.array(fc.tuple(key, tie('tree')), { maxLength: 3 }).map((entries) => ({ entries })),
  ),
}))

function toJson(value: Tree): string {
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`
  if (value !== null && typeof value === 'object' && Array.isArray(value.entries)) {
    return `{${value.entries.map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** Entries of a params object: sometimes a valid request of the route, plus random parameters. */
const paramEntries = (valid: readonly Record<string, Tree>[]) =>
  fc
    .tuple(
      fc.oneof(fc.constant({}), fc.constantFrom(...valid)),
      // Often nothing extra, so a fair share of requests is valid and reaches Seam.
      fc.oneof(fc.constant([]), fc.array(fc.tuple(key, tree), { minLength: 1, maxLength: 4 })),
    )
    .map(([base, extra]) => [...Object.entries(base), ...extra] as [string, Tree][])

const jsonBody = (valid: readonly Record<string, Tree>[]) =>
  fc.oneof(
    { weight: 8, arbitrary: paramEntries(valid).map((entries) => toJson({ entries })) },
    { weight: 1, arbitrary: fc.json({ maxDepth: 2 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        '{}',
        '{',
        'null',
        '[]',
        '"x"',
        '{"a":1}{"b":2}',
        '\ufeff{}',
        '{"__proto__":{"polluted":true}}',
        '{"constructor":{"prototype":{"polluted":true}}}',
        '{"user_identifier_key":"a","user_identifier_key":"b"}',
      ),
    },
    {
      weight: 1,
      // Around the body limit: just under, at, and over it.
      arbitrary: fc
        .integer({ min: BODY_LIMIT - 40, max: BODY_LIMIT + 200 })
        .map((n) => `{"user_identifier_key":"${'x'.repeat(n - 27)}"}`),
    },
  )

/**
 * Cloudflare refuses URLs over 16 KB before any Worker runs (414), so longer ones never reach the
 * gateway in production; Miniflare's own limit is higher, and Node's (the fake's) lower.
 */
const URL_LIMIT = 16 * 1024
/** Query values: like `text`, but huge ones ASCII (a huge unicode value, encoded, passes URL_LIMIT). */
const queryValue = fc.oneof(
  { weight: 8, arbitrary: text.filter((v) => encodeURIComponent(v.replace(/[\ud800-\udfff]/g, '')).length < 2_000) },
  { weight: 1, arbitrary: fc.integer({ min: 4_000, max: 5_000 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom('true', 'false', '', 'null', '1') },
)

/** Query strings: known, repeated, unknown and special keys; sometimes raw, badly encoded bytes. */
const query = (valid: readonly Record<string, string>[]) =>
  fc
    .tuple(
      fc.oneof(fc.constant({}), fc.constantFrom(...valid)),
      fc.oneof(fc.constant([]), fc.array(fc.tuple(key, queryValue), { minLength: 1, maxLength: 4 })),
      fc.option(
        fc.constantFrom(
          '%',
          '%zz',
          '%E0%A4%A',
          '%00',
          '%C0%AF',
          '&&',
          '=',
          '==a',
          'a=b=c',
          '%F0%9F%98%80',
          '%ED%A0%80',
          '+',
        ),
        { freq: 4 },
      ),
    )
    .map(([base, extra, raw]) => {
      const params = new URLSearchParams(base)
      for (const [k, v] of extra) params.append(k, v)
      const encoded = params.toString()
      const all = [encoded, raw ?? ''].filter((part) => part !== '').join('&')
      return all === '' ? '' : `?${all}`
    })
    .filter((q) => q.length < URL_LIMIT - 100)

// ---- headers ----

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 40,
})

const credential: fc.Arbitrary<Record<string, string>> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(bearer(DEMO_SEED.apiKeys.one)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Record<string, string>>(
      {},
      bearer(DEMO_SEED.apiKeys.two),
      bearer('seam_not_a_real_key'),
      { ...bearer(DEMO_SEED.personalAccessTokens.one), 'seam-workspace': WORKSPACE },
      bearer(DEMO_SEED.personalAccessTokens.one),
      { ...bearer(DEMO_SEED.consoleSessionTokens.one), 'seam-workspace': WORKSPACE },
      { ...bearer(DEMO_SEED.consoleSessionTokens.one), 'seam-workspace': 'not-a-workspace' },
      bearer(DEMO.token),
      { 'client-session-token': DEMO.token },
      { 'seam-client-session-token': DEMO.token, 'client-session-token': DEMO_SEED.sessions.revoked.token },
      { 'client-session-token': DEMO_SEED.sessions.expired.token },
      { 'seam-publishable-key': DEMO_SEED.publishableKeys.one },
      { 'seam-publishable-key': 'seam_pk_unknown' },
      bearer(DEMO_SEED.publishableKeys.one),
      { authorization: 'Basic dXNlcjpwYXNz' },
      { authorization: 'Bearer' },
    ),
  },
  { weight: 1, arbitrary: printable.map((v) => ({ authorization: v })) },
  { weight: 1, arbitrary: printable.map((v) => bearer(`seam_${v.replace(/\s/g, '')}`)) },
)

const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant('application/json') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      undefined,
      'application/json; charset=utf-8',
      'APPLICATION/JSON',
      'application/vnd.api+json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonx',
    ),
  },
  { weight: 1, arbitrary: printable },
)

const extraHeaders = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        'seam-sdk-name',
        'seam-sdk-version',
        'seam-lts-version',
        'seam-workspace',
        'cookie',
        'x-forwarded-for',
        'cf-connecting-ip',
        'origin',
        'accept',
        'x-anything',
        'access-control-request-method',
      ),
      printable,
    ),
    { maxLength: 3 },
  )
  .map((pairs) => Object.fromEntries(pairs))

// ---- requests ----

interface FuzzRequest {
  method: Method
  path: string
  headers: Record<string, string>
  body?: string
}

const methodFor = (allowed: readonly Method[]) =>
  fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...allowed) }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) })

/** A request to one path with the given methods, query and body generators, and any headers. */
function requests(
  paths: fc.Arbitrary<string>,
  allowed: readonly Method[],
  queries: fc.Arbitrary<string>,
  bodies: fc.Arbitrary<string>,
  credentials: fc.Arbitrary<Record<string, string>> = credential,
): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      method: methodFor(allowed),
      path: paths,
      query: queries,
      body: bodies,
      credential: credentials,
      contentType,
      extra: extraHeaders,
    })
    .map(({ method, path, query, body, credential, contentType, extra }) => {
      const headers: Record<string, string> = { ...extra, ...credential }
      const hasBody = method !== 'GET' && method !== 'HEAD'
      if (hasBody && contentType !== undefined) headers['content-type'] = contentType
      return { method, path: path + query, headers, ...(hasBody ? { body } : {}) }
    })
}

interface Answer {
  status: number
  headers: Headers
  text: string
}

/**
 * One request on its own connection. Not fetch: when the gateway refuses a big body without
 * reading it, workerd answers with `Connection: close`, and fetch's keep-alive pool can race
 * that close and fail the NEXT request with "other side closed", a client-side artefact.
 */
function send(req: FuzzRequest): Promise<Answer> {
  const url = new URL(gateway.url + req.path)
  const body = req.body === undefined ? undefined : Buffer.from(req.body, 'utf8')
  const headers: Record<string, string> = { ...req.headers }
  if (body !== undefined) headers['content-length'] = String(body.length)
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: req.method,
        headers,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', reject)
        response.on('end', () => {
          const answerHeaders = new Headers()
          for (const [name, value] of Object.entries(response.headers)) {
            if (value !== undefined) answerHeaders.set(name, Array.isArray(value) ? value.join(', ') : value)
          }
          resolve({
            status: response.statusCode ?? 0,
            headers: answerHeaders,
            text: Buffer.concat(chunks).toString('utf8'),
          })
        })
      },
    )
    // The gateway may answer (413, 401, 405) before it has read the whole body: that is fine.
    request.on('error', reject)
    request.end(body)
  })
}

const clip = (value: string | undefined, max = 300) =>
  value !== undefined && value.length > max ? `${value.slice(0, max)}…(${value.length} chars)` : value

/** A failing request as fast-check and the assertions print it: long paths and bodies clipped. */
const describeRequest = (req: FuzzRequest) => JSON.stringify({ ...req, path: clip(req.path), body: clip(req.body) })

/** Makes fast-check print a request clipped too (a counterexample can hold 64 KiB of body). */
const clippedForPrint = (req: FuzzRequest): FuzzRequest =>
  Object.assign(req, { [fc.toStringMethod]: () => describeRequest(req) })

/** What a property's runs came to, so a generator that only ever makes refusals is noticed. */
interface Coverage {
  /** Answered 2xx. */
  ok: number
  /** Reached the upstream. */
  forwarded: number
  /** Refused by the gateway itself. */
  refused: number
}
let coverage: Coverage = { ok: 0, forwarded: 0, refused: 0 }

/** Sends one request and checks every property against it. */
async function checkRequest(req: FuzzRequest): Promise<void> {
  const before = fake.calls.length
  const res = await send(req)
  const text = res.text
  const upstreamCalls = fake.calls.length - before
  if (res.status < 300) coverage.ok++
  if (upstreamCalls > 0) coverage.forwarded++
  const context = `${describeRequest(req)}\n→ ${res.status} ${text.slice(0, 400)}`

  expect(res.status, context).toBeLessThan(500)
  const requestId = res.headers.get('seam-request-id') ?? ''
  expect(requestId, context).not.toBe('')
  const fromGateway = requestId.startsWith('gw_')

  if (res.status >= 300) {
    expect(res.headers.get('content-type'), context).toMatch(/^application\/json/)
    if (req.method !== 'HEAD') {
      const body = JSON.parse(text)
      expect(body, context).toMatchObject({
        error: { type: expect.any(String), message: expect.any(String) },
        ok: false,
      })
      // Property 4: Seam never had to refuse input the gateway let through.
      if (['invalid_input', 'invalid_content_type'].includes(body.error.type)) {
        expect(fromGateway, `Seam refused input the gateway forwarded: ${context}`).toBe(true)
      }
    }
  }
  if (fromGateway && REFUSALS.has(res.status)) {
    coverage.refused++
    expect(upstreamCalls, `refused, yet ${upstreamCalls} upstream call(s): ${context}`).toBe(0)
  }
}

/** Checks the properties over NUM_RUNS requests, and that the runs met both refusals and Seam. */
async function run(arbitrary: fc.Arbitrary<FuzzRequest>, expected: Partial<Record<keyof Coverage, boolean>> = {}) {
  coverage = { ok: 0, forwarded: 0, refused: 0 }
  await fc.assert(fc.asyncProperty(arbitrary.map(clippedForPrint), checkRequest), {
    numRuns: NUM_RUNS,
    ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}),
  })
  const wanted = { ok: true, forwarded: true, refused: true, ...expected }
  for (const [what, want] of Object.entries(wanted)) {
    if (want)
      expect(coverage[what as keyof Coverage], `no ${what} request in ${JSON.stringify(coverage)}`).toBeGreaterThan(0)
  }
}

// ---- the routes ----

interface SessionRoute {
  name: string
  methods: readonly Method[]
  /** Valid parameter sets, for bodies and (for get, list, delete) query strings. */
  valid: readonly Record<string, string | string[] | boolean>[]
}

const freshKey = () => `fuzz_${Math.random().toString(36).slice(2)}`

const SESSION_ROUTES: SessionRoute[] = [
  {
    name: 'create',
    methods: ['POST', 'PUT'],
    valid: [{ user_identifier_key: freshKey() }, { customer_key: 'c', expires_at: '2099-01-01T00:00:00Z' }, {}],
  },
  {
    name: 'get',
    methods: ['GET', 'POST'],
    valid: [{ client_session_id: DEMO.id }, { user_identifier_key: DEMO.userIdentifierKey }, {}],
  },
  {
    name: 'get_or_create',
    methods: ['POST'],
    valid: [{ user_identifier_key: freshKey() }, { user_identifier_key: DEMO.userIdentifierKey }],
  },
  {
    name: 'grant_access',
    methods: ['PATCH', 'POST'],
    valid: [
      { client_session_id: DEMO.id, connected_account_ids: ['demo_connected_account_2'] },
      { user_identifier_key: DEMO.userIdentifierKey, connect_webview_ids: [] },
    ],
  },
  {
    name: 'list',
    methods: ['GET', 'POST'],
    valid: [{ user_identifier_key: DEMO.userIdentifierKey }, { without_user_identifier_key: true }, {}],
  },
  {
    name: 'revoke',
    methods: ['POST'],
    valid: [{ client_session_id: DEMO_SEED.sessions.expired.id }, { client_session_id: 'cst_missing' }],
  },
  {
    name: 'delete',
    methods: ['DELETE', 'POST'],
    valid: [
      { client_session_id: DEMO_SEED.sessions.revoked.id },
      { client_session_id: DEMO_SEED.sessions.expired.id },
      { client_session_id: 'cst_missing' },
    ],
  },
]

const asQuery = (params: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(params).flatMap(([k, v]) => (Array.isArray(v) ? [] : [[k, String(v)]])))

describe('client-session routes', () => {
  test.each(SESSION_ROUTES)(
    '/client_sessions/$name: any input → no 5xx, Seam envelope, refusals stay at the edge',
    async (route) => {
      await run(
        requests(
          fc.constant(`/client_sessions/${route.name}`),
          route.methods,
          query(route.valid.map(asQuery)),
          jsonBody(route.valid as Record<string, Tree>[]),
        ),
      )
    },
  )

  test('paths near the gateway routes (case, slashes, dot segments, encodings) → no 5xx, no forwarding of gateway paths', async () => {
    const paths = fc.constantFrom(
      '/client_sessions',
      '/client_sessions/',
      '/client_sessions/get/',
      '/CLIENT_SESSIONS/get',
      '/client_sessions//get',
      '/client_sessions/../token',
      '/client_sessions/%67et',
      '/client_sessions/get%00',
      '/client_sessions/unknown',
      '/token/',
      '/webhooks',
      '/webhooks/other',
      '/health',
      '/',
      '/devices/list',
      '/locks/unlock_door',
      '/%2e%2e/admin',
      '/devices//list',
      '/devices/list%2f..',
    )
    // Only /health answers 2xx here: Seam's fake has no other route, so pass-through gets its 404s.
    await run(requests(paths, METHODS, query([{}]), jsonBody([{}])), { ok: false })
    // The gateway's own paths, in any spelling, were never sent on as pass-through.
    const sessionRoute = /^\/client_sessions\/(?:create|get|get_or_create|grant_access|list|revoke|delete)$/
    const gatewayPath = /^\/(?:client_sessions|token|webhooks|health|openapi\.json|docs)(?:\/|$)/i
    const leaked = fake.calls.filter((c) => gatewayPath.test(c.path) && !sessionRoute.test(c.path))
    expect(leaked.map((c) => `${c.method} ${c.path}`)).toEqual([])
    expect(fake.calls.some((c) => c.path === '/devices/list')).toBe(true)
  })
})

describe('found by fuzzing', () => {
  test.each(['get', 'list', 'delete'])(
    'GET/DELETE %s with a nameless query parameter (`?=x`): refused at the edge, as Seam would refuse it',
    async (route) => {
      const before = fake.calls.length
      const res = await send({
        method: route === 'delete' ? 'DELETE' : 'GET',
        path: `/client_sessions/${route}?client_session_id=${DEMO.id}&=x`,
        headers: bearer(DEMO_SEED.apiKeys.one),
      })
      expect(res.status, res.text).toBe(400)
      expect(JSON.parse(res.text)).toMatchObject({ error: { type: 'invalid_input' }, ok: false })
      expect(res.headers.get('seam-request-id')).toMatch(/^gw_/)
      expect(fake.calls.length).toBe(before)
    },
  )
})

describe('found by fuzzing: grant_access without a session', () => {
  test.each([
    { connected_account_ids: ['demo_connected_account_2'] },
    { user_identity_id: 'x' },
    { connect_webview_ids: [] },
  ])('PATCH grant_access %j: refused at the edge (Seam has no session to grant to)', async (params) => {
    const before = fake.calls.length
    const res = await send({
      method: 'PATCH',
      path: '/client_sessions/grant_access',
      headers: { ...bearer(DEMO_SEED.apiKeys.one), 'content-type': 'application/json' },
      body: JSON.stringify(params),
    })
    expect(res.status, res.text).toBe(400)
    expect(JSON.parse(res.text)).toMatchObject({ error: { type: 'invalid_input' }, ok: false })
    expect(fake.calls.length).toBe(before)
  })
})

describe('/token', () => {
  /** Signed tokens with fuzzed claims (some valid), forged ones, and arbitrary bearer text. */
  const jwtClaims = fc.record(
    {
      sub: fc.oneof(text, fc.integer(), fc.constant(null)),
      exp: fc.oneof(fc.constant(Math.floor(Date.now() / 1000) + 300), fc.integer(), fc.string({ maxLength: 5 })),
      iat: fc.oneof(fc.constant(Math.floor(Date.now() / 1000)), fc.double()),
      nbf: fc.integer(),
      iss: text,
      aud: fc.oneof(text, fc.array(text, { maxLength: 2 })),
    },
    { requiredKeys: ['sub', 'exp'] },
  )
  const tokenCredential = fc
    .oneof(
      {
        weight: 3,
        arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 20 }).map((sub) => goodClaims(sub)),
      },
      { weight: 3, arbitrary: jwtClaims },
    )
    .chain((payload) =>
      fc.oneof(
        { weight: 4, arbitrary: fc.constant(signJwt({ alg: 'HS256', key: JWT_SECRET, payload })) },
        { weight: 1, arbitrary: fc.constant(signJwt({ alg: 'none', payload })) },
        {
          weight: 1,
          arbitrary: fc.constant(signJwt({ alg: 'HS256', key: 'another-secret-also-32-bytes-long!!', payload })),
        },
        {
          weight: 1,
          arbitrary: fc.constant(
            signJwt({ alg: 'HS256', key: JWT_SECRET, payload, header: { alg: 'RS256', kid: '../x' } }),
          ),
        },
      ),
    )
    .map((jwt) => bearer(jwt))

  test('POST /token: any bearer token or header → no 5xx, envelope, refusals stay at the edge', async () => {
    await run(
      requests(
        fc.constant('/token'),
        ['POST'],
        query([{}]),
        jsonBody([{}]),
        fc.oneof({ weight: 4, arbitrary: tokenCredential }, { weight: 1, arbitrary: credential }),
      ),
    )
  })
})

describe('/webhooks', () => {
  const grantEventTypes = [
    'connect_webview.login_succeeded',
    'connected_account.connected',
    'client_session.deleted',
    'device.unlocked',
  ]
  /** Seam events with fuzzed fields, and arbitrary bodies. */
  const seamBody = fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...grantEventTypes),
          fc.array(
            fc.tuple(
              fc.constantFrom(
                'connected_account_id',
                'connect_webview_id',
                'connected_account_custom_metadata',
                'client_session_id',
                'event_id',
                'workspace_id',
              ),
              tree,
            ),
            { maxLength: 4 },
          ),
        )
        .map(([type, extra]) => {
          const base = seamEvent(type, {
            connected_account_id: 'demo_connected_account_2',
            connected_account_custom_metadata: { client_session_id: DEMO.id },
          })
          return toJson({ entries: [...(Object.entries(base) as [string, Tree][]), ...extra] })
        }),
    },
    { weight: 1, arbitrary: jsonBody([{}]) },
  )
  const grantBody = jsonBody([
    { client_session_id: DEMO.id, connected_account_ids: ['demo_connected_account_2'] },
    { user_identifier_key: DEMO.userIdentifierKey, user_identity_id: 'x' },
  ])

  /** Deliveries signed with the right secret (the body then meets the handlers), or badly signed. */
  function deliveries(path: string, secret: string, bodies: fc.Arbitrary<string>): fc.Arbitrary<FuzzRequest> {
    return fc
      .record({
        method: methodFor(['POST']),
        body: bodies,
        signing: fc.constantFrom('good', 'good', 'good', 'wrong-secret', 'old', 'none', 'garbage'),
        garbage: printable,
        contentType,
      })
      .map(({ method, body, signing, garbage, contentType }) => {
        let headers: Record<string, string> = {}
        if (signing === 'good') headers = signWebhook({ secret, body })
        if (signing === 'wrong-secret') headers = signWebhook({ secret: newWebhookSecret(), body })
        if (signing === 'old') headers = signWebhook({ secret, body, timestamp: Math.floor(Date.now() / 1000) - 3600 })
        if (signing === 'garbage')
          headers = { 'webhook-id': garbage, 'webhook-timestamp': garbage, 'webhook-signature': garbage }
        delete headers['content-type']
        if (contentType !== undefined) headers['content-type'] = contentType
        const hasBody = method !== 'GET' && method !== 'HEAD'
        return { method, path, headers, ...(hasBody ? { body } : {}) }
      })
  }

  test('POST /webhooks/seam: any delivery → no 5xx, envelope, refusals stay at the edge', async () => {
    await run(deliveries('/webhooks/seam', SEAM_SECRET, seamBody))
  })

  test('POST /webhooks/grants: any delivery → no 5xx, envelope, refusals stay at the edge', async () => {
    await run(deliveries('/webhooks/grants', GRANT_SECRET, grantBody))
  })
})
