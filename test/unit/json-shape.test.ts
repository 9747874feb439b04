/**
 * The shape walk of every JSON body (`jsonShapeProblem` in src/middleware/json-body.ts): nesting
 * within MAX_JSON_DEPTH and no prototype-polluting key, without recursion. test/bad-input.test.ts
 * sends such bodies to every route through the bundle.
 */
import { describe, expect, test } from 'vitest'
import { jsonShapeProblem, MAX_JSON_DEPTH } from '../../src/middleware/json-body.ts'

/** `depth` objects deep: `{"a":{"a":…1…}}`. */
const objects = (depth: number) => JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`)
/** `depth` arrays deep: `[[[…]]]`. */
const arrays = (depth: number) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`)
const strict = { forbidKeys: true }

describe('depth', () => {
  test(`${MAX_JSON_DEPTH} levels of objects or arrays pass; one more is too_deep`, () => {
    for (const nested of [objects, arrays]) {
      expect(jsonShapeProblem(nested(MAX_JSON_DEPTH), strict)).toBeNull()
      expect(jsonShapeProblem(nested(MAX_JSON_DEPTH + 1), strict)).toBe('too_deep')
    }
  })

  test('objects and arrays count alike, and only the deepest branch matters', () => {
    const mixed = { wide: Array.from({ length: 1_000 }, (_, i) => ({ i })), deep: [objects(MAX_JSON_DEPTH - 2)] }
    expect(jsonShapeProblem(mixed, strict)).toBeNull()
    mixed.deep = [[objects(MAX_JSON_DEPTH - 2)]]
    expect(jsonShapeProblem(mixed, strict)).toBe('too_deep')
  })

  test('100,000 levels are refused without a stack overflow', () => {
    expect(jsonShapeProblem(arrays(100_000), strict)).toBe('too_deep')
    expect(jsonShapeProblem(objects(100_000), { forbidKeys: false })).toBe('too_deep')
  })

  test('scalars and empty containers have no problem', () => {
    for (const value of [null, 1, 'x', true, {}, []]) expect(jsonShapeProblem(value, strict)).toBeNull()
  })
})

describe('forbidden keys', () => {
  test.each(['__proto__', 'constructor', 'prototype'])(
    '%s, at any depth (also inside arrays) → forbidden_key',
    (key) => {
      for (const text of [`{"${key}":{"x":1}}`, `{"a":{"b":[{"${key}":1}]}}`, `[{"ok":1},{"${key}":null}]`]) {
        const parsed = JSON.parse(text)
        expect(jsonShapeProblem(parsed, strict), text).toBe('forbidden_key')
        // Webhook events are only walked for depth: their keys are Seam's.
        expect(jsonShapeProblem(parsed, { forbidKeys: false }), text).toBeNull()
      }
    },
  )

  test('as a value, or as part of a longer key, it is just text', () => {
    expect(jsonShapeProblem({ name: '__proto__', __proto__x: 1, my_constructor: 2, prototypes: [] }, strict)).toBeNull()
  })
})
