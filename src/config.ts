/**
 * Bindings and vars, read once per isolate and validated with zod.
 *
 * Every tunable has a default here as a named constant with the reason for its value. A
 * misconfigured deployment fails loudly at its first request (500 `internal_server_error`,
 * the key named in the log, never its value) instead of running with a silently wrong value.
 */
import * as z from 'zod/mini'

/** Seam's production API. */
export const DEFAULT_SEAM_ENDPOINT = 'https://connect.getseam.com'
/** Issue 3: a minute keeps the edge fast while writes made elsewhere show up quickly. */
export const DEFAULT_CACHE_TTL_SECONDS = 60
/** Issue 3: five minutes of stale answers rides out a short upstream outage. */
export const DEFAULT_CACHE_STALE_IF_ERROR_SECONDS = 300
/** Short enough that another isolate's write is seen within a second or two (the memory tier: src/cache/tiered-kv.ts). */
export const DEFAULT_MEMORY_CACHE_TTL_MS = 1_000
/** A slow Seam answer is rare; 10 s per attempt still leaves room for a retry in the deadline. */
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 10_000
/** The SDK's own per-attempt timeout is 30 s: answering later than that helps nobody. */
export const DEFAULT_UPSTREAM_DEADLINE_MS = 30_000
/** Client-session bodies are a few hundred bytes; 64 KiB leaves room for long id lists. */
export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024
/**
 * How long a whole request body may take to arrive, from the first read. The largest body the
 * gateway takes (64 KiB by default) needs well under a second on any working link, and 10 s
 * still fits a poor mobile one; a body slower than that is holding the connection, not sending.
 */
export const DEFAULT_REQUEST_BODY_TIMEOUT_MS = 10_000
/** Below this a body from a healthy but distant client could be cut off mid-way. */
export const MIN_REQUEST_BODY_TIMEOUT_MS = 100
/** One hour: a browser session outlives a page load but a leaked token dies the same day. */
export const DEFAULT_TOKEN_TTL_SECONDS = 3_600
/**
 * Issue 14: a coordination lease (webhook grant, renewal, idempotent request) outlives the work it
 * guards: three upstream deadlines (list, grant, a second grant). Shorter only in tests.
 */
export const DEFAULT_COORDINATION_LEASE_MS = 3 * DEFAULT_UPSTREAM_DEADLINE_MS
/** The IETF draft's and Stripe's window: an Idempotency-Key's answer is replayed for 24 h. */
export const DEFAULT_IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60
/** Issue 6's one line per request by default; a lower rate thins only successful cache hits (issue 15). */
export const DEFAULT_LOG_SAMPLE_RATE = 1

/**
 * A whole number of at least `min`, from a string var or a JSON number. `Number(v)` then a number
 * check is what `z.coerce.number()` does, and `Number.isSafeInteger` is `z.int()`'s rule: without
 * the two, ~750 bytes less of the gzipped bundle (config was their only user).
 */
const count = (fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z._default(
    z.pipe(z.transform(Number), z.number().check(z.refine(Number.isSafeInteger), z.gte(min), z.lte(max))),
    fallback,
  )
const seconds = (fallback: number) => count(fallback)
const DECIMAL = /^\s*(?:\d+\.?\d*|\.\d+)\s*$/
/**
 * A fraction from 0 to 1, from a decimal string (`"0.1"`, `".5"`, `"1"`) or a JSON number. Not
 * `z.coerce.number()`: that reads `""` as 0, which would silently drop every hit line. Anything
 * else becomes NaN, which the number check refuses (no z.union: ~400 bytes of the gzipped bundle
 * for config alone, with `flag`'s).
 */
const fraction = (fallback: number) =>
  z._default(
    z.pipe(
      z.transform((v: unknown) =>
        typeof v === 'number' ? v : typeof v === 'string' && DECIMAL.test(v) ? Number(v) : Number.NaN,
      ),
      z.number().check(z.gte(0), z.lte(1)),
    ),
    fallback,
  )
/** `true` / `false` (a JSON boolean or its spelling), `1` / `0`, `on` / `off`; `""` is false. */
const flag = (fallback: boolean) =>
  z.pipe(
    z._default(
      z.pipe(
        z.transform((v: unknown) => (typeof v === 'boolean' ? String(v) : v)),
        z.enum(['true', 'false', '1', '0', 'on', 'off', '']),
      ),
      fallback ? 'true' : 'false',
    ),
    z.transform((v) => ['true', '1', 'on'].includes(v)),
  )
const optionalText = z.pipe(
  z.optional(z.string()),
  z.transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim())),
)

