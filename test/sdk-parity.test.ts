/**
 * The SDK's own behaviours through the gateway (issue 18): the official SDK (`@seamapi/http`)
 * as the client, each scenario run directly against an upstream and through the gateway
 * against its twin, and the outcomes compared.
 *
 * - Against Seam's own fake (twins: same seeded state, same request-id sequence): every
 *   credential kind and factory (API key, client session token, publishable key with
 *   getOrCreate, console session and personal access token with and without a workspace,
 *   `fromClient`), configuration from the environment, pagination, action-attempt polling, the
 *   error classes with Seam's request ids, array and boolean query serialization.
 * - Against an echo upstream: the query string the SDK serializes reaches Seam byte for byte.
 * - Against the project's fake (faults on demand): one SDK call during an outage (503, 429, a
 *   reset, a dead port) makes as many upstream attempts through the gateway as directly; the
 *   SDK's `axiosRetryOptions` and `timeout` options mean the same through the gateway; and the
 *   one documented difference, a hang longer than UPSTREAM_TIMEOUT_MS, stays within its bound.
 */
import { SeamHttp, SeamHttpApiError, SeamHttpWithoutWorkspace } from '@seamapi/http'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import type { Fault } from '../fake-seam/index.ts'
import type { EchoUpstream } from './helpers/echo-upstream.ts'
import { type Gateway, startGateway } from './helpers/gateway.ts'
import { signJwt } from './helpers/jwt.ts'
import { type Outcome, record } from './helpers/sdk-outcomes.ts'
import { twinNormalizer, useTwinFakes } from './helpers/twin-fakes.ts'
import { freePort, type SeamFake } from './helpers/upstreams.ts'

/** The secret Seam's fake verifies console session JWTs with (its withSessionAuth middleware). */
const FAKE_CONSOLE_JWT_SECRET = 'secret'
/** The SDK's default retries (`@seamapi/http` src/lib/client.ts): 2 after the first attempt. */
const SDK_DEFAULT_ATTEMPTS = 3
const ENV_NAMES = ['SEAM_API_KEY', 'SEAM_ENDPOINT', 'SEAM_API_URL', 'SEAM_PERSONAL_ACCESS_TOKEN', 'SEAM_WORKSPACE_ID']

/** Runs `make` with these environment variables set (and the others of ENV_NAMES unset), then restores them. */
function withEnv<T>(vars: Record<string, string>, make: () => T): T {
  const saved = Object.fromEntries(ENV_NAMES.map((name) => [name, process.env[name]]))
  for (const name of ENV_NAMES) delete process.env[name]
  Object.assign(process.env, vars)
  try {
    return make()
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}

/** A console session token Seam's fake accepts for its seeded user john. */
const consoleToken = (seed: SeamFake['seed']) =>
  signJwt({
    alg: 'HS256',
    key: FAKE_CONSOLE_JWT_SECRET,
    payload: { user_id: seed.john_user_id, key: seed.john_user_key },
  })

/** An SDK error as the caller sees it, with the request id Seam gave it. */
async function apiError(call: () => Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await call()
  } catch (err) {
    if (!(err instanceof SeamHttpApiError)) throw err
    return { name: err.constructor.name, code: err.code, statusCode: err.statusCode, requestId: err.requestId }
  }
  throw new Error('expected the call to fail')
}

