/**
 * The client-session cache: which entry may answer which caller, and when.
 *
 * Rules (issue 3), with the key layout in ./keys.ts:
 * - An entry answers only a caller whose credential the upstream accepted for the entry's
 *   workspace (a `cred` record learnt from a 2xx answer to that very credential), and a client
 *   session token only ever gets its own session.
 * - Fresh for CACHE_TTL_SECONDS from when it was stored; usable past that only when the
 *   upstream fails, for CACHE_STALE_IF_ERROR_SECONDS more, and then only for a backend
 *   credential (issue 13): a client session token's own-session lookup is never answered stale,
 *   since during an outage nothing can tell a revoked token from a good one. Never after the
 *   session's `expires_at`.
 * - Writes through the gateway drop the session's entry (by canonical id, whatever credential
 *   wrote) when the write may have happened; a definite refusal from Seam (4xx) changes nothing.
 * - A refusal writes nothing to KV for a credential the cache does not know, so a made-up
 *   bearer costs no KV write.
 * - Upstream errors are never stored; neither are 404s.
 */
import type { Config } from '../config.ts'
import { knownSha256Hex, memoSha256Hex } from '../crypto.ts'
import { canonicalSessionId, credentialKey, sessionKey, userKeyPointer } from './keys.ts'
import { type ErrorReporter, type KeepAlive, type TieredKv, tieredKv } from './tiered-kv.ts'

/** The fields the cache relies on; every other field is kept as Seam sent it. */
export interface ClientSession {
  client_session_id: string
  workspace_id: string
  expires_at: string
  token: string
  user_identifier_key?: string | null
  [field: string]: unknown
}

interface SessionEntry {
  session: ClientSession
  at: number
}

interface CredentialEntry {
  /** The workspace the upstream accepted this credential for. */
  w: string
  /** For a client session token: its own session's id. */
  id?: string
  at: number
}

interface PointerEntry {
  id: string
  at: number
}

export type Lookup =
  | { by: 'id'; id: string }
  | { by: 'user_identifier_key'; key: string }
  | { by: 'own_session'; token: string }

/** What `find` needs next: a KV read (through the memory tier) or the SHA-256 of a key part. */
type FindNeed = { read: string } | { digest: string }

export interface Found {
  session: ClientSession
  fresh: boolean
  /** Still allowed as a stale answer when the upstream fails. */
  usableIfError: boolean
  ageSeconds: number
}

/** Per-isolate state: when each session id was last written through here. */
const invalidatedAt = new Map<string, number>()
/** Tombstones only matter for requests already in flight; an upstream call never outlives this. */
const TOMBSTONE_MS = 60_000
/**
 * Bounds the tombstones by count too (a burst of writes Seam accepts could otherwise add one per
 * request for a minute): ~100 bytes each, so at most ~1 MB of the isolate's 128 MB.
 */
export const TOMBSTONE_MAX_ENTRIES = 10_000
/**
 * The newest tombstone dropped for room before its time. A read that began at or before it
 * stores nothing: it may have been overtaken by that write, which can no longer be looked up.
 */
let droppedTombstonesThrough = Number.NEGATIVE_INFINITY

export interface RememberOptions {
  ownSessionToken?: string | undefined
  authoritative?: boolean
}

/** Notes a write to a session (canonical id), so reads that started before it do not store older data. */
function markWritten(id: string): void {
  const now = Date.now()
  invalidatedAt.delete(id) // re-inserted last, so the map stays ordered by time
  invalidatedAt.set(id, now)
  for (const [key, at] of invalidatedAt) {
    const expired = now - at >= TOMBSTONE_MS
    if (!expired && invalidatedAt.size <= TOMBSTONE_MAX_ENTRIES) break
    if (!expired) droppedTombstonesThrough = Math.max(droppedTombstonesThrough, at)
    invalidatedAt.delete(key)
  }
}

