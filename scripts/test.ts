/**
 * `npm test`: builds the real deploy bundle and the static files, runs both lanes (vitest.config.ts: the unit
 * lane, and every gateway test file against the bundle), and ends with the one line CI reads:
 * `N passed, N failed` (N skipped when any), counted over both lanes. Exits non-zero on failure.
 * `npm run test:unit` runs the unit lane alone, without building.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { OFFLINE_WRANGLER_ENV } from './offline-env.ts'

const env = { ...process.env, ...OFFLINE_WRANGLER_ENV }
const run = (cmd: string, args: string[], extraEnv: Record<string, string> = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).status ?? 1

// The static files first (wrangler.toml's [assets] directory must exist), from the committed
// document: the tests check that document is fresh, so the runner must not regenerate it.
// wrangler 4.156 has no --log-level flag (it fails with "Unknown arguments"): WRANGLER_LOG does it.
if (
  run(process.execPath, ['scripts/openapi.ts', '--assets']) !== 0 ||
  run('wrangler', ['deploy', '--dry-run', '--outdir', 'dist'], { WRANGLER_LOG: 'warn' }) !== 0
) {
  console.log('0 passed, 1 failed')
  process.exit(1)
}
mkdirSync('.vitest', { recursive: true })
const report = '.vitest/report.json'
const status = run('vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
])
let passed = 0
let failed = 0
let skipped = 0
try {
  const json = JSON.parse(readFileSync(report, 'utf8'))
  passed = json.numPassedTests ?? 0
  failed = json.numFailedTests ?? 0
  // A file that fails to load fails no test but counts as a failure all the same.
  if (failed === 0) failed = json.numFailedTestSuites ?? 0
  skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0)
} catch {
  failed = Math.max(failed, 1)
}
if (status !== 0 && failed === 0) failed = 1
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(status === 0 && failed === 0 ? 0 : 1)
