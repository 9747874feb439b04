/**
 * The baseline: a worker that only answers "ok", in workerd through Miniflare exactly like the
 * gateway (test/helpers/gateway.ts), so the ratio of the two measures the gateway's own work.
 */
import { convertV4MiniflareOptions, Miniflare } from 'miniflare'
import { wranglerCompatibility } from '../scripts/wrangler-compat.ts'

const PLAIN_WORKER = `export default { fetch() { return new Response('ok') } }`

export interface PlainWorker {
  url: string
  close(): Promise<void>
}

/** `inspector` opens workerd's inspector (bench/inspector.ts), as `startGateway({ inspector })` does. */
export async function startPlainWorker(
  options: { inspector?: boolean } = {},
): Promise<PlainWorker & { mf: Miniflare }> {
  const script = PLAIN_WORKER
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      host: '127.0.0.1',
      port: 0,
      ...(options.inspector ? { inspectorPort: 0 } : {}),
      workers: [{ name: 'plain', modules: true, script, ...wranglerCompatibility() }],
      handleStructuredLogs: () => {},
    } as never),
  )
  const url = (await mf.ready).toString().replace(/\/$/, '')
  return { url, mf, close: () => mf.dispose() }
}
