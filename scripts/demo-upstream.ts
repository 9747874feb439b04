/**
 * The demo upstream behind `npm start` without a Seam account: one address that answers every
 * route a newcomer tries through the SDK.
 *
 *   /client_sessions/*, /health → the project's fake (fake-seam/, the demo seed)
 *   everything else             → Seam's own fake (@seamapi/fake-seam-connect): devices, locks,
 *                                 action attempts, …
 *
 * A small router in front (node:http) sends each request to one of the two. They agree on the
 * demo workspace and API keys because Seam's fake is seeded with the project's seed (same
 * workspace ids, same key strings, same connected account ids), and on client sessions because
 * the project's fake is the only source of truth for them: before a request that carries a
 * client session token goes to Seam's fake, the router copies that session (id, token, expiry,
 * revocation, connected accounts) from the project's fake into Seam's. So a token the gateway
 * vends (POST /token → the project's fake) lists that user's devices and unlocks their doors on
 * Seam's fake, and a grant (`/webhooks/grants`) shows up in devices.list at once; a session
 * deleted from the project's fake is dropped from Seam's too (401 client_session_not_found).
 *
 * Both fakes and the router listen on 127.0.0.1 only.
 */
import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http'
import { type AddressInfo, createServer as createNetServer } from 'node:net'
import { createFake } from '@seamapi/fake-seam-connect'
import { DEMO_SEED, type FakeSeam, startFakeSeam } from '../fake-seam/index.ts'

const HOST = '127.0.0.1'
/** Paths the project's fake answers; everything else is Seam's fake's. */
const PROJECT_FAKE_PATHS = /^\/(?:client_sessions(?:\/|\?|$)|health(?:\?|$))/
const CST_PREFIX = 'seam_cst'

/** The demo workspace's devices, by connected account (counts match DEMO_SEED's `deviceCount`). */
export const DEMO_DEVICES = [
  {
    device_id: 'demo_device_front_door',
    name: 'Front Door',
    device_type: 'august_lock',
    connected_account_id: DEMO_SEED.connectedAccounts.one.id,
  },
  {
    device_id: 'demo_device_garage_door',
    name: 'Garage Door',
    device_type: 'schlage_lock',
    connected_account_id: DEMO_SEED.connectedAccounts.one.id,
  },
  {
    device_id: 'demo_device_back_door',
    name: 'Back Door',
    device_type: 'yale_lock',
    connected_account_id: DEMO_SEED.connectedAccounts.two.id,
  },
] as const

export interface DemoUpstream {
  /** The router: the gateway's SEAM_ENDPOINT in demo mode. */
  url: string
  /** The project's fake (client sessions), for its seed and store. */
  projectFake: FakeSeam
  /** Seam's fake (everything else). */
  seamFakeUrl: string
  seed: typeof DEMO_SEED
  close(): Promise<void>
}

type SeamFake = Awaited<ReturnType<typeof createFake>>
type SeamFakeSession = SeamFake['database']['client_sessions'][number]