/**
 * A CORS_ORIGINS entry must be one exact serialized origin (`https://app.example.com`,
 * `http://localhost:5173`): never `*`, never `null`, no path, no trailing slash.
 */
export function isExactOrigin(entry: string): boolean {
  if (entry === '*' || entry.toLowerCase() === 'null') return false
  try {
    const url = new URL(entry)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === entry
  } catch {
    return false
  }
}

/**
 * An AUTH_AUTHORIZED_PARTIES entry is compared with a token's `azp` exactly: a client id
 * (`Xw1y…`) or, when it has a scheme, one exact origin as Clerk writes it (no path, no trailing
 * slash); never `*` or anything with spaces, which no `azp` could equal.
 */
export function isAuthorizedPartyEntry(entry: string): boolean {
  if (entry.includes('://')) return isExactOrigin(entry)
  return /^[\x21-\x7e]+$/.test(entry) && !entry.includes('*')
}

/**
 * BASE_PATH (issue 17, src/base-path.ts): `/` then plain path segments of RFC 3986 unreserved
 * characters (`/seam`, `/api/seam`), no trailing slash, no `.`/`..` segment, no percent-encoding:
 * one spelling only, compared byte for byte with the request's path. Empty or `/` is the root.
 */
const BASE_PATH_FORM = /^(?:\/[A-Za-z0-9_.~-]+)+$/
const DOT_SEGMENT = /\/\.{1,2}(?:\/|$)/
const basePath = z.pipe(
  z._default(z.string(), ''),
  z.pipe(
    z.transform((v: string) => (v.trim() === '/' ? '' : v.trim())),
    z.string().check(z.refine((v) => v === '' || (BASE_PATH_FORM.test(v) && !DOT_SEGMENT.test(v)))),
  ),
)

/**
 * An absolute http(s) URL, by `z.url({ protocol: /^https?$/ })`'s rules (trimmed, spelled with
 * `://`, parsed by the URL parser, tabs and line breaks dropped as that parser drops them) in a
 * refine: zod's URL format costs ~500 bytes of the gzipped bundle for this one setting.
 */
