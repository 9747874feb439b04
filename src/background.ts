import type { Context } from 'hono'

/**
 * Runs work after the response when the platform allows it (`waitUntil`), else awaits it
 * first (Hono's `app.request()` in unit tests has no execution context).
 */
export async function background(c: Context, work: Promise<unknown>): Promise<void> {
  let ctx: { waitUntil(promise: Promise<unknown>): void } | undefined
  try {
    ctx = c.executionCtx
  } catch {
    ctx = undefined
  }
  if (ctx) ctx.waitUntil(work)
  else await work
}
