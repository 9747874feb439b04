/**
 * Webhook-triggered grants (issue 5) through the real bundle and the project's fake Seam:
 * each way of finding the session, exactly-once in effect, nothing lost while the upstream is
 * down, unrelated events, cache invalidation, and customer-signed grants.
 * (Signature verification itself: webhook-signing.test.ts.)
 */
import { execFile } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, test } from 'vitest'
import { useGateway } from './helpers/fixture.ts'
import { newWebhookSecret, seamEvent, signWebhook } from './helpers/sign-webhook.ts'

const SEAM_SECRET = newWebhookSecret()
const GRANT_SECRET = newWebhookSecret()
const GRANT_PATH = '/client_sessions/grant_access'
const LIST_PATH = '/client_sessions/list'

const { gateway, upstream: fake } = useGateway({
  vars: ({ seed }) => ({
    SEAM_API_KEY: seed.apiKeys.one,
    SEAM_WEBHOOK_SECRET: SEAM_SECRET,
    GRANT_WEBHOOK_SECRET: GRANT_SECRET,
    UPSTREAM_TIMEOUT_MS: '1000',
  }),
})

const unique = (prefix: string) => `${prefix}_${Math.random().toString(36).slice(2)}`
const newSession = (extra: Record<string, unknown> = {}) =>
  fake.store.addSession({ workspace_id: fake.seed.workspaces.one.id, user_identifier_key: unique('user'), ...extra })
const accountsOf = (id: string) => fake.store.getSession(id)?.connected_account_ids
const grantCalls = () => fake.callsTo(GRANT_PATH)
const grantBodies = () => grantCalls().map((c) => JSON.parse(c.body))

interface Delivery {
  status: number
  body: { ok: boolean; outcome?: string; grants?: number; error?: { type: string } }
  headers: Headers
}

/** Signs and posts a delivery; `id` fixed = a redelivery of the same message (new timestamp, as Svix does). */
async function deliverTo(path: string, secret: string, payload: unknown, id?: string): Promise<Delivery> {
  const body = JSON.stringify(payload)
  const res = await gateway.fetch(path, {
    method: 'POST',
    body,
    headers: signWebhook({ secret, body, ...(id === undefined ? {} : { id }) }),
  })
  return { status: res.status, body: (await res.json()) as Delivery['body'], headers: res.headers }
}
const deliver = (payload: unknown, id?: string) => deliverTo('/webhooks/seam', SEAM_SECRET, payload, id)
const grantRequest = (payload: unknown, id?: string) => deliverTo('/webhooks/grants', GRANT_SECRET, payload, id)

const loginSucceeded = (fields: Record<string, unknown>) =>
  seamEvent('connect_webview.login_succeeded', {
    connect_webview_id: unique('cw'),
    connected_account_id: unique('acct'),
    ...fields,
  })

