/**
 * Workers KV behind a small in-isolate memory tier, and never a reason to fail a request.
 *
 * - Reads check memory first (entries live `memoryTtlMs`), then KV. Concurrent reads of one key
 *   share one KV read: when a held entry expires under load, every request in flight would
 *   otherwise read KV for it again (32 reads of each key per second at concurrency 32, which cost
 *   a cache hit more than the rest of its work: BENCHMARKS.md). The hit path re-reads an entry in
 *   use shortly before it expires (`held`), so under load it does not expire at all.
 * - Writes and deletes go to memory at once (so this isolate sees them on its next request)
 *   and to KV; a KV failure or a KV call slower than KV_TIMEOUT_MS is logged by the caller
 *   through `onError` and treated as a miss, so the request falls back to the upstream.
 */
import type { LogFields } from '../env.ts'
import { KV_MIN_TTL_SECONDS } from './keys.ts'

/** A KV read slower than this is treated as a miss: the upstream is usually faster than a stuck KV. */
export const KV_TIMEOUT_MS = 1_000
/** Bounds isolate memory (128 MB per isolate); a few KB per entry keeps this under ~10 MB. */
export const MEMORY_TIER_MAX_ENTRIES = 2_000
/**
 * A held entry in the last quarter of its memory lifetime is re-read from KV in the background by
 * the hit that finds it (`held` with the request's `ctx`), so a key in steady use never expires:
 * its hits keep taking the fast path instead of all waiting on one KV read each second. The value
 * read is held from when the read began, so nothing is held longer than MEMORY_CACHE_TTL_MS
 * after KV said it. The price: a hot key is read about every 0.75 s per isolate, not every ~1 s.
 */
export const MEMORY_REFRESH_AHEAD_FRACTION = 0.25

/** The part of a request's ExecutionContext that keeps background work alive after its answer. */
export type KeepAlive = Pick<ExecutionContext, 'waitUntil'>

/** Called with `op: reason` when KV fails; the caller logs it. */
export type ErrorReporter = (what: string) => void

/** The reporter every KV user passes: the failure goes to the request's log line as `cache_error`. */
export const reportTo =
  (log: LogFields): ErrorReporter =>
  (what) => {
    log.cache_error = what
  }

interface MemoryEntry {
  value: unknown
  until: number
  /** A background re-read of this entry has begun (`held`): one per entry, even when it fails. */
  refreshing?: true
}

/** A KV read in flight, shared by every reader of its key; a write or delete of the key meanwhile supersedes it. */
interface PendingRead {
  result: Promise<Guarded<unknown>>
  superseded: boolean
}

/**
 * One tier per KV binding and memory lifetime per isolate, so every request of the isolate shares its memory.
 * Both come from the deployment's bindings and config (MEMORY_CACHE_TTL_MS): one or two tiers per isolate.
 */
const tiers = new WeakMap<object, Map<number, TieredKv>>()
/** Stands in for a missing or misconfigured (non-object) binding: its KV calls fail and are guarded. */
const NO_KV = {}

/** The isolate's tier over `kv` whose memory entries live `memoryTtlMs`. */
export function tieredKv(kv: KVNamespace | undefined, memoryTtlMs: number): TieredKv {
  const anchor = typeof kv === 'object' && kv !== null ? kv : NO_KV
  let byTtl = tiers.get(anchor)
  if (!byTtl) {
    byTtl = new Map()
    tiers.set(anchor, byTtl)
  }
  let tier = byTtl.get(memoryTtlMs)
  if (!tier) {
    tier = new TieredKv(kv, memoryTtlMs)
    byTtl.set(memoryTtlMs, tier)
  }
  return tier
}

export class TieredKv {
  private readonly memory = new Map<string, MemoryEntry>()
  /** KV reads in flight, by key. Bounded by the reads in flight: each goes when it settles, within KV_TIMEOUT_MS. */
  private readonly reading = new Map<string, PendingRead>()
  private readonly kv: KVNamespace | undefined
  private readonly memoryTtlMs: number

  constructor(kv: KVNamespace | undefined, memoryTtlMs: number) {
    this.kv = kv
    this.memoryTtlMs = memoryTtlMs
  }

  /**
   * `ctx` (the request's) keeps a KV read this call starts alive with `waitUntil`: other requests
   * may join that read, and a request whose client went away must not leave them waiting on it.
   */
  async get<T>(key: string, onError: ErrorReporter, ctx?: KeepAlive): Promise<T | null> {
    const held = this.memory.get(key)
    if (held) {
      if (held.until > Date.now()) return held.value as T | null
      this.memory.delete(key)
    }
    if (!this.kv) return null
    const outcome = await this.read(key, ctx).result
    if ('failed' in outcome) {
      onError(outcome.failed)
      return null
    }
    return outcome.value as T | null
  }

