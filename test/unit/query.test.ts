/**
 * The SDK's query spelling, decoded (`decodeQuery` in src/client-sessions/schemas.ts): repeated
 * keys, `true`/`false`, an empty value as null or an empty list, `_strict` ignored. What it cannot
 * read it leaves as it is, for the schema to refuse by name (test/validation.test.ts, through the bundle).
 */

import { describe, expect, test } from 'vitest'
import * as z from 'zod/mini'
import { getSchema, listQueryShape, listSchema } from '../../src/client-sessions/schemas.ts'
import { decodeQuery } from '../../src/validation.ts'

describe('decodeQuery', () => {
  test('_strict, which the SDK adds to every query, is dropped; other keys pass as they are', () => {
    expect(decodeQuery({ _strict: 'true', client_session_id: 'cs_1', other: 'x' }, {})).toEqual({
      client_session_id: 'cs_1',
      other: 'x',
    })
  })

  test('arrays: one value is a list of one, repeated keys a list, one empty value the empty list', () => {
    const shape = { arrays: ['ids'] }
    expect(decodeQuery({ ids: 'a' }, shape)).toEqual({ ids: ['a'] })
    expect(decodeQuery({ ids: ['a', 'b'] }, shape)).toEqual({ ids: ['a', 'b'] })
    expect(decodeQuery({ ids: '' }, shape)).toEqual({ ids: [] })
    // Only a lone empty value means "empty list": an empty item among others stays, for the schema to judge.
    expect(decodeQuery({ ids: ['', 'a'] }, shape)).toEqual({ ids: ['', 'a'] })
  })

  test('a repeated scalar stays a list, so the schema refuses it by name', () => {
    const decoded = decodeQuery({ client_session_id: ['a', 'b'] }, {})
    expect(decoded).toEqual({ client_session_id: ['a', 'b'] })
    const result = z.safeParse(getSchema, decoded)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['client_session_id'])
  })

  test('nullables: an empty value is null, any other is kept', () => {
    const shape = { nullables: ['connect_webview_id'] }
    expect(decodeQuery({ connect_webview_id: '' }, shape)).toEqual({ connect_webview_id: null })
    expect(decodeQuery({ connect_webview_id: 'cw_1' }, shape)).toEqual({ connect_webview_id: 'cw_1' })
  })

  test('booleans: only `true` and `false` become booleans; anything else is left for the schema', () => {
    const shape = { booleans: ['flag'] }
    expect(decodeQuery({ flag: 'true' }, shape)).toEqual({ flag: true })
    expect(decodeQuery({ flag: 'false' }, shape)).toEqual({ flag: false })
    for (const value of ['1', 'TRUE', 'yes', '']) expect(decodeQuery({ flag: value }, shape)).toEqual({ flag: value })
  })

  test("a key's rule applies to that key only", () => {
    expect(decodeQuery({ a: '', b: 'true', c: 'x' }, { nullables: ['b'], booleans: ['a'], arrays: ['z'] })).toEqual({
      a: '',
      b: 'true',
      c: 'x',
    })
  })

  test('list: the query the SDK sends for `list` decodes to params its schema accepts', () => {
    const decoded = decodeQuery(
      { _strict: 'true', connect_webview_id: '', user_identity_id: 'ui_1', without_user_identifier_key: 'true' },
      listQueryShape,
    )
    expect(z.parse(listSchema, decoded)).toEqual({
      connect_webview_id: null,
      user_identity_id: 'ui_1',
      without_user_identifier_key: true,
    })
    // `false` is a value, not an absence.
    expect(z.parse(listSchema, decodeQuery({ without_user_identifier_key: 'false' }, listQueryShape))).toEqual({
      without_user_identifier_key: false,
    })
    expect(z.safeParse(listSchema, decodeQuery({ without_user_identifier_key: 'yes' }, listQueryShape)).success).toBe(
      false,
    )
  })
})