/** A port the OS says is free now: Seam's fake cannot listen on port 0. */
async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createNetServer()
    server.once('error', reject)
    server.listen(0, HOST, () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Seam's fake holding the project's demo workspaces, keys, connected accounts and the demo devices. */
async function startSeededSeamFake(): Promise<{ fake: SeamFake; url: string }> {
  const fake = await createFake()
  const db = fake.database
  for (const [name, workspace] of Object.entries(DEMO_SEED.workspaces)) {
    db.addWorkspace({ name: workspace.name, workspace_id: workspace.id })
    const token = DEMO_SEED.apiKeys[name as keyof typeof DEMO_SEED.apiKeys]
    db.addApiKey({ workspace_id: workspace.id, token, name: `${workspace.name} demo key` })
  }
  for (const account of Object.values(DEMO_SEED.connectedAccounts)) {
    db.addConnectedAccount({
      provider: 'august',
      workspace_id: account.workspaceId,
      connected_account_id: account.id,
      user_identifier: { email: 'demo@example.com' },
    })
  }
  for (const device of DEMO_DEVICES) {
    db.addDevice({
      ...device,
      display_name: device.name,
      workspace_id: DEMO_SEED.workspaces.one.id,
      can_remotely_lock: true,
      can_remotely_unlock: true,
      properties: { locked: true },
    })
  }
  const port = await freePort()
  const url = `http://${HOST}:${port}`
  // Its own type says `baseUrl` is required alongside `port`; it is only used to build page URLs.
  await fake.startServer({ port, baseUrl: url })
  return { fake, url }
}

/** The client session token a request carries, if any (header names as the SDK and Seam use them). */
function clientSessionToken(req: IncomingMessage): string | undefined {
  const header = req.headers['client-session-token'] ?? req.headers['seam-client-session-token']
  if (typeof header === 'string' && header !== '') return header
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1]
  return bearer?.startsWith(CST_PREFIX) ? bearer : undefined
}

/** Makes Seam's fake hold exactly the project's fake's copy of the session `token` names (or none). */
async function mirrorSession(projectFake: FakeSeam, seamFake: SeamFake, token: string): Promise<void> {
  const source = projectFake.store.findByToken(token)
  const others = seamFake.database.client_sessions.filter(
    (s) => s.token !== token && s.client_session_id !== source?.client_session_id,
  )
  if (!source) {
    if (others.length !== seamFake.database.client_sessions.length)
      await seamFake.loadJSON({ client_sessions: others } as never)
    return
  }
  const mirrored = {
    client_session_id: source.client_session_id,
    workspace_id: source.workspace_id,
    token: source.token,
    user_identifier_key: source.user_identifier_key,
    connected_account_ids: [...source.connected_account_ids],
    connect_webview_ids: [...source.connect_webview_ids],
    user_identity_ids: [],
    created_at: source.created_at,
    expires_at: source.expires_at,
    ...(source.revoked_at ? { revoked_at: source.revoked_at } : {}),
  } as SeamFakeSession
  // loadJSON merges top-level keys: only the session list is replaced.
  await seamFake.loadJSON({ client_sessions: [...others, mirrored] } as never)
}

/** Sends `req` to `target` unchanged (method, path, headers, body) and streams the answer back. */
function forward(req: IncomingMessage, res: ServerResponse, target: string): void {
  const url = new URL(target)
  const upstream = request(
    {
      host: url.hostname,
      port: url.port,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, host: url.host },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    },
  )
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' })
    res.end('demo upstream unavailable')
  })
  req.pipe(upstream)
}

/** Starts both fakes and the router; `port` 0 (default) picks a free one. */
export async function startDemoUpstream(options: { port?: number } = {}): Promise<DemoUpstream> {
  const projectFake = await startFakeSeam()
  const seam = await startSeededSeamFake()
  const router = createServer((req, res) => {
    const path = req.url ?? '/'
    if (PROJECT_FAKE_PATHS.test(path)) return forward(req, res, projectFake.url)
    const token = clientSessionToken(req)
    const ready = token ? mirrorSession(projectFake, seam.fake, token) : Promise.resolve()
    ready.then(
      () => forward(req, res, seam.url),
      () => {
        res.writeHead(500, { 'content-type': 'text/plain' })
        res.end('demo upstream could not sync the client session')
      },
    )
  })
  await new Promise<void>((resolve, reject) => {
    router.once('error', reject)
    router.listen(options.port ?? 0, HOST, () => resolve())
  })
  const { port } = router.address() as AddressInfo
  return {
    url: `http://${HOST}:${port}`,
    projectFake,
    seamFakeUrl: seam.url,
    seed: DEMO_SEED,
    close: async () => {
      const closed = new Promise<void>((resolve) => router.close(() => resolve()))
      router.closeAllConnections()
      await Promise.all([closed, projectFake.close(), seam.fake.stopServer()])
    },
  }
}
