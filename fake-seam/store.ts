// In-memory state of the fake: workspaces, credentials, connected accounts and client sessions.
//
// Sessions are stored in an internal shape (with `revoked_at`, which Seam's schema does not
// expose) and turned into the public `ClientSession` shape by `toClientSession`.

import { randomBytes, randomUUID } from 'node:crypto'
import type { DemoSeed } from './seed.ts'

/** The fields the public resource and the stored session share, with the same types. */
type SessionIdentity = {
  client_session_id: string
  workspace_id: string
  created_at: string
  expires_at: string
  token: string
  user_identifier_key: string | null
}

/** The public `client_session` resource, field for field as in Seam's schema (reference section 2). */
export type ClientSession = SessionIdentity & {
  device_count: number
  customer_key?: string
  connected_account_ids: string[]
  connect_webview_ids: string[]
  user_identity_id?: string
  user_identity_ids: string[]
}

export type StoredSession = SessionIdentity & {
  customer_key: string | null
  /** Accepted on create (request-only field in Seam's schema); kept but never returned. */
  customer_id: string | null
  connected_account_ids: string[]
  connect_webview_ids: string[]
  user_identity_id: string | null
  /** Not part of the public resource: a revoked session stays readable but its token stops working. */
  revoked_at: string | null
}

export type NewSession = Partial<Omit<StoredSession, 'workspace_id'>> & { workspace_id: string }

/** A uuid in its standard form, any case (what Seam's uuid validation accepts). */
const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Seam's fake uses `ms('1 year')`, i.e. 365.25 days. */
export const DEFAULT_SESSION_LIFETIME_MS = 365.25 * 24 * 60 * 60 * 1000

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
function randomBase62(length: number): string {
  const bytes = randomBytes(length)
  let out = ''
  for (const byte of bytes) out += BASE62[byte % 62]
  return out
}

/** Same shape as live tokens: `seam_cst1<random>_<random>`. */
export function generateClientSessionToken(): string {
  return `seam_cst1${randomBase62(8)}_${randomBase62(24)}`
}

export class FakeSeamStore {
  workspaces = new Map<string, { workspace_id: string; name: string }>()
  /** token -> workspace id */
  apiKeys = new Map<string, string>()
  /** token -> workspace ids the PAT's user may access */
  personalAccessTokens = new Map<string, string[]>()
  /** token -> workspace ids the console user may access */
  consoleSessionTokens = new Map<string, string[]>()
  /** key -> workspace id */
  publishableKeys = new Map<string, string>()
  /** connected account id -> owner workspace and how many devices it has */
  connectedAccounts = new Map<string, { workspace_id: string; device_count: number }>()
  /** Insertion-ordered, so `list` returns sessions oldest first. */
  sessions = new Map<string, StoredSession>()

  constructor(seed?: DemoSeed) {
    if (seed) this.load(seed)
  }

  /** Replaces all state with the seed. */
  load(seed: DemoSeed): void {
    this.clear()
    for (const ws of Object.values(seed.workspaces)) {
      this.workspaces.set(ws.id, { workspace_id: ws.id, name: ws.name })
    }
    this.apiKeys.set(seed.apiKeys.one, seed.workspaces.one.id)
    this.apiKeys.set(seed.apiKeys.two, seed.workspaces.two.id)
    this.personalAccessTokens.set(seed.personalAccessTokens.one, [seed.workspaces.one.id])
    this.consoleSessionTokens.set(seed.consoleSessionTokens.one, [seed.workspaces.one.id])
    this.publishableKeys.set(seed.publishableKeys.one, seed.workspaces.one.id)
    for (const account of Object.values(seed.connectedAccounts)) {
      this.connectedAccounts.set(account.id, {
        workspace_id: account.workspaceId,
        device_count: account.deviceCount,
      })
    }
    for (const s of Object.values(seed.sessions)) {
      this.addSession({
        client_session_id: s.id,
        workspace_id: s.workspaceId,
        user_identifier_key: s.userIdentifierKey,
        token: s.token,
        connected_account_ids: [...s.connectedAccountIds],
        connect_webview_ids: [...s.connectWebviewIds],
        created_at: s.createdAt,
        expires_at: s.expiresAt,
        revoked_at: s.revokedAt,
      })
    }
  }

  clear(): void {
    this.workspaces.clear()
    this.apiKeys.clear()
    this.personalAccessTokens.clear()
    this.consoleSessionTokens.clear()
    this.publishableKeys.clear()
    this.connectedAccounts.clear()
    this.sessions.clear()
  }

