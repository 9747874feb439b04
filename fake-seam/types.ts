// The fake's public types, apart from index.ts so that hooks.ts can name the fake it drives
// without importing the module that imports it.
import type { Fault } from './faults.ts'
import type { DemoSeed } from './seed.ts'
import type { FakeSeamStore } from './store.ts'

export type FakeSeamOptions = {
  /** Default 0: pick a free port. */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
  /** Delay added before every answer to a non-/_fake path (benchmarks). Default 0. */
  latencyMs?: number
}

/** One request to a non-/_fake path, recorded before any fault or latency applies. */
export type RecordedCall = {
  method: string
  path: string
  /** Raw query string without the leading `?` ('' when none). */
  query: string
  /** Lower-cased header names. */
  headers: Record<string, string>
  /** Raw request body ('' when none). */
  body: string
  /** Date.now() when the request was received. */
  at: number
}

export type FakeSeam = {
  /** http://127.0.0.1:PORT (no trailing slash). */
  url: string
  port: number
  seed: DemoSeed
  store: FakeSeamStore
  /** Live array, oldest first; resetCalls() empties it in place. */
  calls: RecordedCall[]
  resetCalls(): void
  callsTo(path: string): RecordedCall[]
  /** `route` is a path like '/client_sessions/get', or '*' for every path but /health. Replaces that route's fault. */
  setFault(route: string, fault: Fault): void
  clearFaults(): void
  faults(): { route: string; fault: Fault; remaining: number | null }[]
  setLatency(ms: number): void
  /** Back to the seed: store reloaded, calls, faults and latency cleared. */
  reset(): void
  /** Stops the server and destroys every open connection, hanging and delayed requests included. */
  close(): Promise<void>
}
