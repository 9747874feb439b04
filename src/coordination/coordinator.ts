/**
 * The coordination Durable Object (issue 14): one object per thing that must be decided once,
 * its id `idFromName(name)` of a hashed, namespaced name (src/cache/keys.ts, "Durable Object
 * layout"). A Durable Object runs one request at a time per id, everywhere: its SQLite reads and
 * writes below have no `await` between them, so each RPC's check-and-set is atomic, across every
 * isolate and location of the gateway.
 *
 * Each object holds at most one row (`decision`), in one of three states:
 * - `leased`: someone holds it (a webhook grant under way, a user's renewal, an idempotent request
 *   at Seam). `token` fences the holder: only it can renew, complete or release. The lease ends at
 *   `expires_at`, so a worker that dies mid-call never holds it for ever; with `unknown_ms` > 0 an
 *   expired lease reads as `unknown` for that long instead of free (an idempotent request whose
 *   worker died may have reached Seam);
 * - `done`: decided; `value` (JSON) is what the decision was (a webhook's outcome, an idempotent
 *   request's stored answer); kept until `expires_at`;
 * - `unknown`: the holder never learnt Seam's outcome (a timeout); nobody may act until `expires_at`.
 * Expired rows are ignored on read and deleted by the alarm, which is set to the row's expiry.
 */
import { DurableObject } from 'cloudflare:workers'

export type ClaimResult =
  | { kind: 'claimed'; token: string }
  | { kind: 'held'; retryAfterMs: number }
  | { kind: 'done'; value: string }
  | { kind: 'unknown'; retryAfterMs: number }
  | { kind: 'mismatch' }

export interface ClaimOptions {
  /** Identifies the request a key stands for; a claim with another fingerprint gets `mismatch`. */
  fingerprint: string
  /** How long the lease lasts if the holder never completes or releases it. */
  leaseMs: number
  /** How long to wait for a held lease to end before answering `held` (0: answer at once). */
  waitMs: number
  /** After an expired lease, read as `unknown` for this long (0: the key is free again). */
  unknownMs: number
}

interface Row {
  state: 'leased' | 'done' | 'unknown'
  token: string | null
  fingerprint: string
  expires_at: number
  unknown_ms: number
  value: string | null
  [key: string]: SqlStorageValue
}

const SCHEMA = `CREATE TABLE IF NOT EXISTS decision (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  state TEXT NOT NULL,
  token TEXT,
  fingerprint TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  unknown_ms INTEGER NOT NULL DEFAULT 0,
  value TEXT
)`

export class Coordinator extends DurableObject {
  private readonly sql: SqlStorage
  /** Claims waiting in this object for the lease to end; woken on every change. */
  private readonly waiters = new Set<() => void>()

  constructor(ctx: DurableObjectState, env: unknown) {
    super(ctx, env as never)
    this.sql = ctx.storage.sql
    this.sql.exec(SCHEMA)
  }

  /** Takes the lease, or says who has decided or holds it; waits up to `waitMs` for a holder. */
  async claim(options: ClaimOptions): Promise<ClaimResult> {
    const waitUntil = Date.now() + options.waitMs
    for (;;) {
      const now = Date.now()
      const row = this.current(now)
      if (row === null) {
        const token = crypto.randomUUID()
        const expiresAt = now + options.leaseMs
        this.sql.exec(
          'INSERT OR REPLACE INTO decision (id, state, token, fingerprint, expires_at, unknown_ms, value) VALUES (1, ?, ?, ?, ?, ?, NULL)',
          'leased',
          token,
          options.fingerprint,
          expiresAt,
          options.unknownMs,
        )
        await this.ctx.storage.setAlarm(expiresAt + options.unknownMs)
        return { kind: 'claimed', token }
      }
      if (row.fingerprint !== options.fingerprint) return { kind: 'mismatch' }
      if (row.state === 'done') return { kind: 'done', value: row.value ?? 'null' }
      const endsAt = row.state === 'leased' && now >= row.expires_at ? row.expires_at + row.unknown_ms : row.expires_at
      if (row.state === 'unknown' || now >= row.expires_at) return { kind: 'unknown', retryAfterMs: endsAt - now }
      if (now >= waitUntil) return { kind: 'held', retryAfterMs: endsAt - now }
      await this.changeOr(Math.min(waitUntil, endsAt) - now)
    }
  }

  /** The holder's decision: `value` kept for `keepMs`. False when `token` no longer holds the lease. */
  async complete(token: string, value: string, keepMs: number): Promise<boolean> {
    return await this.settle(token, 'done', value, keepMs)
  }

  /** The holder does not know what Seam did: nobody may act for `holdMs`. */
  async markUnknown(token: string, holdMs: number): Promise<boolean> {
    return await this.settle(token, 'unknown', null, holdMs)
  }

  /**
   * The holder extends its lease to `leaseMs` from now (before a step that could outlast what is
   * left). False when `token` no longer holds a live lease: it ended (expired, even if nobody has
   * taken it yet: a claim could have been told it was free) or another holder has it.
   */
  async renew(token: string, leaseMs: number): Promise<boolean> {
    const now = Date.now()
    // The alarm set at claim time finds the row still live and re-arms itself to the new expiry.
    return (
      this.sql.exec(
        "UPDATE decision SET expires_at = ? WHERE state = 'leased' AND token = ? AND expires_at > ?",
        now + leaseMs,
        token,
        now,
      ).rowsWritten > 0
    )
  }

  /** The holder gives the lease back without a decision (the next claim may act). */
  async release(token: string): Promise<boolean> {
    const released = this.sql.exec("DELETE FROM decision WHERE state = 'leased' AND token = ?", token).rowsWritten > 0
    if (released) this.wake()
    return released
  }

  override async alarm(): Promise<void> {
    const now = Date.now()
    const row = this.current(now)
    // A row written after this alarm was set re-arms it; an expired one is gone (current() deleted it).
    if (row) await this.ctx.storage.setAlarm(row.expires_at + (row.state === 'leased' ? row.unknown_ms : 0))
    else {
      // Nothing left to decide: free the object's storage entirely, then be ready for a new claim.
      await this.ctx.storage.deleteAll()
      this.sql.exec(SCHEMA)
    }
  }

  private async settle(token: string, state: 'done' | 'unknown', value: string | null, keepMs: number) {
    const expiresAt = Date.now() + keepMs
    const written = this.sql.exec(
      "UPDATE decision SET state = ?, token = NULL, value = ?, expires_at = ?, unknown_ms = 0 WHERE state = 'leased' AND token = ?",
      state,
      value,
      expiresAt,
      token,
    ).rowsWritten
    if (written === 0) return false
    await this.ctx.storage.setAlarm(expiresAt)
    this.wake()
    return true
  }

  /** The row, unless it has expired (then it is deleted here). */
  private current(now: number): Row | null {
    const row = this.sql.exec<Row>('SELECT * FROM decision WHERE id = 1').toArray()[0]
    if (row === undefined) return null
    const end = row.state === 'leased' ? row.expires_at + row.unknown_ms : row.expires_at
    if (now < end) return row
    this.sql.exec('DELETE FROM decision WHERE id = 1')
    return null
  }

  private changeOr(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer)
        this.waiters.delete(done)
        resolve()
      }
      const timer = setTimeout(done, Math.max(0, timeoutMs))
      this.waiters.add(done)
    })
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter()
  }
}
