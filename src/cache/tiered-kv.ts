/**
 * Workers KV behind a small in-isolate memory tier, and never a reason to fail a request.
 *
 * - Reads check memory first (entries live `memoryTtlMs`), then KV.
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
  private readonly kv: KVNamespace | undefined
  private readonly memoryTtlMs: number

  constructor(kv: KVNamespace | undefined, memoryTtlMs: number) {
    this.kv = kv
    this.memoryTtlMs = memoryTtlMs
  }

  async get<T>(key: string, onError: ErrorReporter): Promise<T | null> {
    const now = Date.now()
    const held = this.memory.get(key)
    if (held) {
      if (held.until > now) return held.value as T | null
      this.memory.delete(key)
    }
    if (!this.kv) return null
    const value = await guard('get', () => this.kv?.get<T>(key, 'json') ?? null, onError)
    if (value === undefined) return null
    this.remember(key, value, now)
    return value
  }

  /** Stores `value` until `expiresAtMs` (KV gets at least its one-minute minimum). */
  async put(key: string, value: unknown, expiresAtMs: number, onError: ErrorReporter): Promise<void> {
    const now = Date.now()
    this.remember(key, value, now, expiresAtMs)
    if (!this.kv) return
    const ttl = Math.max(KV_MIN_TTL_SECONDS, Math.ceil((expiresAtMs - now) / 1000))
    await guard('put', () => this.kv?.put(key, JSON.stringify(value), { expirationTtl: ttl }), onError)
  }

  async delete(key: string, onError: ErrorReporter): Promise<void> {
    this.memory.set(key, { value: null, until: Date.now() + this.memoryTtlMs })
    if (!this.kv) return
    await guard('delete', () => this.kv?.delete(key), onError)
  }

  private remember(key: string, value: unknown, now: number, expiresAtMs = Number.POSITIVE_INFINITY): void {
    if (this.memoryTtlMs <= 0) return
    if (this.memory.size >= MEMORY_TIER_MAX_ENTRIES) {
      // Maps iterate in insertion order: dropping the first entry drops the oldest.
      const oldest = this.memory.keys().next().value
      if (oldest !== undefined) this.memory.delete(oldest)
    }
    this.memory.delete(key)
    this.memory.set(key, { value, until: Math.min(now + this.memoryTtlMs, expiresAtMs) })
  }
}

/** Resolves to the KV result, or undefined when KV threw or took longer than KV_TIMEOUT_MS. */
async function guard<T>(op: string, run: () => Promise<T> | T, onError: ErrorReporter): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | null = null
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), KV_TIMEOUT_MS)
  })
  try {
    const result = await Promise.race([
      Promise.resolve()
        .then(run)
        .then((v) => ({ v })),
      timeout,
    ])
    if (result === undefined) {
      onError(`${op}: timeout`)
      return undefined
    }
    return result.v
  } catch {
    onError(`${op}: failed`)
    return undefined
  } finally {
    if (timer !== null) clearTimeout(timer)
  }
}
