/**
 * Signature verification of /webhooks/seam and /webhooks/grants (issue 5, point 1), through the
 * real bundle: what verifies is acted on; everything else gets a 4xx and reaches nothing upstream.
 */
import { describe, expect, test } from 'vitest'
import { useGateway } from './helpers/fixture.ts'
import { startGateway } from './helpers/gateway.ts'
import { newWebhookSecret, seamEvent, signature, signWebhook } from './helpers/sign-webhook.ts'

const SEAM_SECRET = newWebhookSecret()
const GRANT_SECRET = newWebhookSecret()
/** Verification allows five minutes either way; these are well inside and well outside it. */
const INSIDE_TOLERANCE_S = 4 * 60
const OUTSIDE_TOLERANCE_S = 6 * 60

const { gateway, upstream: fake } = useGateway({
  vars: ({ seed }) => ({
    SEAM_API_KEY: seed.apiKeys.one,
    SEAM_WEBHOOK_SECRET: SEAM_SECRET,
    GRANT_WEBHOOK_SECRET: GRANT_SECRET,
  }),
})

const now = () => Math.floor(Date.now() / 1000)

function newSession() {
  return fake.store.addSession({
    workspace_id: fake.seed.workspaces.one.id,
    user_identifier_key: `user_${Math.random().toString(36).slice(2)}`,
  })
}

/** A login_succeeded event naming a fresh session in its metadata. */
function grantEventBody() {
  const session = newSession()
  const account = `acct_${Math.random().toString(36).slice(2)}`
  const body = JSON.stringify(
    seamEvent('connect_webview.login_succeeded', {
      connect_webview_id: `cw_${Math.random().toString(36).slice(2)}`,
      connected_account_id: account,
      connected_account_custom_metadata: { client_session_id: session.client_session_id },
    }),
  )
  return { session, account, body }
}

const post = (path: string, body: string, headers: Record<string, string>) =>
  gateway.fetch(path, { method: 'POST', headers, body })

const deliver = (body: string, headers: Record<string, string>) => post('/webhooks/seam', body, headers)

async function expectRefused(response: Response, status = 401) {
  expect(response.status).toBe(status)
  const body = (await response.json()) as { ok: boolean; error: { type: string } }
  expect(body.ok).toBe(false)
  if (status === 401) expect(body.error.type).toBe('invalid_webhook_signature')
  // Nothing was called upstream: not grant_access, not list, nothing.
  expect(fake.calls).toEqual([])
}

describe('valid deliveries', () => {
  test('webhook-* headers: verified, granted, 200', async () => {
    const { session, account, body } = grantEventBody()
    const res = await deliver(body, signWebhook({ secret: SEAM_SECRET, body }))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true, outcome: 'granted', grants: 1 })
    expect(fake.store.getSession(session.client_session_id)?.connected_account_ids).toContain(account)
  })

  test('svix-* headers are accepted too', async () => {
    const { session, account, body } = grantEventBody()
    const res = await deliver(body, signWebhook({ secret: SEAM_SECRET, body, prefix: 'svix' }))
    expect(res.status).toBe(200)
    expect(fake.store.getSession(session.client_session_id)?.connected_account_ids).toContain(account)
  })

  test('with both header families, svix-* wins (as in the svix library)', async () => {
    const { body } = grantEventBody()
    const svix = signWebhook({ secret: SEAM_SECRET, body, prefix: 'svix' })
    const forged = signWebhook({ secret: newWebhookSecret(), body })
    expect((await deliver(body, { ...forged, ...svix })).status).toBe(200)
    const wrongSvix = signWebhook({ secret: newWebhookSecret(), body, prefix: 'svix' })
    const goodWebhook = signWebhook({ secret: SEAM_SECRET, body })
    expect((await deliver(body, { ...goodWebhook, ...wrongSvix })).status).toBe(401)
  })

  test('several signatures in one header (a secret rotation): one valid v1 is enough', async () => {
    const { body } = grantEventBody()
    const headers = signWebhook({ secret: SEAM_SECRET, body })
    const id = headers['webhook-id'] as string
    const ts = Number(headers['webhook-timestamp'])
    headers['webhook-signature'] = [
      `v1,${signature(newWebhookSecret(), id, ts, body)}`,
      'v1a,c29tZSBhc3ltbWV0cmljIHNpZ25hdHVyZQ==',
      headers['webhook-signature'],
    ].join(' ')
    const res = await deliver(body, headers)
    expect(res.status).toBe(200)
  })

  test('a timestamp a few minutes off either way is still inside the tolerance', async () => {
    for (const offset of [-INSIDE_TOLERANCE_S, INSIDE_TOLERANCE_S]) {
      const { body } = grantEventBody()
      const res = await deliver(body, signWebhook({ secret: SEAM_SECRET, body, timestamp: now() + offset }))
      expect(res.status).toBe(200)
    }
  })
})

