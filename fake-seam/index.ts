// The project's fake Seam upstream: all seven /client_sessions/* routes over node:http, with
// the demo seed and test hooks (recorded calls, injected faults, latency, direct store access).
//
//   const fake = await startFakeSeam()            // http://127.0.0.1:<free port>
//   fetch(`${fake.url}/client_sessions/get?client_session_id=...`, { headers: { authorization: `Bearer ${fake.seed.apiKeys.one}` } })
//   fake.setFault('/client_sessions/get', { kind: 'status', status: 503, body: 'down', times: 1 })
//   await fake.close()

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type Fault, FaultRegistry, sendFault } from './faults.ts'
import { handleHook } from './hooks.ts'
import { flattenHeaders, newRequestId, readBody, SeamError, sendError, sendJson } from './http.ts'
import { handleSeamRoute } from './routes.ts'
import { DEMO_SEED, type DemoSeed } from './seed.ts'
import { FakeSeamStore } from './store.ts'
import type { FakeSeam, FakeSeamOptions, RecordedCall } from './types.ts'

export type { ClientSession, NewSession, StoredSession } from './store.ts'
export type { FakeSeam, FakeSeamOptions, RecordedCall } from './types.ts'
export type { DemoSeed, Fault }
export { DEMO_SEED, FakeSeamStore }

export async function startFakeSeam(options: FakeSeamOptions = {}): Promise<FakeSeam> {
  const host = options.host ?? '127.0.0.1'
  const store = new FakeSeamStore(DEMO_SEED)
  const faults = new FaultRegistry()
  const calls: RecordedCall[] = []
  let latencyMs = options.latencyMs ?? 0
  let closed = false
  /** Wake-ups of requests sleeping through the latency, so close() does not wait for them. */
  const sleepers = new Set<() => void>()

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer)
        sleepers.delete(wake)
        resolve()
      }
      const timer = setTimeout(wake, ms)
      sleepers.add(wake)
    })

  const server = createServer((req, res) => {
    onRequest(req, res).catch(() => {
      // The client went away mid-request (or a reset fault fired): nothing left to answer.
      if (!res.headersSent) res.socket?.destroy()
    })
  })

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = newRequestId()
    const url = new URL(req.url ?? '/', 'http://fake-seam')
    const call: RecordedCall = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search.slice(1),
      headers: flattenHeaders(req),
      body: await readBody(req),
      at: Date.now(),
    }
    try {
      if (call.path.startsWith('/_fake/')) {
        sendJson(res, 200, { ...handleHook(fake, call), ok: true }, requestId)
        return
      }
      calls.push(call)
      if (latencyMs > 0) await sleep(latencyMs)
      if (closed) return
      const fault = faults.take(call.path)
      if (fault?.kind === 'hang') return // the socket stays open until the client gives up or close()
      if (fault) {
        sendFault(res, fault, requestId)
        return
      }
      if (call.path === '/health') {
        if (call.method !== 'GET' && call.method !== 'HEAD')
          throw new SeamError(405, 'method_not_allowed', 'only GET accepted')
        sendJson(res, 200, { ok: true }, requestId)
        return
      }
      const answer = handleSeamRoute(store, call)
      sendJson(res, answer.status, answer.body, requestId, answer.headers)
    } catch (err) {
      if (err instanceof SeamError) sendError(res, err, requestId)
      else
        sendError(
          res,
          new SeamError(500, 'internal_server_error', (err as Error).message ?? 'Unknown error'),
          requestId,
        )
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port

  const fake: FakeSeam = {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    seed: DEMO_SEED,
    store,
    calls,
    resetCalls: () => {
      calls.length = 0
    },
    callsTo: (path) => calls.filter((c) => c.path === path),
    setFault: (route, fault) => faults.set(route, fault),
    clearFaults: () => faults.clear(),
    faults: () => faults.list(),
    setLatency: (ms) => {
      latencyMs = ms
    },
    reset: () => {
      store.load(DEMO_SEED)
      calls.length = 0
      faults.clear()
      latencyMs = 0
    },
    close: async () => {
      if (closed) return
      closed = true
      for (const wake of [...sleepers]) wake()
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections() // also ends hanging requests and idle keep-alive sockets
      await stopped
    },
  }
  return fake
}
