/**
 * The baseline: a worker that only answers "ok", in workerd through Miniflare exactly like the
 * gateway (test/helpers/gateway.ts), so the ratio of the two measures the gateway's own work.
 */
import { convertV4MiniflareOptions, Miniflare } from 'miniflare'
import { wranglerCompatibility } from '../scripts/wrangler-compat.ts'

export const PLAIN_WORKER = `export default { fetch() { return new Response('ok') } }`
/**
 * The same, writing one JSON line per request shaped like the gateway's (a request id, method,
 * route, status, duration): the honest floor for a worker that must log (issue 15's second ratio).
 */
export const LOGGING_PLAIN_WORKER = `export default { fetch(request) {
  const started = Date.now()
  console.log(JSON.stringify({ level: 'info', msg: 'request', request_id: 'gw_' + crypto.randomUUID(), method: request.method, route: '/', status: 200, duration_ms: Date.now() - started }))
  return new Response('ok')
} }`

export interface PlainWorker {
  url: string
  close(): Promise<void>
}

/**
 * `inspector` opens workerd's inspector (bench/inspector.ts), as `startGateway({ inspector })` does;
 * `logLine` writes one gateway-shaped log line per request (LOGGING_PLAIN_WORKER).
 */
export async function startPlainWorker(
  options: { inspector?: boolean; logLine?: boolean } = {},
): Promise<PlainWorker & { mf: Miniflare }> {
  const script = options.logLine ? LOGGING_PLAIN_WORKER : PLAIN_WORKER
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
