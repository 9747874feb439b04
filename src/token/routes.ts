/**
 * POST /token: trades a verified JWT for that user's client session token (issue 4).
 *
 *   Authorization: Bearer <JWT>  →  200 { client_session_token, expires_at, client_session_id }
 *
 * Order: configured? (503) → per-IP rate limit (429) → JWT (401, with WWW-Authenticate) →
 * per-user rate limit (429) → vend (KV or Seam). Every refusal happens before any upstream call.
 */
import type { Context } from 'hono'
// hono/tiny, like every Hono in the app: see src/app.ts
import { Hono } from 'hono/tiny'
import { keepAliveOf } from '../background.ts'
import { coordinatorOf } from '../coordination/client.ts'
import { sha256Hex } from '../crypto.ts'
import type { AppEnv } from '../env.ts'
import { jsonResponse, SeamError } from '../errors.ts'
import { TOKEN_PATH } from '../gateway-paths.ts'
import { allowOnly, enterRoute } from '../middleware/route.ts'
import { discoveryFor } from './discovery.ts'
import { JWKS_FAILURE_BACKOFF_MS, jwksCache, KeysUnavailable } from './jwks.ts'
import { hmacKeyFor, type JwtHeader, JwtRejected, verifyJwt } from './jwt.ts'
import { enforceRateLimit } from './rate-limit.ts'
import { type VendingSettings, vendingSetup } from './settings.ts'
import { userIdentifierKey } from './user-key.ts'
import { vendToken } from './vend.ts'

/** RFC 6750 realm in WWW-Authenticate. */
export const AUTH_REALM = 'seam-session-gateway'
/** What a caller retrying after 503 `token_verification_unavailable` should wait: the key-set fetch backoff. */
const KEYS_UNAVAILABLE_RETRY_AFTER_SECONDS = Math.ceil(JWKS_FAILURE_BACKOFF_MS / 1000)
const NO_STORE = { 'cache-control': 'no-store' }

/** 401 with RFC 6750's challenge: `error="invalid_token"` only when a token was sent. */
function unauthorizedToken(tokenSent: boolean, logReason: string): SeamError {
  const challenge = tokenSent ? `Bearer realm="${AUTH_REALM}", error="invalid_token"` : `Bearer realm="${AUTH_REALM}"`
  const message = tokenSent
    ? 'The bearer token is not a valid identity token for this gateway.'
    : 'A bearer identity token (JWT) is required.'
  return new SeamError(401, 'unauthorized', message, {
    headers: { 'www-authenticate': challenge, ...NO_STORE },
    logReason,
  })
}

function readBearer(header: string | undefined): string | null {
  const match = header?.trim().match(/^Bearer[ \t]+(\S+)$/i)
  return match?.[1] ?? null
}

function keyResolver(
  settings: VendingSettings,
  onError: (reason: string) => void,
): (h: JwtHeader) => Promise<CryptoKey> {
  const { secret, keySet } = settings
  const asymmetric = settings.algs.filter((alg) => alg !== 'HS256')
  return async (header) => {
    // The header's alg is already one of the pinned ones: it picks the key source, never a key.
    if (header.alg === 'HS256' && secret !== undefined) return hmacKeyFor(secret)
    if (header.alg === 'HS256' || !keySet) throw new JwtRejected('unknown_key')
    const url = keySet.kind === 'url' ? keySet.url : await discoveryFor(keySet.issuer).keySetUrl(onError)
    return jwksCache(url, asymmetric).keyFor(header, onError)
  }
}

async function handleToken(c: Context<AppEnv>): Promise<Response> {
  const { config, log } = c.var
  const setup = vendingSetup(config)
  if (!setup.ok) {
    throw new SeamError(503, 'token_vending_not_configured', 'Token vending is not configured on this gateway.', {
      headers: NO_STORE,
      logReason: setup.reason,
    })
  }
  const { settings } = setup

  // Before verification, so forged tokens count against their sender too.
  const ip = c.req.header('cf-connecting-ip') ?? 'unknown'
  await enforceRateLimit(c.env.TOKEN_RATE_LIMIT_IP, 'ip', ip, log)

  const jwt = readBearer(c.req.header('authorization'))
  if (jwt === null) throw unauthorizedToken(false, 'jwt: no bearer token')
  let sub: string
  try {
    const claims = await verifyJwt(jwt, {
      algs: settings.algs,
      keyFor: keyResolver(settings, (reason) => {
        log.jwks_error = reason
      }),
      issuer: settings.issuer,
      audience: settings.audience,
      clientId: settings.clientId,
      authorizedParties: settings.authorizedParties,
    })
    sub = claims.sub
  } catch (err) {
    if (err instanceof JwtRejected) {
      log.jwt_rejected = err.kind
      throw unauthorizedToken(true, `jwt: ${err.kind}`)
    }
    if (err instanceof KeysUnavailable) {
      throw new SeamError(503, 'token_verification_unavailable', 'Identity tokens cannot be verified right now.', {
        headers: { 'retry-after': String(KEYS_UNAVAILABLE_RETRY_AFTER_SECONDS), ...NO_STORE },
        logReason: err.message,
      })
    }
    throw err
  }

  const userKey = await userIdentifierKey(sub, settings.userKeyMode, settings.userKeySalt)
  await enforceRateLimit(c.env.TOKEN_RATE_LIMIT_USER, 'user', await sha256Hex(userKey), log)

  const { vended, outcome } = await vendToken(
    { config, settings, kv: c.env.SESSION_CACHE, log, coordinator: coordinatorOf(c.env), keepAlive: keepAliveOf(c) },
    userKey,
  )
  log.token = outcome
  return jsonResponse(
    { client_session_token: vended.token, expires_at: vended.expires_at, client_session_id: vended.client_session_id },
    200,
    NO_STORE,
  )
}

/** The `/token` router. */
export function tokenRoutes(): Hono<AppEnv> {
  const router = new Hono<AppEnv>()
  const enter = enterRoute(TOKEN_PATH)
  router.post(TOKEN_PATH, enter, handleToken)
  allowOnly(router, TOKEN_PATH, ['POST'], enter)
  return router
}
