/**
 * OpenID Connect discovery past its cache lifetime (src/token/discovery.ts): when the provider
 * fails, the last good `jwks_uri` keeps being used; with none the caller gets KeysUnavailable, and
 * no new fetch starts within DISCOVERY_FAILURE_BACKOFF_MS. The provider is a real HTTP server on
 * this machine (http is allowed only there); only Date is faked, to step past an hour.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, expect, test, vi } from 'vitest'
import {
  DISCOVERY_CACHE_TTL_MS,
  DISCOVERY_FAILURE_BACKOFF_MS,
  DISCOVERY_PATH,
  discoveryFor,
} from '../../src/token/discovery.ts'
import { KeysUnavailable } from '../../src/token/fetch-json.ts'

const JWKS_URI = 'https://keys.example/jwks.json'
let server: Server
let origin = ''
/** What the provider does now, and the discovery requests it has had. */
let healthy = true
const requests: string[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '')
    if (!healthy) {
      res.writeHead(503).end('down')
      return
    }
    // The issuer is the path before the well-known suffix: one server plays every issuer.
    const issuer = origin + (req.url ?? '').slice(0, -DISCOVERY_PATH.length)
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ issuer, jwks_uri: JWKS_URI }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})
afterEach(() => {
  vi.useRealTimers()
  healthy = true
  requests.length = 0
})

test('past its lifetime, a provider that fails leaves the last good jwks_uri in use, and the failure reported', async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(Date.parse('2026-12-02T12:00:00.000Z'))
  const discovery = discoveryFor(`${origin}/known`)
  const errors: string[] = []
  expect(await discovery.keySetUrl((e) => errors.push(e))).toBe(JWKS_URI)
  expect(requests).toHaveLength(1)

  healthy = false
  vi.setSystemTime(Date.now() + DISCOVERY_CACHE_TTL_MS - 1)
  expect(await discovery.keySetUrl((e) => errors.push(e))).toBe(JWKS_URI)
  expect(requests).toHaveLength(1) // still within its lifetime: not asked

  vi.setSystemTime(Date.now() + 1)
  expect(await discovery.keySetUrl((e) => errors.push(e))).toBe(JWKS_URI)
  expect(requests).toHaveLength(2)
  expect(errors).toEqual(['discovery: status 503'])

  // Within the backoff the provider is not asked again, and the last good answer still serves.
  expect(await discovery.keySetUrl((e) => errors.push(e))).toBe(JWKS_URI)
  expect(requests).toHaveLength(2)

  // Once it answers again (after the backoff), its answer is fetched and held anew.
  healthy = true
  vi.setSystemTime(Date.now() + DISCOVERY_FAILURE_BACKOFF_MS)
  expect(await discovery.keySetUrl((e) => errors.push(e))).toBe(JWKS_URI)
  expect(requests).toHaveLength(3)
  expect(await discovery.keySetUrl((e) => errors.push(e))).toBe(JWKS_URI)
  expect(requests).toHaveLength(3)
})

test('with no good answer yet, a failing provider is KeysUnavailable, and not asked again within the backoff', async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(Date.parse('2026-12-02T13:00:00.000Z'))
  healthy = false
  const discovery = discoveryFor(`${origin}/never-seen`)
  const errors: string[] = []
  await expect(discovery.keySetUrl((e) => errors.push(e))).rejects.toBeInstanceOf(KeysUnavailable)
  await expect(discovery.keySetUrl((e) => errors.push(e))).rejects.toThrow(/backing off/)
  expect(requests).toHaveLength(1)
  expect(errors).toEqual(['discovery: status 503'])

  vi.setSystemTime(Date.now() + DISCOVERY_FAILURE_BACKOFF_MS)
  healthy = true
  expect(await discovery.keySetUrl((e) => errors.push(e))).toBe(JWKS_URI)
  expect(requests).toHaveLength(2)
})
