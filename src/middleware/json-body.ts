import type { MiddlewareHandler } from 'hono'
import { readRequestText } from '../body'
import type { AppEnv } from '../env'
import { SeamError } from '../errors'

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i
/** Keys that reach Object.prototype when a parsed body is merged or spread somewhere. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** True when the parsed JSON holds a prototype-polluting key at any depth. */
function hasForbiddenKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasForbiddenKey)
  if (value === null || typeof value !== 'object') return false
  return Object.keys(value).some((key) => FORBIDDEN_KEYS.has(key) || hasForbiddenKey((value as never)[key]))
}

const badBody = (message: string) => new SeamError(400, 'invalid_input', message)

/**
 * Reads a Seam JSON body once, with Seam's rules, and hands it to the zod validator:
 * an empty body means "no parameters" whatever its content type (SDK 1.x sends `get()` that
 * way); a non-empty one must be `application/json` (400 `invalid_content_type`, as nextlove
 * answers) and a JSON object without prototype-polluting keys.
 *
 * @example
 * app.post('/client_sessions/revoke', jsonBody(), jsonValidator(revokeSchema), handler)
 */
export function jsonBody(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const text = await readRequestText(c.req.raw, c.var.config.BODY_LIMIT_BYTES)
    let parsed: unknown = {}
    if (text.trim() !== '') {
      const mediaType = (c.req.header('content-type') ?? '').split(';')[0]?.trim() ?? ''
      if (!JSON_MEDIA_TYPE.test(mediaType)) {
        throw new SeamError(400, 'invalid_content_type', 'The request body must be application/json.')
      }
      try {
        parsed = JSON.parse(text)
      } catch {
        throw badBody('The request body is not valid JSON.')
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw badBody('The request body must be a JSON object.')
      }
      if (hasForbiddenKey(parsed)) throw badBody('The request body holds a forbidden key.')
    }
    // Hono's validator reads c.req.json(), which serves this cache before touching the stream.
    c.req.bodyCache.json = Promise.resolve(parsed)
    await next()
  }
}
