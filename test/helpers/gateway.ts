/**
 * Runs the real deploy bundle (dist/index.js, built by `npm run build`) in workerd through
 * Miniflare, with a real local KV, and captures its log lines.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { convertV4MiniflareOptions, Miniflare } from 'miniflare'
import { wranglerCompatibility } from '../../scripts/wrangler-compat.ts'

export const BUNDLE_PATH = fileURLToPath(new URL('../../dist/index.js', import.meta.url))
/** wrangler.toml's [assets] directory, written by `npm run build` / `node scripts/openapi.ts --assets`. */
export const ASSETS_PATH = fileURLToPath(new URL('../../dist-assets', import.meta.url))
/** wrangler.toml's [assets] run_worker_first (test/openapi.test.ts checks they are the same). */
export const RUN_WORKER_FIRST = ['/*', '!/openapi.json', '!/docs']
/** Log lines reach Node asynchronously: wait up to 2 s for one. */
const LOG_WAIT_TRIES = 100
const LOG_WAIT_STEP_MS = 20

export interface GatewayOptions {
  /** Vars, as `wrangler dev --var` would set them. */
  vars?: Record<string, string>
  /** Set to false to run without the SESSION_CACHE binding. */
  kv?: boolean
  /**
   * Replaces SESSION_CACHE with an RPC service: a module whose default export is a
   * WorkerEntrypoint with get/put/delete, so a test can make KV hang or throw inside workerd.
   */
  kvOverride?: string
  /**
   * Set to false to run the worker alone, without Cloudflare's asset router in front (then
   * /openapi.json and /docs reach the worker, as on a deployment without wrangler.toml's [assets]).
   */
  assets?: boolean
  /** Replaces wrangler.toml's run_worker_first (e.g. `true`, as README's BASE_PATH section suggests). */
  runWorkerFirst?: string[] | boolean
  /** Rate limit bindings: name → { limit, period }. */
  ratelimits?: Record<string, { limit: number; period: 10 | 60 }>
  /** Handles every fetch the worker makes (e.g. routes an identity provider's host to a local server). */
  outbound?: (request: Request) => Promise<Response>
  /** Set to true to bind the COORDINATOR Durable Object (SQLite), as wrangler.toml does. */
  coordinator?: boolean
  /** Opens workerd's inspector on a free port (bench/inspector.ts attaches to it for profiles and heap figures). */
  inspector?: boolean
}

export interface Gateway {
  url: string
  mf: Miniflare
  /** Every line the worker logged (console.log/error), in order. */
  logs: string[]
  /** JSON log lines the gateway wrote per request. */
  requestLogs(): Record<string, unknown>[]
  /** The log line of the request that got `res` (by its seam-request-id); lines arrive asynchronously. */
  logFor(res: Response): Promise<Record<string, unknown>>
  /** The real local KV namespace the worker uses, for inspecting keys. */
  kv(): ReturnType<Miniflare['getKVNamespace']>
  fetch(path: string, init?: RequestInit): Promise<Response>
  close(): Promise<void>
}

export async function startGateway(options: GatewayOptions = {}): Promise<Gateway> {
  if (!existsSync(BUNDLE_PATH)) throw new Error('dist/index.js is missing: run `npm run build` first')
  if (options.assets !== false && !existsSync(ASSETS_PATH))
    throw new Error('dist-assets/ is missing: run `npm run build` first')
  const logs: string[] = []
  // wrangler.toml's date and flags, as `wrangler dev` and a deployment run the bundle.
  const compatibility = wranglerCompatibility()
  const wrapped = options.kvOverride
    ? {
        serviceBindings: { SESSION_CACHE: 'kv-override' },
      }
    : {}
  const extraWorkers = options.kvOverride
    ? [{ name: 'kv-override', modules: true, script: options.kvOverride, ...compatibility }]
    : []
  const gatewayWorker = {
    name: 'gateway',
    modules: true,
    scriptPath: BUNDLE_PATH,
    ...compatibility,
    bindings: { ...(options.vars ?? {}) },
    kvNamespaces: options.kv === false || options.kvOverride ? [] : ['SESSION_CACHE'],
    ...wrapped,
    ...(options.outbound ? { outboundService: options.outbound } : {}),
    ...(options.coordinator ? { durableObjects: { COORDINATOR: { className: 'Coordinator', useSQLite: true } } } : {}),
    // Cloudflare's own asset server and router, as deployed: /openapi.json and /docs never reach the worker.
    ...(options.assets === false
      ? {}
      : {
          assets: {
            directory: ASSETS_PATH,
            binding: 'ASSETS',
            run_worker_first: options.runWorkerFirst ?? RUN_WORKER_FIRST,
            routerConfig: { has_user_worker: true },
          },
        }),
    ratelimits: Object.fromEntries(
      Object.entries(options.ratelimits ?? {}).map(([name, simple]) => [name, { namespace_id: name, simple }]),
    ),
  }
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      host: '127.0.0.1',
      port: 0,
      ...(options.inspector ? { inspectorPort: 0 } : {}),
      workers: [gatewayWorker, ...extraWorkers],
      handleStructuredLogs: (log: { message: unknown }) => {
        logs.push(String(log.message))
      },
    } as never),
  )
  const url = (await mf.ready).toString().replace(/\/$/, '')
  const requestLogs = () =>
    logs.flatMap((line) => {
      try {
        const parsed = JSON.parse(line)
        return parsed?.msg === 'request' ? [parsed] : []
      } catch {
        return []
      }
    })
  return {
    url,
    mf,
    logs,
    requestLogs,
    logFor: async (res) => {
      const id = res.headers.get('seam-request-id')
      for (let i = 0; i < LOG_WAIT_TRIES; i++) {
        const line = requestLogs().find((l) => l.request_id === id || l.upstream_request_id === id)
        if (line) return line
        await new Promise((resolve) => setTimeout(resolve, LOG_WAIT_STEP_MS))
      }
      throw new Error(`no log line for ${id}`)
    },
    kv: () => mf.getKVNamespace('SESSION_CACHE', 'gateway'),
    fetch: (path, init) => fetch(url + path, init),
    close: () => mf.dispose(),
  }
}
