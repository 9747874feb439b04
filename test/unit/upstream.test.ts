/**
 * The pure parts of the upstream client (src/upstream.ts): reading Seam's Retry-After, the headers
 * of Seam's answer that go back to the caller, and removing stack traces from error bodies.
 * The retry and timeout policy itself is checked against a real upstream in test/faults.test.ts.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { PASSED_RESPONSE_HEADERS, parseRetryAfter, passedHeaders, stripStacks } from '../../src/upstream.ts'

describe('parseRetryAfter (RFC 9110 10.2.3: delay-seconds or an HTTP-date), in ms', () => {
  const NOW = Date.parse('2026-12-02T05:00:00.000Z')
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(NOW)
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  test.each([
    ['0', 0],
    ['1', 1_000],
    ['120', 120_000],
    [' 7 ', 7_000],
    ['007', 7_000],
  ])('delay-seconds %j → %i', (value, ms) => {
    expect(parseRetryAfter(value)).toBe(ms)
  })

  test('an HTTP-date: the time left until then', () => {
    expect(parseRetryAfter('Wed, 02 Dec 2026 05:00:30 GMT')).toBe(30_000)
    expect(parseRetryAfter(new Date(NOW + 90_000).toUTCString())).toBe(90_000)
  })

  test('an HTTP-date already past is no wait at all, never a negative one', () => {
    expect(parseRetryAfter('Wed, 02 Dec 2026 04:59:00 GMT')).toBe(0)
  })

  test('absent, empty or unreadable → null (the backoff decides)', () => {
    for (const value of [null, undefined, '', '   ', 'soon', 'in a minute']) expect(parseRetryAfter(value)).toBeNull()
  })
})

describe('passedHeaders', () => {
  test("only seam-request-id and retry-after of Seam's answer go back", () => {
    const headers = new Headers({
      'seam-request-id': 'req_1',
      'retry-after': '3',
      'set-cookie': 'session=x',
      'access-control-allow-origin': '*',
      connection: 'keep-alive',
      server: 'seam',
    })
    expect(passedHeaders(headers)).toEqual({ 'seam-request-id': 'req_1', 'retry-after': '3' })
    expect(PASSED_RESPONSE_HEADERS).toEqual(['seam-request-id', 'retry-after'])
    expect(passedHeaders(new Headers({ server: 'seam' }))).toEqual({})
  })
})

describe('stripStacks', () => {
  test('removes every `stack` key wherever it sits, and says so', () => {
    const body = {
      stack: 'top',
      error: {
        type: 'internal',
        message: 'boom',
        stack: 'Error: boom\n    at handler (/srv/seam/api.js:1:1)',
        data: { stack: 'x', items: [{ stack: 'y', keep: 1 }] },
      },
    }
    expect(stripStacks(body)).toBe(true)
    expect(body).toEqual({ error: { type: 'internal', message: 'boom', data: { items: [{ keep: 1 }] } } })
  })

  test('a body without one is left alone', () => {
    const body = { error: { type: 'invalid_input', message: 'no', stacks: ['kept: another key'] } }
    expect(stripStacks(body)).toBe(false)
    expect(body).toEqual({ error: { type: 'invalid_input', message: 'no', stacks: ['kept: another key'] } })
    for (const value of [null, 'stack', 3, []]) expect(stripStacks(value)).toBe(false)
  })

  test('an inherited `stack` is not an own key: nothing to remove', () => {
    const body = Object.create({ stack: 'inherited' }) as Record<string, unknown>
    expect(stripStacks(body)).toBe(false)
  })

  test('deep bodies are walked without recursion (no stack overflow)', () => {
    const depth = 100_000
    const body = JSON.parse(`${'{"a":'.repeat(depth)}{"stack":"deep"}${'}'.repeat(depth)}`)
    expect(stripStacks(body)).toBe(true)
    let innermost = body
    for (let i = 0; i < depth; i++) innermost = innermost.a
    expect(innermost).toEqual({})
  })
})
