/**
 * A node:http upstream that records every request raw (method, unnormalised URL, headers,
 * body bytes) and answers whatever the test sets: for checking exactly what the gateway sends.
 */
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  /** The request target exactly as it arrived. */
  url: string
  headers: IncomingMessage['headers']
  body: Buffer
}

export interface EchoAnswer {
  status: number
  headers: Record<string, string>
  /** null: echo the request body back. */
  body: Buffer | string | null
}

export interface EchoUpstream {
  url: string
  calls: RecordedRequest[]
  answer: EchoAnswer
  /** Forgets the calls and goes back to a 200 echo. */
  reset(): void
  close(): Promise<void>
}

export async function startEchoUpstream(): Promise<EchoUpstream> {
  const calls: RecordedRequest[] = []
  const defaultAnswer = (): EchoAnswer => ({ status: 200, headers: {}, body: null })
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      calls.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body })
      const { status, headers } = echo.answer
      const out = echo.answer.body ?? body
      res.writeHead(status, { 'content-length': Buffer.byteLength(out), ...headers })
      res.end(out)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const echo: EchoUpstream = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    answer: defaultAnswer(),
    reset: () => {
      calls.length = 0
      echo.answer = defaultAnswer()
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
  return echo
}
