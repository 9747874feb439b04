/**
 * `npm run bench:rss`: what workerd's RSS is made of. Runs the same closed-loop load (one path,
 * concurrency 16) against the plain worker and against the gateway (cache hits, log lines to a
 * file), one after the other, each in its own workerd, sampling the process's RSS as it goes,
 * and at the end reads every isolate's V8 heap through the inspector (./heap.ts). RSS that the
 * plain worker's workerd gains as well is workerd's and Miniflare's, not the gateway's.
 *
 *   npm run bench:rss -- --seconds 60 --no-build
 */
import { parseArgs } from 'node:util'
import { DEMO_SEED, startFakeSeam } from '../fake-seam/index.ts'
import { startGateway } from '../test/helpers/gateway.ts'
import { allHeaps, formatAllHeaps, rssParts } from './heap.ts'
import { buildDeployBundle, startedWithPid } from './launch.ts'
import { measure } from './load.ts'
import { logFile } from './log-file.ts'
import { startPlainWorker } from './plain-worker.ts'

/** As `npm run soak -- --concurrency 16`, where the RSS growth was seen. */
const CONCURRENCY = 16
/** RSS is read this often during each load. */
const SAMPLE_EVERY_MS = 10_000

const { values: args } = parseArgs({
  options: { seconds: { type: 'string', default: '60' }, 'no-build': { type: 'boolean', default: false } },
})
const seconds = Number(args.seconds)
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`

async function run(
  name: string,
  start: () => Promise<{ url: string; mf: import('miniflare').Miniflare; close(): Promise<void> }>,
  path: string,
  headers?: Record<string, string>,
) {
  const [worker, pid] = await startedWithPid(start)
  try {
    const first = await fetch(worker.url + path, { headers })
    await first.text()
    await new Promise((r) => setTimeout(r, 200)) // a miss stores its answer after responding
    const curve = [rssParts(pid).rss]
    const timer = setInterval(() => curve.push(rssParts(pid).rss), SAMPLE_EVERY_MS)
    const result = await measure({
      origin: worker.url,
      paths: [path],
      headers,
      concurrency: CONCURRENCY,
      warmupMs: 0,
      durationMs: seconds * 1000,
    })
    clearInterval(timer)
    const end = rssParts(pid)
    curve.push(end.rss)
    console.log(`\n${name}: ${result.sent} requests (${Math.round(result.rps)} req/s), ${result.failures} failed`)
    console.log(`  RSS every ${SAMPLE_EVERY_MS / 1000} s: ${curve.map(mib).join(' → ')}`)
    console.log(`  at the end: anonymous ${mib(end.anon)}, file-backed ${mib(end.file)}`)
    console.log(formatAllHeaps(await allHeaps(worker.mf)))
  } finally {
    await worker.close()
  }
}

async function main() {
  if (!args['no-build'] && !buildDeployBundle()) throw new Error('the deploy bundle did not build')
  const fake = await startFakeSeam({ latencyMs: 50 })
  const logs = logFile('seam-rss')
  try {
    await run('plain worker', () => logs.start(() => startPlainWorker({ inspector: true })), '/')
    const id = fake.store.addSession({ workspace_id: DEMO_SEED.workspaces.one.id }).client_session_id
    await run(
      'gateway, cache hits',
      () => logs.start(() => startGateway({ vars: { SEAM_ENDPOINT: fake.url }, inspector: true })),
      `/client_sessions/get?client_session_id=${id}`,
      { authorization: `Bearer ${DEMO_SEED.apiKeys.one}` },
    )
  } finally {
    await fake.close()
    logs.remove()
  }
}

main().catch((err) => {
  console.error(`bench:rss: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
  process.exit(2)
})
