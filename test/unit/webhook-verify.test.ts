/**
 * Standard Webhooks verification in process (src/webhooks/verify.ts): the secret's key, the
 * signature, the timestamp window, the header families, signature lists. Signatures come from the
 * `standardwebhooks` reference library, not from the code under test. test/webhook-reference.test.ts
 * holds the gateway to the same library edge case by edge case, through the bundle.
 */
import { Webhook } from 'standardwebhooks'
import { describe, expect, test } from 'vitest'
import { timingSafeEqual } from '../../src/crypto.ts'
import {
  importSecret,
  sign,
  type VerifyResult,
  verifyDelivery,
  WEBHOOK_TOLERANCE_SECONDS,
} from '../../src/webhooks/verify.ts'

/** 24 fixed bytes, base64: a secret as Svix issues them. */
const SECRET = `whsec_${btoa('0123456789abcdefghijklmn')}`
const OTHER_SECRET = `whsec_${btoa('another secret of 24 byt')}`
const NOW = 1_780_000_000
const ID = 'msg_2mT1'
const BODY = '{"event_type":"device.unlocked","device_id":"d1"}'

/** The reference library's `v1,<base64>` for one delivery. */
const referenceSignature = (secret: string, id: string, timestamp: number, body: string) =>
  new Webhook(secret).sign(id, new Date(timestamp * 1000), body)

const deliveryHeaders = (signature: string, timestamp = NOW, id = ID, prefix = 'webhook') =>
  new Headers({ [`${prefix}-id`]: id, [`${prefix}-timestamp`]: String(timestamp), [`${prefix}-signature`]: signature })

async function verify(headers: Headers, body = BODY, now = NOW, secret = SECRET): Promise<VerifyResult> {
  const key = await importSecret(secret)
  if (!key) throw new Error('not a whsec_ secret')
  return verifyDelivery(key, headers, body, now)
}

const failure = (reason: string) => ({ ok: false, failure: reason })

