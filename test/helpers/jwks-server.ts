/** An identity provider's key set over node:http: mutable keys, a hit counter, injectable failures. */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface JwksServer {
  /** URL of the key set document. */
  url: string
  /** How many times the key set was fetched. */
  hits(): number
  setKeys(keys: Record<string, unknown>[]): void
  /** Answer every fetch with this status (and a non-JSON body) until cleared with null. */
  fail(status: number | null): void
  close(): Promise<void>
}

export const JWKS_PATH = '/.well-known/jwks.json'

export async function startJwksServer(keys: Record<string, unknown>[]): Promise<JwksServer> {
  let current = keys
  let failure: number | null = null
  let hits = 0
  const server = createServer((req, res) => {
    if (req.url !== JWKS_PATH) {
      res.writeHead(404).end()
      return
    }
    hits++
    if (failure !== null) {
      res.writeHead(failure, { 'content-type': 'text/plain' }).end('identity provider down')
      return
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: current }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${JWKS_PATH}`,
    hits: () => hits,
    setKeys: (next) => {
      current = next
    },
    fail: (status) => {
      failure = status
    },
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
