/**
 * The paths the gateway answers itself (or refuses): the one list. Pass-through never forwards
 * them, whatever the method or case (src/pass-through.ts); the OpenAPI generator documents them
 * (scripts/openapi.ts). `/demo` is not here: the demo routes (src/demo.ts) answer it before
 * pass-through is reached, in demo mode and out of it.
 */

export const CLIENT_SESSIONS_PREFIX = '/client_sessions'
export const WEBHOOKS_PREFIX = '/webhooks'
export const TOKEN_PATH = '/token'
export const HEALTH_PATH = '/health'
/** Static assets (wrangler.toml [assets], run_worker_first lists them), built by scripts/openapi.ts. */
export const OPENAPI_PATH = '/openapi.json'
export const DOCS_PATH = '/docs'

/** `prefix`: the path and everything under it (`/webhooks`, `/webhooks/…`); else the path alone. */
export const GATEWAY_PATHS = [
  { path: CLIENT_SESSIONS_PREFIX, prefix: true },
  { path: TOKEN_PATH, prefix: false },
  { path: WEBHOOKS_PREFIX, prefix: true },
  { path: HEALTH_PATH, prefix: false },
  { path: OPENAPI_PATH, prefix: false },
  { path: DOCS_PATH, prefix: false },
] as const

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** One case-insensitive pattern built from the list once per isolate: a single test per request. */
const GATEWAY_PATH_PATTERN = new RegExp(
  `^(?:${GATEWAY_PATHS.map(({ path, prefix }) => `${escapeRegExp(path)}${prefix ? '(?:/|$)' : '$'}`).join('|')})`,
  'i',
)

/** True for a path the gateway answers itself: never forwarded to Seam. */
export const isGatewayPath = (pathname: string): boolean => GATEWAY_PATH_PATTERN.test(pathname)
