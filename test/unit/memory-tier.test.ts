/**
 * The memory tier over real local KV (src/cache/tiered-kv.ts): concurrent reads of one key share
 * one KV read, a write or delete during that read wins over what the read returns, and a KV
 * failure reaches every reader's log; a hit near the end of an entry's lifetime re-reads it in the
 * background, once, and what it reads is held from when it began. KV is Miniflare's (workerd's local KV), reached from Node;
 * the only thing added is a count of the calls made to it.
 */
import { convertV4MiniflareOptions, Miniflare } from 'miniflare'
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest'
import { MEMORY_REFRESH_AHEAD_FRACTION, MEMORY_TIER_MAX_ENTRIES, TieredKv } from '../../src/cache/tiered-kv.ts'
import { WebhookDedupe } from '../../src/webhooks/dedupe.ts'

let mf: Miniflare
let kv: KVNamespace

/** The real namespace, counting gets; `failGets` makes them throw, as an unreachable KV does. */
function counted() {
  const calls = { get: 0 }
  let failGets = false
  let releaseGets: Promise<void> = Promise.resolve()
  let seen = () => {}
  const namespace = {
    get: async (key: string, type: 'json') => {
      calls.get++
      if (failGets) throw new Error('KV unreachable')
      // Read first, answer when released: a write meanwhile lands after what this read saw.
      const value = await kv.get(key, type)
      seen()
      await releaseGets
      return value
    },
    put: (key: string, value: string, options?: KVNamespacePutOptions) => kv.put(key, value, options),
    delete: (key: string) => kv.delete(key),
  } as unknown as KVNamespace
  return {
    namespace,
    calls,
    failGets: () => {
      failGets = true
    },
    /** Holds every get's answer (read already; `read` says when) until `release` is called. */
    holdGets: () => {
      let release = () => {}
      releaseGets = new Promise((resolve) => {
        release = resolve
      })
      const read = new Promise<void>((resolve) => {
        seen = resolve
      })
      return { release, read }
    },
  }
}

beforeAll(async () => {
  mf = new Miniflare(
    convertV4MiniflareOptions({
      modules: true,
      script: 'export default { fetch() { return new Response(null, { status: 404 }) } }',
      kvNamespaces: ['K'],
    } as never),
  )
  kv = (await mf.getKVNamespace('K')) as unknown as KVNamespace
})
afterAll(async () => {
  await mf.dispose()
})

describe('memory tier reads', () => {
  test('32 concurrent reads of a key the tier does not hold make one KV read, and all get its value', async () => {
    await kv.put('k1', JSON.stringify({ v: 1 }))
    const store = counted()
    const tier = new TieredKv(store.namespace, 1_000)
    const errors: string[] = []
    const values = await Promise.all(Array.from({ length: 32 }, () => tier.get('k1', (e) => errors.push(e))))
    expect(values).toEqual(Array.from({ length: 32 }, () => ({ v: 1 })))
    expect(store.calls.get).toBe(1)
    expect(errors).toEqual([])
    // Held now: the next read makes no KV call at all.
    expect(await tier.get('k1', () => {})).toEqual({ v: 1 })
    expect(store.calls.get).toBe(1)
  })

  test('a read after the shared one settled reads KV again once the held entry expired', async () => {
    await kv.put('k2', JSON.stringify({ v: 2 }))
    const store = counted()
    const tier = new TieredKv(store.namespace, 1)
    await tier.get('k2', () => {})
    await new Promise((resolve) => setTimeout(resolve, 5))
    await tier.get('k2', () => {})
    expect(store.calls.get).toBe(2)
  })

  test('a put during the shared read wins: the tier holds the put, not what KV returned', async () => {
    await kv.put('k3', JSON.stringify({ v: 'old' }))
    const store = counted()
    const tier = new TieredKv(store.namespace, 60_000)
    const { release, read } = store.holdGets()
    const reading = tier.get('k3', () => {})
    await read // the read has seen KV's old value
    await tier.put('k3', { v: 'new' }, Date.now() + 60_000, () => {})
    release()
    expect(await reading).toEqual({ v: 'old' }) // the read began before the write
    expect(await tier.get('k3', () => {})).toEqual({ v: 'new' })
    expect(store.calls.get).toBe(1)
  })

  test('a delete during the shared read wins too', async () => {
    await kv.put('k4', JSON.stringify({ v: 4 }))
    const store = counted()
    const tier = new TieredKv(store.namespace, 60_000)
    const { release, read } = store.holdGets()
    const reading = tier.get('k4', () => {})
    await read
    await tier.delete('k4', () => {})
    release()
    expect(await reading).toEqual({ v: 4 })
    expect(await tier.get('k4', () => {})).toBeNull()
  })

  test('deletes are held within the same bound as writes: past it, the oldest goes first', async () => {
    const tier = new TieredKv(undefined, 60_000)
    await tier.put('w0', { v: 0 }, Date.now() + 60_000, () => {})
    for (let i = 1; i <= MEMORY_TIER_MAX_ENTRIES; i++) await tier.delete(`d${i}`, () => {})
    // One entry too many: the write, the oldest, went; every delete is still held, as a null.
    expect(tier.held('w0')).toBeUndefined()
    expect(tier.held('d1')).toEqual({ value: null })
    expect(tier.held(`d${MEMORY_TIER_MAX_ENTRIES}`)).toEqual({ value: null })
    await tier.delete('d0', () => {})
    expect(tier.held('d1')).toBeUndefined()
    expect(tier.held('d0')).toEqual({ value: null })
  })

  test('a failed KV read is reported to every reader that waited on it, and nothing is held', async () => {
    const store = counted()
    store.failGets()
    const tier = new TieredKv(store.namespace, 60_000)
    const errors: string[] = []
    const values = await Promise.all(Array.from({ length: 3 }, () => tier.get('k5', (e) => errors.push(e))))
    expect(values).toEqual([null, null, null])
    expect(errors).toEqual(['get: failed', 'get: failed', 'get: failed'])
    expect(store.calls.get).toBe(1)
    await tier.get('k5', () => {})
    expect(store.calls.get).toBe(2)
  })
})

