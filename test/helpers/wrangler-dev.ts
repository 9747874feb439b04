/**
 * Starts the gateway the way a user does: `wrangler dev --var …`, in its own process group
 * (killing wrangler alone would orphan workerd), with local KV in a temporary folder.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { OFFLINE_WRANGLER_ENV } from '../../scripts/offline-env.ts'
import { freePort } from './upstreams.ts'

/** wrangler dev starts in ~2.5 s here; a loaded CI machine gets ten times that. */
const START_TIMEOUT_MS = 30_000

export interface WranglerDev {
  url: string
  output: () => string
  close(): Promise<void>
}

export async function startWranglerDev(vars: Record<string, string>): Promise<WranglerDev> {
  const port = await freePort()
  const state = mkdtempSync(join(tmpdir(), 'gateway-kv-'))
  const args = ['dev', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', state, '--inspector-port', '0']
  for (const [name, value] of Object.entries(vars)) args.push('--var', `${name}:${value}`)
  let output = ''
  const child: ChildProcess = spawn('wrangler', args, {
    env: { ...process.env, ...OFFLINE_WRANGLER_ENV },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (d) => {
    output += d
  })
  child.stderr?.on('data', (d) => {
    output += d
  })
  const url = `http://127.0.0.1:${port}`
  const close = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {}
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))])
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {}
    }
    rmSync(state, { recursive: true, force: true })
  }
  // The gateway's own /health: under BASE_PATH when one is set (a root `/` is no prefix).
  const health = `${url}${(vars.BASE_PATH ?? '').replace(/\/$/, '')}/health`
  const deadline = Date.now() + START_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break
    try {
      if ((await fetch(health)).ok) return { url, output: () => output, close }
    } catch {}
    await new Promise((r) => setTimeout(r, 200))
  }
  await close()
  throw new Error(`wrangler dev did not start:\n${output}`)
}
