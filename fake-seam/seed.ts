// Deterministic demo data for the fake Seam upstream.
//
// Every value here is fixed so tests, `npm start` and humans can copy credentials
// straight out of this file (or out of the JSON line `fake-seam/cli.ts` prints).
// Credential groups are keyed by the workspace they grant access to.

const WORKSPACE_ONE = 'b0a1c2d3-e4f5-4a6b-8c7d-000000000001'
const WORKSPACE_TWO = 'b0a1c2d3-e4f5-4a6b-8c7d-000000000002'

export const DEMO_SEED = {
  workspaces: {
    one: { id: WORKSPACE_ONE, name: 'Demo Workspace One' },
    two: { id: WORKSPACE_TWO, name: 'Demo Workspace Two' },
  },
  /** `Authorization: Bearer <key>`; each key belongs to exactly one workspace. */
  apiKeys: {
    one: 'seam_demo1_apikey_4f1e9c2b7a3d',
    two: 'seam_demo2_apikey_8b2d6e0f1c5a',
  },
  /** PAT: `Authorization: Bearer <pat>` + `seam-workspace: <workspace id>`; may access workspace one only. */
  personalAccessTokens: {
    one: 'seam_at1_demo_pat_5c8e2a9f3b7d',
  },
  /** Console-session JWT lookalike (never verified): Bearer + `seam-workspace`; may access workspace one only. */
  consoleSessionTokens: {
    one: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJkZW1vX2NvbnNvbGVfdXNlciIsImlhdCI6MTczNTY4OTYwMH0.ZGVtby1zaWduYXR1cmUtbm90LXZlcmlmaWVk',
  },
  /** `seam-publishable-key: <key>`; creates/gets sessions in workspace one. */
  publishableKeys: {
    one: 'seam_pk1_demo_publishable_2e7b4c9d',
  },
  /** Connected accounts only exist to give sessions a non-zero `device_count`. */
  connectedAccounts: {
    one: { id: 'demo_connected_account_1', workspaceId: WORKSPACE_ONE, deviceCount: 2 },
    two: { id: 'demo_connected_account_2', workspaceId: WORKSPACE_ONE, deviceCount: 1 },
  },
  sessions: {
    /** A live session: use its token as a CST, or look it up by id / `demo_user`. */
    demo: {
      id: 'cccccccc-0000-4000-8000-000000000001',
      workspaceId: WORKSPACE_ONE,
      userIdentifierKey: 'demo_user',
      token: 'seam_cst1DemoUser01_k3Jx9QvT2mLw8RpZ4nYb',
      connectedAccountIds: ['demo_connected_account_1'],
      connectWebviewIds: [],
      createdAt: '2025-01-01T00:00:00.000Z',
      expiresAt: '2099-01-01T00:00:00.000Z',
      revokedAt: null,
    },
    /** Revoked: still readable with an API key (as in Seam's fake), but its CST gets 401 client_session_revoked. */
    revoked: {
      id: 'cccccccc-0000-4000-8000-000000000002',
      workspaceId: WORKSPACE_ONE,
      userIdentifierKey: 'demo_revoked_user',
      token: 'seam_cst1DemoRevk02_h7Gd2WsK9pQz4LmX8cVn',
      connectedAccountIds: [],
      connectWebviewIds: [],
      createdAt: '2025-01-01T00:00:00.000Z',
      expiresAt: '2099-01-01T00:00:00.000Z',
      revokedAt: '2025-01-02T00:00:00.000Z',
    },
    /** Expired: still readable with an API key, but its CST gets 401 client_session_expired. */
    expired: {
      id: 'cccccccc-0000-4000-8000-000000000003',
      workspaceId: WORKSPACE_ONE,
      userIdentifierKey: 'demo_expired_user',
      token: 'seam_cst1DemoExpd03_r5Tb8NwJ3kFy6HqP2sDx',
      connectedAccountIds: [],
      connectWebviewIds: [],
      createdAt: '2025-01-01T00:00:00.000Z',
      expiresAt: '2025-01-02T00:00:00.000Z',
      revokedAt: null,
    },
  },
} as const

export type DemoSeed = typeof DEMO_SEED