describe("the SDK's behaviours against Seam's own fake, directly and through the gateway", () => {
  const { direct, behind, gateway } = useTwinFakes()
  let expected: Record<string, Outcome>
  let got: Record<string, Outcome>
  beforeAll(async () => {
    expected = await scenario(direct.url, direct)
    got = await scenario(gateway.url, behind)
  })

  /** Every class of call, in the same order on each twin. */
  const scenario = (endpoint: string, fake: SeamFake) => {
    const { seed } = fake
    const ws = seed.seed_workspace_1
    const apiKey = SeamHttp.fromApiKey(seed.seam_apikey1_token, {
      endpoint,
      waitForActionAttempt: { pollingInterval: 20, timeout: 5_000 },
    })
    const pat = SeamHttpWithoutWorkspace.fromPersonalAccessToken(seed.seam_at1_token, { endpoint })
    const lock = seed.august_device_1
    const ids: Record<string, string> = {}
    return record(
      [
        // Credential kinds and factories.
        ['api key: devices.list', () => apiKey.devices.list()],
        [
          'client session token: connectedAccounts.list',
          () => SeamHttp.fromClientSessionToken(seed.seam_cst1_token, { endpoint }).connectedAccounts.list(),
        ],
        [
          'publishable key (getOrCreate): devices.list',
          async () => {
            const seam = await SeamHttp.fromPublishableKey(seed.seam_pk1_token, 'parity_user_key', { endpoint })
            return await seam.devices.list()
          },
        ],
        [
          'console session with workspace: devices.list',
          () => SeamHttp.fromConsoleSessionToken(consoleToken(seed), ws, { endpoint }).devices.list(),
        ],
        [
          'console session without workspace: workspaces.list',
          () => SeamHttpWithoutWorkspace.fromConsoleSessionToken(consoleToken(seed), { endpoint }).workspaces.list(),
        ],
        [
          'PAT with workspace: connectedAccounts.list',
          () => SeamHttp.fromPersonalAccessToken(seed.seam_at1_token, ws, { endpoint }).connectedAccounts.list(),
        ],
        ['PAT without workspace: workspaces.list', () => pat.workspaces.list()],
        [
          'PAT without workspace: workspaces.create',
          () =>
            pat.workspaces.create({
              name: 'Parity Workspace',
              company_name: 'Parity Co',
              connect_partner_name: 'Parity Partner',
              is_sandbox: true,
            }),
        ],
        ['PAT without workspace: workspaces.list after create', () => pat.workspaces.list()],
        ['fromClient: devices.list', () => SeamHttp.fromClient(apiKey.client).devices.list()],
        [
          'fromClient without workspace: workspaces.list',
          () => SeamHttpWithoutWorkspace.fromClient(pat.client).workspaces.list(),
        ],
        // Configuration from the environment.
        [
          'env SEAM_API_KEY + SEAM_ENDPOINT',
          () =>
            withEnv(
              { SEAM_API_KEY: seed.seam_apikey1_token, SEAM_ENDPOINT: endpoint },
              () => new SeamHttp(),
            ).devices.list(),
        ],
        [
          'env SEAM_API_KEY + SEAM_API_URL',
          () =>
            withEnv(
              { SEAM_API_KEY: seed.seam_apikey1_token, SEAM_API_URL: endpoint },
              () => new SeamHttp(),
            ).devices.list(),
        ],
        [
          'env SEAM_PERSONAL_ACCESS_TOKEN + SEAM_WORKSPACE_ID',
          () =>
            withEnv(
              { SEAM_PERSONAL_ACCESS_TOKEN: seed.seam_at1_token, SEAM_WORKSPACE_ID: ws, SEAM_ENDPOINT: endpoint },
              () => new SeamHttp(),
            ).connectedAccounts.list(),
        ],
        [
          'env SEAM_PERSONAL_ACCESS_TOKEN without a workspace',
          () =>
            withEnv(
              { SEAM_PERSONAL_ACCESS_TOKEN: seed.seam_at1_token, SEAM_ENDPOINT: endpoint },
              () => new SeamHttpWithoutWorkspace(),
            ).workspaces.list(),
        ],
        // Pagination.
        [
          'createPaginator: firstPage and nextPage',
          async () => {
            const pages = apiKey.createPaginator(apiKey.connectedAccounts.list({ limit: 1 }))
            const [first, { hasNextPage, nextPageCursor }] = await pages.firstPage()
            if (nextPageCursor === null) return { first, hasNextPage }
            const [second, next] = await pages.nextPage(nextPageCursor)
            return { first, hasNextPage, second, secondHasNext: next.hasNextPage }
          },
        ],
        [
          'createPaginator: flattenToArray',
          () => apiKey.createPaginator(apiKey.connectedAccounts.list({ limit: 1 })).flattenToArray(),
        ],
        // Action attempts: the SDK polls /action_attempts/get until it resolves.
        ['locks.unlockDoor (waits)', () => apiKey.locks.unlockDoor({ device_id: lock })],
        [
          'locks.unlockDoor (no wait)',
          async () => {
            const attempt = await apiKey.locks.unlockDoor({ device_id: lock }, { waitForActionAttempt: false })
            ids.attempt = attempt.action_attempt_id
            return attempt
          },
        ],
        [
          'actionAttempts.get (waits)',
          () => apiKey.actionAttempts.get({ action_attempt_id: ids.attempt ?? '' }, { waitForActionAttempt: true }),
        ],
        // Error classes, with the request id of Seam's answer.
        ['error: not found', () => apiError(() => apiKey.devices.get({ device_id: 'no_such_device' }))],
        ['error: invalid input', () => apiError(() => apiKey.locks.unlockDoor({ device_id: 42 as never }))],
        ['error: bad key', () => apiError(() => SeamHttp.fromApiKey('seam_apikey_nope', { endpoint }).devices.list())],
        [
          'error: PAT without workspace on a workspace route',
          () => apiError(() => SeamHttp.fromClient(pat.client).devices.list()),
        ],
        // Array and boolean query serialization.
        ['query: array', () => apiKey.devices.list({ device_ids: [lock, seed.august_device_2] })],
        ['query: boolean', () => apiKey.devices.list({ custom_metadata_has: { vip: true } })],
      ],
      twinNormalizer(fake.url),
    )
  }

  test('every scenario gives the same outcome through the gateway as directly', () => {
    expect(Object.keys(got)).toEqual(Object.keys(expected))
    for (const name of Object.keys(expected)) expect(got[name], name).toEqual(expected[name])
  })

  test('the scenarios mean something: real data, resolved attempts, several pages, each error class', () => {
    const ok = (name: string) => (expected[name] as { ok: unknown }).ok as Record<string, unknown>
    // Every credential kind, factory and environment configuration succeeds directly.
    const configured = Object.keys(expected).filter((name) => !name.startsWith('error:'))
    expect(configured.filter((name) => !('ok' in (expected[name] as Outcome)))).toEqual([])
    expect((ok('api key: devices.list') as unknown as unknown[]).length).toBeGreaterThan(1)
    expect((ok('PAT without workspace: workspaces.list') as unknown as unknown[]).length).toBeGreaterThan(0)
    expect((ok('console session without workspace: workspaces.list') as unknown as unknown[]).length).toBeGreaterThan(0)
    expect(ok('PAT without workspace: workspaces.create')).toMatchObject({ name: 'Parity Workspace' })
    expect((ok('createPaginator: flattenToArray') as unknown as unknown[]).length).toBeGreaterThan(1)
    expect(ok('createPaginator: firstPage and nextPage').hasNextPage).toBe(true)
    expect(ok('locks.unlockDoor (waits)').status).toBe('success')
    expect(ok('locks.unlockDoor (no wait)').status).toBe('pending')
    expect(ok('actionAttempts.get (waits)').status).toBe('success')
    expect((ok('query: array') as unknown as unknown[]).length).toBe(2)
    expect(ok('error: not found')).toMatchObject({ name: 'SeamHttpApiError', statusCode: 404 })
    expect(ok('error: invalid input')).toMatchObject({ name: 'SeamHttpInvalidInputError', statusCode: 400 })
    expect(ok('error: bad key')).toMatchObject({ name: 'SeamHttpUnauthorizedError', statusCode: 401 })
    // Seam's request id, not the gateway's: the same id the twin gave directly.
    expect(String(ok('error: not found').requestId)).not.toMatch(/^gw_/)
    expect(ok('error: not found').requestId).toBeTruthy()
  })

  test('the calls without a workspace went through pass-through and reached Seam', () => {
    const workspaceCalls = gateway
      .requestLogs()
      .filter((l) => l.route === 'pass-through' && l.upstream_status === 200 && l.method === 'GET')
    expect(workspaceCalls.length).toBeGreaterThan(0)
    expect(gateway.requestLogs().filter((l) => l.status === 401 && l.upstream_status === undefined)).toEqual([])
  })
})

