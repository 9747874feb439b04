/**
 * One grant per webhook delivery id, across every isolate and location (issue 14).
 *
 * The delivery's object (`v1:wh:{h(source)}:{h(webhook-id)}`) is claimed BEFORE Seam is called:
 * - claimed → the grant runs; after Seam's 2xx the object is marked done (kept DEDUPE_TTL_SECONDS);
 *   on a failure the sender can retry (a 5xx thrown), or with nothing to mark, it is released;
 * - done → `duplicate`, nothing is called;
 * - held by another delivery of the same id → this one waits up to WEBHOOK_WAIT_MS for it, then
 *   answers 503 with Retry-After (the sender redelivers); none calls Seam a second time.
 * The lease (COORDINATION_LEASE_MS) ends by itself if the worker dies mid-call, so a redelivery
 * after it can grant. A live worker never works past it: one delivery can make several calls (the
 * webview holders' list, then one grant per holding session), so before each grant the lease is
 * renewed once a quarter of it has passed, and the grant call's own deadline ends before the
 * lease does. A renewal that fails (the lease ended, or another delivery holds it now) stops the
 * delivery before Seam is called: 503, and the sender redelivers (`webhook_ledger: lease_lost`). The one remaining window: Seam granted but marking done failed (the object
 * could not be reached after the grant); the next redelivery grants again. It is logged as
 * `webhook_ledger: write_failed_after_grant` and, like any repeat, grant_access adds the same ids.
 */

import { type Decision, retryAfterSeconds } from '../coordination/client.ts'
import type { LogFields } from '../env.ts'
import { DEDUPE_TTL_SECONDS } from './dedupe.ts'
import { type GrantLease, retryLater } from './grants.ts'
import type { DoneOutcome } from './outcomes.ts'

/**
 * How long a concurrent delivery of the same id waits for the first: a grant takes well under a
 * second, and Svix gives an endpoint 15 s, so 5 s turns most duplicates into a 200 in one go.
 */
export const WEBHOOK_WAIT_MS = 5_000

export const LEDGER_WRITE_FAILED = 'webhook_ledger_write_failed_after_grant'

/**
 * Once this share of the lease has passed, it is renewed before the next grant: a grant right
 * after the claim (every /webhooks/grants delivery) costs no extra Durable Object call, and a
 * renewed lease always leaves most of COORDINATION_LEASE_MS for the call.
 */
export const RENEW_AFTER_FRACTION = 0.25
/**
 * A grant call ends this long before the lease: the claim's or renewal's answer travelling back,
 * and clock drift between the worker and the Durable Object (NTP keeps it to milliseconds).
 */
export const LEASE_MARGIN_MS = 50

/** The delivery's lease as the grant calls see it: the claim under `token`, renewed when needed. */
function deliveryLease(decision: Decision, token: string, leaseMs: number, log: LogFields): GrantLease {
  // When the lease was last taken or renewed, by this worker's clock (read before asking).
  let heldSince = Date.now()
  return {
    async cover() {
      if (Date.now() - heldSince >= leaseMs * RENEW_AFTER_FRACTION) {
        const asked = Date.now()
        const renewed = await decision.renew(token, leaseMs).catch(() => false)
        if (!renewed) {
          log.webhook_ledger = 'lease_lost'
          throw retryLater('webhook lease lost before grant_access')
        }
        heldSince = asked
        log.webhook_lease_renewals = (Number(log.webhook_lease_renewals) || 0) + 1
      }
      return Math.max(0, heldSince + leaseMs - LEASE_MARGIN_MS - Date.now())
    },
  }
}

export interface OnceOptions<H> {
  leaseMs: number
  log: LogFields
  /** What a delivery already done answers. */
  duplicate: H
  /** The outcome to record for a handled delivery, or undefined when nothing must be remembered. */
  doneOf(handled: H): DoneOutcome | undefined
}

export async function grantOnce<H>(
  decision: Decision,
  options: OnceOptions<H>,
  work: (lease: GrantLease) => Promise<H>,
): Promise<H> {
  const { log } = options
  let claim: Awaited<ReturnType<Decision['claim']>>
  try {
    claim = await decision.claim({ fingerprint: '', leaseMs: options.leaseMs, waitMs: WEBHOOK_WAIT_MS, unknownMs: 0 })
  } catch (err) {
    throw retryLater(`coordinator unavailable: ${err instanceof Error ? err.name : 'error'}`)
  }
  log.webhook_ledger = claim.kind
  if (claim.kind === 'done') return options.duplicate
  if (claim.kind !== 'claimed') {
    const wait = 'retryAfterMs' in claim ? claim.retryAfterMs : options.leaseMs
    throw retryLater('webhook delivery in progress elsewhere', retryAfterSeconds(wait))
  }
  const lease = deliveryLease(decision, claim.token, options.leaseMs, log)
  let handled: H
  try {
    handled = await work(lease)
  } catch (err) {
    // Seam could not grant now: the next delivery may try again.
    await decision.release(claim.token).catch(() => undefined)
    throw err
  }
  const outcome = options.doneOf(handled)
  if (outcome === undefined) {
    await decision.release(claim.token).catch(() => undefined)
    return handled
  }
  const recorded = await decision
    .complete(claim.token, JSON.stringify({ outcome, at: Date.now() }), DEDUPE_TTL_SECONDS * 1000)
    .catch(() => false)
  if (recorded) {
    log.webhook_ledger = 'done'
  } else {
    // Granted at Seam, but not remembered: a later redelivery grants again (harmless, additive).
    log.webhook_ledger = 'write_failed_after_grant'
    log.reason = LEDGER_WRITE_FAILED
  }
  return handled
}
