/**
 * The forms each kind of setting accepts and refuses (src/config.ts `getConfig`). Issue 15 replaced
 * `z.url`, `z.coerce.number`, `z.int` and `z.union` there with cheaper zod pieces to fit the bundle
 * budget; these cases were run against the config before that change too and held there, so they
 * pin the same rules: a refused value is an error that names the key, never the value.
 */

import { describe, expect, test } from 'vitest'
import type { Bindings } from '../../src/config.ts'
import { getConfig } from '../../src/config.ts'

/** Parses a fresh env (getConfig caches per env object). */
const parse = (vars: Record<string, unknown>) => getConfig({ ...vars } as unknown as Bindings)
const refusal = (vars: Record<string, unknown>) => {
  try {
    parse(vars)
  } catch (err) {
    return (err as Error).message
  }
  throw new Error('the config was accepted')
}

describe('SEAM_ENDPOINT: an absolute http(s) URL spelled with ://', () => {
  test.each([
    ['https://connect.getseam.com', 'https://connect.getseam.com'],
    ['http://127.0.0.1:8787/', 'http://127.0.0.1:8787'],
    ['  https://proxy.example/seam/v1//  ', 'https://proxy.example/seam/v1'],
    ['HTTPS://Connect.GetSeam.com', 'HTTPS://Connect.GetSeam.com'],
    ['https://exa\nmple.com', 'https://example.com'],
  ])('%j is read as %j', (value, expected) => {
    expect(parse({ SEAM_ENDPOINT: value }).SEAM_ENDPOINT).toBe(expected)
  })

  test('absent is the default endpoint', () => {
    expect(parse({}).SEAM_ENDPOINT).toBe('https://connect.getseam.com')
  })

  test.each([
    'ftp://connect.getseam.com',
    'http:example.com',
    'https:/connect.getseam.com',
    'connect.getseam.com',
    'https://',
    'https://exa mple.com',
    '',
    'javascript:alert(1)',
  ])('%j is refused, naming the key only', (value) => {
    const message = refusal({ SEAM_ENDPOINT: value })
    expect(message).toBe('invalid configuration: SEAM_ENDPOINT')
  })
})

describe('counts: whole numbers within their bounds, from a string or a JSON number', () => {
  test.each([
    ['120', 120],
    [' 7 ', 7],
    [45, 45],
    ['0', 0],
    ['', 0],
    ['1e3', 1000],
    ['0x10', 16],
  ])('CACHE_TTL_SECONDS=%j is %j', (value, expected) => {
    expect(parse({ CACHE_TTL_SECONDS: value }).CACHE_TTL_SECONDS).toBe(expected)
  })

  test.each(['abc', '1.5', '-1', 'Infinity', '9007199254740992'])('CACHE_TTL_SECONDS=%j is refused', (value) => {
    expect(refusal({ CACHE_TTL_SECONDS: value })).toBe('invalid configuration: CACHE_TTL_SECONDS')
  })

  test('a bound is a bound: TOKEN_TTL_SECONDS under 60 and UPSTREAM_DEADLINE_MS over its default are refused', () => {
    expect(refusal({ TOKEN_TTL_SECONDS: '59' })).toBe('invalid configuration: TOKEN_TTL_SECONDS')
    expect(parse({ TOKEN_TTL_SECONDS: '60' }).TOKEN_TTL_SECONDS).toBe(60)
    const deadline = parse({}).UPSTREAM_DEADLINE_MS
    expect(parse({ UPSTREAM_DEADLINE_MS: String(deadline) }).UPSTREAM_DEADLINE_MS).toBe(deadline)
    expect(refusal({ UPSTREAM_DEADLINE_MS: String(deadline + 1) })).toBe('invalid configuration: UPSTREAM_DEADLINE_MS')
  })
})

describe('LOG_SAMPLE_RATE: a decimal from 0 to 1', () => {
  test.each([
    ['0.1', 0.1],
    ['.5', 0.5],
    [' 1 ', 1],
    ['0', 0],
    ['1.', 1],
    [0.25, 0.25],
  ])('%j is %j', (value, expected) => {
    expect(parse({ LOG_SAMPLE_RATE: value }).LOG_SAMPLE_RATE).toBe(expected)
  })

  test.each(['', '1.5', '-0.1', 'abc', '1e-1', true, null])('%j is refused', (value) => {
    expect(refusal({ LOG_SAMPLE_RATE: value })).toBe('invalid configuration: LOG_SAMPLE_RATE')
  })
})

describe('flags: true/false, 1/0, on/off, or a JSON boolean', () => {
  test.each([
    ['true', true],
    ['1', true],
    ['on', true],
    [true, true],
    ['false', false],
    ['0', false],
    ['off', false],
    ['', false],
    [false, false],
  ])('PASS_THROUGH=%j is %j', (value, expected) => {
    expect(parse({ PASS_THROUGH: value }).PASS_THROUGH).toBe(expected)
  })

  test('absent is the default of each flag', () => {
    const config = parse({})
    expect([config.PASS_THROUGH, config.LOG_REQUESTS, config.DEMO_MODE]).toEqual([true, true, false])
  })

  test.each(['yes', 'TRUE', 1, null])('PASS_THROUGH=%j is refused', (value) => {
    expect(refusal({ PASS_THROUGH: value })).toBe('invalid configuration: PASS_THROUGH')
  })
})
