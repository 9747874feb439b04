/**
 * Seam's invalid_input answer, built from zod's issues (`invalidInput` in src/validation.ts):
 * messages name parameters, never values; `validation_errors` is in zod's `format()` shape with
 * list-item errors also on the parameter; the list is capped at MAX_LISTED_INPUT_ERRORS.
 * Also `searchOf`, the query string of an already serialized URL.
 */

import { describe, expect, test } from 'vitest'
import * as z from 'zod/mini'
import { createSchema, getSchema, grantAccessSchema } from '../../src/client-sessions/schemas.ts'
import type { SeamError } from '../../src/errors.ts'
import { MAX_PARAM_LENGTH } from '../../src/schema-atoms.ts'
import { invalidInput, MAX_LISTED_INPUT_ERRORS, MAX_LISTED_NAME_LENGTH, searchOf } from '../../src/validation.ts'

/** The error `invalidInput` makes of `input` against `schema` (which must refuse it). */
function refused(schema: z.ZodMiniType, input: unknown): SeamError {
  const result = z.safeParse(schema, input)
  if (result.success) throw new Error('the schema accepted the input')
  return invalidInput(result.error)
}

type Errors = Record<string, { _errors: string[] }> & { _errors: string[] }
const errorsOf = (err: SeamError) => err.validationErrors as Errors

describe('invalidInput', () => {
  test('one unknown parameter: 400 invalid_input naming it, in the message and in validation_errors', async () => {
    const err = refused(getSchema, { client_session_id: 'cs_1', colour: 'red' })
    expect([err.status, err.type, err.message]).toEqual([
      400,
      'invalid_input',
      'Invalid input: colour: Unrecognized parameter',
    ])
    expect(errorsOf(err).colour).toEqual({ _errors: ['Unrecognized parameter'] })
    // On the wire: Seam's envelope.
    const body = await err.getResponse().json()
    expect(body).toEqual({
      error: { type: 'invalid_input', message: err.message, validation_errors: errorsOf(err) },
      ok: false,
    })
  })

  test('several problems are counted and each is named by its path', () => {
    const err = refused(createSchema, { user_identifier_key: 5, customer_id: '', extra: 1 })
    expect(err.message).toMatch(/^3 Input Errors: /)
    for (const name of ['user_identifier_key', 'customer_id', 'extra']) {
      expect(err.message).toContain(`${name}: `)
      expect(errorsOf(err)[name]?._errors.length).toBeGreaterThan(0)
    }
  })

  test('an error inside a list item is also on the parameter, where the SDK looks for it', () => {
    const err = refused(createSchema, { connected_account_ids: ['ok', ''] })
    expect(err.message).toMatch(/^Invalid input: connected_account_ids\.1: /)
    const entry = errorsOf(err).connected_account_ids as unknown as { _errors: string[]; 1: { _errors: string[] } }
    expect(entry._errors).toEqual([expect.stringMatching(/^1: /)])
    expect(entry[1]._errors.length).toBe(1)
  })

  test('a rule across parameters is a top-level error', () => {
    const err = refused(grantAccessSchema, { connected_account_ids: ['a'] })
    expect(err.message).toBe('Invalid input: client_session_id or user_identifier_key is required.')
    expect(errorsOf(err)._errors).toEqual(['client_session_id or user_identifier_key is required.'])
  })

  test('the values sent never appear in the answer', async () => {
    const secret = 'value-that-must-not-be-echoed-7f3a'
    const err = refused(createSchema, {
      user_identifier_key: 'x'.repeat(MAX_PARAM_LENGTH + 1),
      expires_at: secret,
      customer_id: '',
      user_identity_ids: [secret, secret],
    })
    const text = await err.getResponse().text()
    expect(text).not.toContain(secret)
    expect(text).not.toContain('x'.repeat(100))
  })

  test(`the list stops at ${MAX_LISTED_INPUT_ERRORS}; the message says how many more`, () => {
    const unknown = Object.fromEntries(Array.from({ length: 3_000 }, (_, i) => [`p${i}`, 'v']))
    const err = refused(getSchema, { client_session_id: 5, ...unknown })
    const errors = errorsOf(err)
    // The type error on client_session_id, then unknown names until the cap.
    const listed = Object.keys(errors).filter((k) => k !== '_errors')
    expect(listed).toHaveLength(MAX_LISTED_INPUT_ERRORS)
    expect(listed[0]).toBe('client_session_id')
    const omitted = 3_000 + 1 - MAX_LISTED_INPUT_ERRORS
    // zod's own top-level line for the unknown names (cut at the cap too), then the count of the rest.
    expect(errors._errors).toEqual([
      expect.stringMatching(/^Unrecognized keys: "p0", /),
      `${omitted} more input errors not listed`,
    ])
    expect(errors._errors[0]).not.toContain(`"p${MAX_LISTED_INPUT_ERRORS - 1}"`)
    expect(err.message).toMatch(
      new RegExp(`^3001 Input Errors: client_session_id: .*; ${omitted} more input errors not listed$`),
    )
    expect(err.message.length).toBeLessThan(2_000)
  })

  test('one past the cap: "1 more input error"', () => {
    const unknown = Object.fromEntries(Array.from({ length: MAX_LISTED_INPUT_ERRORS + 1 }, (_, i) => [`p${i}`, 'v']))
    const err = refused(getSchema, unknown)
    expect(errorsOf(err)._errors.at(-1)).toBe('1 more input error not listed')
    expect(err.message).toMatch(new RegExp(`^${MAX_LISTED_INPUT_ERRORS + 1} Input Errors: `))
  })

  test(`a parameter name is cut at ${MAX_LISTED_NAME_LENGTH} characters`, () => {
    const long = 'n'.repeat(5_000)
    const err = refused(getSchema, { [long]: 'v' })
    const cut = `${'n'.repeat(MAX_LISTED_NAME_LENGTH)}…`
    expect(err.message).toBe(`Invalid input: ${cut}: Unrecognized parameter`)
    expect(Object.keys(errorsOf(err))).toEqual(['_errors', cut])
  })
})

describe('searchOf', () => {
  test.each([
    ['https://gw.example/client_sessions/get?client_session_id=a&b=', '?client_session_id=a&b='],
    ['https://gw.example/client_sessions/get', ''],
    ['https://gw.example/client_sessions/get?', ''],
    ['https://gw.example/p?a=1#frag?x', '?a=1'],
    ['https://gw.example/p#frag?x', ''],
    ['https://gw.example/p?#f', ''],
  ])('%s → %j, as new URL(url).search', (url, search) => {
    expect(searchOf(url)).toBe(search)
    expect(searchOf(url)).toBe(new URL(url).search)
  })
})