describe('verifyDelivery', () => {
  test("the reference library's signature verifies, and gives the id and the signed timestamp", async () => {
    const signature = referenceSignature(SECRET, ID, NOW, BODY)
    expect(await verify(deliveryHeaders(signature))).toEqual({ ok: true, id: ID, timestamp: NOW })
  })

  test('`sign` makes the very signature the reference makes', async () => {
    const key = await importSecret(SECRET)
    expect(`v1,${await sign(key as CryptoKey, ID, NOW, BODY)}`).toBe(referenceSignature(SECRET, ID, NOW, BODY))
  })

  test('another body, id, timestamp or secret → no_matching_signature', async () => {
    const signature = referenceSignature(SECRET, ID, NOW, BODY)
    expect(await verify(deliveryHeaders(signature), `${BODY} `)).toEqual(failure('no_matching_signature'))
    expect(await verify(deliveryHeaders(signature, NOW, 'msg_other'))).toEqual(failure('no_matching_signature'))
    expect(await verify(deliveryHeaders(signature, NOW + 1))).toEqual(failure('no_matching_signature'))
    expect(await verify(deliveryHeaders(signature), BODY, NOW, OTHER_SECRET)).toEqual(failure('no_matching_signature'))
  })

  test(`the timestamp must be within ${WEBHOOK_TOLERANCE_SECONDS} s of now, both ways`, async () => {
    const at = (timestamp: number) =>
      verify(deliveryHeaders(referenceSignature(SECRET, ID, timestamp, BODY), timestamp))
    expect((await at(NOW - WEBHOOK_TOLERANCE_SECONDS)).ok).toBe(true)
    expect((await at(NOW + WEBHOOK_TOLERANCE_SECONDS)).ok).toBe(true)
    expect(await at(NOW - WEBHOOK_TOLERANCE_SECONDS - 1)).toEqual(failure('timestamp_too_old'))
    expect(await at(NOW + WEBHOOK_TOLERANCE_SECONDS + 1)).toEqual(failure('timestamp_in_future'))
  })

  test('a timestamp that is no number → invalid_timestamp; one with trailing text is read as parseInt reads it', async () => {
    const signature = referenceSignature(SECRET, ID, NOW, BODY)
    const headers = deliveryHeaders(signature)
    headers.set('webhook-timestamp', 'now')
    expect(await verify(headers)).toEqual(failure('invalid_timestamp'))
    headers.set('webhook-timestamp', `${NOW}abc`)
    expect(await verify(headers)).toEqual({ ok: true, id: ID, timestamp: NOW })
  })

  test('a missing or empty header → missing_headers', async () => {
    const signature = referenceSignature(SECRET, ID, NOW, BODY)
    for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature']) {
      const headers = deliveryHeaders(signature)
      headers.delete(name)
      expect(await verify(headers), name).toEqual(failure('missing_headers'))
      headers.set(name, '')
      expect(await verify(headers), name).toEqual(failure('missing_headers'))
    }
  })

  test('svix-* headers work too, and win over webhook-* ones', async () => {
    const good = referenceSignature(SECRET, ID, NOW, BODY)
    const bad = referenceSignature(OTHER_SECRET, ID, NOW, BODY)
    expect((await verify(deliveryHeaders(good, NOW, ID, 'svix'))).ok).toBe(true)
    const both = deliveryHeaders(good, NOW, ID, 'svix')
    for (const [name, value] of deliveryHeaders(bad)) both.set(name, value)
    expect((await verify(both)).ok).toBe(true)
    const reversed = deliveryHeaders(bad, NOW, ID, 'svix')
    for (const [name, value] of deliveryHeaders(good)) reversed.set(name, value)
    expect(await verify(reversed)).toEqual(failure('no_matching_signature'))
  })

  test('during a secret rotation any one v1 entry of the list may match; other versions are skipped', async () => {
    const good = referenceSignature(SECRET, ID, NOW, BODY)
    const old = referenceSignature(OTHER_SECRET, ID, NOW, BODY)
    const sig = good.slice('v1,'.length)
    expect((await verify(deliveryHeaders(`${old} ${good}`))).ok).toBe(true)
    expect((await verify(deliveryHeaders(`${good} ${old}`))).ok).toBe(true)
    expect((await verify(deliveryHeaders(`v1a,${sig} ${old}`))).ok).toBe(false)
    expect((await verify(deliveryHeaders(`v2,${sig}`))).ok).toBe(false)
    expect((await verify(deliveryHeaders(sig))).ok).toBe(false)
    // `v1,<sig>,<more>`: the signature is the part between the first and the second comma.
    expect((await verify(deliveryHeaders(`${good},extra`))).ok).toBe(true)
  })
})

describe('importSecret', () => {
  test('the whsec_ prefix is optional: both spellings give a key that verifies', async () => {
    const signature = referenceSignature(SECRET, ID, NOW, BODY)
    const bare = SECRET.slice('whsec_'.length)
    expect((await verify(deliveryHeaders(signature), BODY, NOW, bare)).ok).toBe(true)
  })

  test('one imported key per secret, reused', async () => {
    expect(await importSecret(SECRET)).toBe(await importSecret(SECRET))
    expect(await importSecret(SECRET)).not.toBe(await importSecret(OTHER_SECRET))
  })

  test('a secret that is not base64, or is empty → null (a deployment error)', async () => {
    for (const secret of ['whsec_not base64!', 'whsec_', '']) expect(await importSecret(secret), secret).toBeNull()
  })
})

describe('timingSafeEqual', () => {
  test('equal strings only', () => {
    expect(timingSafeEqual('abc', 'abc')).toBe(true)
    expect(timingSafeEqual('abc', 'abd')).toBe(false)
    expect(timingSafeEqual('abc', 'abcd')).toBe(false)
    expect(timingSafeEqual('', '')).toBe(true)
    // Compared as UTF-8 bytes: same length in UTF-16, different bytes.
    expect(timingSafeEqual('é', 'e')).toBe(false)
  })
})
