/**
 * The gateway started the way a user starts it (`wrangler dev --var SEAM_ENDPOINT:<url>`):
 * the SDK works through it and repeat gets are answered from the local KV.
 */
import { SeamHttp } from '@seamapi/http'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { type FakeSeam, startFakeSeam } from '../fake-seam/index.ts'
import { startWranglerDev, type WranglerDev } from './helpers/wrangler-dev.ts'

let fake: FakeSeam
let dev: WranglerDev

beforeAll(async () => {
  fake = await startFakeSeam()
  dev = await startWranglerDev({ SEAM_ENDPOINT: fake.url })
}, 60_000)
afterAll(async () => {
  await dev?.close()
  await fake?.close()
})

test('the SDK through wrangler dev, with repeat gets from the local KV', async () => {
  const seam = SeamHttp.fromApiKey(fake.seed.apiKeys.one, { endpoint: dev.url })
  const created = await seam.clientSessions.create({ user_identifier_key: 'wrangler_user' })
  fake.resetCalls()
  const first = await seam.clientSessions.get({ client_session_id: created.client_session_id })
  const second = await seam.clientSessions.get({ user_identifier_key: 'wrangler_user' })
  expect(second).toEqual(first)
  expect(first.client_session_id).toBe(created.client_session_id)
  expect(fake.callsTo('/client_sessions/get')).toHaveLength(0) // the create's answer was stored

  const res = await fetch(`${dev.url}/client_sessions/get?client_session_id=${created.client_session_id}`, {
    headers: { authorization: `Bearer ${fake.seed.apiKeys.one}` },
  })
  expect(res.headers.get('cache-status')).toMatch(/^seam-session-gateway; hit/)

  await seam.clientSessions.grantAccess({
    client_session_id: created.client_session_id,
    connected_account_ids: ['demo_connected_account_2'],
  })
  const afterGrant = await seam.clientSessions.get({ client_session_id: created.client_session_id })
  expect(afterGrant.connected_account_ids).toEqual(['demo_connected_account_2'])

  // No secret in wrangler's output either.
  expect(dev.output()).not.toContain(fake.seed.apiKeys.one)
  expect(dev.output()).not.toContain(created.token)
})

test('wrangler dev runs the COORDINATOR Durable Object from wrangler.toml: exactly once, Idempotency-Key replayed', async () => {
  expect(await (await fetch(`${dev.url}/health`)).json()).toEqual({ ok: true, exactly_once: true })
  const send = () =>
    fetch(`${dev.url}/client_sessions/create`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${fake.seed.apiKeys.one}`,
        'content-type': 'application/json',
        'idempotency-key': 'wrangler-dev-key',
      },
      body: JSON.stringify({ user_identifier_key: 'wrangler_idem_user' }),
    })
  fake.resetCalls()
  expect((await send()).status).toBe(200)
  const again = await send()
  expect([again.status, again.headers.get('idempotent-replayed')]).toEqual([200, 'true'])
  expect(fake.callsTo('/client_sessions/create')).toHaveLength(1)
})
