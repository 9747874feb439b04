/**
 * One renewal per user at a time, everywhere (issue 14): token vending's upstream exchange runs
 * under the user's lease in the coordinator (`v1:vend:…`, the same name as the user's KV record).
 *
 * Only the renewal path gets here: a record with life left is answered from KV with no
 * Durable Object call. Inside one isolate the existing flight map already merges concurrent
 * requests, so each isolate asks the coordinator at most once per user at a time. A second
 * isolate waits for the lease to end, then runs its own exchange, whose first step (get by user
 * key) finds the session the first one made with life left: at most one get_or_create. The token
 * is never stored in the Durable Object.
 *
 * The coordinator failing, or a wait longer than UPSTREAM_DEADLINE_MS, costs the guarantee, not the answer:
 * the exchange runs as before (per-isolate single flight), and the log line says so.
 */
import type { Config } from '../config.ts'
import type { LogFields } from '../env.ts'
import { type CoordinatorNamespace, decisionFor } from './client.ts'

export interface SingleFlightContext {
  config: Config
  log: LogFields
  coordinator?: CoordinatorNamespace | undefined
}

export async function singleFlight<T>(ctx: SingleFlightContext, name: string, run: () => Promise<T>): Promise<T> {
  if (ctx.coordinator === undefined) return await run()
  const decision = decisionFor(ctx.coordinator, name)
  const leaseMs = ctx.config.COORDINATION_LEASE_MS
  // A caller waits at most one upstream deadline for another location's renewal (a holder that
  // died keeps its lease longer): then it renews without the lease, as without the binding.
  const waitMs = Math.min(leaseMs, ctx.config.UPSTREAM_DEADLINE_MS)
  let token: string | undefined
  try {
    const claim = await decision.claim({ fingerprint: '', leaseMs, waitMs, unknownMs: 0 })
    if (claim.kind === 'claimed') token = claim.token
    ctx.log.renewal_lease = claim.kind
  } catch (err) {
    ctx.log.renewal_lease = `unavailable: ${err instanceof Error ? err.name : 'error'}`
  }
  try {
    return await run()
  } finally {
    if (token !== undefined) await decision.release(token).catch(() => undefined)
  }
}
