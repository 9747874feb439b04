/**
 * What the bench tools (profile, rss, scale, soak) do before measuring: build the deploy bundle the
 * tests run, and start a worker while noting which workerd process it spawned (its RSS and CPU
 * time are read from /proc by pid).
 */
import { spawnSync } from 'node:child_process'
import { OFFLINE_WRANGLER_ENV } from '../scripts/offline-env.ts'
import { childProcesses } from './cpu.ts'

/** `wrangler deploy --dry-run --outdir dist`, offline and quiet, as `npm test` builds it; true when it built. */
export function buildDeployBundle(): boolean {
  // wrangler 4.156 has no --log-level flag: WRANGLER_LOG does it.
  const status = spawnSync('wrangler', ['deploy', '--dry-run', '--outdir', 'dist'], {
    stdio: 'inherit',
    env: { ...process.env, ...OFFLINE_WRANGLER_ENV, WRANGLER_LOG: 'warn' },
  }).status
  return status === 0
}

/**
 * Runs `start` (which launches one Miniflare, hence one workerd) and returns what it started with
 * the pid of the workerd child that was not there before (undefined where /proc is missing).
 */
export async function startedWithPid<T>(start: () => Promise<T>): Promise<[T, number | undefined]> {
  const before = new Set(childProcesses('workerd'))
  const started = await start()
  return [started, childProcesses('workerd').find((pid) => !before.has(pid))]
}
