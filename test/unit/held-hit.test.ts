/**
 * The hit answered before the app (src/client-sessions/held-hit.ts) against the app itself, in
 * process, on one memory tier: for every request it answers, the app's answer must be the same
 * (status, headers but the request id's value, body bytes, log line but its id and duration), and
 * it must decline every request the app would answer differently from a fresh hit.
 * test/cache.test.ts checks the same through the bundle in workerd, with real KV.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { createApp } from '../../src/app.ts'
import { withBasePath } from '../../src/base-path.ts'
import { type ClientSession, SessionCache } from '../../src/cache/session-cache.ts'
import { heldHit } from '../../src/client-sessions/held-hit.ts'
import { getConfig } from '../../src/config.ts'
import { readCredential } from '../../src/credentials.ts'
import { memoSha256Hex } from '../../src/crypto.ts'

const NOW = Date.parse('2026-12-02T10:00:00.000Z')
const API_KEY = 'seam_apikey1_token'
const OTHER_API_KEY = 'seam_apikey2_token'
const PAT = 'seam_at1_token'
const CST = 'seam_cst1_token'
const WORKSPACE = '00000000-0000-4000-8000-0000000000aa'
const OTHER_WORKSPACE = '00000000-0000-4000-8000-0000000000bb'
const SESSION_ID = '3f0c6c2e-9a8e-4a51-9d2e-2b5d0f6a1c11'
const OTHER_SESSION_ID = '5b1e0d3f-1c2d-4e5f-8a9b-0c1d2e3f4a5b'
const USER_KEY = 'user-1'

const session = (over: Partial<ClientSession>): ClientSession => ({
  client_session_id: SESSION_ID,
  workspace_id: WORKSPACE,
  token: CST,
  user_identifier_key: USER_KEY,
  expires_at: '2026-12-03T10:00:00.000Z',
  created_at: '2026-12-02T09:00:00.000Z',
  device_count: 0,
  connected_account_ids: [],
  ...over,
})

/** Two configurations: at the root and under BASE_PATH. The memory tier outlives the test (no KV binding here). */
const ROOT_ENV = { SEAM_ENDPOINT: 'http://127.0.0.1:9', MEMORY_CACHE_TTL_MS: '3600000' }
const BASE_ENV = { ...ROOT_ENV, BASE_PATH: '/seam' }

const CREDENTIALS: Record<string, Record<string, string>> = {
  'api key': { authorization: `Bearer ${API_KEY}` },
  'api key, lower-case bearer': { authorization: `bearer ${API_KEY}` },
  'other workspace key': { authorization: `Bearer ${OTHER_API_KEY}` },
  'PAT with workspace': { authorization: `Bearer ${PAT}`, 'seam-workspace': WORKSPACE },
  'PAT without workspace': { authorization: `Bearer ${PAT}` },
  'client session token': { authorization: `Bearer ${CST}` },
  'client session token header': { 'client-session-token': CST },
  'conflicting tokens': { authorization: `Bearer ${CST}`, 'client-session-token': 'seam_cst2_token' },
  'publishable key': { 'seam-publishable-key': 'seam_pk1_token' },
  'a key the cache has not seen': { authorization: 'Bearer seam_unknown_token' },
  none: {},
  'api key from a browser': { authorization: `Bearer ${API_KEY}`, origin: 'https://app.example' },
}

const QUERIES = [
  `?client_session_id=${SESSION_ID}`,
  `?client_session_id=${SESSION_ID.toUpperCase()}`,
  `?client_session_id=${SESSION_ID}&_strict=true`,
  `?user_identifier_key=${USER_KEY}`,
  `?user_identifier_key=user%2D1`,
  `?client_session_id=${OTHER_SESSION_ID}`,
  `?client_session_id=${SESSION_ID}&user_identifier_key=${USER_KEY}`,
  `?client_session_id=${SESSION_ID}&client_session_id=${SESSION_ID}`,
  `?=x&client_session_id=${SESSION_ID}`,
  `?client_session_id=${SESSION_ID}&extra=1`,
  '?client_session_id=',
  '?client_session_id=not-a-uuid',
  '?user_identifier_key=',
  '',
  '?',
]

