/**
 * Where pass-through may send a request (`safeUpstreamPath` in src/pass-through.ts): SEAM_ENDPOINT
 * plus a path of plain segments, or nothing (400 invalid_path). test/path-safety.test.ts sends the
 * same paths through the bundle and checks nothing reaches the upstream.
 */
import { describe, expect, test } from 'vitest'
import type { SeamError } from '../../src/errors.ts'
import { safeUpstreamPath } from '../../src/pass-through.ts'

const SEAM = { SEAM_ENDPOINT: 'https://connect.getseam.com' }
const UNDER_PREFIX = { SEAM_ENDPOINT: 'https://proxy.example/seam/v1' }

function refusal(call: () => unknown): SeamError {
  try {
    call()
  } catch (err) {
    return err as SeamError
  }
  throw new Error('expected invalid_path, the path was accepted')
}

describe('accepted: plain segments, the query as it came', () => {
  test.each([
    ['/devices/list', ''],
    ['/devices/list', '?device_ids=a&device_ids=b&_strict=true'],
    ['/action_attempts/get', '?action_attempt_id=%2F..%2F'],
    ['/a/b.c/d~e/f-g/h_i', ''],
    // Three dots are a name, not a dot segment, to the WHATWG URL parser and to us.
    ['/devices/...', ''],
  ])('%s%s', (path, search) => {
    expect(safeUpstreamPath(SEAM, path, search)).toBe(path + search)
    // Under an endpoint with a path of its own, the target is that path followed by ours.
    expect(new URL(UNDER_PREFIX.SEAM_ENDPOINT + safeUpstreamPath(UNDER_PREFIX, path, search)).pathname).toBe(
      `/seam/v1${path}`,
    )
  })
})

describe('refused with 400 invalid_path, the reason in the log only', () => {
  test.each([
    ['encoded slash', '/devices%2flist'],
    ['encoded backslash', '/devices%5Clist'],
    ['double encoding', '/devices%252flist'],
    ['any percent-encoding', '/devices/l%69st'],
    ['a raw backslash', '/devices\\list'],
    ['an empty segment', '/devices//list'],
    ['a scheme-relative target', '//evil.example/devices/list'],
    ['a trailing slash', '/devices/list/'],
    ['the root', '/'],
    ['no leading slash', 'devices/list'],
    ['userinfo', '/devices/list@evil.example'],
    ['a colon', '/devices/list:80'],
    ['non-ASCII', '/devices/lïst'],
    ['a space', '/devices/ list'],
    ['a NUL', '/devices/list\u0000'],
  ])('%s: %j', (_, path) => {
    const err = refusal(() => safeUpstreamPath(SEAM, path, ''))
    expect([err.status, err.type, err.message]).toEqual([
      400,
      'invalid_path',
      'The request path is not a valid Seam API path.',
    ])
    expect(err.logReason).toBe('path has characters or empty segments a Seam route has not')
  })

  test.each(['/devices/../admin', '/devices/..', '/./devices', '/devices/.'])('a dot segment: %j', (path) => {
    expect(refusal(() => safeUpstreamPath(SEAM, path, '')).logReason).toBe('path has a dot segment')
  })

  test('an endpoint that would swallow the path (a query or fragment in SEAM_ENDPOINT) sends nothing', () => {
    for (const endpoint of ['https://connect.getseam.com/base?x=1', 'https://connect.getseam.com/base#top']) {
      const err = refusal(() => safeUpstreamPath({ SEAM_ENDPOINT: endpoint }, '/devices/list', ''))
      expect([err.type, err.logReason]).toEqual(['invalid_path', 'path would leave SEAM_ENDPOINT'])
    }
  })
})