describe('query serialization reaches Seam byte for byte', () => {
  const { direct, behind, gateway } = useTwinFakes({ upstream: 'echo' })

  test('arrays, booleans, nested objects and dates: the same query string directly and through the gateway', async () => {
    const call = async (endpoint: string) => {
      const seam = SeamHttp.fromApiKey('seam_apikey1_token', { endpoint })
      // The echo answers 200 with no devices key: the SDK may reject the shape; only the URL matters here.
      await seam.devices
        .list({
          device_ids: ['device_a', 'device_b'],
          custom_metadata_has: { vip: true, floor: 'two' },
          created_before: new Date('2026-01-02T03:04:05.000Z') as never,
          limit: 10,
        })
        .catch(() => undefined)
      await seam.events
        .list({ event_types: ['lock.unlocked', 'lock.locked'], since: '2026-01-01' })
        .catch(() => undefined)
    }
    await call(direct.url)
    await call(gateway.url)
    const urls = (echo: EchoUpstream) => echo.calls.map((c) => `${c.method} ${c.url}`)
    expect(urls(direct)).toHaveLength(2)
    expect(urls(behind)).toEqual(urls(direct))
    expect(urls(direct)[0]).toContain('device_ids=device_a')
    expect(urls(direct)[0]).toContain('custom_metadata_has.vip=true')
    expect(urls(direct)[1]).toContain('event_types=lock.unlocked&event_types=lock.locked')
  })
})