/** Requests that must reach the app whatever they carry: another method, path spelling or place. */
const PATH_VARIANTS: [method: string, path: string][] = [
  ['HEAD', '/client_sessions/get'],
  ['POST', '/client_sessions/get'],
  ['GET', '/client_sessions/get/'],
  ['GET', '/client_sessions/%67et'],
  ['GET', '/client_sessions//get'],
  ['GET', '/client_sessions/list'],
  ['GET', '/seam/client_sessions/get'],
]

const lines: string[] = []
const write = (line: string) => lines.push(line)
const app = withBasePath(createApp({ log: write }), { write })

async function seed(): Promise<void> {
  const config = getConfig(ROOT_ENV as never)
  const remember = async (headers: Record<string, string>, s: ClientSession, own = false) => {
    const credential = readCredential(new Headers(headers))
    if (!credential) throw new Error('no credential')
    const cache = new SessionCache(undefined, config, await memoSha256Hex(credential.identity), () => {})
    await cache.remember(s, own ? { ownSessionToken: CST } : {})
  }
  await remember(CREDENTIALS['api key'] as Record<string, string>, session({}))
  await remember(CREDENTIALS['PAT with workspace'] as Record<string, string>, session({}))
  await remember(CREDENTIALS['client session token'] as Record<string, string>, session({}), true)
  await remember(
    CREDENTIALS['other workspace key'] as Record<string, string>,
    session({
      client_session_id: OTHER_SESSION_ID,
      workspace_id: OTHER_WORKSPACE,
      token: 'seam_cst9',
      user_identifier_key: null,
    }),
  )
}

interface Answer {
  status: number
  headers: Record<string, string>
  body: string
  line: Record<string, unknown>
}

async function answerOf(response: Response, line: string | undefined): Promise<Answer> {
  const headers = Object.fromEntries(response.headers)
  expect(headers['seam-request-id']).toMatch(/^gw_[0-9a-f-]{36}$/)
  const parsed = JSON.parse(line ?? '{}') as Record<string, unknown>
  expect(parsed.request_id).toBe(headers['seam-request-id'])
  delete headers['seam-request-id']
  delete parsed.request_id
  delete parsed.duration_ms
  return { status: response.status, headers, body: await response.text(), line: parsed }
}

/** Runs one request both ways; returns whether the held path answered (and then that the app agrees). */
async function compare(env: Record<string, string>, method: string, path: string, headers: Record<string, string>) {
  const request = () => new Request(`http://gateway.test${path}`, { method, headers })
  lines.length = 0
  const held = heldHit(request(), env, write)
  if (held === undefined) {
    expect(lines).toEqual([])
    return false
  }
  const heldAnswer = await answerOf(held, lines[0])
  lines.length = 0
  const full = await app(request(), env, {} as ExecutionContext)
  expect(lines).toHaveLength(1)
  expect(heldAnswer).toEqual(await answerOf(full, lines[0]))
  return true
}

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
  await seed()
})
afterAll(() => {
  vi.useRealTimers()
})