  /**
   * The KV read of `key` in flight, or a new one, kept alive by `ctx` when given; what it returns
   * is remembered unless a write or delete overtook it. A joined read is its starter's to keep alive.
   */
  private read(key: string, ctx?: KeepAlive): PendingRead {
    const pending = this.reading.get(key)
    if (pending) return pending
    const began = Date.now()
    const read: PendingRead = { result: guard('get', () => this.kv?.get(key, 'json') ?? null), superseded: false }
    this.reading.set(key, read)
    read.result.then((outcome) => {
      if (this.reading.get(key) === read) this.reading.delete(key)
      // A write or delete of this key since the read began holds newer data than KV returned.
      if ('value' in outcome && !read.superseded) this.remember(key, outcome.value, began)
    })
    ctx?.waitUntil(read.result)
    return read
  }

  /** A write or delete of `key`: a KV read of it still in flight must not be remembered over it. */
  private supersedeRead(key: string): void {
    const pending = this.reading.get(key)
    if (pending === undefined) return
    pending.superseded = true
    this.reading.delete(key)
  }

  /**
   * The memory tier's answer for `key` without waiting: `{ value }` when this isolate holds it
   * (a held `null` is a delete or a miss it remembers), undefined when only KV could tell.
   * `get` answers the same value from memory; this is its synchronous half, for the hit path
   * that answers before the app (src/client-sessions/held-hit.ts).
   *
   * With `ctx` (the request's, whose `waitUntil` keeps the read alive after the answer is sent),
   * an entry near the end of its lifetime is re-read from KV in the background
   * (MEMORY_REFRESH_AHEAD_FRACTION); without it, nothing is started. That read ends after the
   * request's answer and log line, so its failure goes to `onRefreshError` (its own log line).
   */
  held(key: string, ctx?: KeepAlive, onRefreshError?: ErrorReporter): { value: unknown } | undefined {
    const held = this.memory.get(key)
    const now = Date.now()
    if (held === undefined || held.until <= now) return undefined
    if (
      ctx !== undefined &&
      this.kv !== undefined &&
      held.refreshing === undefined &&
      held.until - now <= this.memoryTtlMs * MEMORY_REFRESH_AHEAD_FRACTION
    ) {
      held.refreshing = true
      this.read(key, ctx).result.then((outcome) => {
        if ('failed' in outcome) onRefreshError?.(outcome.failed)
      })
    }
    return { value: held.value }
  }

  /** Stores `value` until `expiresAtMs` (KV gets at least its one-minute minimum). */
  async put(key: string, value: unknown, expiresAtMs: number, onError: ErrorReporter): Promise<void> {
    const now = Date.now()
    this.supersedeRead(key)
    this.remember(key, value, now, expiresAtMs)
    if (!this.kv) return
    const ttl = Math.max(KV_MIN_TTL_SECONDS, Math.ceil((expiresAtMs - now) / 1000))
    const outcome = await guard('put', () => this.kv?.put(key, JSON.stringify(value), { expirationTtl: ttl }))
    if ('failed' in outcome) onError(outcome.failed)
  }

  async delete(key: string, onError: ErrorReporter): Promise<void> {
    this.supersedeRead(key)
    // Held as a null, within the same bound as a write: every session written through here deletes
    // a key, so a set of its own would grow the map by one entry per distinct session, for good.
    this.remember(key, null, Date.now())
    if (!this.kv) return
    const outcome = await guard('delete', () => this.kv?.delete(key))
    if ('failed' in outcome) onError(outcome.failed)
  }

  private remember(key: string, value: unknown, now: number, expiresAtMs = Number.POSITIVE_INFINITY): void {
    if (this.memoryTtlMs <= 0) return
    // Deleted first, so refreshing a held key never evicts another to make room.
    this.memory.delete(key)
    if (this.memory.size >= MEMORY_TIER_MAX_ENTRIES) {
      // Maps iterate in insertion order: dropping the first entry drops the oldest.
      const oldest = this.memory.keys().next().value
      if (oldest !== undefined) this.memory.delete(oldest)
    }
    this.memory.set(key, { value, until: Math.min(now + this.memoryTtlMs, expiresAtMs) })
  }
}

/** A guarded KV call's outcome: its value, or why it counts as failed (`op: reason`, for the log line). */
type Guarded<T> = { value: T } | { failed: string }

/** The KV call's result, or a failure when KV threw or took longer than KV_TIMEOUT_MS; never rejects. */
async function guard<T>(op: string, run: () => Promise<T> | T): Promise<Guarded<T>> {
  let timer: ReturnType<typeof setTimeout> | null = null
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), KV_TIMEOUT_MS)
  })
  try {
    const result = await Promise.race([
      Promise.resolve()
        .then(run)
        .then((v) => ({ value: v })),
      timeout,
    ])
    return result ?? { failed: `${op}: timeout` }
  } catch {
    return { failed: `${op}: failed` }
  } finally {
    if (timer !== null) clearTimeout(timer)
  }
}