describe('finding the session', () => {
  test('metadata client_session_id → grant_access by id', async () => {
    const s = newSession()
    const event = loginSucceeded({ connected_account_custom_metadata: { client_session_id: s.client_session_id } })
    const res = await deliver(event)
    expect(res).toMatchObject({ status: 200, body: { ok: true, outcome: 'granted', grants: 1 } })
    expect(grantBodies()).toEqual([
      { client_session_id: s.client_session_id, connected_account_ids: [event.connected_account_id] },
    ])
    expect(grantCalls()[0]?.headers.authorization).toBe(`Bearer ${fake.seed.apiKeys.one}`)
    expect(grantCalls()[0]?.method).toBe('PATCH')
    // One list call: the check that no other session holds the event's webview (issue 13, point 9).
    expect(fake.callsTo(LIST_PATH).map((c) => JSON.parse(c.body))).toEqual([
      { connect_webview_id: event.connect_webview_id },
    ])
    expect(accountsOf(s.client_session_id)).toContain(event.connected_account_id)
  })

  test('client_session_id wins over user_identifier_key when metadata has both', async () => {
    const s = newSession()
    const event = loginSucceeded({
      connected_account_custom_metadata: {
        client_session_id: s.client_session_id,
        user_identifier_key: 'someone_else',
      },
    })
    expect((await deliver(event)).status).toBe(200)
    expect(grantBodies()).toEqual([
      { client_session_id: s.client_session_id, connected_account_ids: [event.connected_account_id] },
    ])
  })

  test('metadata user_identifier_key only → grant_access by user key', async () => {
    const s = newSession()
    const event = loginSucceeded({
      connected_account_custom_metadata: { user_identifier_key: s.user_identifier_key, other: true },
    })
    const res = await deliver(event)
    expect(res).toMatchObject({ status: 200, body: { outcome: 'granted' } })
    expect(grantBodies()).toEqual([
      { user_identifier_key: s.user_identifier_key, connected_account_ids: [event.connected_account_id] },
    ])
    expect(accountsOf(s.client_session_id)).toContain(event.connected_account_id)
  })

  test('a webview id as long as ids may be (2,048 emoji: 4,096 UTF-16 units) is still looked up: the list goes as a JSON body, never a 431-prone query', async () => {
    // Found by the fuzz: as a query string this id is ~24 KB of URL, which the upstream refuses
    // with 431, and the delivery got a 503 that no redelivery could ever fix.
    const webview = '\u{1F600}'.repeat(2_048)
    const holder = newSession({ connect_webview_ids: [webview] })
    const event = loginSucceeded({ connect_webview_id: webview, connected_account_custom_metadata: {} })
    const res = await deliver(event)
    expect(res).toMatchObject({ status: 200, body: { outcome: 'granted', grants: 1 } })
    expect(fake.callsTo(LIST_PATH).map((c) => JSON.parse(c.body))).toEqual([{ connect_webview_id: webview }])
    expect(accountsOf(holder.client_session_id)).toContain(event.connected_account_id)
  })

  test('no usable metadata → every session holding the webview gets the account', async () => {
    const webview = unique('cw')
    const a = newSession({ connect_webview_ids: [webview] })
    const b = newSession({ connect_webview_ids: ['cw_other', webview] })
    const bystander = newSession({ connect_webview_ids: ['cw_other'] })
    // A boolean is a valid metadata value, but not a session id.
    const event = loginSucceeded({
      connect_webview_id: webview,
      connected_account_custom_metadata: { client_session_id: true },
    })
    const res = await deliver(event)
    expect(res).toMatchObject({ status: 200, body: { outcome: 'granted', grants: 2 } })
    expect(fake.callsTo(LIST_PATH).map((c) => JSON.parse(c.body))).toEqual([{ connect_webview_id: webview }])
    expect(
      grantBodies()
        .map((b) => b.client_session_id)
        .sort(),
    ).toEqual([a.client_session_id, b.client_session_id].sort())
    expect(accountsOf(a.client_session_id)).toContain(event.connected_account_id)
    expect(accountsOf(b.client_session_id)).toContain(event.connected_account_id)
    expect(accountsOf(bystander.client_session_id)).not.toContain(event.connected_account_id)
  })

  describe('metadata may only pick among the sessions holding the webview (issue 13, point 9)', () => {
    test('webview W held by H, metadata naming another session O: nothing is granted, to O or anyone', async () => {
      const webview = unique('cw')
      const holder = newSession({ connect_webview_ids: [webview] })
      const other = newSession()
      const id = unique('msg')
      const event = loginSucceeded({
        connect_webview_id: webview,
        connected_account_custom_metadata: { client_session_id: other.client_session_id },
      })
      const res = await gateway.fetch('/webhooks/seam', {
        method: 'POST',
        body: JSON.stringify(event),
        headers: signWebhook({ secret: SEAM_SECRET, body: JSON.stringify(event), id }),
      })
      expect(res.status).toBe(200)
      expect(await res.json()).toEqual({ ok: true, outcome: 'metadata_mismatch' })
      expect(grantCalls()).toEqual([])
      expect(accountsOf(other.client_session_id)).not.toContain(event.connected_account_id)
      expect(accountsOf(holder.client_session_id)).not.toContain(event.connected_account_id)
      expect(await gateway.logFor(res)).toMatchObject({
        webhook_outcome: 'metadata_mismatch',
        webhook_found_via: 'metadata_client_session_id',
        webhook_sessions: 1,
        reason: 'metadata names a session that does not hold the webview',
      })
    })

    test('the same with a user_identifier_key naming a session that does not hold W', async () => {
      const webview = unique('cw')
      const holder = newSession({ connect_webview_ids: [webview] })
      const other = newSession()
      const event = loginSucceeded({
        connect_webview_id: webview,
        connected_account_custom_metadata: { user_identifier_key: other.user_identifier_key },
      })
      expect(await deliver(event)).toMatchObject({ status: 200, body: { outcome: 'metadata_mismatch' } })
      expect(grantCalls()).toEqual([])
      expect(accountsOf(holder.client_session_id)).not.toContain(event.connected_account_id)
    })

    test('metadata naming one of the holders grants to that one only', async () => {
      const webview = unique('cw')
      const named = newSession({ connect_webview_ids: [webview] })
      const otherHolder = newSession({ connect_webview_ids: [webview] })
      for (const metadata of [
        { client_session_id: named.client_session_id },
        { user_identifier_key: named.user_identifier_key },
      ]) {
        fake.resetCalls()
        const event = loginSucceeded({ connect_webview_id: webview, connected_account_custom_metadata: metadata })
        expect(await deliver(event)).toMatchObject({ status: 200, body: { outcome: 'granted', grants: 1 } })
        expect(grantBodies()).toEqual([{ ...metadata, connected_account_ids: [event.connected_account_id] }])
        expect(accountsOf(named.client_session_id)).toContain(event.connected_account_id)
        expect(accountsOf(otherHolder.client_session_id)).not.toContain(event.connected_account_id)
      }
    })

    test('no session holds W: the metadata decides, as before', async () => {
      const target = newSession()
      const event = loginSucceeded({
        connected_account_custom_metadata: { client_session_id: target.client_session_id },
      })
      expect(await deliver(event)).toMatchObject({ status: 200, body: { outcome: 'granted', grants: 1 } })
      expect(accountsOf(target.client_session_id)).toContain(event.connected_account_id)
    })

    test('the holder check failing (list answers 500) grants nothing and asks for a redelivery', async () => {
      const webview = unique('cw')
      const target = newSession({ connect_webview_ids: [webview] })
      fake.setFault(LIST_PATH, { kind: 'status', status: 500 })
      const event = loginSucceeded({
        connect_webview_id: webview,
        connected_account_custom_metadata: { client_session_id: target.client_session_id },
      })
      const res = await deliver(event)
      expect(res.status).toBe(503)
      expect(res.body.error?.type).toBe('upstream_unavailable')
      expect(grantCalls()).toEqual([])
    })
  })

  test('a session that already holds the account is not granted again', async () => {
    const webview = unique('cw')
    const account = unique('acct')
    newSession({ connect_webview_ids: [webview], connected_account_ids: [account] })
    const res = await deliver(loginSucceeded({ connect_webview_id: webview, connected_account_id: account }))
    expect(res).toMatchObject({ status: 200, body: { outcome: 'already_granted', grants: 0 } })
    expect(grantCalls()).toEqual([])
  })

  test('no metadata and no session holds the webview → 2xx no_session; a later redelivery looks again', async () => {
    const webview = unique('cw')
    const event = loginSucceeded({ connect_webview_id: webview })
    const id = unique('msg')
    expect(await deliver(event, id)).toMatchObject({ status: 200, body: { ok: true, outcome: 'no_session' } })
    expect(grantCalls()).toEqual([])
    // Nothing was marked done, so once a session holds the webview the same message grants.
    const s = newSession({ connect_webview_ids: [webview] })
    expect(await deliver(event, id)).toMatchObject({ status: 200, body: { outcome: 'granted' } })
    expect(accountsOf(s.client_session_id)).toContain(event.connected_account_id)
  })

  test('no metadata and no webview id (connected_account.connected may omit it) → no_session, nothing called', async () => {
    const event = seamEvent('connected_account.connected', { connected_account_id: unique('acct') })
    expect(await deliver(event)).toMatchObject({ status: 200, body: { outcome: 'no_session' } })
    expect(fake.calls).toEqual([])
  })

  test('the session named by metadata does not exist → 2xx session_not_found', async () => {
    const event = loginSucceeded({
      connected_account_custom_metadata: { client_session_id: 'cccccccc-dead-4000-8000-000000000000' },
    })
    expect(await deliver(event)).toMatchObject({ status: 200, body: { outcome: 'session_not_found' } })
    expect(grantCalls()).toHaveLength(1)
  })

  test('Seam refusing the grant for another reason (400) → that 4xx comes back, nothing marked', async () => {
    const s = newSession()
    const event = loginSucceeded({ connected_account_custom_metadata: { client_session_id: s.client_session_id } })
    const id = unique('msg')
    fake.setFault(GRANT_PATH, { kind: 'status', status: 400, times: 1 })
    const refused = await deliver(event, id)
    expect(refused.status).toBe(400)
    expect(refused.body.error?.type).toBe('bad_request')
    // Not marked done: the sender's retry tries again.
    expect(await deliver(event, id)).toMatchObject({ status: 200, body: { outcome: 'granted' } })
  })

  test('every event that carries a newly connected account grants', async () => {
    for (const type of [
      'connect_webview.login_succeeded',
      'connected_account.connected',
      'connected_account.created',
      'connected_account.successful_login',
      'connected_account.completed_first_sync',
    ]) {
      const s = newSession()
      const account = unique('acct')
      const res = await deliver(
        seamEvent(type, {
          connected_account_id: account,
          connect_webview_id: unique('cw'),
          connected_account_custom_metadata: { client_session_id: s.client_session_id },
        }),
      )
      expect(res.body.outcome, type).toBe('granted')
      expect(accountsOf(s.client_session_id), type).toContain(account)
    }
  })
})

