/**
 * README.md's promises that no other file proves: the documents agree with the code they describe
 * (the Configuration table with src/config.ts, wrangler.toml and .dev.vars.example; the
 * Failure-semantics status table with SEAM_ERROR_TYPES; the Architecture map with the tree), and
 * every validated setting, driven through the real bundle in workerd, refuses a bad value with 500
 * `internal_server_error`, names the key in the log and never the value, and takes its documented
 * bounds.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { useGateway } from './helpers/fixture.ts'
import { startGateway } from './helpers/gateway.ts'
import { goodClaims, signJwt } from './helpers/jwt.ts'
import { type Locations, startLocations } from './helpers/locations.ts'
import { newWebhookSecret, signWebhook } from './helpers/sign-webhook.ts'

const ROOT = new URL('../', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8')
const README = read('README.md')
const fromSrc = async (path: string): Promise<Record<string, unknown>> =>
  (await import(/* @vite-ignore */ new URL(`../src/${path}`, import.meta.url).href)) as Record<string, unknown>

/** The text of README's `## title` section, up to the next `## `. */
function section(title: string): string {
  const start = README.indexOf(`\n## ${title}\n`)
  expect(start, `README has a "## ${title}" section`).toBeGreaterThan(-1)
  const end = README.indexOf('\n## ', start + 4)
  return README.slice(start, end === -1 ? undefined : end)
}

/** The rows of the first Markdown table after `marker` in `text`, as cells. */
function tableAfter(text: string, marker: string): string[][] {
  const at = text.indexOf(marker)
  expect(at, `found ${marker}`).toBeGreaterThan(-1)
  const lines = text.slice(at).split('\n')
  const first = lines.findIndex((l) => l.startsWith('|'))
  const rows: string[][] = []
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break
    rows.push(
      line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((c) => c.trim()),
    )
  }
  return rows.slice(2) // the header and the --- row
}

const backticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string)

const CONFIG_ROWS = tableAfter(section('Configuration'), '| name | kind | default | meaning |')
const configRow = (name: string) => CONFIG_ROWS.find((r) => r[0] === `\`${name}\``)

