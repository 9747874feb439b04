import type { Context } from 'hono'
import type { KeepAlive } from './cache/tiered-kv.ts'

/**
 * Runs work after the response when the platform allows it (`waitUntil`), else awaits it
 * first (Hono's `app.request()` in unit tests has no execution context).
 */
export async function background(c: Context, work: Promise<unknown>): Promise<void> {
  const ctx = keepAliveOf(c)
  if (ctx) ctx.waitUntil(work)
  else await work
}

/** The request's `waitUntil`, or undefined where there is none (Hono throws on reading it then). */
export function keepAliveOf(c: Context): KeepAlive | undefined {
  try {
    return c.executionCtx
  } catch {
    return undefined
  }
}
