/**
 * The memory tier over real local KV (src/cache/tiered-kv.ts): concurrent reads of one key share
 * one KV read, a write or delete during that read wins over what the read returns, and a KV
 * failure reaches every reader's log. KV is Miniflare's (workerd's local KV), reached from Node;
 * the only thing added is a count of the calls made to it.
 */
import { convertV4MiniflareOptions, Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { TieredKv } from '../../src/cache/tiered-kv.ts'

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