/** The keys src/config.ts validates (its configSchema) and the bindings it declares. */
const CONFIG_TS = read('src/config.ts')
const schemaBody = CONFIG_TS.slice(CONFIG_TS.indexOf('const configSchema = z.object({'))
const VALIDATED = [...schemaBody.slice(0, schemaBody.indexOf('\n})')).matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map(
  (m) => m[1] as string,
)
const bindingsBody = CONFIG_TS.slice(CONFIG_TS.indexOf('export interface Bindings {'))
const BINDINGS = [...bindingsBody.slice(0, bindingsBody.indexOf('\n}')).matchAll(/^ {2}([A-Z][A-Z0-9_]+)\?:/gm)].map(
  (m) => m[1] as string,
)
/** Old names, documented under the table as aliases rather than as rows. */
const ALIASES = ['AUTH_JWT_ALG', 'AUTH_JWT_ISSUER', 'AUTH_JWT_AUDIENCE']

describe('README Configuration table', () => {
  test('names every key src/config.ts validates and every binding, and nothing else', () => {
    expect(VALIDATED.length).toBeGreaterThan(25)
    expect(BINDINGS).toEqual(expect.arrayContaining(['SESSION_CACHE', 'COORDINATOR']))
    const inTable = CONFIG_ROWS.map((r) => backticked(r[0] as string)[0]).sort()
    const expected = [...VALIDATED.filter((k) => !ALIASES.includes(k)), ...BINDINGS].sort()
    expect(inTable).toEqual(expected)
    const prose = section('Configuration')
    for (const alias of ALIASES) expect(prose, alias).toContain(`\`${alias}\``)
  })

  test("gives each numeric setting the default src/config.ts uses, and wrangler.toml's list agrees", async () => {
    const config = await fromSrc('config.ts')
    const defaults: Record<string, number> = {
      CACHE_TTL_SECONDS: config.DEFAULT_CACHE_TTL_SECONDS as number,
      CACHE_STALE_IF_ERROR_SECONDS: config.DEFAULT_CACHE_STALE_IF_ERROR_SECONDS as number,
      MEMORY_CACHE_TTL_MS: config.DEFAULT_MEMORY_CACHE_TTL_MS as number,
      UPSTREAM_TIMEOUT_MS: config.DEFAULT_UPSTREAM_TIMEOUT_MS as number,
      UPSTREAM_DEADLINE_MS: config.DEFAULT_UPSTREAM_DEADLINE_MS as number,
      BODY_LIMIT_BYTES: config.DEFAULT_BODY_LIMIT_BYTES as number,
      REQUEST_BODY_TIMEOUT_MS: config.DEFAULT_REQUEST_BODY_TIMEOUT_MS as number,
      TOKEN_TTL_SECONDS: config.DEFAULT_TOKEN_TTL_SECONDS as number,
      COORDINATION_LEASE_MS: config.DEFAULT_COORDINATION_LEASE_MS as number,
      IDEMPOTENCY_TTL_SECONDS: config.DEFAULT_IDEMPOTENCY_TTL_SECONDS as number,
      LOG_SAMPLE_RATE: config.DEFAULT_LOG_SAMPLE_RATE as number,
    }
    const toml = read('wrangler.toml')
    for (const [key, value] of Object.entries(defaults)) {
      expect(value, key).toBeTypeOf('number')
      expect(backticked(configRow(key)?.[2] ?? '')[0], `${key} in README`).toBe(String(value))
      // wrangler.toml either sets it (KEY = "value") or lists it in its comment list with its default.
      expect(toml, `${key} in wrangler.toml`).toMatch(new RegExp(`${key} = "${value}"`))
    }
    expect(backticked(configRow('SEAM_ENDPOINT')?.[2] ?? '')[0]).toBe(config.DEFAULT_SEAM_ENDPOINT)
  })

  test('every var of the table is in wrangler.toml, every secret in .dev.vars.example, and vice versa', () => {
    const toml = read('wrangler.toml')
    const devVars = read('.dev.vars.example')
    const secrets = CONFIG_ROWS.filter((r) => r[1] === 'secret').map((r) => backticked(r[0] as string)[0] as string)
    const vars = CONFIG_ROWS.filter((r) => r[1] === 'var').map((r) => backticked(r[0] as string)[0] as string)
    expect(secrets.sort()).toEqual([...devVars.matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]).sort())
    for (const key of vars) expect(toml, key).toContain(key)
    // Names the example mentions in its comments are settings that exist (not an old alias).
    for (const m of devVars.matchAll(/\b(AUTH_[A-Z_]+|USER_KEY_[A-Z_]+)\b/g)) {
      expect(configRow(m[1] as string), `${m[1]} in .dev.vars.example is a row of the table`).toBeDefined()
    }
  })
})

describe('README Failure semantics status table', () => {
  test('lists every error type the gateway answers (SEAM_ERROR_TYPES), and no other', async () => {
    const { SEAM_ERROR_TYPES } = (await fromSrc('errors.ts')) as { SEAM_ERROR_TYPES: readonly string[] }
    const rows = tableAfter(section('Failure semantics'), '**What each status from the gateway itself means:**')
    const types = new Set(rows.flatMap((r) => backticked(r[1] as string)))
    expect([...types].sort()).toEqual([...SEAM_ERROR_TYPES].sort())
    // Each row's status is a number, in order; only the last row, the fallback, is "other".
    expect(rows.at(-1)?.slice(0, 2)).toEqual(['other', '`gateway_error`'])
    const statuses = rows.slice(0, -1).map((r) => Number(r[0]))
    expect(statuses.every(Number.isInteger)).toBe(true)
    expect([...statuses].sort((a, b) => a - b)).toEqual(statuses)
  })
})

