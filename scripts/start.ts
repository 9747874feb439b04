/**
 * `npm start`: the gateway on http://127.0.0.1:8787 with a local KV.
 *
 * - With SEAM_API_KEY (in .dev.vars or the environment) it talks to the real Seam API.
 * - Without one it starts the demo upstream (scripts/demo-upstream.ts: the project's fake for
 *   client sessions, Seam's own fake for devices, locks and everything else, one demo workspace),
 *   points the gateway at it in demo mode (the /demo page, scripts/demo-build.ts), then prints
 *   the demo API key, the demo page's link and a ready-to-paste curl per job.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { buildDemoAssets } from './demo-build.ts'
import {
  DEMO_JWT_AUDIENCE,
  DEMO_JWT_ISSUER,
  DEMO_JWT_SECRET,
  DEMO_WEBHOOK_SECRET,
  signDemoJwt,
  signWebhook,
} from './demo-credentials.ts'
import { DEMO_DEVICES, startDemoUpstream } from './demo-upstream.ts'
import { OFFLINE_WRANGLER_ENV } from './offline-env.ts'

const GATEWAY_PORT = Number(process.env.PORT ?? 8787)
/** The demo upstream's usual port; override with FAKE_SEAM_PORT when it is taken. */
const FAKE_PORT = Number(process.env.FAKE_SEAM_PORT ?? 4010)
const gatewayUrl = `http://127.0.0.1:${GATEWAY_PORT}`

function devVar(name: string): string | undefined {
  if (process.env[name]) return process.env[name]
  if (!existsSync('.dev.vars')) return undefined
  const line = readFileSync('.dev.vars', 'utf8')
    .split('\n')
    .find((l) => l.trim().startsWith(`${name}=`))
  const value = line
    ?.slice(line.indexOf('=') + 1)
    .trim()
    .replace(/^"(.*)"$/, '$1')
  return value || undefined
}

const args = ['dev', '--ip', '127.0.0.1', '--port', String(GATEWAY_PORT)]
let closeFake: (() => Promise<void>) | undefined
let banner: string[] = []

if (devVar('SEAM_API_KEY')) {
  banner = [`Gateway → Seam API (${devVar('SEAM_ENDPOINT') ?? 'https://connect.getseam.com'}) on ${gatewayUrl}`]
} else {
  await buildDemoAssets()
  const upstream = await startDemoUpstream({ port: FAKE_PORT })
  closeFake = upstream.close
  const apiKey = upstream.seed.apiKeys.one
  const vars: Record<string, string> = {
    SEAM_ENDPOINT: upstream.url,
    SEAM_API_KEY: apiKey,
    AUTH_JWT_SECRET: DEMO_JWT_SECRET,
    AUTH_JWT_ALG: 'HS256',
    AUTH_JWT_ISSUER: DEMO_JWT_ISSUER,
    AUTH_JWT_AUDIENCE: DEMO_JWT_AUDIENCE,
    SEAM_WEBHOOK_SECRET: DEMO_WEBHOOK_SECRET,
    GRANT_WEBHOOK_SECRET: DEMO_WEBHOOK_SECRET,
    CORS_ORIGINS: 'http://localhost:5173,http://127.0.0.1:5173',
    DEMO_MODE: 'true',
  }
  for (const [name, value] of Object.entries(vars)) args.push('--var', `${name}:${value}`)
  const jwt = signDemoJwt('demo_user')
  const grant = JSON.stringify({
    user_identifier_key: 'demo_user',
    connected_account_ids: ['demo_connected_account_2'],
  })
  const signed = signWebhook(grant, DEMO_WEBHOOK_SECRET)
  const headerFlags = Object.entries(signed)
    .map(([k, v]) => `-H '${k}: ${v}'`)
    .join(' ')
  const demoSession = upstream.seed.sessions.demo
  const frontDoor = DEMO_DEVICES[0].device_id
  const visible = DEMO_DEVICES.filter((d) =>
    (demoSession.connectedAccountIds as readonly string[]).includes(d.connected_account_id),
  )
  banner = [
    'No SEAM_API_KEY: using the demo upstream, one demo workspace behind one address:',
    "  client sessions from the project's fake, devices and locks from Seam's own fake.",
    `  demo upstream:  ${upstream.url}`,
    `  demo API key:   ${apiKey}`,
    `  demo user:      demo_user (session ${demoSession.id}, sees ${visible.length} locks)`,
    '',
    'Open the demo page: signs in as demo_user, lists its devices and unlocks a door in your browser:',
    `  ${gatewayUrl}/demo#jwt=${jwt}`,
    '',
    'Get a client session through the gateway:',
    `  curl -s '${gatewayUrl}/client_sessions/get?user_identifier_key=demo_user' -H 'authorization: Bearer ${apiKey}'`,
    '',
    'Vend a client session token for a signed-in user (demo JWT, valid 24 h):',
    `  curl -s -X POST ${gatewayUrl}/token -H 'authorization: Bearer ${jwt}'`,
    '',
    "Unlock demo_user's front door with its client session token (Seam's fake, through the gateway):",
    `  curl -s -X POST ${gatewayUrl}/locks/unlock_door -H 'authorization: Bearer ${demoSession.token}' -H 'content-type: application/json' -d '{"device_id":"${frontDoor}"}'`,
    '',
    'Grant demo_user access to another account with a signed webhook (valid 5 minutes):',
    `  curl -s -X POST ${gatewayUrl}/webhooks/grants -H 'content-type: application/json' ${headerFlags} -d '${grant}'`,
  ]
}

// wrangler.toml's [assets] directory (GET /openapi.json and /docs) must exist before wrangler starts.
if (spawnSync(process.execPath, ['scripts/openapi.ts', '--assets'], { stdio: 'inherit' }).status !== 0) process.exit(1)
const child: ChildProcess = spawn('wrangler', args, {
  env: { ...process.env, ...OFFLINE_WRANGLER_ENV },
  stdio: ['inherit', 'pipe', 'inherit'],
  detached: true,
})
let announced = false
child.stdout?.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk)
  if (!announced && chunk.toString().includes('Ready on')) {
    announced = true
    console.log(`\n${banner.join('\n')}\n`)
  }
})

const stop = async () => {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {}
  }
  await closeFake?.()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
child.on('exit', async (code) => {
  await closeFake?.()
  process.exit(code ?? 0)
})
