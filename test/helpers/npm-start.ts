/**
 * Runs `npm start` (scripts/start.ts) on a fresh checkout's terms: no SEAM_API_KEY, so the demo
 * upstream and demo mode, on free ports, in its own process group (wrangler and workerd with it).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { freePort } from './upstreams.ts'

/** wrangler dev starts in a few seconds here; a loaded CI machine gets much longer. */
const START_TIMEOUT_MS = 45_000
/** The last line start.ts prints: once it is out, the whole banner is. */
const BANNER_END = 'Grant demo_user'

export interface NpmStart {
  url: string
  output: () => string
  close(): Promise<void>
}

export async function startNpmStart(): Promise<NpmStart> {
  const [port, fakePort] = await Promise.all([freePort(), freePort()])
  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(port),
    FAKE_SEAM_PORT: String(fakePort),
  }
  delete env.SEAM_API_KEY // the demo path: no Seam account
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.ts'], {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (d) => {
    output += d
  })
  child.stderr?.on('data', (d) => {
    output += d
  })
  const close = async () => {
    if (child.pid && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {}
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))])
    }
  }
  const deadline = Date.now() + START_TIMEOUT_MS
  while (!output.includes(BANNER_END) && Date.now() < deadline && child.exitCode === null) {
    await new Promise((r) => setTimeout(r, 200))
  }
  if (!output.includes(BANNER_END)) {
    await close()
    throw new Error(`npm start did not come up:\n${output}`)
  }
  return { url: `http://127.0.0.1:${port}`, output: () => output, close }
}
