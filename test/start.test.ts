/**
 * `npm start` on a fresh checkout with no configuration: the gateway on a local port with the
 * demo upstream, and every curl line it prints works as printed.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { DEMO_SEED } from '../fake-seam/seed.ts'
import { freePort } from './helpers/upstreams.ts'

/** wrangler dev starts in a few seconds here; a loaded CI machine gets much longer. */
const START_TIMEOUT_MS = 45_000

let child: ChildProcess
let output = ''

beforeAll(async () => {
  const [port, fakePort] = await Promise.all([freePort(), freePort()])
  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(port),
    FAKE_SEAM_PORT: String(fakePort),
  }
  delete env.SEAM_API_KEY // the demo path: no Seam account
  child = spawn(process.execPath, ['scripts/start.ts'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout?.on('data', (d) => {
    output += d
  })
  child.stderr?.on('data', (d) => {
    output += d
  })
  const deadline = Date.now() + START_TIMEOUT_MS
  while (!output.includes('Grant demo_user') && Date.now() < deadline && child.exitCode === null) {
    await new Promise((r) => setTimeout(r, 200))
  }
  if (!output.includes('Grant demo_user')) throw new Error(`npm start did not come up:\n${output}`)
}, 60_000)

afterAll(async () => {
  if (child?.pid && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    process.kill(-child.pid, 'SIGTERM')
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))])
  }
})

/** A printed `curl` line as a fetch call: -X, -H, -d and the URL, quoted the shell's way. */
function fromCurl(line: string): { url: string; init: RequestInit } {
  const words = [...line.trim().matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '')
  const headers: Record<string, string> = {}
  const init: RequestInit = { method: 'GET', headers }
  let url = ''
  for (let i = 1; i < words.length; i++) {
    const word = words[i] as string
    if (word === '-s') continue
    if (word === '-X') init.method = words[++i] as string
    else if (word === '-H') {
      const header = words[++i] as string
      headers[header.slice(0, header.indexOf(':')).trim()] = header.slice(header.indexOf(':') + 1).trim()
    } else if (word === '-d') init.body = words[++i] as string
    else url = word
  }
  return { url, init }
}

const curlLines = () => output.split('\n').filter((l) => l.trim().startsWith('curl '))

test('it prints the demo API key and one curl line per job', () => {
  expect(output).toContain(DEMO_SEED.apiKeys.one)
  expect(curlLines()).toHaveLength(3)
})

test('each printed curl line works as printed', async () => {
  const [getSession, vendToken, grant] = curlLines().map(fromCurl)
  const session = await fetch(getSession?.url as string, getSession?.init)
  expect(session.status).toBe(200)
  expect((await session.json()).client_session.user_identifier_key).toBe('demo_user')

  const token = await fetch(vendToken?.url as string, vendToken?.init)
  expect(token.status).toBe(200)
  expect((await token.json()).client_session_token).toMatch(/^seam_cst/)

  const granted = await fetch(grant?.url as string, grant?.init)
  expect(granted.status).toBe(200)
  expect((await granted.json()).outcome).toBe('granted')
})

test('npm start runs the COORDINATOR Durable Object: exactly once is enforced locally too', async () => {
  const [getSession] = curlLines().map(fromCurl)
  const health = await fetch(new URL('/health', getSession?.url as string))
  expect(await health.json()).toEqual({ ok: true, exactly_once: true })
})
