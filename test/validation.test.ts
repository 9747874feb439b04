/**
 * Input validation mirrors Seam's documented parameters; invalid input is answered with
 * `invalid_input` in Seam's envelope, never reaches the upstream, and never echoes values.
 */
import { Agent, request } from 'node:http'
import { describe, expect, test } from 'vitest'
import { useGateway } from './helpers/fixture.ts'

const { gateway, upstream: fake } = useGateway({ vars: { CACHE_TTL_SECONDS: '0', BODY_LIMIT_BYTES: '2048' } })

const SECRET_LOOKING_VALUE = 'value-that-must-not-be-echoed-7f3a'
const auth = () => ({ authorization: `Bearer ${fake.seed.apiKeys.one}` })
const post = (route: string, body: string, contentType = 'application/json') =>
  gateway.fetch(`/client_sessions/${route}`, {
    method: 'POST',
    headers: { ...auth(), 'content-type': contentType },
    body,
  })

async function expectInvalid(res: Response, param?: string, type = 'invalid_input') {
  const text = await res.text()
  expect(res.status, text).toBe(400)
  expect(text).not.toContain(SECRET_LOOKING_VALUE)
  const body = JSON.parse(text)
  expect(body).toMatchObject({ error: { type }, ok: false })
  expect(typeof body.error.message).toBe('string')
  if (param) {
    expect(body.error.message).toContain(param)
    expect(body.error.validation_errors[param]._errors.length).toBeGreaterThan(0)
  }
  expect(fake.calls).toHaveLength(0)
}

describe('per-route parameters', () => {
  test.each([
    ['create', { user_identifier_key: '' }, 'user_identifier_key'],
    ['create', { customer_key: '' }, 'customer_key'],
    ['create', { expires_at: SECRET_LOOKING_VALUE }, 'expires_at'],
    ['create', { expires_at: '2030-01-01' }, 'expires_at'],
    ['create', { user_identity_ids: ['a', 'b'] }, 'user_identity_ids'],
    ['create', { user_identity_ids: [] }, 'user_identity_ids'],
    ['create', { connected_account_ids: SECRET_LOOKING_VALUE }, 'connected_account_ids'],
    ['create', { connected_account_ids: [''] }, 'connected_account_ids'],
    ['create', { colour: SECRET_LOOKING_VALUE }, 'colour'],
    ['get_or_create', { user_identifier_key: '' }, 'user_identifier_key'],
    ['get_or_create', { customer_key: 'k' }, 'customer_key'],
    ['get', { client_session_id: 42 }, 'client_session_id'],
    ['get', { client_session_id: '' }, 'client_session_id'],
    ['list', { without_user_identifier_key: 'true' }, 'without_user_identifier_key'],
    ['grant_access', { connected_account_ids: [1] }, 'connected_account_ids'],
    ['revoke', {}, 'client_session_id'],
    ['revoke', { client_session_id: null }, 'client_session_id'],
    ['delete', {}, 'client_session_id'],
    ['delete', { client_session_id: 'x', extra: 1 }, 'extra'],
  ])('%s %j → invalid_input naming the parameter', async (route, body, param) => {
    await expectInvalid(await post(route, JSON.stringify(body)), param)
  })

  test('grant_access needs at least one parameter', async () => {
    await expectInvalid(await post('grant_access', '{}'))
  })

  test('ids are opaque non-empty strings: Seam-fake style ids pass', async () => {
    const res = await post('get', JSON.stringify({ client_session_id: 'cst1' }))
    expect(res.status).toBe(404) // the upstream answered: the gateway did not refuse the id
    expect(fake.calls).toHaveLength(1)
  })

  // Every form Seam's validator (zod 3 datetime with offsets) takes: never stricter than Seam.
  test.each([
    '2030-01-01T10:00:00Z',
    '2030-01-01T10:00Z',
    '2030-01-01T10:00:00.123456Z',
    '2030-01-01T10:00:00+02:00',
    '2030-01-01T10:00:00+0200',
    '2030-01-01T10:00-05:30',
    '2028-02-29T00:00:00Z',
  ])('the date-time %s is accepted and forwarded', async (expiresAt) => {
    const res = await post('create', JSON.stringify({ user_identifier_key: `tz_${expiresAt}`, expires_at: expiresAt }))
    expect(res.status).toBe(200)
    expect(fake.calls).toHaveLength(1)
  })

  test.each([
    '2030-01-01',
    '2030-01-01T10Z',
    '2030-02-30T10:00:00Z',
    '2030-01-01 10:00:00Z',
    '2030-01-01T25:00:00Z',
    '2030-01-01T10:00:00+02',
  ])('the date-time %s is refused', async (expiresAt) => {
    await expectInvalid(await post('create', JSON.stringify({ expires_at: expiresAt })), 'expires_at')
  })

  test('unknown query parameters are named; repeated scalar keys are refused', async () => {
    await expectInvalid(
      await gateway.fetch(`/client_sessions/get?sneaky=${SECRET_LOOKING_VALUE}`, { headers: auth() }),
      'sneaky',
    )
    await expectInvalid(
      await gateway.fetch('/client_sessions/get?client_session_id=a&client_session_id=b', { headers: auth() }),
      'client_session_id',
    )
  })

  test('a string longer than the gateway allows is refused', async () => {
    await expectInvalid(
      await gateway.fetch(`/client_sessions/get?user_identifier_key=${'x'.repeat(5000)}`, { headers: auth() }),
      'user_identifier_key',
    )
  })
})

describe('request hygiene', () => {
  test('malformed JSON', async () => {
    await expectInvalid(await post('create', '{"user_identifier_key": '))
  })

  test.each([['[]'], ['"text"'], ['null'], ['42']])('non-object JSON %s', async (body) => {
    await expectInvalid(await post('create', body))
  })

  test.each([
    ['{"__proto__": {"polluted": true}}'],
    ['{"constructor": {"prototype": {"polluted": true}}}'],
    ['{"user_identifier_key": "a", "nested": {"__proto__": {}}}'],
  ])('prototype-polluting keys %s', async (body) => {
    await expectInvalid(await post('create', body))
  })

  test('a non-empty body that is not JSON → invalid_content_type', async () => {
    await expectInvalid(
      await post('create', 'user_identifier_key=a', 'application/x-www-form-urlencoded'),
      undefined,
      'invalid_content_type',
    )
  })

  test('after a 413 the same keep-alive connection still serves the next request', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    const send = (body: string) =>
      new Promise<{ status: number; socket: unknown }>((resolve, reject) => {
        const req = request(
          `${gateway.url}/client_sessions/create`,
          { method: 'POST', agent, headers: { ...auth(), 'content-type': 'application/json' } },
          (res) => {
            res.resume()
            res.on('end', () => resolve({ status: res.statusCode ?? 0, socket: req.socket }))
          },
        )
        req.on('error', reject)
        req.end(body)
      })
    try {
      const refused = await send(JSON.stringify({ user_identifier_key: 'x'.repeat(8_000) }))
      expect(refused.status).toBe(413)
      const next = await send(JSON.stringify({ user_identifier_key: 'after_413' }))
      expect(next.status).toBe(200)
      expect(next.socket).toBe(refused.socket)
    } finally {
      agent.destroy()
    }
  })

  test('a body over the limit → 413 in Seam envelope', async () => {
    const res = await post('create', JSON.stringify({ user_identifier_key: 'x'.repeat(4000) }))
    expect(res.status).toBe(413)
    expect(await res.json()).toMatchObject({ error: { type: 'payload_too_large' }, ok: false })
    expect(fake.calls).toHaveLength(0)
  })
})