/** A request's ExecutionContext as far as the tier uses it: what it was asked to keep alive. */
function context() {
  const kept: Promise<unknown>[] = []
  return { kept, waitUntil: (promise: Promise<unknown>) => void kept.push(promise) }
}

describe('memory tier reads kept alive (get, with the request context)', () => {
  test('the request that starts a shared read keeps it alive; one that joins it is not asked', async () => {
    const store = counted()
    await kv.put('k-alive', JSON.stringify({ v: 1 }))
    const tier = new TieredKv(store.namespace, 60_000)
    const starter = context()
    const joiner = context()
    const gate = store.holdGets()
    const reads = [tier.get('k-alive', () => {}, starter), tier.get('k-alive', () => {}, joiner)]
    // If the starter's client goes away, the joiner still waits on this read: it must finish.
    expect(starter.kept).toHaveLength(1)
    expect(joiner.kept).toHaveLength(0)
    await gate.read
    gate.release()
    expect(await Promise.all(reads)).toEqual([{ v: 1 }, { v: 1 }])
    expect(await starter.kept[0]).toEqual({ value: { v: 1 } })
    expect(store.calls.get).toBe(1)
    // Held now: a get answered from memory starts nothing to keep alive.
    const later = context()
    expect(await tier.get('k-alive', () => {}, later)).toEqual({ v: 1 })
    expect(later.kept).toHaveLength(0)
  })

  test("a webhook's dedupe check keeps the read it starts alive too", async () => {
    const starter = context()
    const dedupe = new WebhookDedupe(counted().namespace, () => {}, starter)
    expect(await dedupe.done('k-alive-wh')).toBeNull()
    expect(starter.kept).toHaveLength(1)
  })

  test('a failed read kept alive settles without rejecting (waitUntil would log a rejection)', async () => {
    const store = counted()
    store.failGets()
    const tier = new TieredKv(store.namespace, 60_000)
    const starter = context()
    const errors: string[] = []
    expect(await tier.get('k-alive-2', (e) => errors.push(e), starter)).toBeNull()
    expect(starter.kept).toHaveLength(1)
    await expect(starter.kept[0]).resolves.toEqual({ failed: 'get: failed' })
    expect(errors).toEqual(['get: failed'])
  })
})

