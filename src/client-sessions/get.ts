/**
 * The handler of `/client_sessions/get`, through the cache (src/cache/): hit, miss with
 * single-flight, stale-if-error, and the RFC 9211 `Cache-Status` and `Server-Timing` headers.
 *
 * This file is the one owner of `Cache-Status`: every get answer names the cache, and every value
 * is built here (`cacheStatus`), also the one of a refusal before the cache was asked (401, 400:
 * `REFUSAL_HEADERS`, which the route's enterRoute puts on those answers).
 */
import type { Context } from 'hono'
import { background, keepAliveOf } from '../background.ts'
import { type ClientSession, type Found, isClientSession, type Lookup, SessionCache } from '../cache/session-cache.ts'
import { reportTo } from '../cache/tiered-kv.ts'
import type { Config } from '../config.ts'
import { clientSessionTokenOf } from '../credentials.ts'
import { memoSha256Hex } from '../crypto.ts'
import type { AppEnv } from '../env.ts'
import { JSON_CONTENT_TYPE, SeamError } from '../errors.ts'
import { REQUEST_ID_HEADER } from '../middleware/request-context.ts'
import { dropVendedToken } from '../token/vend.ts'
import {
  callUpstream,
  isRetryableStatus,
  noteUpstream,
  type UpstreamRequest,
  type UpstreamResponse,
  upstreamToResponse,
} from '../upstream.ts'

/** The name this cache uses in `Cache-Status` (RFC 9211 section 2). */
export const CACHE_NAME = 'seam-session-gateway'

/** Every `Cache-Status` a get answer can carry. */
const cacheStatus = {
  hit: (ttl: number) => `${CACHE_NAME}; hit; ttl=${ttl}`,
  forwarded: (fwd: 'bypass' | 'miss' | 'stale', stored = false) =>
    `${CACHE_NAME}; fwd=${fwd}${stored ? '; stored' : ''}`,
  staleIfError: (fwd: 'miss' | 'stale', failedStatus: number) =>
    `${CACHE_NAME}; fwd=${fwd}; fwd-status=${failedStatus}; detail=stale-if-error`,
  /** Refused before the cache was asked: no hit, nothing forwarded, so only a detail says why. */
  refused: `${CACHE_NAME}; detail=refused`,
} as const

/** Headers every refusal of get carries (src/middleware/route.ts `refusalHeaders`). */
export const REFUSAL_HEADERS: Readonly<Record<string, string>> = { 'cache-status': cacheStatus.refused }

/** The upstream's answer, or the 502/504 it came to: a value several waiters can share. */
type UpstreamOutcome = { answer: UpstreamResponse } | { error: SeamError }

/**
 * In-flight upstream lookups in this isolate, by credential and lookup: one call serves them all.
 * Bounded by the calls in flight: each entry goes when its call settles, within UPSTREAM_TIMEOUT_MS.
 */
const inFlight = new Map<string, Promise<UpstreamOutcome>>()

export interface GetParams {
  client_session_id?: string | undefined
  user_identifier_key?: string | undefined
}

/** Which cache lookup a get asks for; null when the answer must come from the upstream. */
export function lookupFor(params: GetParams, cstToken: string | undefined): Lookup | null {
  const hasId = params.client_session_id !== undefined
  const hasKey = params.user_identifier_key !== undefined && params.user_identifier_key !== ''
  if (cstToken !== undefined) return hasId || hasKey ? null : { by: 'own_session', token: cstToken }
  if (hasId && !hasKey) return { by: 'id', id: params.client_session_id as string }
  if (hasKey && !hasId) return { by: 'user_identifier_key', key: params.user_identifier_key as string }
  return null
}