describe('deliveries that do not verify: 4xx, nothing done', () => {
  test('tampered body', async () => {
    const { body } = grantEventBody()
    const headers = signWebhook({ secret: SEAM_SECRET, body })
    const tampered = body.replace(/"connected_account_id":"[^"]+"/, '"connected_account_id":"acct_attacker"')
    expect(tampered).not.toBe(body)
    await expectRefused(await deliver(tampered, headers))
  })

  test('tampered id or timestamp (the signature covers both)', async () => {
    const { body } = grantEventBody()
    const headers = signWebhook({ secret: SEAM_SECRET, body })
    await expectRefused(await deliver(body, { ...headers, 'webhook-id': 'msg_other' }))
    await expectRefused(
      await deliver(body, { ...headers, 'webhook-timestamp': String(Number(headers['webhook-timestamp']) - 1) }),
    )
  })

  test('signed with the wrong secret', async () => {
    const { body } = grantEventBody()
    await expectRefused(await deliver(body, signWebhook({ secret: newWebhookSecret(), body })))
  })

  test('signed with the other route’s secret', async () => {
    const { body } = grantEventBody()
    await expectRefused(await deliver(body, signWebhook({ secret: GRANT_SECRET, body })))
    const grant = JSON.stringify({ client_session_id: newSession().client_session_id, connected_account_ids: ['a'] })
    await expectRefused(await post('/webhooks/grants', grant, signWebhook({ secret: SEAM_SECRET, body: grant })))
  })

  test('too old', async () => {
    const { body } = grantEventBody()
    await expectRefused(
      await deliver(body, signWebhook({ secret: SEAM_SECRET, body, timestamp: now() - OUTSIDE_TOLERANCE_S })),
    )
  })

  test('from the future', async () => {
    const { body } = grantEventBody()
    await expectRefused(
      await deliver(body, signWebhook({ secret: SEAM_SECRET, body, timestamp: now() + OUTSIDE_TOLERANCE_S })),
    )
  })

  test('no signature headers at all, or only some of them', async () => {
    const { body } = grantEventBody()
    await expectRefused(await deliver(body, { 'content-type': 'application/json' }))
    const headers = signWebhook({ secret: SEAM_SECRET, body })
    for (const missing of ['webhook-id', 'webhook-timestamp', 'webhook-signature']) {
      const partial = { ...headers }
      delete partial[missing]
      await expectRefused(await deliver(body, partial))
    }
  })

  test('malformed headers: empty or unversioned signature, non-numeric timestamp', async () => {
    const { body } = grantEventBody()
    const headers = signWebhook({ secret: SEAM_SECRET, body })
    const bare = (headers['webhook-signature'] as string).slice('v1,'.length)
    await expectRefused(await deliver(body, { ...headers, 'webhook-signature': '' }))
    await expectRefused(await deliver(body, { ...headers, 'webhook-signature': bare }))
    await expectRefused(await deliver(body, { ...headers, 'webhook-signature': `v2,${bare}` }))
    // (`<ts>.5` verifies, as in the reference library's parseInt: test/webhook-reference.test.ts.)
    await expectRefused(await deliver(body, { ...headers, 'webhook-timestamp': 'soon' }))
  })

  test('a body over BODY_LIMIT_BYTES is refused before anything else (413)', async () => {
    const body = JSON.stringify(seamEvent('device.unlocked', { padding: 'x'.repeat(70 * 1024) }))
    await expectRefused(await deliver(body, signWebhook({ secret: SEAM_SECRET, body })), 413)
  })

  test('only POST', async () => {
    for (const path of ['/webhooks/seam', '/webhooks/grants']) {
      const res = await gateway.fetch(path)
      expect(res.status).toBe(405)
      expect(res.headers.get('allow')).toBe('POST')
    }
    expect(fake.calls).toEqual([])
  })
})

