/**
 * src/zod-messages.ts says what en() (`zod/v4/locales/en.js`) says, for everything the gateway's
 * input schemas can raise:
 * - the walk: every schema kind, check and string format in the input schemas is one whose issues
 *   the module words as en() does (a new kind fails here until it is compared too); the query
 *   pipe (queryValidator) adds only z.transform(decodeQuery), which raises no issue;
 * - the schemas: many inputs (fast-check and hand-picked), each issue's message compared with
 *   en()'s, and the 400 answer `invalidInput` builds (JSON bodies and SDK-spelled queries) compared
 *   byte for byte with the one built under en();
 * - the issues: every issue code en() knows, built directly, worded alike; and the cuts, pinned.
 */

import fc from 'fast-check'
import { Hono, type MiddlewareHandler } from 'hono'
import { afterEach, describe, expect, test } from 'vitest'
import * as z from 'zod/mini'
import en from 'zod/v4/locales/en.js'
import {
  createSchema,
  deleteSchema,
  getOrCreateSchema,
  getSchema,
  grantAccessSchema,
  listQueryShape,
  listSchema,
  revokeSchema,
} from '../../src/client-sessions/schemas.ts'
import type { SeamError } from '../../src/errors.ts'
import { MAX_ID_LIST_LENGTH, MAX_PARAM_LENGTH } from '../../src/schema-atoms.ts'
import { invalidInput, queryValidator } from '../../src/validation.ts'
import {
  clientSessionEventSchema,
  eventEnvelopeSchema,
  GRANT_EVENT_TYPES,
  grantEventSchema,
} from '../../src/webhooks/events.ts'
import { grantRequestSchema } from '../../src/webhooks/grant-request.ts'
import { zodMessages } from '../../src/zod-messages.ts'

// biome-ignore lint/suspicious/noExplicitAny: a schema's internals (`_zod.def`) are untyped here
type AnySchema = any
type RawIssue = Parameters<z.core.$ZodErrorMap>[0]

/** Every schema that validates a caller's input (src/client-sessions/routes.ts, src/webhooks/handle.ts). */
const INPUT_SCHEMAS: Record<string, AnySchema> = {
  createSchema,
  deleteSchema,
  getOrCreateSchema,
  getSchema,
  grantAccessSchema,
  listSchema,
  revokeSchema,
  eventEnvelopeSchema,
  grantEventSchema,
  clientSessionEventSchema,
  grantRequestSchema,
}

const enError = en().localeError as z.core.$ZodErrorMap
const ourError = zodMessages.localeError
/** The message zod settles on for a locale's answer (finalizeIssue: a string, or "Invalid input"). */
const settle = (answer: ReturnType<z.core.$ZodErrorMap>) =>
  (typeof answer === 'string' ? answer : answer?.message) ?? 'Invalid input'

// z.config is global: every test leaves the gateway's own messages in place.
afterEach(() => {
  z.config(zodMessages)
})

describe('the walk: the input schemas use only what src/zod-messages.ts words as en() does', () => {
  /**
   * What each kind can raise, all worded like en() (the cuts in src/zod-messages.ts are for kinds
   * not listed: z.union, z.discriminatedUnion, z.set, z.map, z.file, z.instanceof, z.email() and
   * every other named format, z.startsWith/endsWith/includes):
   */
  const KEPT = new Set([
    'type:object', // invalid_type (expected object), unrecognized_keys (strict)
    'type:never', // a strict object's catchall: unrecognized_keys
    'type:string', // invalid_type (expected string)
    'type:array', // invalid_type (expected array), and its items' issues
    'type:boolean', // invalid_type (expected boolean)
    'type:record', // invalid_type (expected record), invalid_key
    'type:enum', // invalid_value
    'type:optional', // nothing of its own
    'type:nullable', // nothing of its own
    'type:unknown', // nothing
    'check:min_length', // too_small, origin string or array
    'check:max_length', // too_big, origin string or array
    'check:custom', // custom (z.refine: its own message, or zod's "Invalid input")
    'format:regex', // invalid_format, format regex
  ])

  function walk(schema: AnySchema, found: Set<string>) {
    const def = schema._zod.def
    found.add(`type:${def.type}`)
    for (const check of def.checks ?? []) {
      const c = check._zod.def
      found.add(c.check === 'string_format' ? `format:${c.format}` : `check:${c.check}`)
      // too_small / too_big name the origin: en's size table is kept for string and array only.
      const length = c.check === 'min_length' || c.check === 'max_length'
      if (length && def.type !== 'string' && def.type !== 'array') found.add(`length-of:${def.type}`)
    }
    const children: AnySchema[] = []
    if (def.type === 'object') children.push(...Object.values(def.shape), ...(def.catchall ? [def.catchall] : []))
    else if (def.type === 'array') children.push(def.element)
    else if (def.type === 'optional' || def.type === 'nullable') children.push(def.innerType)
    else if (def.type === 'record') children.push(def.keyType, def.valueType)
    else if (def.type === 'pipe') children.push(def.in, def.out)
    for (const child of children) walk(child, found)
  }

  test.each(Object.entries(INPUT_SCHEMAS))('%s', (_name, schema) => {
    const found = new Set<string>()
    walk(schema, found)
    const outside = [...found].filter((k) => !KEPT.has(k))
    expect(outside).toEqual([])
  })
})

