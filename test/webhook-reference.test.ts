/**
 * Issue 13, point 8: the gateway's webhook verification accepts exactly what the Standard
 * Webhooks reference library (`standardwebhooks`, a dev dependency only) accepts. Each case asks
 * the library first, then sends the same raw bytes and headers to /webhooks/grants in the real
 * bundle and checks the gateway agrees: verified (any answer but 401) exactly when the library's
 * `verify` did not throw WebhookVerificationError.
 *
 * `svix-*` headers: the reference reads only `webhook-*`. Seam's deliveries come from Svix, whose
 * own library reads `svix-*` as the same three headers (and prefers them), so the gateway does
 * too; those cases ask the reference with the `svix-*` values under the `webhook-*` names.
 */
import { createHmac, randomUUID } from 'node:crypto'
import { Webhook, WebhookVerificationError } from 'standardwebhooks'
import { describe, expect, test } from 'vitest'
import { useGateway } from './helpers/fixture.ts'
import { newWebhookSecret } from './helpers/sign-webhook.ts'

const SECRET = newWebhookSecret()
const reference = new Webhook(SECRET)
const BOM = '\uFEFF'
/** Well inside / just outside the five-minute tolerance, with a second's slack for the clock tick. */
const INSIDE_S = 299
const OUTSIDE_S = 302

const { gateway, upstream: fake } = useGateway({
  vars: ({ seed }) => ({ SEAM_API_KEY: seed.apiKeys.one, GRANT_WEBHOOK_SECRET: SECRET }),
})

const now = () => Math.floor(Date.now() / 1000)
const newId = () => `msg_${randomUUID()}`

/** A grant request the fake accepts, as text. */
function grantBody(): string {
  const session = fake.store.addSession({
    workspace_id: fake.seed.workspaces.one.id,
    user_identifier_key: `user_${randomUUID()}`,
  })
  return JSON.stringify({ client_session_id: session.client_session_id, connected_account_ids: ['acct_1'] })
}

/** The reference's own signature (`v1,…`) over `payload` (text, or bytes it decodes itself). */
const refSign = (id: string, timestamp: number, payload: string | Buffer) =>
  reference.sign(id, new Date(timestamp * 1000), payload)

/** HMAC over the exact bytes `${id}.${timestamp}.` + body, with no decoding in between. */
function rawSign(id: string, timestamp: string, body: Buffer): string {
  const key = Buffer.from(SECRET.slice('whsec_'.length), 'base64')
  const mac = createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest('base64')
  return `v1,${mac}`
}

/** `svix-*` values under the `webhook-*` names (the svix library's reading; `svix-*` wins). */
function asReferenceHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of ['id', 'timestamp', 'signature']) {
    const value = headers[`svix-${name}`] ?? headers[`webhook-${name}`]
    if (value !== undefined) out[`webhook-${name}`] = value
  }
  return out
}

function libraryAccepts(body: Buffer, headers: Record<string, string>): boolean {
  try {
    reference.verify(body, asReferenceHeaders(headers))
    return true
  } catch (err) {
    // Anything else (a SyntaxError from its JSON.parse of a BOM body) came after the signature verified.
    return !(err instanceof WebhookVerificationError)
  }
}

/** Asks the library, then the gateway, with the same bytes; both must say `expected`. */
async function agree(body: Buffer, headers: Record<string, string>, expected: boolean) {
  const library = libraryAccepts(body, headers)
  expect(library, 'the reference library').toBe(expected)
  const res = await gateway.fetch('/webhooks/grants', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: new Uint8Array(body),
  })
  const answer = await res.text()
  expect(res.status !== 401, `gateway answered ${res.status} ${answer}`).toBe(library)
  if (!library) expect(JSON.parse(answer).error.type).toBe('invalid_webhook_signature')
  else expect(res.status).toBeLessThan(500)
}

const headers = (id: string, timestamp: string, signature: string, prefix = 'webhook') => ({
  [`${prefix}-id`]: id,
  [`${prefix}-timestamp`]: timestamp,
  [`${prefix}-signature`]: signature,
})

describe('the body bytes', () => {
  test('a plain signed body verifies', async () => {
    const id = newId()
    const ts = now()
    const body = grantBody()
    await agree(Buffer.from(body), headers(id, String(ts), refSign(id, ts, body)), true)
  })

  test('a body that begins with a BOM and was signed with it verifies', async () => {
    const id = newId()
    const ts = now()
    const body = BOM + grantBody()
    await agree(Buffer.from(body), headers(id, String(ts), refSign(id, ts, body)), true)
  })

  test('a BOM added in front of a signed body does not verify', async () => {
    const id = newId()
    const ts = now()
    const body = grantBody()
    await agree(Buffer.from(BOM + body), headers(id, String(ts), refSign(id, ts, body)), false)
  })

  test('invalid UTF-8: signed over the raw bytes does not verify (the reference decodes to U+FFFD first)', async () => {
    const id = newId()
    const ts = now()
    const bytes = Buffer.concat([
      Buffer.from('{"client_session_id":"x'),
      Buffer.from([0xff, 0xc3, 0x28]),
      Buffer.from('"}'),
    ])
    await agree(bytes, headers(id, String(ts), rawSign(id, String(ts), bytes)), false)
  })

  test('invalid UTF-8: signed over the decoded text verifies', async () => {
    const id = newId()
    const ts = now()
    const bytes = Buffer.concat([
      Buffer.from('{"client_session_id":"x'),
      Buffer.from([0xff, 0xc3, 0x28, 0xe2, 0x82]),
      Buffer.from('"}'),
    ])
    await agree(bytes, headers(id, String(ts), refSign(id, ts, bytes)), true)
  })
})