describe('memory tier refresh ahead (held, with the request context)', () => {
  const TTL_MS = 10_000
  const WINDOW_MS = TTL_MS * MEMORY_REFRESH_AHEAD_FRACTION
  // Only Date is faked: the tier reads the clock through Date.now; KV and its timeout run for real.
  const at = (ms: number) => vi.setSystemTime(ms)
  afterEach(() => {
    vi.useRealTimers()
  })

  async function heldEntry(key: string, value: unknown) {
    vi.useFakeTimers({ toFake: ['Date'] })
    at(1_000_000)
    await kv.put(key, JSON.stringify(value))
    const store = counted()
    const tier = new TieredKv(store.namespace, TTL_MS)
    expect(await tier.get(key, () => {})).toEqual(value)
    expect(store.calls.get).toBe(1)
    return { store, tier }
  }

  test('before the last part of its lifetime, a held hit starts nothing', async () => {
    const { store, tier } = await heldEntry('r1', { v: 1 })
    const ctx = context()
    at(1_000_000 + TTL_MS - WINDOW_MS - 1)
    expect(tier.held('r1', ctx)).toEqual({ value: { v: 1 } })
    expect(ctx.kept).toHaveLength(0)
    expect(store.calls.get).toBe(1)
  })

  test('in it, the first held hit starts one background read that holds what KV says now, for a new lifetime', async () => {
    const { store, tier } = await heldEntry('r2', { v: 'old' })
    await kv.put('r2', JSON.stringify({ v: 'another isolate wrote this' }))
    const refreshedAt = 1_000_000 + TTL_MS - WINDOW_MS + 1
    at(refreshedAt)
    const ctx = context()
    const { release, read } = store.holdGets()
    // Still answered from memory at once, with what it holds; the re-read runs meanwhile.
    expect(tier.held('r2', ctx)).toEqual({ value: { v: 'old' } })
    expect(tier.held('r2', ctx)).toEqual({ value: { v: 'old' } })
    expect(ctx.kept).toHaveLength(1)
    await read // KV has answered; the answer arrives 500 ms later
    at(refreshedAt + 500)
    release()
    await Promise.all(ctx.kept)
    expect(store.calls.get).toBe(2)
    expect(tier.held('r2')).toEqual({ value: { v: 'another isolate wrote this' } })
    // Held from when the re-read began: past the old lifetime, and not a millisecond past the new one.
    at(refreshedAt + TTL_MS - 1)
    expect(tier.held('r2')).toEqual({ value: { v: 'another isolate wrote this' } })
    at(refreshedAt + TTL_MS)
    expect(tier.held('r2')).toBeUndefined()
  })

  test('without a request context, a held hit never reads KV', async () => {
    const { store, tier } = await heldEntry('r3', { v: 3 })
    at(1_000_000 + TTL_MS - 1)
    expect(tier.held('r3')).toEqual({ value: { v: 3 } })
    expect(store.calls.get).toBe(1)
  })

  test('a put during the background read wins over what the read returns', async () => {
    const { store, tier } = await heldEntry('r4', { v: 'old' })
    at(1_000_000 + TTL_MS - 1)
    const { release, read } = store.holdGets()
    const ctx = context()
    tier.held('r4', ctx)
    await read
    await tier.put('r4', { v: 'new' }, Date.now() + 60_000, () => {})
    release()
    await Promise.all(ctx.kept)
    expect(tier.held('r4')).toEqual({ value: { v: 'new' } })
  })

  test('a failed background read is not retried by the same entry, which then expires on time', async () => {
    const { store, tier } = await heldEntry('r5', { v: 5 })
    store.failGets()
    at(1_000_000 + TTL_MS - 10)
    const ctx = context()
    tier.held('r5', ctx)
    await Promise.all(ctx.kept)
    tier.held('r5', ctx)
    expect(store.calls.get).toBe(2)
    expect(ctx.kept).toHaveLength(1)
    at(1_000_000 + TTL_MS)
    expect(tier.held('r5', ctx)).toBeUndefined()
  })

  test('a failed background read is reported once, to the reporter of the hit that started it', async () => {
    const { store, tier } = await heldEntry('r7', { v: 7 })
    at(1_000_000 + TTL_MS - 10)
    const ctx = context()
    const failures: string[] = []
    const later: string[] = []
    store.failGets()
    expect(tier.held('r7', ctx, (what) => failures.push(what))).toEqual({ value: { v: 7 } })
    expect(tier.held('r7', ctx, (what) => later.push(what))).toEqual({ value: { v: 7 } })
    await Promise.all(ctx.kept)
    expect(failures).toEqual(['get: failed'])
    expect(later).toEqual([])
  })

  test('a background read that succeeds reports nothing', async () => {
    const { tier } = await heldEntry('r8', { v: 8 })
    at(1_000_000 + TTL_MS - 10)
    const ctx = context()
    const failures: string[] = []
    tier.held('r8', ctx, (what) => failures.push(what))
    await Promise.all(ctx.kept)
    expect(failures).toEqual([])
    expect(tier.held('r8')).toEqual({ value: { v: 8 } })
  })

  test('a held null (a remembered miss or delete) is re-read as well: a write elsewhere shows', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    at(2_000_000)
    const store = counted()
    const tier = new TieredKv(store.namespace, TTL_MS)
    expect(await tier.get('r6', () => {})).toBeNull()
    await kv.put('r6', JSON.stringify({ v: 'written elsewhere' }))
    at(2_000_000 + TTL_MS - 1)
    const ctx = context()
    expect(tier.held('r6', ctx)).toEqual({ value: null })
    await Promise.all(ctx.kept)
    expect(tier.held('r6')).toEqual({ value: { v: 'written elsewhere' } })
  })
})