describe('README Architecture map', () => {
  test('names every file and folder directly under src/, and every top-level folder it lists exists', () => {
    const tracked = execFileSync('git', ['ls-files', 'src', 'scripts', 'test', 'bench', 'fake-seam', 'demo'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean)
    const map = section('Architecture')
    const srcEntries = new Set(
      tracked.filter((p) => p.startsWith('src/')).map((p) => p.slice(4).split('/')[0] as string),
    )
    for (const entry of srcEntries) {
      const named = entry.includes('.') ? entry : `${entry}/`
      expect(map, `src/${entry} in the Architecture map`).toContain(named)
    }
    // Every file a src/ folder's line names by file name exists in that folder.
    for (const m of map.matchAll(/^ {2}([a-z-]+)\/ {2,}(.*(?:\n {26}.*)*)/gm)) {
      const folder = m[1] as string
      for (const file of (m[2] as string).matchAll(/(?<![\w/.-])([a-z-]+\.ts)\b/g)) {
        expect(tracked, `src/${folder}/${file[1]}`).toContain(`src/${folder}/${file[1]}`)
      }
    }
    for (const top of ['demo/', 'fake-seam/', 'scripts/', 'test/', 'bench/']) {
      expect(map, top).toContain(`\n${top}`)
      expect(
        tracked.some((p) => p.startsWith(top)),
        top,
      ).toBe(true)
    }
  })
})

describe('every setting is validated: a bad value is 500 internal_server_error, the key named, never the value', () => {
  const { upstream: fake } = useGateway({ vars: {} })

  // Each value breaks exactly the rule the README's Configuration table states for that key.
  const bad: [string, string][] = [
    ['SEAM_ENDPOINT', 'ftp://seam.example.com'], // any http(s) URL
    ['CACHE_TTL_SECONDS', '-1'],
    ['CACHE_STALE_IF_ERROR_SECONDS', 'soon'],
    ['MEMORY_CACHE_TTL_MS', '-5'],
    ['UPSTREAM_TIMEOUT_MS', '0'],
    ['UPSTREAM_DEADLINE_MS', '30001'], // 30000 (max)
    ['BODY_LIMIT_BYTES', '0'],
    ['REQUEST_BODY_TIMEOUT_MS', '99'], // at least 100
    ['PASS_THROUGH', 'maybe'],
    ['LOG_REQUESTS', 'sometimes'],
    ['USER_KEY_MODE', 'plain'], // sub or hashed
    ['TOKEN_TTL_SECONDS', '59'], // at least 60
    ['DEMO_MODE', 'yes please'],
    ['BASE_PATH', '/seam/'], // no trailing slash
    ['COORDINATION_LEASE_MS', '99'], // at least 100
    ['IDEMPOTENCY_TTL_SECONDS', '0'],
    ['AUTH_JWT_ALGS', 'none'], // HS256, RS256, ES256
    ['AUTH_AUTHORIZED_PARTIES', '*'],
  ]

  test.each(bad)('%s=%j', async (key, value) => {
    const misconfigured = await startGateway({ vars: { SEAM_ENDPOINT: fake.url, [key]: value } })
    try {
      const res = await misconfigured.fetch('/health')
      expect(res.status).toBe(500)
      expect(res.headers.get('seam-request-id')).toMatch(/^gw_/)
      expect(await res.json()).toEqual({
        ok: false,
        error: { type: 'internal_server_error', message: 'Internal server error.' },
      })
      const line = await misconfigured.logFor(res)
      expect(line.reason).toBe(`invalid configuration: ${key}`)
      // No field of any log line holds the value (the raw lines are JSON: a field equal to it would be quoted).
      expect(misconfigured.logs.join('\n')).not.toContain(JSON.stringify(value))
      expect(fake.calls).toHaveLength(0)
    } finally {
      await misconfigured.close()
    }
  })

  test('the documented bounds themselves are accepted', async () => {
    const edge = await startGateway({
      vars: {
        SEAM_ENDPOINT: fake.url,
        UPSTREAM_DEADLINE_MS: '30000',
        REQUEST_BODY_TIMEOUT_MS: '100',
        TOKEN_TTL_SECONDS: '60',
        COORDINATION_LEASE_MS: '100',
        CACHE_TTL_SECONDS: '0',
        MEMORY_CACHE_TTL_MS: '0',
        LOG_SAMPLE_RATE: '0',
        BASE_PATH: '/',
        PASS_THROUGH: 'false',
      },
    })
    try {
      const res = await edge.fetch('/health')
      expect(res.status).toBe(200)
      expect(await res.json()).toMatchObject({ ok: true })
    } finally {
      await edge.close()
    }
  })
})

describe('Idempotency-Key: which answers are stored and replayed (README "First answer stored", "Not stored")', () => {
  const { gateway, upstream: echo } = useGateway({ upstream: 'echo', coordinator: true })
  const MiB = 1024 * 1024
  const answerOf = (bytes: number) => {
    const frame = '{"ok":true,"pad":""}'
    return `{"ok":true,"pad":"${'x'.repeat(bytes - frame.length)}"}`
  }
  const unlock = (key: string) =>
    gateway.fetch('/locks/unlock_door', {
      method: 'POST',
      headers: {
        authorization: 'Bearer seam_apikey1_token',
        'content-type': 'application/json',
        'idempotency-key': key,
      },
      body: '{"device_id":"d1"}',
    })

  test.each([
    ['exactly 1 MiB: stored and replayed', MiB, true],
    ['1 MiB and a byte: sent again, never replayed', MiB + 1, false],
  ])('%s', async (_, bytes, replayed) => {
    echo.answer = { status: 200, headers: { 'content-type': 'application/json' }, body: answerOf(bytes) }
    const key = `big_${bytes}_${Date.now()}`
    const first = await unlock(key)
    expect(first.status).toBe(200)
    expect((await first.arrayBuffer()).byteLength).toBe(bytes)
    const again = await unlock(key)
    expect(again.status).toBe(200)
    expect((await again.arrayBuffer()).byteLength).toBe(bytes)
    expect(again.headers.get('idempotent-replayed')).toBe(replayed ? 'true' : null)
    expect(echo.calls).toHaveLength(replayed ? 1 : 2)
    expect((await gateway.logFor(first)).idempotency).toBe(replayed ? 'stored' : 'too_large_to_store')
  })

  test.each([
    ["Seam's 429 (Seam did nothing): not stored, the key is free at once", 429, false],
    ["Seam's 400 (a refusal is an answer): stored and replayed", 400, true],
  ])('%s', async (_, status, replayed) => {
    echo.answer = {
      status,
      headers: { 'content-type': 'application/json', 'retry-after': '1' },
      body: JSON.stringify({
        error: { type: status === 429 ? 'rate_limited' : 'invalid_input', message: 'no' },
        ok: false,
      }),
    }
    const key = `refused_${status}_${Date.now()}`
    expect((await unlock(key)).status).toBe(status)
    const again = await unlock(key)
    expect(again.status).toBe(status)
    expect(again.headers.get('idempotent-replayed')).toBe(replayed ? 'true' : null)
    expect(echo.calls).toHaveLength(replayed ? 1 : 2)
  })
})

describe('an id list of more than 1,000 ids is 400 invalid_input, and Seam is not asked (README status table)', () => {
  const { gateway, upstream: fake } = useGateway()
  const grant = (count: number) =>
    gateway.fetch('/client_sessions/grant_access', {
      method: 'POST',
      headers: { authorization: `Bearer ${fake.seed.apiKeys.one}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        client_session_id: 'cs_missing',
        connected_account_ids: Array.from({ length: count }, (_, i) => `ca_${i}`),
      }),
    })

  test('1,001 ids: refused at the edge, the parameter named', async () => {
    const res = await grant(1_001)
    expect(res.status).toBe(400)
    const body = (await res.json()) as { error: { type: string; validation_errors?: Record<string, unknown> } }
    expect(body.error.type).toBe('invalid_input')
    expect(Object.keys(body.error.validation_errors ?? {})).toContain('connected_account_ids')
    expect(fake.callsTo('/client_sessions/grant_access')).toHaveLength(0)
  })

  test('1,000 ids: sent to Seam', async () => {
    const res = await grant(1_000)
    expect(res.status).not.toBe(400)
    expect(fake.callsTo('/client_sessions/grant_access')).toHaveLength(1)
  })
})

describe('README Webhook-triggered grants', () => {
  test('names every outcome /webhooks/* answers (WEBHOOK_OUTCOMES), and no other', async () => {
    const { WEBHOOK_OUTCOMES } = (await fromSrc('webhooks/outcomes.ts')) as { WEBHOOK_OUTCOMES: readonly string[] }
    const text = section('Webhook-triggered grants')
    const named = new Set([...text.matchAll(/outcome: "([a-z_]+)"/g)].map((m) => m[1] as string))
    expect([...named].sort()).toEqual([...WEBHOOK_OUTCOMES].sort())
  })
})

describe('headers and log fields README names', () => {
  const JWT_SECRET = 'readme-promises-hs256-secret-longer-than-32-bytes'
  const GRANT_SECRET = newWebhookSecret()
  const { gateway, upstream: fake } = useGateway({
    vars: (fake) => ({
      SEAM_API_KEY: fake.seed.apiKeys.one,
      AUTH_JWT_SECRET: JWT_SECRET,
      GRANT_WEBHOOK_SECRET: GRANT_SECRET,
    }),
  })
  const apiKey = () => ({ authorization: `Bearer ${fake.seed.apiKeys.one}`, 'content-type': 'application/json' })

  test('a hit says `hit; ttl=N`, N the seconds of freshness left (at most CACHE_TTL_SECONDS)', async () => {
    const s = fake.store.addSession({
      workspace_id: fake.seed.workspaces.one.id,
      user_identifier_key: `u_${Date.now()}`,
    })
    const path = `/client_sessions/get?client_session_id=${s.client_session_id}`
    expect((await gateway.fetch(path, { headers: apiKey() })).headers.get('cache-status')).toMatch(/fwd=miss; stored/)
    const hit = await gateway.fetch(path, { headers: apiKey() })
    const ttl = /^seam-session-gateway; hit; ttl=(\d+)$/.exec(hit.headers.get('cache-status') ?? '')
    expect(ttl, hit.headers.get('cache-status') ?? 'no cache-status').not.toBeNull()
    expect(Number(ttl?.[1])).toBeGreaterThan(50)
    expect(Number(ttl?.[1])).toBeLessThanOrEqual(60)
  })

  test('a webhook log line names the delivery by webhook_ref, the first 16 hex digits of SHA-256(webhook-id)', async () => {
    const id = `msg_readme_${Date.now()}`
    const body = JSON.stringify({ user_identifier_key: 'nobody_here', connected_account_ids: ['ca_1'] })
    const res = await gateway.fetch('/webhooks/grants', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...signWebhook({ secret: GRANT_SECRET, body, id }) },
    })
    const line = await gateway.logFor(res)
    expect(line.webhook_ref).toBe(createHash('sha256').update(id).digest('hex').slice(0, 16))
    expect(JSON.stringify(line)).not.toContain(id)
  })

  test("a Retry-After over 5 s is not waited for by the gateway's own read, even with the deadline far off", async () => {
    // UPSTREAM_DEADLINE_MS is the default 30 s here: only the 5 s cap (MAX_RETRY_AFTER_MS) stops the wait.
    fake.setFault('/client_sessions/get', { kind: 'status', status: 503, headers: { 'retry-after': '6' } })
    const jwt = signJwt({ alg: 'HS256', key: JWT_SECRET, payload: goodClaims(`sub_wait_${Date.now()}`) })
    const started = Date.now()
    const res = await gateway.fetch('/token', { method: 'POST', headers: { authorization: `Bearer ${jwt}` } })
    expect(res.status).toBeGreaterThanOrEqual(500)
    expect(Date.now() - started).toBeLessThan(3_000)
    expect(fake.callsTo('/client_sessions/get')).toHaveLength(1)
    fake.clearFaults()
  })

  test('the request that drops a token-vending record logs vend_dropped: true; others do not', async () => {
    const jwt = signJwt({ alg: 'HS256', key: JWT_SECRET, payload: goodClaims(`sub_${Date.now()}`) })
    const vended = await gateway.fetch('/token', { method: 'POST', headers: { authorization: `Bearer ${jwt}` } })
    expect(vended.status).toBe(200)
    const { client_session_id } = (await vended.json()) as { client_session_id: string }
    const revoke = () =>
      gateway.fetch('/client_sessions/revoke', {
        method: 'POST',
        headers: apiKey(),
        body: JSON.stringify({ client_session_id }),
      })
    const first = await revoke()
    expect(first.status).toBe(200)
    expect((await gateway.logFor(first)).vend_dropped).toBe(true)
    const second = await revoke() // the record is already dropped: nothing to drop
    expect((await gateway.logFor(second)).vend_dropped).toBeUndefined()
  })
})

describe('settings that turn a feature off do so (README Configuration table)', () => {
  const { upstream: fake } = useGateway()
  const getTwice = async (vars: Record<string, string>) => {
    const gw = await startGateway({ vars: { SEAM_ENDPOINT: fake.url, ...vars } })
    try {
      const s = fake.store.addSession({
        workspace_id: fake.seed.workspaces.one.id,
        user_identifier_key: `u_${Date.now()}`,
      })
      const get = () =>
        gw.fetch(`/client_sessions/get?client_session_id=${s.client_session_id}`, {
          headers: { authorization: `Bearer ${fake.seed.apiKeys.one}` },
        })
      const answers = [await get(), await get()]
      for (const res of answers) expect(res.status).toBe(200)
      await new Promise((r) => setTimeout(r, 200)) // late log lines
      return { answers, gets: fake.callsTo('/client_sessions/get').length, lines: gw.requestLogs() }
    } finally {
      await gw.close()
    }
  }

  test('CACHE_TTL_SECONDS=0: no get is answered from the cache', async () => {
    const { answers, gets } = await getTwice({ CACHE_TTL_SECONDS: '0' })
    for (const res of answers) expect(res.headers.get('cache-status')).not.toMatch(/hit/)
    expect(gets).toBe(2)
  })

  test('the default (60): the second get is a hit (the control for the test above)', async () => {
    const { answers, gets } = await getTwice({})
    expect(answers[1]?.headers.get('cache-status')).toMatch(/; hit/)
    expect(gets).toBe(1)
  })

  test('LOG_REQUESTS=false: no request line is written', async () => {
    expect((await getTwice({ LOG_REQUESTS: 'false' })).lines).toEqual([])
    expect((await getTwice({})).lines).toHaveLength(2)
  })
})

describe('Idempotency-Key with the COORDINATOR unreachable: 503 idempotency_unavailable, Retry-After: 1, nothing sent', () => {
  const { upstream: fake } = useGateway()
  // A Coordinator whose every call fails, bound in workerd in place of the real one.
  const UNREACHABLE = `
    import { DurableObject } from 'cloudflare:workers'
    export class Coordinator extends DurableObject {
      async claim() { throw new Error('unreachable') }
      async complete() { throw new Error('unreachable') }
      async release() { throw new Error('unreachable') }
      async markUnknown() { throw new Error('unreachable') }
    }
    export default { fetch: () => new Response('coordinator only') }
  `
  let broken: Locations | undefined
  beforeAll(async () => {
    broken = await startLocations({ vars: { SEAM_ENDPOINT: fake.url }, coordinatorScript: UNREACHABLE })
  })
  afterAll(async () => {
    await broken?.close()
  })

  test.each([
    ['PUT', '/client_sessions/create', '{}'],
    ['POST', '/locks/unlock_door', '{"device_id":"d1"}'],
  ])('%s %s', async (method, path, body) => {
    const headers = {
      authorization: `Bearer ${fake.seed.apiKeys.one}`,
      'content-type': 'application/json',
      'idempotency-key': `k_${Date.now()}`,
    }
    const res = await (broken as Locations).a.fetch(path, { method, headers, body })
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('1')
    expect(await res.json()).toMatchObject({ ok: false, error: { type: 'idempotency_unavailable' } })
    expect(fake.calls).toHaveLength(0)
    // Without the header the same request goes through: only the key's promise depends on the object.
    const plain = await (broken as Locations).a.fetch(path, {
      method,
      headers: { authorization: headers.authorization, 'content-type': 'application/json' },
      body,
    })
    expect(plain.status).not.toBe(503)
    expect(fake.calls.length).toBeGreaterThan(0)
  })
})
