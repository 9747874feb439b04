/**
 * Validation through `@hono/zod-validator`, answering failures the way Seam does:
 * 400 `invalid_input` with `validation_errors` in zod's `format()` shape, so the SDK raises
 * `SeamHttpInvalidInputError` and `getValidationErrorMessages(param)` works.
 *
 * Messages name parameters, never the values the caller sent.
 */
import { zValidator } from '@hono/zod-validator'
import type { MiddlewareHandler } from 'hono'
import * as z from 'zod/mini'
import { badInput, SeamError } from './errors.ts'
import { zodMessages } from './zod-messages.ts'

// zod/mini ships no messages by default; English only, so error messages say what is wrong.
z.config(zodMessages)

/** How each query parameter is spelled by the SDK's serializer (`@seamapi/url-search-params-serializer`). */
export interface QueryShape {
  /** Repeated keys; an empty value is an empty list. */
  arrays?: readonly string[]
  /** `true` / `false`. */
  booleans?: readonly string[]
  /** An empty value is null. */
  nullables?: readonly string[]
}

/** The SDK adds `_strict=true` to every query; Seam accepts and ignores it for validation. */
const IGNORED_QUERY_KEYS = new Set(['_strict'])

/**
 * Turns Hono's query record (a string, or a list for repeated keys) into typed params.
 * Anything it cannot read is left as is, so the schema reports it by name.
 */
export function decodeQuery(raw: Record<string, string | string[]>, shape: QueryShape): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(raw)) {
    if (IGNORED_QUERY_KEYS.has(key)) continue
    if (shape.arrays?.includes(key)) {
      const values = Array.isArray(value) ? value : [value]
      out[key] = values.length === 1 && values[0] === '' ? [] : values
    } else if (Array.isArray(value)) {
      out[key] = value // a repeated scalar: the schema rejects it by name
    } else if (shape.nullables?.includes(key) && value === '') {
      out[key] = null
    } else if (shape.booleans?.includes(key) && (value === 'true' || value === 'false')) {
      out[key] = value === 'true'
    } else {
      out[key] = value
    }
  }
  return out
}

/**
 * An error answer lists at most this many problems (one per unknown parameter, one per other
 * issue): listed in full, 3,000 unknown query parameters (20 KB) made a 264 KB answer. Twenty
 * is more than any real mistake needs; the message says how many more were left out.
 */
export const MAX_LISTED_INPUT_ERRORS = 20
/** A parameter name longer than this is cut when listed, so twenty long names stay small too. */
export const MAX_LISTED_NAME_LENGTH = 64

const listedName = (name: string) =>
  name.length > MAX_LISTED_NAME_LENGTH ? `${name.slice(0, MAX_LISTED_NAME_LENGTH)}…` : name

export function invalidInput(error: z.core.$ZodError): SeamError {
  // Only the first MAX_LISTED_INPUT_ERRORS problems are listed, in the message and in
  // validation_errors alike; unknown names are counted one by one.
  const kept: z.core.$ZodIssue[] = []
  const unknownNames: string[] = []
  let omitted = 0
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const names: string[] = []
      for (const key of issue.keys) {
        if (kept.length + unknownNames.length + names.length >= MAX_LISTED_INPUT_ERRORS) omitted++
        else names.push(listedName(key))
      }
      if (names.length > 0) {
        unknownNames.push(...names)
        const message = `Unrecognized key${names.length > 1 ? 's' : ''}: ${names.map((n) => JSON.stringify(n)).join(', ')}`
        kept.push({ ...issue, keys: names, message })
      }
      continue
    }
    if (kept.length + unknownNames.length >= MAX_LISTED_INPUT_ERRORS) omitted++
    else kept.push({ ...issue, path: issue.path.map((p) => (typeof p === 'string' ? listedName(p) : p)) })
  }
  const validationErrors = z.formatError({ issues: kept } as z.core.$ZodError) as Record<string, unknown> & {
    _errors: string[]
  }
  const parts: string[] = []
  for (const issue of kept) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        parts.push(`${key}: Unrecognized parameter`)
        validationErrors[key] = { _errors: ['Unrecognized parameter'] }
      }
      continue
    }
    const path = issue.path.map(String).join('.')
    parts.push(path ? `${path}: ${issue.message}` : issue.message)
    // An error inside a list item also goes on the parameter itself, where the SDK's
    // getValidationErrorMessages(param) reads it.
    const [param] = issue.path
    if (issue.path.length > 1 && param !== undefined) {
      const entry = validationErrors[String(param)] as { _errors?: string[] } | undefined
      entry?._errors?.push(`${issue.path.slice(1).join('.')}: ${issue.message}`)
    }
  }
  if (omitted > 0) {
    const more = `${omitted} more input error${omitted === 1 ? '' : 's'} not listed`
    parts.push(more)
    validationErrors._errors.push(more)
  }
  const total = parts.length - (omitted > 0 ? 1 : 0) + omitted
  const message = total === 1 ? `Invalid input: ${parts[0]}` : `${total} Input Errors: ${parts.join('; ')}`
  return new SeamError(400, 'invalid_input', message, { validationErrors })
}