/** Whether a write to this session (canonical id) may have happened since `since`. */
function writtenSince(id: string, since: number): boolean {
  return Math.max(invalidatedAt.get(id) ?? Number.NEGATIVE_INFINITY, droppedTombstonesThrough) >= since
}

/** A session id, its token and a readable expiry: what a cached session and a vend record both need. */
export function hasSessionToken(
  value: unknown,
): value is Pick<ClientSession, 'client_session_id' | 'token' | 'expires_at'> & Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false
  const s = value as Record<string, unknown>
  return (
    typeof s.client_session_id === 'string' &&
    typeof s.token === 'string' &&
    typeof s.expires_at === 'string' &&
    !Number.isNaN(Date.parse(s.expires_at))
  )
}

export const isClientSession = (value: unknown): value is ClientSession =>
  hasSessionToken(value) && typeof value.workspace_id === 'string'

export class SessionCache {
  private readonly store: TieredKv
  private readonly startedAt = Date.now()
  /** Whether `find` saw a credential record for this caller: only then may a refusal delete it. */
  private credentialKnown = false

  private readonly config: Config
  /** SHA-256 of the caller's credential identity, computed once per request. */
  private readonly credentialHash: string
  private readonly onError: ErrorReporter

  constructor(kv: KVNamespace | undefined, config: Config, credentialHash: string, onError: ErrorReporter) {
    this.config = config
    this.credentialHash = credentialHash
    this.onError = onError
    this.store = tieredKv(kv, config.MEMORY_CACHE_TTL_MS)
  }

  private get freshMs() {
    return this.config.CACHE_TTL_SECONDS * 1000
  }

  private get usableMs() {
    return (this.config.CACHE_TTL_SECONDS + this.config.CACHE_STALE_IF_ERROR_SECONDS) * 1000
  }

  /** The entry this caller may be answered with, or null. `ctx` keeps the KV reads it starts alive (TieredKv.get). */
  async find(lookup: Lookup, ctx?: KeepAlive): Promise<Found | null> {
    const steps = this.findSteps(lookup)
    let step = steps.next()
    while (!step.done) {
      const need = step.value
      step = steps.next(
        'read' in need ? await this.store.get(need.read, this.onError, ctx) : await memoSha256Hex(need.digest),
      )
    }
    return step.value
  }

  /**
   * `find` answered from what this isolate already holds (the memory tier, remembered digests),
   * without waiting: the same rules and the same answer, or undefined when `find` would have to
   * ask KV or hash something first (the caller then takes the full path). For the hit path that
   * answers before the app (src/client-sessions/held-hit.ts). With `ctx`, entries near the end
   * of their memory lifetime are re-read in the background (TieredKv.held); such a read that
   * fails is reported to `onRefreshError`, since the request's own log line is written by then.
   */
  findHeld(lookup: Lookup, ctx?: KeepAlive, onRefreshError?: ErrorReporter): Found | null | undefined {
    const steps = this.findSteps(lookup)
    let step = steps.next()
    while (!step.done) {
      const need = step.value
      let answer: unknown
      if ('read' in need) {
        const held = this.store.held(need.read, ctx, onRefreshError)
        if (held === undefined) return undefined
        answer = held.value
      } else {
        answer = knownSha256Hex(need.digest)
        if (answer === undefined) return undefined
      }
      step = steps.next(answer)
    }
    return step.value
  }