/** Parses `input` with en() answering, and records what both locales say of each raw issue. */
function bothSay(schema: AnySchema, input: unknown) {
  const said: { code: string; en: string; ours: string }[] = []
  z.config({
    localeError: (issue) => {
      const answer = enError(issue)
      said.push({ code: issue.code, en: settle(answer), ours: settle(ourError(issue)) })
      return answer
    },
  })
  try {
    // zod builds the error, messages and all, on the first read of `error`.
    void z.safeParse(schema, input).error
  } finally {
    z.config(zodMessages)
  }
  return said
}

/** The 400 answer for `input` (or null when accepted), with `locale` configured (and read while it is). */
function answerWith(locale: { localeError: z.core.$ZodErrorMap }, schema: AnySchema, input: unknown) {
  z.config(locale)
  try {
    const result = z.safeParse(schema, input)
    if (result.success) return null
    const err: SeamError = invalidInput(result.error)
    return JSON.stringify({ status: err.status, body: err.body() })
  } finally {
    z.config(zodMessages)
  }
}

/** Codes seen across the whole file, to show the comparisons reached each reachable one. */
const codesSeen = new Set<string>()

function expectSame(schema: AnySchema, input: unknown) {
  for (const said of bothSay(schema, input)) {
    codesSeen.add(said.code)
    expect(said.ours, `${said.code} for ${fc.stringify(input).slice(0, 200)}`).toBe(said.en)
  }
  expect(answerWith(zodMessages, schema, input)).toBe(answerWith(en(), schema, input))
}

const long = 'x'.repeat(MAX_PARAM_LENGTH + 1)
/** Values a caller can send (JSON.parse gives Infinity for 1e999), valid and not. */
const NASTY: unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -0,
  1.5,
  -7,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.NaN,
  '',
  'cs_1',
  long,
  'x'.repeat(MAX_PARAM_LENGTH),
  '2026-01-01T00:00:00Z',
  '2026-02-30T00:00:00Z',
  'not a date',
  'client_session.deleted',
  ...GRANT_EVENT_TYPES,
  'connected_account.disconnected',
  [],
  [''],
  ['a'],
  ['a', 'b'],
  ['a', '', 5, null, long, [], {}],
  Array(MAX_ID_LIST_LENGTH + 1).fill('a'),
  Array(MAX_ID_LIST_LENGTH + 2).fill(''),
  {},
  { a: 1 },
  { client_session_id: 'x' },
  Object.create(null),
]

/** A value from NASTY or anything JSON-like, nested a little. */
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2, withBigInt: true, withNullPrototype: true }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...NASTY.filter((v) => !Array.isArray(v))), { maxLength: 5 }) },
)

/** An input object for `schema`: some of its own keys (and an unknown one now and then). */
function inputFor(schema: AnySchema): fc.Arbitrary<unknown> {
  const keys = Object.keys(schema._zod.def.shape)
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.constantFrom('colour', 'x', '')), value, {
        maxKeys: 6,
      }),
    },
    { weight: 1, arbitrary: value },
  )
}

describe('the schemas: each message, and the 400 answer, as under en()', () => {
  test.each(Object.entries(INPUT_SCHEMAS))('%s: hand-picked inputs', (_name, schema) => {
    const keys = Object.keys(schema._zod.def.shape)
    for (const v of NASTY) {
      expectSame(schema, v) // the whole input
      for (const key of keys) {
        expectSame(schema, { [key]: v })
        expectSame(schema, { [key]: v, colour: 'red', size: v })
      }
      expectSame(schema, Object.fromEntries(keys.map((k) => [k, v])))
    }
  })

  test.each(Object.entries(INPUT_SCHEMAS))('%s: fast-check', (_name, schema) => {
    fc.assert(
      fc.property(inputFor(schema), (input) => {
        expectSame(schema, input)
      }),
      { numRuns: 400 },
    )
  })

  test('SDK-spelled queries (queryValidator) answer alike', async () => {
    const app = new Hono()
    app.onError((err) => (err as SeamError).getResponse())
    for (const [path, schema, shape] of [
      ['/get', getSchema, {}],
      ['/list', listSchema, listQueryShape],
      ['/delete', deleteSchema, {}],
    ] as const) {
      // As src/client-sessions/routes.ts spreads them: the validator's two middleware, then the handler.
      app.get(path, ...(queryValidator(schema, shape) as [MiddlewareHandler]), (c) => c.text('ok'))
    }
    const answer = async (locale: { localeError: z.core.$ZodErrorMap }, url: string) => {
      z.config(locale)
      try {
        const res = await app.request(url)
        return `${res.status} ${await res.text()}`
      } finally {
        z.config(zodMessages)
      }
    }
    const keys = [
      'client_session_id',
      'user_identifier_key',
      'connect_webview_id',
      'user_identity_id',
      'without_user_identifier_key',
      '_strict',
      'colour',
    ]
    const param = fc.tuple(
      fc.oneof(fc.constantFrom(...keys), fc.string({ minLength: 1, maxLength: 3 })),
      fc.oneof(fc.constantFrom('', 'true', 'false', 'x', long, 'null', '1'), fc.string({ maxLength: 4 })),
    )
    let refused = 0
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/get', '/list', '/delete'),
        fc.array(param, { maxLength: 5 }),
        async (path, params) => {
          const url = `${path}?${new URLSearchParams(params).toString()}`
          const ours = await answer(zodMessages, url)
          if (!ours.startsWith('200')) refused++
          expect(ours).toBe(await answer(en(), url))
        },
      ),
      { numRuns: 300 },
    )
    expect(refused).toBeGreaterThan(100)
  })

  test('the comparisons reached every code these schemas raise through the locale', () => {
    // custom never reaches the locale here: every refine in these schemas has its own message.
    for (const code of [
      'invalid_type',
      'too_small',
      'too_big',
      'unrecognized_keys',
      'invalid_value',
      'invalid_format',
    ]) {
      expect(codesSeen, code).toContain(code)
    }
  })
})