describe('the timestamp header', () => {
  const signedAs = (text: string, signedTimestamp: number) => {
    const id = newId()
    const body = grantBody()
    return { body: Buffer.from(body), headers: headers(id, text, refSign(id, signedTimestamp, body)) }
  }

  test('leading zeros verify (the signed number is the parsed one)', async () => {
    const ts = now()
    const { body, headers: h } = signedAs(`000${ts}`, ts)
    await agree(body, h, true)
  })

  test('leading zeros signed as written do not verify', async () => {
    const ts = now()
    const id = newId()
    const body = grantBody()
    const bytes = Buffer.from(body)
    await agree(bytes, headers(id, `00${ts}`, rawSign(id, `00${ts}`, bytes)), false)
  })

  test('leading and trailing spaces verify', async () => {
    const ts = now()
    const { body, headers: h } = signedAs(`  ${ts} `, ts)
    await agree(body, h, true)
  })

  test('a plus sign, or text after the digits, verify as the reference reads them (parseInt)', async () => {
    const ts = now()
    for (const text of [`+${ts}`, `${ts}abc`, `${ts}.999`, `${ts} 1`]) {
      const { body, headers: h } = signedAs(text, ts)
      await agree(body, h, true)
    }
  })

  test('no digits at all, or a number in another notation, do not verify', async () => {
    const ts = now()
    for (const text of ['abc', `0x${ts.toString(16)}`, `${(ts / 1e9).toFixed(9)}e9`, '-']) {
      const { body, headers: h } = signedAs(text, ts)
      await agree(body, h, false)
    }
  })

  test('tolerance: within five minutes either way verifies, beyond does not', async () => {
    for (const [offset, ok] of [
      [-INSIDE_S, true],
      [INSIDE_S, true],
      [-OUTSIDE_S, false],
      [OUTSIDE_S, false],
    ] as const) {
      const ts = now() + offset
      const { body, headers: h } = signedAs(String(ts), ts)
      await agree(body, h, ok)
    }
  })
})

describe('the signature header', () => {
  const withSignature = (signature: (good: string) => string) => {
    const id = newId()
    const ts = now()
    const body = grantBody()
    const good = refSign(id, ts, body)
    return { body: Buffer.from(body), headers: headers(id, String(ts), signature(good)) }
  }
  const wrong = (good: string) => `v1,${Buffer.alloc(32, 7).toString('base64')}${good.slice(0, 0)}`
  const sigOf = (good: string) => good.slice('v1,'.length)

  const cases: [string, (good: string) => string, boolean][] = [
    ['several signatures, one valid (last)', (g) => `${wrong(g)} ${g}`, true],
    ['several signatures, one valid (first)', (g) => `${g} ${wrong(g)}`, true],
    ['several signatures, none valid', (g) => `${wrong(g)} ${wrong(g)}`, false],
    ['double spaces between entries', (g) => `${wrong(g)}  ${g}`, true],
    ['a valid entry with text after a second comma', (g) => `${g},extra`, true],
    ['an unknown version prefix with the right signature', (g) => `v2,${sigOf(g)}`, false],
    ['the asymmetric v1a prefix with the right signature', (g) => `v1a,${sigOf(g)}`, false],
    ['an upper-case V1', (g) => `V1,${sigOf(g)}`, false],
    ['no version at all', (g) => `,${sigOf(g)}`, false],
    ['a bare signature', (g) => sigOf(g), false],
    ['an unknown version first, then a valid v1', (g) => `v2,${sigOf(g)} ${g}`, true],
    ['v1 without a comma', () => 'v1', false],
  ]
  for (const [name, signature, ok] of cases) {
    test(name, async () => {
      const { body, headers: h } = withSignature(signature)
      await agree(body, h, ok)
    })
  }
})

describe('svix-* and webhook-* headers', () => {
  const delivery = () => {
    const id = newId()
    const ts = now()
    const body = grantBody()
    return { id, ts, body, good: refSign(id, ts, body) }
  }

  test('webhook-* only verifies', async () => {
    const d = delivery()
    await agree(Buffer.from(d.body), headers(d.id, String(d.ts), d.good), true)
  })

  test('svix-* only verifies', async () => {
    const d = delivery()
    await agree(Buffer.from(d.body), headers(d.id, String(d.ts), d.good, 'svix'), true)
  })

  test('both, svix-* valid and webhook-* not: svix-* wins, verifies', async () => {
    const d = delivery()
    const h = { ...headers(d.id, String(d.ts), d.good, 'svix'), ...headers(newId(), String(d.ts), 'v1,AAAA') }
    await agree(Buffer.from(d.body), h, true)
  })

  test('both, webhook-* valid and svix-* not: svix-* wins, does not verify', async () => {
    const d = delivery()
    const h = { ...headers(newId(), String(d.ts), 'v1,AAAA', 'svix'), ...headers(d.id, String(d.ts), d.good) }
    await agree(Buffer.from(d.body), h, false)
  })

  test('a header missing, or empty, does not verify', async () => {
    const d = delivery()
    const full = headers(d.id, String(d.ts), d.good)
    for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature']) {
      const { [name]: _, ...missing } = full
      await agree(Buffer.from(d.body), missing, false)
      await agree(Buffer.from(d.body), { ...full, [name]: '' }, false)
    }
  })

  test('a long message id verifies as in the reference (no extra cap)', async () => {
    const id = `msg_${'x'.repeat(1_000)}`
    const ts = now()
    const body = grantBody()
    await agree(Buffer.from(body), headers(id, String(ts), refSign(id, ts, body)), true)
  })
})