/** `request` builds the upstream call; only a bypass or a miss asks for it. */
export async function cachedGet(
  c: Context<AppEnv>,
  params: GetParams,
  request: () => Promise<UpstreamRequest>,
): Promise<Response> {
  const { config, credential, log } = c.var
  const cstToken = clientSessionTokenOf(credential)
  const lookup = lookupFor(params, cstToken)
  if (!lookup) {
    log.cache = 'bypass'
    return answerWith(c, await settle(config, await request()), cacheStatus.forwarded('bypass'))
  }
  const credentialHash = await memoSha256Hex(credential.identity)
  const cache = new SessionCache(c.env.SESSION_CACHE, config, credentialHash, reportTo(log))
  // Other gets may join the KV reads this one starts: they outlive this request's client (keepAliveOf).
  const found = await cache.find(lookup, keepAliveOf(c))
  if (found?.fresh) {
    log.cache = 'hit'
    return sessionAnswer(found.session, hitHeaders(config, found), c.var.requestId)
  }

  const flightKey = `${credentialHash}:${JSON.stringify(lookup)}`
  let flight = inFlight.get(flightKey)
  // Only the request that made the upstream call stores its answer: KV takes one write per
  // key per second, and the waiters' copies would be the same bytes.
  const leader = !flight
  if (!flight) {
    // With a stale entry to answer if Seam fails, the caller never sees the failure, so its SDK
    // will not retry: this refresh is the gateway's own call, with the gateway's retries.
    const retry = found?.usableIfError ? 'safe' : undefined
    flight = request()
      .then((built) => settle(config, retry ? { ...built, retry } : built))
      .finally(() => inFlight.delete(flightKey))
    inFlight.set(flightKey, flight)
  } else {
    log.single_flight = true
  }
  const outcome = await flight
  const fwd = found ? 'stale' : 'miss'

  const failedStatus =
    'error' in outcome ? outcome.error.status : isRetryableStatus(outcome.answer.status) ? outcome.answer.status : 0
  if (failedStatus !== 0 && found?.usableIfError) {
    log.cache = 'stale-if-error'
    return sessionAnswer(
      found.session,
      { 'cache-status': cacheStatus.staleIfError(fwd, failedStatus), warning: '110 - "Response is Stale"' },
      c.var.requestId,
    )
  }
  log.cache = fwd
  if ('answer' in outcome) {
    const { answer } = outcome
    const session = answer.body.client_session
    if (answer.status === 200 && isClientSession(session)) {
      if (leader) await background(c, cache.remember(session, { ownSessionToken: cstToken }))
      return answerWith(c, outcome, cacheStatus.forwarded(fwd, true))
    }
    if (answer.status === 401 && leader) {
      // Only a credential the cache knew has a record to forget; a made-up one costs no KV write.
      await cache.forgetCredential()
      // Seam refused a client session token: if the gateway vended it, /token must not hand it out again.
      if (cstToken !== undefined) {
        await dropVendedToken({ kv: c.env.SESSION_CACHE, config, log }, cstToken)
      }
    }
  }
  return answerWith(c, outcome, cacheStatus.forwarded(fwd))
}

/** Calls the upstream; its 502/504 comes back as a value, so every waiter of the flight gets it. */
async function settle(config: Config, request: UpstreamRequest): Promise<UpstreamOutcome> {
  try {
    return { answer: await callUpstream(config, request) }
  } catch (err) {
    if (err instanceof SeamError) return { error: err }
    throw err
  }
}

/** What the upstream came to, as get's answer, naming the cache. */
function answerWith(c: Context<AppEnv>, outcome: UpstreamOutcome, status: string): Response {
  const log = c.var.log
  if ('error' in outcome) {
    log.reason = outcome.error.logReason
    const response = outcome.error.getResponse()
    response.headers.set('cache-status', status)
    return response
  }
  const { answer } = outcome
  noteUpstream(log, answer, answer.requestId)
  return upstreamToResponse(answer, {
    'cache-status': status,
    'server-timing': `upstream;dur=${answer.elapsedMs}`,
  })
}

/**
 * Answer bodies by session object, as UTF-8 bytes. The memory tier hands every hit in its window
 * the same (never mutated) object, so it is serialized once per window rather than once per
 * request; and workerd sends a byte body for less CPU than a string one (BENCHMARKS.md), the
 * same bytes on the wire (`new Response` copies them, so one array serves every answer).
 */
const bodies = new WeakMap<ClientSession, Uint8Array>()
const encoder = new TextEncoder()

/** A fresh hit's two headers (`Cache-Status` with the entry's remaining lifetime). */
export function hitHeaders(config: Config, found: Found): Record<string, string> {
  return {
    'cache-status': cacheStatus.hit(config.CACHE_TTL_SECONDS - found.ageSeconds),
    'server-timing': 'cache;desc="hit"',
  }
}

/**
 * A cached session as the answer. The request id goes in with the other headers (requestContext's
 * rule: ours unless the answer names Seam's): set afterwards, as for other answers, it costs each
 * hit a header rewrite.
 */
export function sessionAnswer(session: ClientSession, headers: Record<string, string>, requestId: string): Response {
  let body = bodies.get(session)
  if (body === undefined) {
    body = encoder.encode(JSON.stringify({ client_session: session, ok: true }))
    bodies.set(session, body)
  }
  headers['content-type'] = JSON_CONTENT_TYPE
  headers['cache-control'] = 'no-store'
  headers[REQUEST_ID_HEADER] ??= requestId
  return new Response(body, { status: 200, headers })
}
