/**
 * A minimal Chrome DevTools Protocol client for workerd's inspector, over Node 22's global
 * WebSocket: what `npm run profile` (V8 CPU profiles) and the heap figures of `npm run soak --
 * --heap` and `npm run bench:scale` need, and nothing more.
 *
 * workerd opens one inspector target per isolate. Under Miniflare those are the gateway
 * (`core:user:gateway`) and Miniflare's own workers: `core:entry`, which every request passes
 * through first, and the KV, cache and control services (`kv:ns`, `cache:cache`, …). Each has its
 * own V8 heap, so the gateway's isolate can be told apart from the rest of workerd.
 *
 * Start the worker with `startGateway({ inspector: true })` (test/helpers/gateway.ts), which sets
 * Miniflare's `inspectorPort: 0`; `mf.getInspectorURL()` then names workerd's own inspector.
 */
import type { Miniflare } from 'miniflare'

/** A CDP call that takes longer is stuck (a heap snapshot of a 30 MB heap takes ~1-3 s here). */
const CALL_TIMEOUT_MS = 120_000

/** workerd's inspector target id for a worker of a Miniflare config. */
export const userWorkerTarget = (name: string) => `core:user:${name}`

export interface InspectorTarget {
  id: string
  title: string
  webSocketDebuggerUrl: string
}

export interface Cdp {
  /** Sends one CDP method and resolves with its result (rejects with the protocol's error). */
  send<T = unknown>(method: string, params?: Record<string, unknown>): Promise<T>
  /** Calls `handler` with the params of every `event` notification; returns the way to stop. */
  on(event: string, handler: (params: Record<string, unknown>) => void): () => void
  close(): void
}

/** Every isolate workerd's inspector offers. */
export async function inspectorTargets(mf: Miniflare): Promise<InspectorTarget[]> {
  const url = new URL('/json/list', String(await mf.getInspectorURL()).replace(/^ws:/, 'http:'))
  return (await (await fetch(url)).json()) as InspectorTarget[]
}

/** Opens a CDP session on the isolate whose inspector target id is `targetId`. */
export async function connectTarget(mf: Miniflare, targetId: string): Promise<Cdp> {
  const target = (await inspectorTargets(mf)).find((t) => t.id === targetId)
  if (!target) throw new Error(`workerd's inspector has no target ${targetId}`)
  return connect(target.webSocketDebuggerUrl)
}

export function connect(url: string): Promise<Cdp> {
  const socket = new WebSocket(url)
  let nextId = 1
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  const handlers = new Map<string, ((params: Record<string, unknown>) => void)[]>()
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as {
      id?: number
      result?: unknown
      error?: { message: string }
      method?: string
      params?: Record<string, unknown>
    }
    if (message.id !== undefined) {
      const call = pending.get(message.id)
      pending.delete(message.id)
      if (message.error) call?.reject(new Error(`inspector: ${message.error.message}`))
      else call?.resolve(message.result)
    } else if (message.method) {
      for (const handler of handlers.get(message.method) ?? []) handler(message.params ?? {})
    }
  })
  socket.addEventListener('close', () => {
    for (const call of pending.values()) call.reject(new Error('inspector: connection closed'))
    pending.clear()
  })
  const cdp: Cdp = {
    send<T>(method: string, params: Record<string, unknown> = {}) {
      const id = nextId++
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id)
          reject(new Error(`inspector: ${method} took over ${CALL_TIMEOUT_MS} ms`))
        }, CALL_TIMEOUT_MS)
        pending.set(id, {
          resolve: (v) => {
            clearTimeout(timer)
            resolve(v as T)
          },
          reject: (e) => {
            clearTimeout(timer)
            reject(e)
          },
        })
        socket.send(JSON.stringify({ id, method, params }))
      })
    },
    on(event, handler) {
      handlers.set(event, [...(handlers.get(event) ?? []), handler])
      return () =>
        handlers.set(
          event,
          (handlers.get(event) ?? []).filter((h) => h !== handler),
        )
    },
    close: () => socket.close(),
  }
  return new Promise((resolve, reject) => {
    socket.addEventListener('open', () => resolve(cdp), { once: true })
    socket.addEventListener('error', () => reject(new Error(`inspector: cannot connect to ${url}`)), { once: true })
  })
}