describe('exactly once in effect', () => {
  test('a redelivery of the same webhook-id does not call grant_access again', async () => {
    const s = newSession()
    const event = loginSucceeded({ connected_account_custom_metadata: { client_session_id: s.client_session_id } })
    const id = unique('msg')
    expect((await deliver(event, id)).body.outcome).toBe('granted')
    for (let i = 0; i < 3; i++) {
      expect(await deliver(event, id)).toMatchObject({ status: 200, body: { ok: true, outcome: 'duplicate' } })
    }
    expect(grantCalls()).toHaveLength(1)
  })

  test('the marker is per source: the same id on the grants route is a different message', async () => {
    const s = newSession()
    const id = unique('msg')
    await deliver(loginSucceeded({ connected_account_custom_metadata: { client_session_id: s.client_session_id } }), id)
    const res = await grantRequest({ client_session_id: s.client_session_id, connected_account_ids: ['acct_x'] }, id)
    expect(res.body.outcome).toBe('granted')
    expect(grantCalls()).toHaveLength(2)
  })

  test('a new webhook-id for the same event grants again, and the additive grant leaves the session unchanged', async () => {
    const s = newSession()
    const event = loginSucceeded({ connected_account_custom_metadata: { client_session_id: s.client_session_id } })
    await deliver(event)
    const after = structuredClone(fake.store.getSession(s.client_session_id))
    await deliver(event)
    expect(grantCalls()).toHaveLength(2)
    expect(fake.store.getSession(s.client_session_id)).toEqual(after)
  })
})