// The hook's result type differs per schema; only `success` and `error` are read here.
const throwInvalid = (result: { success: boolean; error?: unknown }) => {
  if (!result.success && result.error) throw invalidInput(result.error as z.core.$ZodError)
}

/**
 * Every schema here is synchronous (no async refine or transform), so zod's synchronous parse
 * does: the validator's default, `safeParseAsync`, costs a promise per check on every request.
 */
const parseSync = {
  // The validator's types name classic zod's result class; zod/mini's has the same fields
  // (`success`, `data` or `error`), which is all the hook and the validator read.
  validationFunction: (schema: z.ZodMiniType, value: unknown) => z.safeParse(schema, value) as never,
}

/** Validates a JSON body (read and checked beforehand by `jsonBody()`). */
export const jsonValidator = <T extends z.ZodMiniType>(schema: T) => zValidator('json', schema, throwInvalid, parseSync)

/**
 * `new URL(url).search` of a URL the runtime already serialized, without parsing it again on
 * every request: from the first `?` to the fragment, if any; '' when empty, as URL gives.
 */
export function searchOf(url: string): string {
  const hash = url.indexOf('#')
  const end = hash === -1 ? url.length : hash
  const start = url.indexOf('?')
  return start === -1 || start >= end - 1 ? '' : url.slice(start, end)
}

/**
 * Hono's query parser skips a parameter with an empty name (`?=x`), but the query goes upstream
 * as sent and Seam's strict parsing refuses it: such a query is refused, so the validator sees
 * every parameter Seam would. True when `url`'s query has a pair with an empty name.
 */
export function hasUnnamedQueryParam(url: string): boolean {
  // A pair with an empty name is a `&`-separated piece that starts with `=`.
  return /(?:^|&)=/.test(searchOf(url).slice(1))
}

const refuseUnnamedQueryParams: MiddlewareHandler = function refuseUnnamedQueryParams(c, next) {
  if (hasUnnamedQueryParam(c.req.url)) {
    throw badInput('Invalid input: a query parameter has no name.', { _errors: ['A query parameter has no name.'] })
  }
  return next()
}

/** One query schema per route schema, so the validator and the held-hit path check with the same object. */
const querySchemas = new WeakMap<z.ZodMiniType, { shape: QueryShape; piped: z.ZodMiniType }>()

/** `schema` behind the SDK's query spelling (`decodeQuery`): what a query's parameters are checked against. */
export function querySchemaFor(schema: z.ZodMiniType, shape: QueryShape = {}): z.ZodMiniType {
  const known = querySchemas.get(schema)
  if (known?.shape === shape) return known.piped
  const piped = z.pipe(
    z.transform((raw) => decodeQuery(raw as Record<string, string | string[]>, shape)),
    schema as unknown as z.ZodMiniType<unknown, Record<string, unknown>>,
  )
  if (!known) querySchemas.set(schema, { shape, piped })
  return piped
}

/**
 * Validates a query string spelled the SDK's way (repeated keys, true/false, empty = null).
 * Two middleware, to spread into a route's handler list (a flat list costs less per request
 * than `hono/combine`'s `every()`, which composes its list anew on every call).
 */
export const queryValidator = <T extends z.ZodMiniType>(schema: T, shape: QueryShape = {}): MiddlewareHandler[] => [
  refuseUnnamedQueryParams,
  zValidator('query', querySchemaFor(schema, shape), throwInvalid, parseSync),
]