  /**
   * The rules of `find`, written once: each KV read and each digest it needs is yielded, and the
   * driver (`find` waits, `findHeld` reads memory only) sends back its result.
   */
  private *findSteps(lookup: Lookup): Generator<FindNeed, Found | null, unknown> {
    if (this.config.CACHE_TTL_SECONDS === 0) return null
    const credential = (yield { read: credentialKey(this.credentialHash) }) as CredentialEntry | null
    if (!credential) return null
    this.credentialKnown = true
    let id: string | undefined
    if (lookup.by === 'id') id = canonicalSessionId(lookup.id)
    else if (lookup.by === 'own_session') id = credential.id
    else {
      const workspaceHash = (yield { digest: credential.w }) as string
      const keyHash = (yield { digest: lookup.key }) as string
      id = ((yield { read: userKeyPointer(workspaceHash, keyHash) }) as PointerEntry | null)?.id
    }
    if (id === undefined) return null
    const entry = (yield { read: sessionKey((yield { digest: id }) as string) }) as SessionEntry | null
    if (!entry) return null
    const { session } = entry
    const belongs =
      session.workspace_id === credential.w &&
      canonicalSessionId(session.client_session_id) === id &&
      (lookup.by !== 'user_identifier_key' || session.user_identifier_key === lookup.key) &&
      (lookup.by !== 'own_session' || session.token === lookup.token)
    const now = Date.now()
    if (!belongs || Date.parse(session.expires_at) <= now) return null
    const age = now - Math.min(entry.at, credential.at)
    if (age >= this.usableMs) return null
    // A client session token is never answered stale: Seam failing is exactly when a revoked
    // token cannot be told from a good one.
    const usableIfError = lookup.by !== 'own_session'
    return { session, fresh: age < this.freshMs, usableIfError, ageSeconds: Math.floor(age / 1000) }
  }

  /**
   * Stores a session the upstream just returned to this caller, and learns the caller's
   * workspace. `ownSessionToken` is set when the caller is that session's own token.
   * `authoritative` marks the answer to a write: it replaces whatever reads still in flight
   * would store. A read's answer is dropped when a write to the session overtook it.
   */
  async remember(session: ClientSession, options: RememberOptions = {}): Promise<void> {
    if (this.config.CACHE_TTL_SECONDS === 0) return
    const id = canonicalSessionId(session.client_session_id)
    if (options.authoritative) markWritten(id)
    else if (writtenSince(id, this.startedAt)) return
    const ownSessionToken = options.ownSessionToken
    const now = Date.now()
    const until = Math.min(Date.parse(session.expires_at), now + this.usableMs)
    if (until <= now) return
    const credential: CredentialEntry = { w: session.workspace_id, at: now }
    if (ownSessionToken !== undefined && session.token === ownSessionToken) credential.id = id
    const writes = [
      this.store.put(credentialKey(this.credentialHash), credential, now + this.usableMs, this.onError),
      this.store.put(
        sessionKey(await memoSha256Hex(id)),
        { session, at: now } satisfies SessionEntry,
        until,
        this.onError,
      ),
    ]
    if (typeof session.user_identifier_key === 'string' && session.user_identifier_key !== '') {
      const pointer = userKeyPointer(
        await memoSha256Hex(session.workspace_id),
        await memoSha256Hex(session.user_identifier_key),
      )
      writes.push(this.store.put(pointer, { id, at: now } satisfies PointerEntry, until, this.onError))
    }
    await Promise.all(writes)
  }

  /**
   * The upstream refused this credential: forget which workspace it was good for. Only a
   * credential `find` knew has a record to forget; any other (a made-up bearer) costs no KV write.
   */
  async forgetCredential(): Promise<void> {
    if (!this.credentialKnown) return
    this.credentialKnown = false
    await this.store.delete(credentialKey(this.credentialHash), this.onError)
  }

  /** A write touched this session: drop its entry (the pointers to it then lead nowhere). */
  async invalidate(id: string): Promise<void> {
    const canonical = canonicalSessionId(id)
    markWritten(canonical)
    await this.store.delete(sessionKey(await memoSha256Hex(canonical)), this.onError)
  }
}

/** Drops a session's cached entry from outside a request's own cache (webhooks, token vending). */
export async function invalidateSession(
  kv: KVNamespace | undefined,
  config: Config,
  id: string,
  onError: ErrorReporter,
): Promise<void> {
  await new SessionCache(kv, config, '', onError).invalidate(id)
}
