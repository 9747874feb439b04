/**
 * `npm start` on a fresh checkout with no configuration: the gateway on a local port with the
 * demo upstream (the project's fake for client sessions, Seam's own fake for everything else),
 * and every curl line it prints works as printed.
 */
import { SeamHttp } from '@seamapi/http'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { DEMO_SEED } from '../fake-seam/seed.ts'
import { type NpmStart, startNpmStart } from './helpers/npm-start.ts'

let started: NpmStart
const output = () => started.output()

beforeAll(async () => {
  started = await startNpmStart()
}, 60_000)

afterAll(async () => {
  await started?.close()
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

const curlLines = () =>
  output()
    .split('\n')
    .filter((l) => l.trim().startsWith('curl '))

/** The vended token of the printed JWT, through the printed /token line. */
async function vendedToken(): Promise<string> {
  const vend = fromCurl(curlLines()[1] as string)
  const res = await fetch(vend.url, vend.init)
  expect(res.status).toBe(200)
  return (await res.json()).client_session_token
}

test('it prints the demo API key, the demo page link and one curl line per job', () => {
  expect(output()).toContain(DEMO_SEED.apiKeys.one)
  expect(output()).toMatch(new RegExp(`${started.url}/demo#jwt=ey\\S+`))
  expect(curlLines()).toHaveLength(4)
})

test('each printed curl line works as printed', async () => {
  const [getSession, vendToken, unlock, grant] = curlLines().map(fromCurl)
  const session = await fetch(getSession?.url as string, getSession?.init)
  expect(session.status).toBe(200)
  expect((await session.json()).client_session.user_identifier_key).toBe('demo_user')

  const token = await fetch(vendToken?.url as string, vendToken?.init)
  expect(token.status).toBe(200)
  expect((await token.json()).client_session_token).toMatch(/^seam_cst/)

  const unlocked = await fetch(unlock?.url as string, unlock?.init)
  expect(unlocked.status).toBe(200)
  expect((await unlocked.json()).action_attempt).toMatchObject({ action_type: 'UNLOCK_DOOR' })

  const granted = await fetch(grant?.url as string, grant?.init)
  expect(granted.status).toBe(200)
  expect((await granted.json()).outcome).toBe('granted')
})

test("a token vended through /token lists the demo user's locks and unlocks a door, through the SDK", async () => {
  const seam = SeamHttp.fromClientSessionToken(await vendedToken(), { endpoint: started.url })
  const devices = await seam.devices.list()
  const names = devices.map((d) => d.display_name)
  expect(names).toEqual(expect.arrayContaining(['Front Door', 'Garage Door']))
  const frontDoor = devices.find((d) => d.display_name === 'Front Door')
  const attempt = await seam.locks.unlockDoor(
    { device_id: frontDoor?.device_id as string },
    { waitForActionAttempt: { pollingInterval: 100, timeout: 10_000 } },
  )
  expect(attempt).toMatchObject({ action_type: 'UNLOCK_DOOR', status: 'success' })
  expect((await seam.actionAttempts.get({ action_attempt_id: attempt.action_attempt_id })).status).toBe('success')
})

test('the two fakes agree on client sessions: grants show up in devices.list, deleted sessions stop working', async () => {
  const admin = SeamHttp.fromApiKey(DEMO_SEED.apiKeys.one, { endpoint: started.url })
  const session = await admin.clientSessions.getOrCreate({ user_identifier_key: 'start_test_user' })
  const seam = SeamHttp.fromClientSessionToken(session.token, { endpoint: started.url })
  expect(await seam.devices.list()).toEqual([])

  await admin.clientSessions.grantAccess({
    client_session_id: session.client_session_id,
    connected_account_ids: [DEMO_SEED.connectedAccounts.two.id],
  })
  expect((await seam.devices.list()).map((d) => d.display_name)).toEqual(['Back Door'])

  await admin.clientSessions.delete({ client_session_id: session.client_session_id })
  await expect(seam.devices.list()).rejects.toMatchObject({ statusCode: 401 })
})

test('npm start runs the COORDINATOR Durable Object: exactly once is enforced locally too', async () => {
  const health = await fetch(new URL('/health', started.url))
  expect(await health.json()).toEqual({ ok: true, exactly_once: true })
})