describe('configuration', () => {
  test('an unset secret answers 503 and never accepts anything, signed or not', async () => {
    const bare = await startGateway({ vars: { SEAM_ENDPOINT: fake.url, SEAM_API_KEY: fake.seed.apiKeys.one } })
    try {
      const { body } = grantEventBody()
      for (const path of ['/webhooks/seam', '/webhooks/grants']) {
        const unsigned = await bare.fetch(path, {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json' },
        })
        expect(unsigned.status).toBe(503)
        expect(((await unsigned.json()) as { error: { type: string } }).error.type).toBe('webhook_not_configured')
        const signed = await bare.fetch(path, {
          method: 'POST',
          body,
          headers: signWebhook({ secret: SEAM_SECRET, body }),
        })
        expect(signed.status).toBe(503)
      }
      expect(fake.calls).toEqual([])
    } finally {
      await bare.close()
    }
  })

  test('without SEAM_API_KEY a verified delivery gets 503 (retried later), an unverified one still 401', async () => {
    const keyless = await startGateway({ vars: { SEAM_ENDPOINT: fake.url, SEAM_WEBHOOK_SECRET: SEAM_SECRET } })
    try {
      const { body } = grantEventBody()
      const signed = await keyless.fetch('/webhooks/seam', {
        method: 'POST',
        body,
        headers: signWebhook({ secret: SEAM_SECRET, body }),
      })
      expect(signed.status).toBe(503)
      const forged = await keyless.fetch('/webhooks/seam', {
        method: 'POST',
        body,
        headers: signWebhook({ secret: newWebhookSecret(), body }),
      })
      expect(forged.status).toBe(401)
      expect(fake.calls).toEqual([])
    } finally {
      await keyless.close()
    }
  })

  test('a secret that is not whsec_ base64 is a deployment error (500), not an accepted delivery', async () => {
    const broken = await startGateway({
      vars: { SEAM_ENDPOINT: fake.url, SEAM_API_KEY: fake.seed.apiKeys.one, SEAM_WEBHOOK_SECRET: 'whsec_not base64!' },
    })
    try {
      const { body } = grantEventBody()
      const res = await broken.fetch('/webhooks/seam', {
        method: 'POST',
        body,
        headers: signWebhook({ secret: SEAM_SECRET, body }),
      })
      expect(res.status).toBe(500)
      expect(fake.calls).toEqual([])
    } finally {
      await broken.close()
    }
  })
})

test('no secret, signature or token reaches the logs', async () => {
  const { body } = grantEventBody()
  const headers = signWebhook({ secret: SEAM_SECRET, body })
  expect((await deliver(body, headers)).status).toBe(200)
  await deliver(body, { ...headers, 'webhook-signature': 'v1,AAAA' })
  const grant = JSON.stringify({ client_session_id: newSession().client_session_id, connected_account_ids: ['a'] })
  const grantHeaders = signWebhook({ secret: GRANT_SECRET, body: grant })
  expect((await post('/webhooks/grants', grant, grantHeaders)).status).toBe(200)

  const logs = gateway.logs.join('\n')
  const forbidden = [
    SEAM_SECRET,
    SEAM_SECRET.slice('whsec_'.length),
    GRANT_SECRET.slice('whsec_'.length),
    fake.seed.apiKeys.one,
    (headers['webhook-signature'] as string).slice('v1,'.length),
    (grantHeaders['webhook-signature'] as string).slice('v1,'.length),
    headers['webhook-id'] as string,
    grantHeaders['webhook-id'] as string,
  ]
  for (const secret of forbidden) expect(logs).not.toContain(secret)
  // The sessions' client session tokens (in grant_access's answer) are not logged either.
  for (const session of fake.store.sessions.values()) expect(logs).not.toContain(session.token)
  // And the failures say why, in the log only.
  expect(gateway.requestLogs().some((l) => l.reason === 'webhook verification failed: no_matching_signature')).toBe(
    true,
  )
})
