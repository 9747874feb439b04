/**
 * With the COORDINATOR Durable Object bound, deliveries are claimed there instead, before Seam
 * is called (src/webhooks/once.ts), and this KV marker is not used. What follows is
 * the best-effort rule of a deployment without the binding.
 *
 * "Exactly once in effect" for signed deliveries: a marker per (source, webhook-id), written
 * only AFTER the grant it stands for succeeded, so a redelivery of a done message calls nothing,
 * and a message whose grant failed is simply tried again when the sender retries.
 *
 * Key: `v1:wh:{h(source)}:{h(webhook-id)}` (see src/cache/keys.ts); value `{ at, outcome }`.
 *
 * KV has no atomic check-and-set, so this is not exactly-once delivery. The residual window, in
 * which one message can be granted twice:
 * - two deliveries of one id in flight at once (the sender timed out on the first and retried
 *   while it was still running), both reading "not seen";
 * - a redelivery reaching another Cloudflare location before the marker does (KV writes take
 *   up to ~60 s to propagate; the memory tier below only covers the same isolate);
 * - the marker write failing after the grant succeeded (logged as `cache_error`).
 * In each case the second grant_access carries the same ids, and grant_access ADDS them to the
 * session's lists (set union), so the session ends up exactly as after one grant: a rare repeat
 * costs one upstream call and changes nothing. The one interaction that is not neutral: if,
 * inside that window, the customer's backend REPLACED the session's lists with get_or_create
 * and dropped the same account on purpose, the repeat would add it back.
 */
import { type ErrorReporter, type KeepAlive, type TieredKv, tieredKv } from '../cache/tiered-kv.ts'
import type { DoneOutcome } from './outcomes.ts'

/**
 * How long a done message stays remembered. Svix's automatic schedule (immediately, 5 s, 5 min,
 * 30 min, 2 h, 5 h, 10 h, 10 h) ends ~27.6 h after the first attempt (~1.5 days with queueing
 * delays); 3 days covers that with a margin and a manual "resend" from the dashboard the next
 * day. Later replays are granted again, which the additive grant makes harmless.
 */
export const DEDUPE_TTL_SECONDS = 3 * 24 * 60 * 60
/**
 * Markers are also held in the isolate's memory for as long as a KV write may take to show up
 * elsewhere, so an immediate retry that lands on the same isolate never depends on KV.
 */
export const DEDUPE_MEMORY_MS = 60_000

interface Marker {
  at: number
  outcome: DoneOutcome
}

export class WebhookDedupe {
  private readonly store: TieredKv

  private readonly onError: ErrorReporter

  private readonly keepAlive: KeepAlive | undefined

  /** `keepAlive` (the request's `waitUntil`) keeps the KV reads this request starts alive for the others that join them. */
  constructor(kv: KVNamespace | undefined, onError: ErrorReporter, keepAlive?: KeepAlive) {
    this.onError = onError
    this.keepAlive = keepAlive
    this.store = tieredKv(kv, DEDUPE_MEMORY_MS)
  }

  /** The outcome already recorded for this message, or null (also when KV fails: granting again is harmless). */
  async done(key: string): Promise<DoneOutcome | null> {
    const marker = await this.store.get<Marker>(key, this.onError, this.keepAlive)
    return marker?.outcome ?? null
  }

  /** Records that this message's grant is done. Call only after it succeeded. */
  async markDone(key: string, outcome: DoneOutcome): Promise<void> {
    const marker: Marker = { at: Date.now(), outcome }
    await this.store.put(key, marker, Date.now() + DEDUPE_TTL_SECONDS * 1000, this.onError)
  }
}
