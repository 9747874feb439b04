/**
 * The gateway's side of the coordination Durable Object (coordinator.ts): which object a decision
 * lives in, and the one log line that says when there is none.
 *
 * Without the `COORDINATOR` binding (a deployment that has not added it yet) every decision falls
 * back to the KV rules that came before it: best-effort. `/health` answers `exactly_once: false`
 * and the first request per isolate that needed it logs why.
 */
import type { Bindings } from '../config.ts'
import type { ClaimOptions, ClaimResult, Coordinator } from './coordinator.ts'

export type CoordinatorNamespace = DurableObjectNamespace<Coordinator>

/** One decision's object: the Coordinator RPC methods, bound to one id. */
export interface Decision {
  claim(options: ClaimOptions): Promise<ClaimResult>
  renew(token: string, leaseMs: number): Promise<boolean>
  complete(token: string, value: string, keepMs: number): Promise<boolean>
  markUnknown(token: string, holdMs: number): Promise<boolean>
  release(token: string): Promise<boolean>
}

/** The namespace when the deployment binds one; logs once per isolate when it does not. */
export function coordinatorOf(env: Bindings | undefined): CoordinatorNamespace | undefined {
  const ns = env?.COORDINATOR as CoordinatorNamespace | undefined
  if (ns === undefined) noteBestEffort()
  return ns
}

/** The object deciding `name` (a namespaced name of digests, see src/cache/keys.ts). */
export function decisionFor(ns: CoordinatorNamespace, name: string): Decision {
  return ns.get(ns.idFromName(name)) as unknown as Decision
}

let announced = false
/** One JSON line per isolate, the first time an exactly-once decision is made without the binding. */
function noteBestEffort(): void {
  if (announced) return
  announced = true
  console.log(
    JSON.stringify({
      level: 'warn',
      msg: 'exactly_once_best_effort',
      reason:
        'no COORDINATOR Durable Object binding: webhook dedupe and /token single-flight use KV only, Idempotency-Key is not enforced',
    }),
  )
}

/** Seconds for a Retry-After header: at least 1. */
export const retryAfterSeconds = (ms: number) => String(Math.max(1, Math.ceil(ms / 1000)))