  /** Adds a session; everything but `workspace_id` defaults like a fresh create (uuid id, new token, 1 year). */
  addSession(input: NewSession): StoredSession {
    const now = Date.now()
    const session: StoredSession = {
      client_session_id: input.client_session_id ?? randomUUID(),
      workspace_id: input.workspace_id,
      created_at: input.created_at ?? new Date(now).toISOString(),
      expires_at: input.expires_at ?? new Date(now + DEFAULT_SESSION_LIFETIME_MS).toISOString(),
      token: input.token ?? generateClientSessionToken(),
      user_identifier_key: input.user_identifier_key ?? null,
      customer_key: input.customer_key ?? null,
      customer_id: input.customer_id ?? null,
      connected_account_ids: [...(input.connected_account_ids ?? [])],
      connect_webview_ids: [...(input.connect_webview_ids ?? [])],
      user_identity_id: input.user_identity_id ?? null,
      revoked_at: input.revoked_at ?? null,
    }
    this.sessions.set(session.client_session_id, session)
    return session
  }

  /**
   * Like Seam's Postgres uuid column: a uuid-shaped id matches in any letter case; any other id
   * (the fakes' `cst1` style) only byte for byte.
   */
  getSession(clientSessionId: string): StoredSession | undefined {
    const exact = this.sessions.get(clientSessionId)
    if (exact || !UUID_SHAPE.test(clientSessionId)) return exact
    const wanted = clientSessionId.toLowerCase()
    for (const s of this.sessions.values()) if (s.client_session_id.toLowerCase() === wanted) return s
    return undefined
  }

  findByToken(token: string): StoredSession | undefined {
    for (const s of this.sessions.values()) if (s.token === token) return s
    return undefined
  }

  findByUserIdentifierKey(workspaceId: string, userIdentifierKey: string): StoredSession | undefined {
    for (const s of this.sessions.values()) {
      if (s.workspace_id === workspaceId && s.user_identifier_key === userIdentifierKey) return s
    }
    return undefined
  }

  listSessions(workspaceId: string): StoredSession[] {
    return [...this.sessions.values()].filter((s) => s.workspace_id === workspaceId)
  }

  /** Shallow-patches a session (test hook and handlers alike). Returns undefined if it does not exist. */
  updateSession(
    clientSessionId: string,
    patch: Partial<Omit<StoredSession, 'client_session_id'>>,
  ): StoredSession | undefined {
    const session = this.sessions.get(clientSessionId)
    if (!session) return undefined
    Object.assign(session, patch)
    return session
  }

  /** Marks the session revoked now (keeps an earlier revocation time). */
  revokeSession(clientSessionId: string): StoredSession | undefined {
    const session = this.sessions.get(clientSessionId)
    if (session && session.revoked_at == null) session.revoked_at = new Date().toISOString()
    return session
  }

  /** Test hook: moves `expires_at` into the past so the session's CST gets `client_session_expired`. */
  expireSession(clientSessionId: string): StoredSession | undefined {
    return this.updateSession(clientSessionId, { expires_at: new Date(Date.now() - 1000).toISOString() })
  }

  deleteSession(clientSessionId: string): boolean {
    return this.sessions.delete(clientSessionId)
  }

  /** Test hook: gives a connected account some devices so `device_count` is non-zero. */
  setConnectedAccount(connectedAccountId: string, workspaceId: string, deviceCount: number): void {
    this.connectedAccounts.set(connectedAccountId, { workspace_id: workspaceId, device_count: deviceCount })
  }

  /** Like Seam's fake: the devices of the session's connected accounts (unknown accounts count 0). */
  deviceCount(session: StoredSession): number {
    let count = 0
    for (const id of session.connected_account_ids) {
      const account = this.connectedAccounts.get(id)
      if (account && account.workspace_id === session.workspace_id) count += account.device_count
    }
    return count
  }

  /** The public resource. Key order follows the reference; optional keys appear only when set. */
  toClientSession(session: StoredSession): ClientSession {
    return {
      client_session_id: session.client_session_id,
      workspace_id: session.workspace_id,
      created_at: session.created_at,
      expires_at: session.expires_at,
      token: session.token,
      user_identifier_key: session.user_identifier_key,
      device_count: this.deviceCount(session),
      ...(session.customer_key != null ? { customer_key: session.customer_key } : {}),
      connected_account_ids: [...session.connected_account_ids],
      connect_webview_ids: [...session.connect_webview_ids],
      ...(session.user_identity_id != null ? { user_identity_id: session.user_identity_id } : {}),
      // Deprecated mirror of user_identity_id, still required by the schema.
      user_identity_ids: session.user_identity_id != null ? [session.user_identity_id] : [],
    }
  }
}
