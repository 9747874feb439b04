/**
 * Issue 13, point 11, over real sockets to the bundle in workerd: a request body that trickles
 * in is answered 408 `request_timeout` (Seam's envelope) once REQUEST_BODY_TIMEOUT_MS has passed,
 * instead of holding the connection; a client that goes away mid-body is logged as an abort
 * (warn, status 499), never as an error-level 500.
 */
import { connect, type Socket } from 'node:net'
import { describe, expect, test } from 'vitest'
import { useGateway } from './helpers/fixture.ts'
import { newWebhookSecret } from './helpers/sign-webhook.ts'

/** Mirrors src/body.ts REQUEST_BODY_TIMEOUT_MS. */
const REQUEST_BODY_TIMEOUT_MS = 10_000
/** A byte every this often: the body keeps moving, just never finishes in time. */
const TRICKLE_EVERY_MS = 500
/** Slack for a loaded 2-core machine on top of the deadline. */
const SLACK_MS = 8_000

const { gateway, upstream: fake } = useGateway({
  vars: ({ seed }) => ({
    SEAM_API_KEY: seed.apiKeys.one,
    GRANT_WEBHOOK_SECRET: newWebhookSecret(),
  }),
})

interface RawExchange {
  socket: Socket
  /** Resolves with everything the gateway sent once it closes the connection or sends a whole answer. */
  answer: Promise<{ text: string; at: number }>
}

/** Opens a socket to the gateway and sends the request head (no body yet). */
function openRequest(method: string, path: string, contentLength: number): RawExchange {
  const { hostname, port } = new URL(gateway.url)
  const socket = connect(Number(port), hostname)
  let text = ''
  const answer = new Promise<{ text: string; at: number }>((resolve) => {
    const done = () => resolve({ text, at: Date.now() })
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1')
      // A whole answer: headers plus the Content-Length they announce.
      const head = text.indexOf('\r\n\r\n')
      const length = /\r\ncontent-length: *(\d+)/i.exec(text)?.[1]
      if (head !== -1 && length !== undefined && text.length >= head + 4 + Number(length)) done()
    })
    socket.on('close', done)
    socket.on('error', () => {})
  })
  socket.write(
    `${method} ${path} HTTP/1.1\r\nhost: ${hostname}:${port}\r\n` +
      `authorization: Bearer ${fake.seed.apiKeys.one}\r\ncontent-type: application/json\r\n` +
      `content-length: ${contentLength}\r\n\r\n`,
  )
  return { socket, answer }
}

function trickle(socket: Socket): () => void {
  const timer = setInterval(() => {
    if (!socket.destroyed) socket.write(' ')
  }, TRICKLE_EVERY_MS)
  return () => clearInterval(timer)
}

const parseAnswer = (text: string) => {
  const head = text.indexOf('\r\n\r\n')
  return {
    status: Number(text.slice(9, 12)),
    headers: text.slice(0, head).toLowerCase(),
    body: JSON.parse(text.slice(head + 4)) as { ok: boolean; error: { type: string; message: string } },
  }
}

describe('a body that trickles in', () => {
  test('is answered 408 request_timeout after the deadline, on every kind of route that reads a body', async () => {
    const routes = [
      ['POST', '/client_sessions/create'],
      ['POST', '/webhooks/grants'],
      ['POST', '/devices/list'],
    ] as const
    const started = Date.now()
    const exchanges = routes.map(([method, path]) => {
      const exchange = openRequest(method, path, 10_000)
      exchange.socket.write('{"user_identifier_key":')
      return { ...exchange, stop: trickle(exchange.socket) }
    })
    const answers = await Promise.all(exchanges.map((e) => e.answer))
    for (const e of exchanges) {
      e.stop()
      e.socket.destroy()
    }
    for (const { text, at } of answers) {
      expect(at - started).toBeGreaterThanOrEqual(REQUEST_BODY_TIMEOUT_MS - 100)
      expect(at - started).toBeLessThan(REQUEST_BODY_TIMEOUT_MS + SLACK_MS)
      const answer = parseAnswer(text)
      expect(answer.status).toBe(408)
      expect(answer.headers).toContain('seam-request-id: gw_')
      expect(answer.body).toEqual({
        error: { type: 'request_timeout', message: 'The request body did not arrive in time.' },
        ok: false,
      })
    }
    // Nothing half-read went upstream.
    expect(fake.calls).toEqual([])
    const lines = gateway.requestLogs().filter((l) => l.status === 408)
    expect(lines).toHaveLength(routes.length)
    for (const line of lines)
      expect(line).toMatchObject({ level: 'warn', reason: expect.stringMatching(/request body/) })
  }, 60_000)
})

describe('a client that goes away mid-body', () => {
  test('is logged as an abort (warn, 499), never as an error-level 500', async () => {
    const before = gateway.requestLogs().length
    const routes = ['/client_sessions/create', '/webhooks/grants', '/devices/list']
    for (const path of routes) {
      const { socket } = openRequest('POST', path, 10_000)
      socket.write('{"user_identifier_key":"u')
      await new Promise((resolve) => setTimeout(resolve, 200))
      socket.destroy()
    }
    let lines: Record<string, unknown>[] = []
    for (let i = 0; i < 100 && lines.length < routes.length; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      lines = gateway.requestLogs().slice(before)
    }
    expect(lines.map((l) => l.route).sort()).toEqual(['/client_sessions/create', '/webhooks/grants', 'pass-through'])
    for (const line of lines) {
      expect(line).toMatchObject({ level: 'warn', status: 499, reason: expect.stringMatching(/^client_aborted/) })
    }
    expect(gateway.requestLogs().some((l) => l.level === 'error')).toBe(false)
    expect(fake.calls).toEqual([])
  })
})
