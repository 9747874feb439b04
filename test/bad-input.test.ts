/**
 * Issue 13, points 5 and 6, through the real bundle and the project's fake Seam: bad input never
 * costs a 5xx, whatever its depth, and an error answer is never much larger than the request.
 */
import { describe, expect, test } from 'vitest'
import { useGateway } from './helpers/fixture.ts'
import { goodClaims, signJwt } from './helpers/jwt.ts'
import { newWebhookSecret, signWebhook } from './helpers/sign-webhook.ts'

const SEAM_SECRET = newWebhookSecret()
const GRANT_SECRET = newWebhookSecret()
const JWT_SECRET = 'a-test-secret-of-more-than-thirty-two-bytes!'
/** The issue's figure: ~5,000 levels fit in 10 KB, well under the 64 KiB body limit. */
const ISSUE_DEPTH = 5_000
/** The deepest a body under the default 64 KiB limit can be: one byte per level. */
const LIMIT_DEPTH = 30_000
/** Mirrors src/validation.ts MAX_LISTED_INPUT_ERRORS. */
const MAX_LISTED = 20

const { gateway, upstream: fake } = useGateway({
  vars: ({ seed }) => ({
    SEAM_API_KEY: seed.apiKeys.one,
    SEAM_WEBHOOK_SECRET: SEAM_SECRET,
    GRANT_WEBHOOK_SECRET: GRANT_SECRET,
    AUTH_JWT_SECRET: JWT_SECRET,
  }),
})

