/**
 * Pass-through path safety (issue 9): whatever request target a client sends, the upstream is
 * SEAM_ENDPOINT and the path stays under SEAM_ENDPOINT's path.
 *
 * Requests go out raw through node:http (fetch clients normalise `..` and `\` before
 * sending; node:http sends the target byte for byte). workerd parses the target as a URL
 * before the worker runs, so literal and `%2e`-encoded dot segments and backslashes reach the
 * worker already resolved — inside the gateway's origin, so at worst onto another path under
 * SEAM_ENDPOINT. Whatever the URL parser keeps encoded (`%2f`, `%5c`, `%25`, …), and empty
 * segments, the worker refuses with 400 `invalid_path` before any upstream call.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { useGateway } from './helpers/fixture.ts'
import type { Gateway } from './helpers/gateway.ts'
import { rawGet } from './helpers/http-call.ts'

const PREFIX = '/seam-api'
const AUTH = 'Bearer seam_apikey1_token'

/** Sends `target` as the request line's target, unchanged. */
const raw = (gateway: Gateway, target: string, headers: Record<string, string> = {}) =>
  rawGet(gateway.url, target, { authorization: AUTH, ...headers })

const pathOf = (url: string) => url.split('?')[0] ?? ''

describe('pass-through path safety', () => {
  const { gateway, upstream: echo } = useGateway({
    upstream: 'echo',
    vars: ({ url }) => ({ SEAM_ENDPOINT: url + PREFIX }),
  })

  test.each([
    ['encoded slash', '/devices%2flist'],
    ['encoded slash, upper case', '/devices%2Flist'],
    ['encoded backslash', '/devices%5clist'],
    ['encoded backslash, upper case', '/devices%5Clist'],
    ['double-encoded slash', '/devices%252flist'],
    ['double-encoded dots', '/devices/%252e%252e/admin'],
    ['encoded dots with encoded slash', '/devices/..%2f..%2fadmin'],
    ['encoded dots inside a segment', '/devices/list%2e%2e'],
    ['encoded NUL', '/devices/list%00'],
    ['scheme-relative target', '//evil.example/devices/list'],
    ['empty segment', '/devices//list'],
    ['trailing slash', '/devices/list/'],
    ['userinfo-looking segment', '/devices/list@evil.example'],
    ['port-looking segment', '/evil.example:443/devices'],
    ['matrix parameter', '/devices/list;jsessionid=1'],
  ])('%s (%s): 400 invalid_path, nothing sent upstream', async (_name, target) => {
    const answer = await raw(gateway, target)
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.body)).toEqual({
      error: { type: 'invalid_path', message: 'The request path is not a valid Seam API path.' },
      ok: false,
    })
    expect(echo.calls).toHaveLength(0)
  })

  test.each([
    ['dot segments', '/devices/../../../../etc/passwd', '/etc/passwd'],
    ['encoded dot segments', '/devices/%2e%2e/%2E%2E/%2e%2e/etc/passwd', '/etc/passwd'],
    ['mixed encoded dot segments', '/devices/.%2e/%2e./admin', '/admin'],
    ['backslash dot segments', '/devices\\..\\..\\admin', '/admin'],
    ['single dots', '/./devices/./list', '/devices/list'],
  ])('%s (%s) are resolved before the worker runs and stay under SEAM_ENDPOINT', async (_name, target, resolved) => {
    const answer = await raw(gateway, target)
    expect(answer.status).toBe(200)
    expect(echo.calls.map((c) => pathOf(c.url))).toEqual([PREFIX + resolved])
  })

  test('dot segments that resolve onto a gateway route reach that route, with its own checks', async () => {
    echo.answer = {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"client_sessions":[],"ok":true}',
    }
    const answer = await raw(gateway, '/devices/../client_sessions/list')
    // The gateway's list route ran (its log names it) and forwarded under SEAM_ENDPOINT.
    expect(answer.status).toBe(200)
    expect(gateway.requestLogs().at(-1)?.route).toBe('/client_sessions/list')
    expect(echo.calls.map((c) => pathOf(c.url))).toEqual([`${PREFIX}/client_sessions/list`])
  })

  test('an absolute-form target or a foreign Host header cannot change the upstream host', async () => {
    const upstreamHost = new URL(echo.url).host
    for (const [target, headers] of [
      ['http://evil.example/devices/list?x=1', {}],
      ['https://evil.example:8443/devices/list?x=1', {}],
      ['/devices/list?x=1', { host: 'evil.example' }],
      ['/devices/list?x=1', { 'x-forwarded-host': 'evil.example', forwarded: 'host=evil.example' }],
    ] as const) {
      echo.reset()
      const answer = await raw(gateway, target, headers)
      expect(answer.status, target).toBe(200)
      expect(
        echo.calls.map((c) => [c.url, c.headers.host]),
        target,
      ).toEqual([[`${PREFIX}/devices/list?x=1`, upstreamHost]])
    }
  })

  test('the query string is passed as it came and cannot move the path', async () => {
    const query = '?next=http://evil.example/&path=../../admin&x=%2f%5c%25'
    const answer = await raw(gateway, `/devices/list${query}`)
    expect(answer.status).toBe(200)
    expect(echo.calls.map((c) => c.url)).toEqual([`${PREFIX}/devices/list${query}`])
  })

  test('any target built from tricky pieces is refused or lands under SEAM_ENDPOINT', async () => {
    const piece = fc.constantFrom(
      '/',
      '//',
      '\\',
      '.',
      '..',
      '%2e',
      '%2E%2e',
      '%2f',
      '%2F',
      '%5c',
      '%5C',
      '%25',
      '%252f',
      '%00',
      '@',
      ':',
      ';',
      'evil.example',
      'devices',
      'list',
      'http:',
      '?',
      '#',
    )
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { minLength: 1, maxLength: 8 }), async (pieces) => {
        echo.reset()
        const target = `/${pieces.join('')}`
        const answer = await raw(gateway, target)
        if (echo.calls.length === 0) {
          // Refused at the edge: a path the gateway will not forward, or one of its own.
          expect([400, 404], target).toContain(answer.status)
          return
        }
        expect(echo.calls, target).toHaveLength(1)
        const call = echo.calls[0]
        const path = pathOf(call?.url ?? '')
        expect(call?.headers.host, target).toBe(new URL(echo.url).host)
        expect(path.startsWith(`${PREFIX}/`), target).toBe(true)
        expect(path, target).not.toMatch(/\/\.{1,2}(\/|$)|\/\/|\\|%/)
      }),
      { numRuns: 150 },
    )
  })
})
