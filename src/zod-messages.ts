/**
 * zod's English messages (`zod/v4/locales/en.js`, zod 4.6.7) word for word, for every issue the
 * gateway's schemas can raise, in place of en() (~1 KB of the gzipped bundle, most of it wording
 * for string formats and schema kinds no schema here uses).
 *
 * Kept from en(), exactly: every issue code's code path and wording, its type names (`NaN`,
 * `Infinity`) and value quoting. Cut, because no schema in src/ can raise it (every input is
 * JSON.parse's output or a decoded query: plain objects, arrays and primitives): the noun per
 * string format (`Invalid email address`; the only format check is `regex`, worded without it),
 * `starts_with` / `ends_with` / `includes`, the sizes of `file` / `set` / `map` (only `string` and
 * `array` are measured), a discriminated union's options, and a class instance's name as the
 * received type. What is cut gets zod's own fallback (`Invalid input`) or the generic wording.
 *
 * test/unit/zod-messages.test.ts walks every input schema and fails on a schema kind, check or
 * format outside what is kept here, and compares messages with en()'s over many inputs.
 */
import type * as z from 'zod/mini'

/** en's `Sizable`, for the origins the schemas check a length of. */
const UNITS: Record<string, string> = { string: 'characters', array: 'items' }

/** en's getTypeName (`input` given for a received value only). */
function typeName(type: string, input?: unknown): string {
  if (type === 'number' && typeof input === 'number' && !Number.isFinite(input)) return String(input)
  return ({ nan: 'NaN' } as Record<string, string>)[type] ?? type
}

/** zod's util.parsedType, for plain values (a class instance would be named by its class). */
function parsedType(data: unknown): string {
  if (typeof data === 'number') return Number.isNaN(data) ? 'nan' : 'number'
  if (typeof data === 'object') {
    if (data === null) return 'null'
    if (Array.isArray(data)) return 'array'
  }
  return typeof data
}

/** zod's util.stringifyPrimitive and joinValues. */
const show = (value: unknown) =>
  typeof value === 'bigint' ? `${value}n` : typeof value === 'string' ? `"${value}"` : `${value}`
const join = (values: readonly unknown[], separator: string) => values.map(show).join(separator)

const localeError: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${typeName(issue.expected)}, received ${typeName(parsedType(issue.input), issue.input)}`
    case 'invalid_value':
      return issue.values.length === 1
        ? `Invalid input: expected ${show(issue.values[0])}`
        : `Invalid option: expected one of ${join(issue.values, '|')}`
    case 'too_big': {
      const unit = UNITS[issue.origin]
      const bound = `${issue.exact ? 'exactly ' : issue.inclusive ? '<=' : '<'}${issue.maximum}`
      return `Too big: expected ${issue.origin ?? 'value'} to ${unit ? `have ${bound} ${unit}` : `be ${bound}`}`
    }
    case 'too_small': {
      const unit = UNITS[issue.origin]
      const bound = `${issue.exact ? 'exactly ' : issue.inclusive ? '>=' : '>'}${issue.minimum}`
      return `Too small: expected ${issue.origin} to ${unit ? `have ${bound} ${unit}` : `be ${bound}`}`
    }
    case 'invalid_format':
      if (issue.format === 'regex') return `Invalid string: must match pattern ${issue.pattern}`
      return `Invalid ${issue.format}`
    case 'not_multiple_of':
      return `Invalid number: must be a multiple of ${issue.divisor}`
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${join(issue.keys, ', ')}`
    case 'invalid_key':
      return `Invalid key in ${issue.origin}`
    case 'invalid_union':
      return issue.inclusive === false ? 'Invalid input: more than one option matched' : undefined
    case 'invalid_element':
      return `Invalid value in ${issue.origin}`
  }
}

/** For `z.config()`, in place of en(): the same shape. */
export const zodMessages = { localeError }