describe('nothing lost: upstream down, then up', () => {
  test('grant_access answering 503 → 503 (sender retries, nothing marked); once it recovers the redelivery grants, once', async () => {
    const s = newSession()
    const event = loginSucceeded({ connected_account_custom_metadata: { client_session_id: s.client_session_id } })
    const id = unique('msg')
    fake.setFault(GRANT_PATH, { kind: 'status', status: 503, body: 'down', headers: { 'retry-after': '30' } })
    const down = await deliver(event, id)
    expect(down.status).toBe(503)
    expect(down.body.error?.type).toBe('upstream_unavailable')
    expect(down.headers.get('retry-after')).toBe('30')
    // Seam's JSON 503 envelope comes to the same answer as a plain-text outage page.
    fake.setFault(GRANT_PATH, { kind: 'status', status: 503 })
    const again = await deliver(event, id)
    expect(again.status).toBe(503)
    expect(again.body.error?.type).toBe('upstream_unavailable')
    expect(grantCalls()).toHaveLength(2) // never retried inside the gateway: the sender's retry is the retry
    expect(accountsOf(s.client_session_id)).not.toContain(event.connected_account_id)

    fake.clearFaults()
    expect(await deliver(event, id)).toMatchObject({ status: 200, body: { outcome: 'granted' } })
    expect(accountsOf(s.client_session_id)).toContain(event.connected_account_id)
    expect(await deliver(event, id)).toMatchObject({ status: 200, body: { outcome: 'duplicate' } })
    expect(grantCalls()).toHaveLength(3)
  })

  test('a connection reset → 503 too, then the redelivery grants', async () => {
    const s = newSession()
    const event = loginSucceeded({ connected_account_custom_metadata: { client_session_id: s.client_session_id } })
    const id = unique('msg')
    fake.setFault(GRANT_PATH, { kind: 'reset', times: 1 })
    const down = await deliver(event, id)
    expect(down.status).toBe(503)
    expect(down.body.error?.type).toBe('upstream_unavailable')
    expect(await deliver(event, id)).toMatchObject({ status: 200, body: { outcome: 'granted' } })
  })

  test('grant_access refusing the gateway’s own API key (401) → 503: an operator fix, not a lost grant', async () => {
    const s = newSession()
    const event = loginSucceeded({ connected_account_custom_metadata: { client_session_id: s.client_session_id } })
    const id = unique('msg')
    fake.setFault(GRANT_PATH, { kind: 'status', status: 401 })
    expect((await deliver(event, id)).status).toBe(503)
    fake.clearFaults()
    expect(await deliver(event, id)).toMatchObject({ status: 200, body: { outcome: 'granted' } })
  })

  test('list failing on the webview path → 503; once it recovers the session is granted', async () => {
    const webview = unique('cw')
    const s = newSession({ connect_webview_ids: [webview] })
    const event = loginSucceeded({ connect_webview_id: webview })
    const id = unique('msg')
    fake.setFault(LIST_PATH, { kind: 'status', status: 500 })
    expect((await deliver(event, id)).status).toBe(503)
    expect(grantCalls()).toEqual([])
    fake.clearFaults()
    expect(await deliver(event, id)).toMatchObject({ status: 200, body: { outcome: 'granted' } })
    expect(accountsOf(s.client_session_id)).toContain(event.connected_account_id)
  })

  test('webview path, partly failed attempt: the retry grants only the session still missing the account', async () => {
    const webview = unique('cw')
    const event = loginSucceeded({ connect_webview_id: webview })
    const account = event.connected_account_id as string
    // Session a got the account in an earlier attempt of this message; b's grant failed then.
    const a = newSession({ connect_webview_ids: [webview], connected_account_ids: [account] })
    const b = newSession({ connect_webview_ids: [webview] })
    const id = unique('msg')
    fake.setFault(GRANT_PATH, { kind: 'status', status: 503, times: 1 })
    expect((await deliver(event, id)).status).toBe(503)
    expect(grantBodies().map((g) => g.client_session_id)).toEqual([b.client_session_id])
    expect(await deliver(event, id)).toMatchObject({ status: 200, body: { outcome: 'granted', grants: 1 } })
    expect(grantBodies().map((g) => g.client_session_id)).toEqual([b.client_session_id, b.client_session_id])
    expect(accountsOf(a.client_session_id)).toEqual([account])
    expect(accountsOf(b.client_session_id)).toContain(account)
  })
})

