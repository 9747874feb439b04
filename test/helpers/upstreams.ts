/** Real upstream servers for tests: Seam's own fake, and a free-port finder for it. */
import { createServer } from 'node:net'
import { createFake } from '@seamapi/fake-seam-connect'

/** A port the OS says is free right now (Seam's fake cannot listen on port 0). */
export async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

export interface SeamFake {
  url: string
  seed: Awaited<ReturnType<Awaited<ReturnType<typeof createFake>>['seed']>>
  close(): Promise<void>
}

type Fake = Awaited<ReturnType<typeof createFake>>

/** `@seamapi/fake-seam-connect`, seeded, on 127.0.0.1. */
export async function startSeamFake(): Promise<SeamFake> {
  const fake = await createFake()
  return await serve(fake, await fake.seed())
}

/**
 * Two of Seam's fakes holding the very same seeded state: same ids and the same `created_at`
 * stamps. Two fakes seeded apart can list the same rows in different orders, because the fake
 * sorts by `created_at` then id and its seed stamps rows with the clock: whether two seeded
 * accounts share a millisecond decides their order. A "directly vs through the gateway"
 * comparison needs twins, not siblings.
 */
export async function startTwinSeamFakes(): Promise<[SeamFake, SeamFake]> {
  const first = await createFake()
  const seed = await first.seed()
  const second = await createFake()
  // Data only: the fake's state also holds methods bound to its own store (the id counter among
  // them); loading those would make both fakes draw ids from the first. setState merges, so the
  // second keeps its own methods.
  await second.loadJSON(JSON.parse(JSON.stringify(await first.toJSON())))
  return await Promise.all([serve(first, seed), serve(second, seed)])
}

async function serve(fake: Fake, seed: SeamFake['seed']): Promise<SeamFake> {
  const port = await freePort()
  await fake.startServer({ port, baseUrl: `http://127.0.0.1:${port}` } as never)
  return { url: `http://127.0.0.1:${port}`, seed, close: () => fake.stopServer() }
}
