import type { MiddlewareHandler } from 'hono'
import { readRequestText } from '../body.ts'
import type { AppEnv } from '../env.ts'
import { badInput, SeamError } from '../errors.ts'
import { isJsonObject } from '../json.ts'

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i
/** Keys that reach Object.prototype when a parsed body is merged or spread somewhere. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
/**
 * Deepest nesting of objects and arrays a JSON body may have. Seam's bodies and events are at most
 * three or four levels deep; 32 leaves room for anything real, and refuses ~5,000-level bodies
 * (10 KB fits that many) before anything walks them.
 */
export const MAX_JSON_DEPTH = 32

/** Why a parsed JSON value is refused, or null. */
export type JsonShapeProblem = 'too_deep' | 'forbidden_key'

/**
 * Checks a parsed JSON value without recursion (a recursive walk overflows the stack on deep
 * input): nesting within MAX_JSON_DEPTH and, with `forbidKeys`, no prototype-polluting key.
 */
export function jsonShapeProblem(value: unknown, options: { forbidKeys: boolean }): JsonShapeProblem | null {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 1 }]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const current = next.value
    if (current === null || typeof current !== 'object') continue
    if (next.depth > MAX_JSON_DEPTH) return 'too_deep'
    const children = Array.isArray(current) ? current : Object.values(current)
    if (options.forbidKeys && !Array.isArray(current)) {
      for (const key of Object.keys(current)) if (FORBIDDEN_KEYS.has(key)) return 'forbidden_key'
    }
    for (const child of children) {
      if (child !== null && typeof child === 'object') pending.push({ value: child, depth: next.depth + 1 })
    }
  }
  return null
}

/**
 * Reads a Seam JSON body once, with Seam's rules, and hands it to the zod validator:
 * an empty body means "no parameters" whatever its content type (SDK 1.x sends `get()` that
 * way); a non-empty one must be `application/json` (400 `invalid_content_type`, as nextlove
 * answers) and a JSON object without prototype-polluting keys, nested at most MAX_JSON_DEPTH deep.
 *
 * @example
 * app.post('/client_sessions/revoke', jsonBody(), jsonValidator(revokeSchema), handler)
 */
export function jsonBody(): MiddlewareHandler<AppEnv> {
  return async function jsonBody(c, next) {
    const text = await readRequestText(c.req.raw, c.var.config.BODY_LIMIT_BYTES, c.var.config.REQUEST_BODY_TIMEOUT_MS)
    let parsed: unknown = {}
    if (text.trim() !== '') {
      const mediaType = (c.req.header('content-type') ?? '').split(';')[0]?.trim() ?? ''
      if (!JSON_MEDIA_TYPE.test(mediaType)) {
        throw new SeamError(400, 'invalid_content_type', 'The request body must be application/json.')
      }
      try {
        parsed = JSON.parse(text)
      } catch {
        throw badInput('The request body is not valid JSON.')
      }
      if (!isJsonObject(parsed)) throw badInput('The request body must be a JSON object.')
      const problem = jsonShapeProblem(parsed, { forbidKeys: true })
      if (problem === 'too_deep') throw badInput(`The request body is nested deeper than ${MAX_JSON_DEPTH} levels.`)
      if (problem === 'forbidden_key') throw badInput('The request body holds a forbidden key.')
    }
    // Hono's validator reads c.req.json(), which serves this cache before touching the stream.
    c.req.bodyCache.json = Promise.resolve(parsed)
    await next()
  }
}
