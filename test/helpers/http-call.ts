/** One HTTP call described as data (query, headers, a JSON or raw body), answered with its parsed body. */
import { request } from 'node:http'

export interface CallOptions {
  query?: Record<string, string | string[]>
  headers?: Record<string, string>
  /** Sent as JSON (content-type set unless given). */
  body?: unknown
  /** Sent as is. */
  raw?: string
}

export interface CallAnswer {
  status: number
  headers: Headers
  text: string
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are asserted field by field.
  json: any
}

export async function httpCall(
  base: string,
  method: string,
  path: string,
  opts: CallOptions = {},
): Promise<CallAnswer> {
  const url = new URL(path, base)
  for (const [k, v] of Object.entries(opts.query ?? {})) {
    for (const value of Array.isArray(v) ? v : [v]) url.searchParams.append(k, value)
  }
  const headers: Record<string, string> = { ...opts.headers }
  let body: string | undefined = opts.raw
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body)
    headers['content-type'] ??= 'application/json'
  }
  const res = await fetch(url, { method, headers, body })
  const text = await res.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: res.status, headers: res.headers, text, json }
}

/**
 * GET with `target` as the request line's target, unchanged: fetch would resolve `..` and refuse an
 * absolute-form target, which path-safety tests must send as a client could. `headers` come last, so
 * they may replace the Host header too.
 */
export function rawGet(url: string, target: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: hostname,
        port,
        method: 'GET',
        path: target,
        setHost: false,
        headers: { host: `${hostname}:${port}`, connection: 'close', ...headers },
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => {
          body += chunk
        })
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      },
    )
    req.on('error', reject)
    req.end()
  })
}

export interface RawAnswer {
  status: number
  body: string
}