describe('other events', () => {
  test('unrelated event types are acknowledged and ignored, with nothing called', async () => {
    for (const type of ['device.unlocked', 'connect_webview.login_failed', 'connected_account.disconnected', 'x.y']) {
      expect(await deliver(seamEvent(type, { connected_account_id: unique('acct') })), type).toMatchObject({
        status: 200,
        body: { ok: true, outcome: 'ignored' },
      })
    }
    expect(fake.calls).toEqual([])
  })

  test('a signed body that is not a Seam event, or a grant event missing its account → 400, nothing called', async () => {
    expect((await deliver([1, 2])).status).toBe(400)
    expect((await deliver({ hello: 'world' })).status).toBe(400)
    const noAccount = seamEvent('connect_webview.login_succeeded', { connect_webview_id: 'cw_1' })
    const res = await deliver(noAccount)
    expect(res.status).toBe(400)
    expect(res.body.error?.type).toBe('invalid_input')
    const raw = await gateway.fetch('/webhooks/seam', {
      method: 'POST',
      body: 'not json',
      headers: signWebhook({ secret: SEAM_SECRET, body: 'not json' }),
    })
    expect(raw.status).toBe(400)
    expect(fake.calls).toEqual([])
  })
})

describe('cache invalidation', () => {
  const apiKey = () => ({ authorization: `Bearer ${fake.seed.apiKeys.one}` })
  const get = (id: string) => gateway.fetch(`/client_sessions/get?client_session_id=${id}`, { headers: apiKey() })
  const upstreamGets = () => fake.callsTo('/client_sessions/get').length

  async function warm(id: string) {
    await (await get(id)).arrayBuffer()
    const hit = await get(id)
    expect(hit.headers.get('cache-status')).toMatch(/; hit/)
    await hit.arrayBuffer()
    expect(upstreamGets()).toBe(1)
  }

  test('client_session.deleted drops the session’s cache entry: the next get goes upstream', async () => {
    const s = newSession()
    await warm(s.client_session_id)
    const res = await deliver(seamEvent('client_session.deleted', { client_session_id: s.client_session_id }))
    expect(res).toMatchObject({ status: 200, body: { ok: true, outcome: 'invalidated' } })
    fake.store.deleteSession(s.client_session_id)
    const after = await get(s.client_session_id)
    expect(after.status).toBe(404)
    expect(upstreamGets()).toBe(2)
  })

  test('a grant drops the session’s cache entry: the next get shows the new account', async () => {
    const s = newSession()
    await warm(s.client_session_id)
    const event = loginSucceeded({ connected_account_custom_metadata: { user_identifier_key: s.user_identifier_key } })
    expect((await deliver(event)).body.outcome).toBe('granted')
    const after = await get(s.client_session_id)
    expect(after.headers.get('cache-status')).not.toMatch(/; hit/)
    const body = (await after.json()) as { client_session: { connected_account_ids: string[] } }
    expect(body.client_session.connected_account_ids).toContain(event.connected_account_id)
    expect(upstreamGets()).toBe(2)
  })
})

