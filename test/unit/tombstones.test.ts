/**
 * Write tombstones (src/cache/session-cache.ts): a read that began before a write to its session
 * stores nothing, also once that write's tombstone was dropped for room (TOMBSTONE_MAX_ENTRIES),
 * and a tombstone stops mattering after TOMBSTONE_MS. In process, on the memory tier alone (no
 * KV binding): what `remember` stored is what the next `find` answers.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { type ClientSession, SessionCache, TOMBSTONE_MAX_ENTRIES } from '../../src/cache/session-cache.ts'
import { getConfig } from '../../src/config.ts'

const WORKSPACE = '00000000-0000-4000-8000-0000000000aa'
const config = getConfig({ SEAM_ENDPOINT: 'http://127.0.0.1:9', MEMORY_CACHE_TTL_MS: '3600000' })
const session = (id: string): ClientSession => ({
  client_session_id: id,
  workspace_id: WORKSPACE,
  token: `seam_cst_${id}`,
  expires_at: '2027-01-01T00:00:00.000Z',
})
/** A request's cache: its reads "began" when it was made (a read's start is its cache's start). */
const request = () => new SessionCache(undefined, config, `credential-${Math.random()}`, () => {})
/** Whether `cache` stored the session: it finds what it remembered, by id. */
async function stores(cache: SessionCache, id: string): Promise<boolean> {
  await cache.remember(session(id))
  return (await cache.find({ by: 'id', id }))?.session.client_session_id === id
}

let clock = Date.parse('2026-12-02T12:00:00.000Z')
const tick = (ms = 1) => {
  clock += ms
  vi.setSystemTime(clock)
}
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  tick()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('write tombstones', () => {
  test('a read that began before a write to its session stores nothing; one that began after does', async () => {
    const before = request()
    tick()
    await request().invalidate('s-1')
    tick()
    const after = request()
    expect(await stores(before, 's-1')).toBe(false)
    expect(await stores(after, 's-1')).toBe(true)
  })

  test('a tombstone dropped for room still stops every read that began before it', async () => {
    const before = request()
    tick()
    const writer = request()
    await writer.invalidate('s-2')
    tick()
    // One tombstone too many, all within their time: the oldest (s-2's) is dropped for room.
    for (let i = 0; i < TOMBSTONE_MAX_ENTRIES; i++) await writer.invalidate(`room-${i}`)
    tick()
    const after = request()
    expect(await stores(before, 's-2')).toBe(false)
    // Also for a session never written: its write may have been the one dropped, as far as it can tell.
    expect(await stores(before, 'never-written')).toBe(false)
    expect(await stores(after, 's-2')).toBe(true)
  })

  test('after TOMBSTONE_MS a write no longer matters to a read, however early it began', async () => {
    const before = request()
    tick()
    await request().invalidate('s-3')
    // The next write sweeps tombstones older than a minute; s-3's goes by age, not for room.
    tick(60_000)
    await request().invalidate('s-4')
    expect(await stores(before, 's-3')).toBe(true)
    expect(await stores(before, 's-4')).toBe(false)
  })
})
