// Reading request parameters the way Seam's nextlove server does.
//
// zod v3 on purpose (the `zod/v3` entry of the installed zod): nextlove validates with zod v3,
// so its `message`s ("Expected string, received number", "Unrecognized key(s) in object: 'x'")
// and `error.format()` trees are reproduced exactly, without a hand-written error map.

import * as z from 'zod/v3'
import { SeamError } from './http.ts'

export type ParsedBody =
  | { kind: 'empty' }
  | { kind: 'json'; value: unknown }
  /** Non-empty body whose content type is not JSON: rejected with invalid_content_type after auth. */
  | { kind: 'not_json' }

/**
 * An empty body means "no params" whatever its content type: SDK 1.x sends `get()` as a POST
 * with an empty body and `content-type: application/x-www-form-urlencoded` (reference 3).
 */
export function parseBody(raw: string, contentType: string | undefined): ParsedBody {
  if (raw.trim() === '') return { kind: 'empty' }
  if (!contentType?.toLowerCase().includes('application/json')) return { kind: 'not_json' }
  try {
    return { kind: 'json', value: JSON.parse(raw) }
  } catch (err) {
    throw new SeamError(400, 'invalid_input', `Request body is not valid JSON: ${(err as Error).message}`)
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

type ParamKind = 'string' | 'nullable' | 'boolean' | 'array'

/** What a schema field is, looking through optional/nullable/default/refinement wrappers (as nextlove does). */
function paramKind(schema: z.ZodTypeAny): ParamKind {
  let nullable = false
  let current = schema
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current._def.innerType
    else if (current instanceof z.ZodNullable) {
      nullable = true
      current = current._def.innerType
    } else if (current instanceof z.ZodEffects) current = current._def.schema
    else break
  }
  if (current instanceof z.ZodArray) return 'array'
  if (current instanceof z.ZodBoolean) return 'boolean'
  return nullable ? 'nullable' : 'string'
}

export function objectShape(schema: z.ZodTypeAny): Record<string, z.ZodTypeAny> {
  let current = schema
  while (current instanceof z.ZodEffects) current = current._def.schema
  return current instanceof z.ZodObject ? (current.shape as Record<string, z.ZodTypeAny>) : {}
}

/**
 * Query string -> params, following the SDK's serializer (reference 1.8):
 * repeated keys are arrays, `true`/`false` are booleans, an empty value is null for nullable
 * params and [] for array params, and `_strict` is accepted and dropped.
 * Unknown keys are passed through so strict validation rejects them.
 */
export function parseQuery(rawQuery: string, schema: z.ZodTypeAny): Record<string, unknown> {
  const search = new URLSearchParams(rawQuery)
  const shape = objectShape(schema)
  const out: Record<string, unknown> = {}
  for (const key of new Set(search.keys())) {
    if (key === '_strict') continue
    const values = search.getAll(key)
    const field = shape[key]
    const kind = field ? paramKind(field) : 'string'
    if (kind === 'array') {
      out[key] = values.filter((v) => v !== '')
    } else if (values.length > 1) {
      out[key] = values // a repeated scalar: validation says "Expected string, received array"
    } else {
      const value = values[0] ?? ''
      if (kind === 'boolean' && (value === 'true' || value === 'false')) out[key] = value === 'true'
      else if (kind === 'nullable' && value === '') out[key] = null
      else out[key] = value
    }
  }
  return out
}

/** nextlove's `zodIssueToString`. */
function issueToString(issue: z.ZodIssue): string {
  const path = issue.path.join('.')
  if (path === '') return issue.message
  if (issue.message === 'Required') return `${path} is required`
  return `${issue.message} for "${path}"`
}

/** Parses or throws 400 invalid_input with nextlove's message and zod's `format()` tree. */
export function validate<S extends z.ZodTypeAny>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const issues = result.error.issues
  const message =
    issues.length === 1
      ? issueToString(issues[0] as z.ZodIssue)
      : `${issues.length} Input Errors: ${issues.map(issueToString).join(', ')}`
  throw new SeamError(400, 'invalid_input', message, { validation_errors: result.error.format() })
}