describe('customer-signed grants (/webhooks/grants)', () => {
  test('by client_session_id', async () => {
    const s = newSession()
    const res = await grantRequest({
      client_session_id: s.client_session_id,
      connected_account_ids: ['acct_a', 'acct_b'],
    })
    expect(res).toMatchObject({ status: 200, body: { ok: true, outcome: 'granted', grants: 1 } })
    expect(accountsOf(s.client_session_id)).toEqual(expect.arrayContaining(['acct_a', 'acct_b']))
    // The session's token (in Seam's answer) is not handed to the caller.
    expect(JSON.stringify(res.body)).not.toContain(s.token)
  })

  test('by user_identifier_key, with webviews and a user identity', async () => {
    const s = newSession()
    const payload = {
      user_identifier_key: s.user_identifier_key,
      connect_webview_ids: ['cw_1'],
      user_identity_id: '11111111-2222-4333-8444-555555555555',
    }
    expect((await grantRequest(payload)).status).toBe(200)
    expect(grantBodies()).toEqual([payload])
    expect(fake.store.getSession(s.client_session_id)).toMatchObject({
      connect_webview_ids: ['cw_1'],
      user_identity_id: payload.user_identity_id,
    })
  })

  test('invalid bodies → 400 invalid_input, nothing called', async () => {
    const s = newSession()
    for (const payload of [
      { connected_account_ids: ['acct_a'] }, // no session
      { client_session_id: s.client_session_id }, // nothing to grant
      { client_session_id: s.client_session_id, connected_account_ids: [] },
      { client_session_id: s.client_session_id, connected_account_ids: 'acct_a' },
      { client_session_id: s.client_session_id, connected_account_ids: ['acct_a'], customer_key: 'x' }, // unknown key
      { client_session_id: '', connected_account_ids: ['acct_a'] },
    ]) {
      const res = await grantRequest(payload)
      expect(res.status, JSON.stringify(payload)).toBe(400)
      expect(res.body.error?.type).toBe('invalid_input')
    }
    expect(fake.calls).toEqual([])
  })

  test('redelivery is deduplicated; upstream down then up loses nothing', async () => {
    const s = newSession()
    const payload = { client_session_id: s.client_session_id, connected_account_ids: ['acct_r'] }
    const id = unique('grant')
    fake.setFault(GRANT_PATH, { kind: 'status', status: 502 })
    expect((await grantRequest(payload, id)).status).toBe(503)
    fake.clearFaults()
    expect((await grantRequest(payload, id)).body.outcome).toBe('granted')
    expect((await grantRequest(payload, id)).body.outcome).toBe('duplicate')
    expect(grantCalls()).toHaveLength(2)
    expect(accountsOf(s.client_session_id)).toContain('acct_r')
  })

  test('Seam’s own refusal comes back unchanged (404 for an unknown session), and is not marked done', async () => {
    const payload = { user_identifier_key: unique('nobody'), connected_account_ids: ['acct_a'] }
    const id = unique('grant')
    const res = await grantRequest(payload, id)
    expect(res.status).toBe(404)
    expect(res.body.error?.type).toBe('client_session_not_found')
    // Once the session exists, the same message grants.
    const s = newSession({ user_identifier_key: payload.user_identifier_key })
    expect((await grantRequest(payload, id)).body.outcome).toBe('granted')
    expect(accountsOf(s.client_session_id)).toContain('acct_a')
  })
})