/** `{"a":{"a":…1…}}`, `depth` objects deep, inside a body that is otherwise valid for the route. */
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
/** `[[[…]]]`, one byte per level. */
const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`

const apiKey = () => ({ authorization: `Bearer ${fake.seed.apiKeys.one}`, 'content-type': 'application/json' })

async function expectInvalidInput(res: Response) {
  const body = (await res.json()) as { ok: boolean; error: { type: string } }
  expect(res.status).toBe(400)
  expect(body).toMatchObject({ ok: false, error: { type: 'invalid_input' } })
}

describe('point 5: deep JSON is a 400 on every route that reads JSON', () => {
  const shapes = [
    ['objects, the issue depth', () => deepObject(ISSUE_DEPTH)],
    ['arrays, as deep as the body limit allows', () => deepArray(LIMIT_DEPTH)],
  ] as const

  for (const [name, nested] of shapes) {
    test(`client sessions (${name}): 400 invalid_input, nothing sent upstream`, async () => {
      for (const [method, path] of [
        ['POST', '/client_sessions/create'],
        ['PUT', '/client_sessions/create'],
        ['POST', '/client_sessions/get'],
        ['PATCH', '/client_sessions/grant_access'],
        ['POST', '/client_sessions/revoke'],
      ] as const) {
        const body = `{"user_identifier_key":"u","nested":${nested()}}`
        await expectInvalidInput(await gateway.fetch(path, { method, headers: apiKey(), body }))
        // The whole body nested, too (not an object at the top: refused before any walk).
        await expectInvalidInput(await gateway.fetch(path, { method, headers: apiKey(), body: nested() }))
      }
      expect(fake.calls).toEqual([])
    })

    test(`webhooks (${name}): a signed deep body is a 400 invalid_input on both routes`, async () => {
      for (const [path, secret] of [
        ['/webhooks/grants', GRANT_SECRET],
        ['/webhooks/seam', SEAM_SECRET],
      ] as const) {
        const body = `{"event_type":"device.unlocked","client_session_id":"cs","nested":${nested()}}`
        const res = await gateway.fetch(path, { method: 'POST', headers: signWebhook({ secret, body }), body })
        await expectInvalidInput(res)
      }
      expect(fake.calls).toEqual([])
    })
  }

  test('a depth just inside the cap still reaches validation as usual', async () => {
    const res = await gateway.fetch('/client_sessions/create', {
      method: 'POST',
      headers: apiKey(),
      body: `{"user_identifier_key":"u","nested":${deepObject(30)}}`,
    })
    const body = (await res.json()) as { error: { message: string } }
    expect(res.status).toBe(400)
    // Refused by the schema (an unknown parameter), not by the depth cap.
    expect(body.error.message).toContain('nested: Unrecognized parameter')
  })

  test('/token (reads no JSON body; JSON only inside the JWT): deep JSON anywhere is never a 5xx', async () => {
    const deep = () => JSON.parse(deepArray(3_000))
    const forged = (extra: 'header' | 'claims') =>
      signJwt({
        alg: 'HS256',
        key: 'another-secret-of-more-than-thirty-two-bytes',
        payload: goodClaims('u', extra === 'claims' ? { x: deep() } : {}),
        header: extra === 'header' ? { x: deep() } : {},
      })
    for (const [authorization, body] of [
      ['Bearer x', deepObject(ISSUE_DEPTH)],
      [`Bearer ${forged('header')}`, ''],
      [`Bearer ${forged('claims')}`, deepArray(LIMIT_DEPTH)],
    ] as const) {
      const res = await gateway.fetch('/token', {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body,
      })
      expect(res.status).toBe(401)
      expect(((await res.json()) as { error: { type: string } }).error.type).toBe('unauthorized')
    }
    // A correctly signed JWT with a deep claim is still just a JWT: the claim is never walked.
    const signed = signJwt({ alg: 'HS256', key: JWT_SECRET, payload: goodClaims('u', { x: deep() }) })
    const res = await gateway.fetch('/token', { method: 'POST', headers: { authorization: `Bearer ${signed}` } })
    expect(res.status).toBeLessThan(500)
  })
})

describe('point 6: an error answer is never much larger than the request', () => {
  test('3,000 unknown query parameters: at most 20 listed, the rest counted, answer smaller than the request', async () => {
    const names = Array.from({ length: 3_000 }, (_, i) => `p${i}`)
    const query = names.map((n) => `${n}=1`).join('&')
    const path = `/client_sessions/get?client_session_id=cs_1&${query}`
    const res = await gateway.fetch(path, { headers: apiKey() })
    const text = await res.text()
    expect(res.status).toBe(400)
    expect(text.length).toBeLessThan(path.length)
    expect(text.length).toBeLessThan(4_096)
    const body = JSON.parse(text) as {
      error: { type: string; message: string; validation_errors: Record<string, unknown> }
    }
    expect(body.error.type).toBe('invalid_input')
    expect(body.error.message).toMatch(/^3000 Input Errors: p0: Unrecognized parameter; /)
    expect(body.error.message).toContain(`${3_000 - MAX_LISTED} more input errors not listed`)
    const listed = Object.keys(body.error.validation_errors).filter((k) => k !== '_errors')
    expect(listed).toEqual(names.slice(0, MAX_LISTED))
    // The SDK's getValidationErrorMessages(param) still finds the listed ones.
    expect(body.error.validation_errors.p0).toEqual({ _errors: ['Unrecognized parameter'] })
    expect(fake.calls).toEqual([])
  })

  test('the same in a JSON body, and long names are cut when listed', async () => {
    const long = 'n'.repeat(2_000)
    const fields = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`${long}${i}`, 1]))
    const request = JSON.stringify({ user_identifier_key: 'u', ...fields })
    const res = await gateway.fetch('/client_sessions/create', { method: 'POST', headers: apiKey(), body: request })
    const text = await res.text()
    expect(res.status).toBe(400)
    expect(text.length).toBeLessThan(request.length / 4)
    const body = JSON.parse(text) as { error: { message: string } }
    expect(body.error.message).toContain('5 more input errors not listed')
    expect(body.error.message).not.toContain(long)
  })

  test('a few errors are listed in full, as before', async () => {
    const res = await gateway.fetch('/client_sessions/get?client_session_id=cs_1&foo=1&bar=2', { headers: apiKey() })
    const body = (await res.json()) as { error: { message: string; validation_errors: Record<string, unknown> } }
    expect(res.status).toBe(400)
    expect(body.error.message).toBe('2 Input Errors: foo: Unrecognized parameter; bar: Unrecognized parameter')
    expect(body.error.validation_errors).toMatchObject({ foo: { _errors: ['Unrecognized parameter'] } })
  })
})
