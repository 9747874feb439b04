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

/** `@seamapi/fake-seam-connect`, seeded, on 127.0.0.1. */
export async function startSeamFake(): Promise<SeamFake> {
  const fake = await createFake()
  const seed = await fake.seed()
  const port = await freePort()
  await fake.startServer({ port, baseUrl: `http://127.0.0.1:${port}` } as never)
  return { url: `http://127.0.0.1:${port}`, seed, close: () => fake.stopServer() }
}
