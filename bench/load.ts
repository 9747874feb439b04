/**
 * A small closed-loop HTTP load generator: `concurrency` loops, each sending its next request
 * as soon as the previous answer's body has arrived, over keep-alive sockets (one per loop).
 *
 * It runs in a worker thread (`measure()`), so the bench's main thread (Miniflare reading
 * workerd's log lines, the fake upstream) never delays the timing loop, and the timing loop
 * never delays them. Latency is taken from just before the request is written to the end of
 * its body, with `performance.now()`.
 */
import { Agent, request } from 'node:http'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'

export interface LoadOptions {
  /** Origin, e.g. http://127.0.0.1:1234 (no trailing slash). */
  origin: string
  /** Request i goes to `paths[i % paths.length]`. */
  paths: string[]
  /** Stop when every path has been sent once (miss runs: each id must be new to the gateway). */
  eachPathOnce?: boolean
  headers?: Record<string, string>
  concurrency: number
  /** Requests during the warm-up are sent but not counted. */
  warmupMs: number
  durationMs: number
}

export interface LoadResult {
  /** Every request sent, warm-up included (to compare with the upstream's call count). */
  sent: number
  /** Requests counted: sent after the warm-up and answered before the end. */
  requests: number
  /** Answers that were not 2xx, and transport errors. */
  failures: number
  /** Counted requests per second of the measured window. */
  rps: number
  /** The measured window: from the end of the warm-up to the end (or to the last answer, when the paths ran out). */
  windowMs: number
  p50Ms: number
  p99Ms: number
  meanMs: number
  /** Status → count, to say what the failures were. */
  statuses: Record<string, number>
}

/** Runs `options` in a worker thread and resolves with its result. */
export function measure(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: options })
    worker.once('message', (result: LoadResult) => resolve(result))
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load generator exited with ${code}`))
    })
  })
}

/** The closed loop itself; exported for use without a thread. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const target = new URL(options.origin)
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency, maxFreeSockets: options.concurrency })
  const latencies: number[] = []
  const statuses: Record<string, number> = {}
  let failures = 0
  let sent = 0
  const start = performance.now()
  const measureFrom = start + options.warmupMs
  const stopAt = measureFrom + options.durationMs
  let lastEnded = measureFrom
  let ranOut = false

  const once = (path: string) =>
    new Promise<number>((resolve) => {
      const req = request(
        {
          host: target.hostname,
          port: target.port,
          path,
          method: 'GET',
          agent,
          headers: options.headers,
        },
        (res) => {
          res.on('data', () => {})
          res.on('end', () => resolve(res.statusCode ?? 0))
          res.on('error', () => resolve(0))
        },
      )
      req.on('error', () => resolve(0))
      req.end()
    })

  const loop = async () => {
    for (;;) {
      const begun = performance.now()
      if (begun >= stopAt) return
      if (options.eachPathOnce && sent >= options.paths.length) {
        ranOut = true
        return
      }
      const path = options.paths[sent++ % options.paths.length] as string
      const status = await once(path)
      const ended = performance.now()
      if (begun < measureFrom || ended > stopAt) continue
      latencies.push(ended - begun)
      statuses[status] = (statuses[status] ?? 0) + 1
      if (status < 200 || status >= 300) failures++
      lastEnded = Math.max(lastEnded, ended)
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, loop))
  agent.destroy()

  latencies.sort((a, b) => a - b)
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN
  const windowMs = Math.max(1, (ranOut ? lastEnded : stopAt) - measureFrom)
  return {
    sent,
    requests: latencies.length,
    failures,
    rps: (latencies.length / windowMs) * 1000,
    windowMs,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    meanMs: latencies.reduce((sum, v) => sum + v, 0) / Math.max(1, latencies.length),
    statuses,
  }
}

if (!isMainThread && parentPort && workerData) {
  const port = parentPort
  runLoad(workerData as LoadOptions).then((result) => port.postMessage(result))
}