describe('the issues: every code en() words, built directly', () => {
  const primitive = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.double(),
    fc.integer(),
    fc.bigInt(),
    fc.boolean(),
    fc.constantFrom(null, undefined, Number.NaN, Number.POSITIVE_INFINITY, -0),
  )
  const received = fc.oneof(
    primitive,
    fc.jsonValue({ maxDepth: 2 }),
    fc.anything({ maxDepth: 1, withBigInt: true, withNullPrototype: true }),
    fc.constant(() => 1),
  )
  const bound = fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.bigInt())
  const optionalBoolean = fc.constantFrom(true, false, undefined)
  const issue: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
    fc.record({
      code: fc.constant('invalid_type'),
      expected: fc.constantFrom(
        'string',
        'number',
        'boolean',
        'bigint',
        'symbol',
        'undefined',
        'null',
        'never',
        'void',
        'date',
        'array',
        'object',
        'tuple',
        'record',
        'map',
        'set',
        'file',
        'nan',
        'function',
        'nonoptional',
        'int',
      ),
      input: received,
    }),
    fc.record({ code: fc.constant('invalid_value'), values: fc.array(primitive, { minLength: 1, maxLength: 4 }) }),
    fc.record({
      code: fc.constantFrom('too_big', 'too_small'),
      // The origins zod gives; en's sizes for file, set and map are cut (the walk shows none is measured).
      origin: fc.constantFrom('string', 'array', 'number', 'int', 'bigint', 'date', undefined),
      maximum: bound,
      minimum: bound,
      exact: optionalBoolean,
      inclusive: optionalBoolean,
    }),
    fc.record({ code: fc.constant('invalid_format'), format: fc.constant('regex'), pattern: fc.string() }),
    fc.record({ code: fc.constant('not_multiple_of'), divisor: bound }),
    fc.record({ code: fc.constant('unrecognized_keys'), keys: fc.array(fc.string(), { minLength: 1, maxLength: 4 }) }),
    fc.record({
      code: fc.constantFrom('invalid_key', 'invalid_element'),
      origin: fc.constantFrom('record', 'map', 'set'),
    }),
    fc.record(
      {
        code: fc.constant('invalid_union'),
        errors: fc.constant([]),
        inclusive: optionalBoolean,
        options: fc.constantFrom(undefined, []),
      },
      { requiredKeys: ['code', 'errors'] },
    ),
    fc.record({ code: fc.constant('custom'), params: fc.constant({}) }),
  )

  test('fast-check', () => {
    fc.assert(
      fc.property(issue, (raw) => {
        const iss = { path: [], ...raw } as unknown as RawIssue
        expect(settle(ourError(iss))).toBe(settle(enError(iss)))
      }),
      { numRuns: 5_000 },
    )
  })

  test('the cuts, pinned: none can come from the input schemas (the walk), and each words differently', () => {
    const cuts = [
      { code: 'invalid_format', format: 'email' }, // en: "Invalid email address" (a format noun)
      { code: 'invalid_format', format: 'starts_with', prefix: 'a' },
      { code: 'invalid_format', format: 'ends_with', suffix: 'a' },
      { code: 'invalid_format', format: 'includes', includes: 'a' },
      { code: 'too_big', origin: 'set', maximum: 1, inclusive: true }, // en: "… to have <=1 items"
      { code: 'too_small', origin: 'map', minimum: 1, inclusive: true },
      { code: 'too_small', origin: 'file', minimum: 1, inclusive: true },
      { code: 'invalid_union', errors: [], options: ['a'] }, // en: "Invalid discriminator value. …"
      { code: 'invalid_type', expected: 'string', input: new Date(0) }, // en: "received Date"
    ]
    for (const cut of cuts) {
      const iss = { path: [], ...cut } as unknown as RawIssue
      expect(settle(ourError(iss))).not.toBe(settle(enError(iss)))
    }
  })
})
