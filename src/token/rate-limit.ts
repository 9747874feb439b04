/**
 * Rate limits for POST /token through the Workers Rate Limiting binding (wrangler.toml
 * `[[ratelimits]]`): one per client IP, checked before the JWT is verified (so forged tokens
 * count too), and one per user, checked after.
 *
 * The binding counts per Cloudflare location and approximately, and answers only
 * `{ success }`. Without a binding (a deployment that removed it) the limit is off; a binding
 * that throws lets the request through (the limit protects Seam and the gateway, it is not an
 * authorisation check), and the log line says so.
 */
import type { LogFields } from '../env.ts'
import { SeamError } from '../errors.ts'

/**
 * Seconds a limited caller is told to wait. The binding does not say when its window ends;
 * 60 s is the longest period it supports, so waiting that long always clears it.
 */
export const RATE_LIMIT_RETRY_AFTER_SECONDS = 60

export type LimitScope = 'ip' | 'user'

export const rateLimited = () =>
  new SeamError(429, 'rate_limited', 'Too many token requests; retry later.', {
    headers: { 'retry-after': String(RATE_LIMIT_RETRY_AFTER_SECONDS), 'cache-control': 'no-store' },
  })

/** Throws 429 `rate_limited` when `binding` refuses `key`. */
export async function enforceRateLimit(
  binding: RateLimit | undefined,
  scope: LimitScope,
  key: string,
  log: LogFields,
): Promise<void> {
  if (!binding) return
  let success: boolean
  try {
    success = (await binding.limit({ key: `${scope}:${key}` })).success
  } catch {
    log.rate_limit_error = scope
    return
  }
  if (!success) {
    log.rate_limited = scope
    throw rateLimited()
  }
}