describe('the held hit answers exactly as the app would', () => {
  test('every credential × query: same answer when it answers, and it answers the plain hits', async () => {
    const answered: string[] = []
    for (const [name, headers] of Object.entries(CREDENTIALS)) {
      for (const query of QUERIES) {
        if (await compare(ROOT_ENV, 'GET', `/client_sessions/get${query}`, headers)) answered.push(`${name} ${query}`)
      }
    }
    // The hits it must take (the memory tier holds them): by id, in any case, with the SDK's
    // _strict, by user key, and a client session token's own session, in either header.
    expect(answered.sort()).toEqual(
      [
        `api key ?client_session_id=${SESSION_ID}`,
        `api key ?client_session_id=${SESSION_ID.toUpperCase()}`,
        `api key ?client_session_id=${SESSION_ID}&_strict=true`,
        `api key ?user_identifier_key=${USER_KEY}`,
        'api key ?user_identifier_key=user%2D1',
        `api key, lower-case bearer ?client_session_id=${SESSION_ID}`,
        `api key, lower-case bearer ?client_session_id=${SESSION_ID.toUpperCase()}`,
        `api key, lower-case bearer ?client_session_id=${SESSION_ID}&_strict=true`,
        `api key, lower-case bearer ?user_identifier_key=${USER_KEY}`,
        'api key, lower-case bearer ?user_identifier_key=user%2D1',
        `other workspace key ?client_session_id=${OTHER_SESSION_ID}`,
        `PAT with workspace ?client_session_id=${SESSION_ID}`,
        `PAT with workspace ?client_session_id=${SESSION_ID.toUpperCase()}`,
        `PAT with workspace ?client_session_id=${SESSION_ID}&_strict=true`,
        `PAT with workspace ?user_identifier_key=${USER_KEY}`,
        'PAT with workspace ?user_identifier_key=user%2D1',
        // An empty user_identifier_key counts as none (lookupFor): the token's own session.
        'client session token ',
        'client session token ?',
        'client session token ?user_identifier_key=',
        'client session token header ',
        'client session token header ?',
        'client session token header ?user_identifier_key=',
      ].sort(),
    )
  })

  test('another method, path spelling or a path outside BASE_PATH goes to the app', async () => {
    for (const [method, path] of PATH_VARIANTS) {
      expect(
        await compare(
          ROOT_ENV,
          method,
          `${path}?client_session_id=${SESSION_ID}`,
          CREDENTIALS['api key'] as Record<string, string>,
        ),
      ).toBe(false)
    }
  })

  test('under BASE_PATH it answers below the base path only, as the app does', async () => {
    const headers = CREDENTIALS['api key'] as Record<string, string>
    const query = `?client_session_id=${SESSION_ID}`
    expect(await compare(BASE_ENV, 'GET', `/seam/client_sessions/get${query}`, headers)).toBe(true)
    expect(await compare(BASE_ENV, 'GET', `/client_sessions/get${query}`, headers)).toBe(false)
    expect(await compare(BASE_ENV, 'GET', `/seamclient_sessions/get${query}`, headers)).toBe(false)
  })

  test('an invalid configuration, LOG_REQUESTS=false and LOG_SAMPLE_RATE follow the app', async () => {
    const headers = CREDENTIALS['api key'] as Record<string, string>
    const path = `/client_sessions/get?client_session_id=${SESSION_ID}`
    expect(await compare({ ...ROOT_ENV, CACHE_TTL_SECONDS: 'soon' }, 'GET', path, headers)).toBe(false)
    lines.length = 0
    const quiet = heldHit(
      new Request(`http://gateway.test${path}`, { headers }),
      { ...ROOT_ENV, LOG_REQUESTS: 'false' },
      write,
    )
    expect(quiet?.status).toBe(200)
    expect(lines).toEqual([])
    const sampled = { ...ROOT_ENV, LOG_SAMPLE_RATE: '0' }
    expect(heldHit(new Request(`http://gateway.test${path}`, { headers }), sampled, write)?.status).toBe(200)
    expect(lines).toEqual([])
  })

  test('a stale entry is left to the app (stale-if-error is decided there), and so is an expired session', async () => {
    const headers = CREDENTIALS['api key'] as Record<string, string>
    const path = `/client_sessions/get?client_session_id=${SESSION_ID}`
    vi.setSystemTime(NOW + 61_000) // past CACHE_TTL_SECONDS (60), within the memory tier's hour
    try {
      expect(heldHit(new Request(`http://gateway.test${path}`, { headers }), ROOT_ENV, write)).toBeUndefined()
    } finally {
      vi.setSystemTime(NOW)
    }
    expect(await compare({ ...ROOT_ENV, CACHE_TTL_SECONDS: '0' }, 'GET', path, headers)).toBe(false)
  })
})
