/**
 * Two "locations" of the gateway in ONE Miniflare (issue 14): two workers running the same deploy
 * bundle, each with its own KV namespace (KV never propagates between them) and its own isolate
 * memory, sharing one COORDINATOR Durable Object namespace: worker `gateway-a` defines the class,
 * `gateway-b` binds to it by `scriptName`, as a second deployment location reaches the same objects.
 */
import { existsSync } from 'node:fs'
import { convertV4MiniflareOptions, Miniflare } from 'miniflare'
import { wranglerCompatibility } from '../../scripts/wrangler-compat.ts'
import { BUNDLE_PATH } from './gateway.ts'

export interface Location {
  name: string
  fetch(path: string, init?: RequestInit): Promise<Response>
}

export interface Locations {
  a: Location
  b: Location
  /** Location a, then b, then a…: `at(i)` spreads request i over both. */
  at(i: number): Location
  logs: string[]
  /** The Miniflare both run in: lets a test look into the Durable Object's storage (never a route). */
  miniflare: Miniflare
  close(): Promise<void>
}

export interface LocationsOptions {
  vars: Record<string, string>
  /** false: no COORDINATOR binding at either location (today's KV rules). */
  coordinator?: boolean
  /**
   * A module defining its own `Coordinator` class, run as a third worker that both locations bind
   * to instead: lets a test make the Durable Object fail at one step, inside workerd.
   */
  coordinatorScript?: string
  /** Lets `miniflare.unsafeGetDurableObjectStorage` read the objects' SQLite (Miniflare's own switch). */
  inspectStorage?: boolean
}

export async function startLocations(options: LocationsOptions): Promise<Locations> {
  if (!existsSync(BUNDLE_PATH)) throw new Error('dist/index.js is missing: run `npm run build` first')
  const logs: string[] = []
  const compatibility = wranglerCompatibility()
  const withCoordinator = options.coordinator !== false
  const faulty = options.coordinatorScript
    ? [
        {
          name: 'coordinator-fault',
          modules: true,
          script: options.coordinatorScript,
          ...compatibility,
          durableObjects: { OWN: { className: 'Coordinator', useSQLite: true } },
        },
      ]
    : []
  const definer = faulty.length > 0 ? 'coordinator-fault' : 'gateway-a'
  const worker = (name: string, kvId: string, scriptName?: string) => ({
    name,
    modules: true,
    scriptPath: BUNDLE_PATH,
    ...compatibility,
    bindings: { ...options.vars },
    kvNamespaces: { SESSION_CACHE: kvId },
    ...(withCoordinator
      ? {
          durableObjects: {
            COORDINATOR: { className: 'Coordinator', useSQLite: true, ...(scriptName ? { scriptName } : {}) },
          },
        }
      : {}),
  })
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      host: '127.0.0.1',
      port: 0,
      ...(options.inspectStorage ? { unsafeInspectDurableObjects: true } : {}),
      workers: [
        worker('gateway-a', 'kv-a', faulty.length > 0 ? definer : undefined),
        worker('gateway-b', 'kv-b', definer),
        ...faulty,
      ],
      handleStructuredLogs: (log: { message: unknown }) => {
        logs.push(String(log.message))
      },
    } as never),
  )
  const url = (await mf.ready).toString().replace(/\/$/, '')
  const b = await mf.getWorker('gateway-b')
  const locations: [Location, Location] = [
    // The first worker answers Miniflare's own URL: a real HTTP request, which a client can abort.
    { name: 'a', fetch: (path, init) => fetch(url + path, init) },
    {
      name: 'b',
      fetch: (path, init) => b.fetch(`http://gateway-b.test${path}`, init as never) as unknown as Promise<Response>,
    },
  ]
  return {
    a: locations[0],
    b: locations[1],
    at: (i) => locations[i % 2] as Location,
    logs,
    miniflare: mf,
    close: () => mf.dispose(),
  }
}