test('the README’s backend snippet signs a grant the gateway accepts, once per id', async () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const section = readme.slice(readme.indexOf('### Sign a grant from your backend'))
  const snippet = section.match(/```js\n([\s\S]*?)```/)?.[1]
  expect(snippet).toBeDefined()
  const s = newSession()
  const call = `await grantAccess({ user_identifier_key: ${JSON.stringify(s.user_identifier_key)}, connected_account_ids: ['acct_readme'] }, 'readme-grant-1')`
  const script = (snippet as string)
    .replace("'https://<your-gateway>'", JSON.stringify(gateway.url))
    .replace(/^await grantAccess\(.*$/m, `console.log(JSON.stringify([${call}, ${call}]))`)
  const file = join(tmpdir(), `readme-grant-${process.pid}.mjs`)
  writeFileSync(file, script)
  // Async: the fake upstream runs in this process and must keep answering.
  const { stdout } = await promisify(execFile)(process.execPath, [file], {
    env: { ...process.env, GRANT_WEBHOOK_SECRET: GRANT_SECRET },
  }).finally(() => rmSync(file, { force: true }))
  expect(JSON.parse(stdout)).toEqual([
    { status: 200, body: { ok: true, outcome: 'granted', grants: 1 } },
    { status: 200, body: { ok: true, outcome: 'duplicate' } },
  ])
  expect(accountsOf(s.client_session_id)).toContain('acct_readme')
  expect(grantCalls()).toHaveLength(1)
})