describe('timeouts and retries: one SDK call costs Seam what it costs directly', () => {
  const { direct, behind, gateway } = useTwinFakes({
    upstream: 'fake',
    vars: { UPSTREAM_TIMEOUT_MS: '400', UPSTREAM_DEADLINE_MS: '5000', CACHE_TTL_SECONDS: '0' },
  })
  /** A port nothing listens on, for the direct SDK and for the dead gateway alike. */
  let deadUrl: string
  let dead: Gateway
  beforeAll(async () => {
    deadUrl = `http://127.0.0.1:${await freePort()}`
    dead = await startGateway({ vars: { SEAM_ENDPOINT: deadUrl } })
  })
  afterAll(async () => {
    await dead?.close()
  })
  beforeEach(() => {
    for (const fake of [direct, behind]) {
      fake.clearFaults()
      fake.resetCalls()
    }
  })
  afterEach(() => {
    for (const fake of [direct, behind]) fake.clearFaults()
  })

  const key = () => direct.seed.apiKeys.one
  /** The SDK as a user configures it; `retries` and `timeout` are the SDK's own options. */
  const sdk = (endpoint: string, options: { retries?: number; timeout?: number } = {}) =>
    SeamHttp.fromApiKey(key(), {
      endpoint,
      ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
      ...(options.retries === undefined ? {} : { axiosRetryOptions: { retries: options.retries } }),
    })

  /** What one SDK call came to: its error's class and status (or code), and the attempts that reached each fake. */
  async function outage(
    route: string,
    fault: Fault,
    call: (seam: SeamHttp) => Promise<unknown>,
    options: { retries?: number; timeout?: number } = {},
  ) {
    const settle = (p: Promise<unknown>) =>
      p.then(
        () => 'ok',
        (err: { constructor: { name: string }; statusCode?: number; code?: string }) =>
          `${err.constructor.name} ${err.statusCode ?? err.code}`,
      )
    direct.setFault(route, fault)
    behind.setFault(route, fault)
    const directly = await settle(call(sdk(direct.url, options)))
    const through = await settle(call(sdk(gateway.url, options)))
    return {
      directly,
      through,
      directAttempts: direct.callsTo(route).length,
      gatewayAttempts: behind.callsTo(route).length,
    }
  }

  const listDevices = (seam: SeamHttp) => seam.devices.list()

  test.each([
    ['a JSON 503', { kind: 'status', status: 503 }],
    ['a 429 with a short Retry-After', { kind: 'status', status: 429, headers: { 'retry-after': '0' } }],
  ] as const)('GET during an outage (%s): the SDK retries, the gateway does not multiply', async (_, fault) => {
    const run = await outage('/devices/list', fault, listDevices)
    expect(run.directAttempts).toBe(SDK_DEFAULT_ATTEMPTS)
    expect(run.gatewayAttempts).toBe(run.directAttempts)
    // The caller gets Seam's own status, through the gateway as directly.
    expect(run.through).toBe(run.directly)
  })

  test('GET during an outage (a reset connection): as many attempts as directly', async () => {
    const run = await outage('/devices/list', { kind: 'reset' }, listDevices)
    expect(run.directAttempts).toBe(SDK_DEFAULT_ATTEMPTS)
    expect(run.gatewayAttempts).toBe(run.directAttempts)
    // Directly a transport error, through the gateway a 502 in Seam's envelope: both retried alike.
    expect(run.through).toBe('SeamHttpApiError 502')
  })

  test('GET with nothing listening: as many connection attempts through the gateway as directly', async () => {
    let directRetries = 0
    const directSdk = SeamHttp.fromApiKey(key(), {
      endpoint: deadUrl,
      axiosRetryOptions: {
        onRetry: () => {
          directRetries++
        },
      },
    })
    await expect(directSdk.devices.list()).rejects.toThrow()
    const before = dead.requestLogs().length
    await expect(sdk(dead.url).devices.list()).rejects.toMatchObject({ statusCode: 502 })
    // Each SDK attempt reached the gateway once, and each made exactly one connection attempt.
    let lines = dead.requestLogs().slice(before)
    for (let i = 0; i < 100 && lines.length < SDK_DEFAULT_ATTEMPTS; i++) {
      await new Promise((r) => setTimeout(r, 20))
      lines = dead.requestLogs().slice(before)
    }
    expect(directRetries + 1).toBe(SDK_DEFAULT_ATTEMPTS)
    expect(lines).toHaveLength(directRetries + 1)
    expect(lines.map((l) => l.reason)).toEqual(lines.map(() => 'upstream connection after 1 attempt(s)'))
  })

  test('a PUT the SDK retries (client_sessions.create) and a POST it does not (locks.unlockDoor)', async () => {
    const create = await outage('/client_sessions/create', { kind: 'status', status: 503 }, (seam) =>
      seam.clientSessions.create({ user_identifier_key: 'parity_outage' }),
    )
    expect(create.directAttempts).toBe(SDK_DEFAULT_ATTEMPTS)
    expect(create.gatewayAttempts).toBe(create.directAttempts)
    expect(create.through).toBe(create.directly)
    const unlock = await outage('/locks/unlock_door', { kind: 'status', status: 503 }, (seam) =>
      seam.locks.unlockDoor({ device_id: 'device_1' }),
    )
    expect(unlock.directAttempts).toBe(1)
    expect(unlock.gatewayAttempts).toBe(1)
    expect(unlock.through).toBe(unlock.directly)
  })

  test.each([0, 1, 4])("the SDK's retries option (%i) means the same through the gateway", async (retries) => {
    const run = await outage('/devices/list', { kind: 'status', status: 503 }, listDevices, { retries })
    expect(run.directAttempts).toBe(retries + 1)
    expect(run.gatewayAttempts).toBe(run.directAttempts)
  })

  test("the SDK's timeout option: a hang shorter than the gateway's timeout is the SDK's own timeout, both ways", async () => {
    const run = await outage('/devices/list', { kind: 'hang' }, listDevices, { timeout: 200, retries: 1 })
    // The SDK's fetch adapter reports its timeout as ETIMEDOUT, which axios-retry retries.
    expect(run.directly).toBe('AxiosError ETIMEDOUT')
    expect(run.through).toBe(run.directly)
    expect(run.directAttempts).toBe(2)
    expect(run.gatewayAttempts).toBe(run.directAttempts)
  })

  test("a hang longer than the gateway's UPSTREAM_TIMEOUT_MS: a 504 the SDK retries as it retries its own timeout", async () => {
    // SDK timeout 1 s, gateway 400 ms: directly each attempt times out at the SDK; through the
    // gateway each is a 504 first. Either way the SDK makes its own attempts, no more.
    const run = await outage('/devices/list', { kind: 'hang' }, listDevices, { timeout: 1_000, retries: 1 })
    expect(run.directly).toBe('AxiosError ETIMEDOUT')
    expect(run.through).toBe('SeamHttpApiError 504')
    expect(run.directAttempts).toBe(2)
    expect(run.gatewayAttempts).toBe(run.directAttempts)
  })
})