const httpUrl = z.pipe(
  z.string().check(z.refine((v) => /^https?:\/\//i.test(v.trim()) && URL.canParse(v.trim()))),
  z.transform((v) => v.trim().replace(/[\t\n\r]/g, '')),
)

const configSchema = z.object({
  SEAM_ENDPOINT: z.pipe(
    z._default(httpUrl, DEFAULT_SEAM_ENDPOINT),
    z.transform((v) => v.replace(/\/+$/, '')),
  ),
  SEAM_API_KEY: optionalText,
  CACHE_TTL_SECONDS: seconds(DEFAULT_CACHE_TTL_SECONDS),
  CACHE_STALE_IF_ERROR_SECONDS: seconds(DEFAULT_CACHE_STALE_IF_ERROR_SECONDS),
  MEMORY_CACHE_TTL_MS: seconds(DEFAULT_MEMORY_CACHE_TTL_MS),
  UPSTREAM_TIMEOUT_MS: count(DEFAULT_UPSTREAM_TIMEOUT_MS, 1),
  UPSTREAM_DEADLINE_MS: count(DEFAULT_UPSTREAM_DEADLINE_MS, 1, DEFAULT_UPSTREAM_DEADLINE_MS),
  BODY_LIMIT_BYTES: count(DEFAULT_BODY_LIMIT_BYTES, 1),
  REQUEST_BODY_TIMEOUT_MS: count(DEFAULT_REQUEST_BODY_TIMEOUT_MS, MIN_REQUEST_BODY_TIMEOUT_MS),
  PASS_THROUGH: flag(true),
  CORS_ORIGINS: z.pipe(
    z._default(z.string(), ''),
    z.pipe(
      z.transform((v: string) =>
        v
          .split(',')
          .map((o) => o.trim())
          .filter((o) => o !== ''),
      ),
      // `*` and `null` (sandboxed iframes, file: pages) with credentials would open every
      // session to any page: a bad entry fails the deployment rather than being skipped.
      z.array(z.string().check(z.refine(isExactOrigin))),
    ),
  ),
  LOG_REQUESTS: flag(true),
  LOG_SAMPLE_RATE: fraction(DEFAULT_LOG_SAMPLE_RATE),
  // Token vending (issue 4) and webhooks (issue 5) read their own keys from here too.
  AUTH_JWT_SECRET: optionalText,
  AUTH_JWKS_URL: optionalText,
  AUTH_JWT_ALGS: z.pipe(
    z.pipe(
      optionalText,
      z.transform((v) => v?.split(',').map((alg) => alg.trim())),
    ),
    z.optional(z.array(z.enum(['HS256', 'RS256', 'ES256'])).check(z.minLength(1))),
  ),
  AUTH_ISSUER: optionalText,
  AUTH_AUDIENCE: optionalText,
  AUTH_CLIENT_ID: optionalText,
  // Issue 17: when set, a token's `azp` must be one of these (Clerk's session tokens name the page's origin).
  AUTH_AUTHORIZED_PARTIES: z.pipe(
    z.pipe(
      optionalText,
      z.transform((v) =>
        v
          ?.split(',')
          .map((p) => p.trim())
          .filter((p) => p !== ''),
      ),
    ),
    z.optional(z.array(z.string().check(z.refine(isAuthorizedPartyEntry))).check(z.minLength(1))),
  ),
  // Issue 17: the names before AUTH_JWT_ALGS / AUTH_ISSUER / AUTH_AUDIENCE, still honoured.
  AUTH_JWT_ALG: z.optional(z.enum(['HS256', 'RS256', 'ES256'])),
  AUTH_JWT_ISSUER: optionalText,
  AUTH_JWT_AUDIENCE: optionalText,
  USER_KEY_MODE: z._default(z.enum(['sub', 'hashed']), 'sub'),
  USER_KEY_SALT: optionalText,
  TOKEN_TTL_SECONDS: count(DEFAULT_TOKEN_TTL_SECONDS, 60),
  SEAM_WEBHOOK_SECRET: optionalText,
  GRANT_WEBHOOK_SECRET: optionalText,
  // The path the gateway is mounted under (issue 17, src/base-path.ts); '' is the root.
  BASE_PATH: basePath,
  // Serves the /demo page (issue 17); `npm start` turns it on with its demo upstream only.
  DEMO_MODE: flag(false),
  // Exactly once with the COORDINATOR Durable Object (issue 14).
  COORDINATION_LEASE_MS: count(DEFAULT_COORDINATION_LEASE_MS, 100),
  IDEMPOTENCY_TTL_SECONDS: count(DEFAULT_IDEMPOTENCY_TTL_SECONDS, 1),
})

export type Config = z.infer<typeof configSchema>

/** The bindings wrangler.toml declares. Vars arrive as strings (or JSON values from wrangler.toml). */
export interface Bindings {
  SESSION_CACHE?: KVNamespace
  TOKEN_RATE_LIMIT_USER?: RateLimit
  TOKEN_RATE_LIMIT_IP?: RateLimit
  /** The coordination Durable Object (src/coordination); without it exactness is best-effort. */
  COORDINATOR?: DurableObjectNamespace
  [key: string]: unknown
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

// Bindings are one object per isolate in production; a WeakMap keeps tests that pass a new env
// per request correct without re-validating on the hot path.
const parsed = new WeakMap<object, Config>()

/** Reads and validates the env once per env object; throws ConfigError naming the bad keys. */
export function getConfig(env: Bindings): Config {
  const cached = parsed.get(env)
  if (cached) return cached
  const result = configSchema.safeParse(env)
  if (!result.success) {
    const keys = [...new Set(result.error.issues.map((i) => String(i.path[0])))]
    throw new ConfigError(`invalid configuration: ${keys.join(', ')}`)
  }
  parsed.set(env, result.data)
  return result.data
}
