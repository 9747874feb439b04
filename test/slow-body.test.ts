/**
 * Issue 13, point 11, over real sockets to the bundle in workerd: a request body that trickles
 * in is answered 408 `request_timeout` (Seam's envelope) once REQUEST_BODY_TIMEOUT_MS has passed,
 * instead of holding the connection; a client that goes away mid-body is logged as an abort
 * (warn, status 499), never as an error-level 500.
 *
 * The cases run with REQUEST_BODY_TIMEOUT_MS=1000 so they take a second each; one body trickles
 * into a second gateway with the default from the start of the file, and the last test checks
 * that it got its 408 after the documented default of 10 s.
 */
import { connect, type Socket } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { type FakeSeam, startFakeSeam } from '../fake-seam/index.ts'
import { type Gateway, startGateway } from './helpers/gateway.ts'
import { newWebhookSecret } from './helpers/sign-webhook.ts'

/** The deadline the cases run with. */
const REQUEST_BODY_TIMEOUT_MS = 1_000
/** README "Configuration" (and src/config.ts DEFAULT_REQUEST_BODY_TIMEOUT_MS): the deadline when unset. */
const DEFAULT_REQUEST_BODY_TIMEOUT_MS = 10_000
/** A byte every this often: the body keeps moving, just never finishes in time. */
const TRICKLE_EVERY_MS = 200
/** Slack for a loaded 2-core machine on top of the deadline. */
const SLACK_MS = 8_000

let fake: FakeSeam
/** REQUEST_BODY_TIMEOUT_MS=1000. */
let gateway: Gateway
/** REQUEST_BODY_TIMEOUT_MS unset: the default. */
let standard: Gateway
/** A body trickling into `standard` since beforeAll, and when it started. */
let atDefault: { exchange: RawExchange; stop: () => void; started: number }

beforeAll(async () => {
  fake = await startFakeSeam()
  const vars = {
    SEAM_ENDPOINT: fake.url,
    SEAM_API_KEY: fake.seed.apiKeys.one,
    GRANT_WEBHOOK_SECRET: newWebhookSecret(),
  }
  ;[gateway, standard] = await Promise.all([
    startGateway({ vars: { ...vars, REQUEST_BODY_TIMEOUT_MS: String(REQUEST_BODY_TIMEOUT_MS) } }),
    startGateway({ vars }),
  ])
  const started = Date.now()
  const exchange = openRequest(standard, 'POST', '/client_sessions/create', 10_000)
  exchange.socket.write('{"user_identifier_key":')
  atDefault = { exchange, stop: trickle(exchange.socket), started }
})
afterAll(async () => {
  atDefault?.stop()
  atDefault?.exchange.socket.destroy()
  await Promise.all([gateway?.close(), standard?.close(), fake?.close()])
})
beforeEach(() => fake.reset())

interface RawExchange {
  socket: Socket
  /** Resolves with everything the gateway sent once it closes the connection or sends a whole answer. */
  answer: Promise<{ text: string; at: number }>
}

/** Opens a socket to `to` and sends the request head (no body yet). */
function openRequest(to: Gateway, method: string, path: string, contentLength: number): RawExchange {
  const { hostname, port } = new URL(to.url)
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
      const exchange = openRequest(gateway, method, path, 10_000)
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
      expect(line).toMatchObject({
        level: 'warn',
        reason: `request body not complete within ${REQUEST_BODY_TIMEOUT_MS} ms`,
      })
  }, 60_000)
})

describe('a client that goes away mid-body', () => {
  test('is logged as an abort (warn, 499), never as an error-level 500', async () => {
    const before = gateway.requestLogs().length
    const routes = ['/client_sessions/create', '/webhooks/grants', '/devices/list']
    for (const path of routes) {
      const { socket } = openRequest(gateway, 'POST', path, 10_000)
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

describe('without REQUEST_BODY_TIMEOUT_MS', () => {
  // Started in beforeAll, so the 10 s pass while the cases above run.
  test('the deadline is the documented default, 10 s', async () => {
    const { text, at } = await atDefault.exchange.answer
    atDefault.stop()
    expect(at - atDefault.started).toBeGreaterThanOrEqual(DEFAULT_REQUEST_BODY_TIMEOUT_MS - 100)
    expect(at - atDefault.started).toBeLessThan(DEFAULT_REQUEST_BODY_TIMEOUT_MS + SLACK_MS)
    expect(parseAnswer(text).status).toBe(408)
    const lines = standard.requestLogs().filter((l) => l.status === 408)
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'warn',
        reason: `request body not complete within ${DEFAULT_REQUEST_BODY_TIMEOUT_MS} ms`,
      }),
    ])
  }, 30_000)
})

// Like every invalid var (src/config.ts): 500 on the wire, the key (never its value) in the log.
test.each(['99', '1.5', 'soon'])(
  'REQUEST_BODY_TIMEOUT_MS=%s is a configuration error naming the key',
  async (value) => {
    const broken = await startGateway({ vars: { SEAM_ENDPOINT: fake.url, REQUEST_BODY_TIMEOUT_MS: value } })
    try {
      const res = await broken.fetch('/client_sessions/create', {
        method: 'POST',
        headers: { authorization: `Bearer ${fake.seed.apiKeys.one}`, 'content-type': 'application/json' },
        body: '{}',
      })
      expect(res.status).toBe(500)
      expect(await res.json()).toMatchObject({ ok: false, error: { type: 'internal_server_error' } })
      expect((await broken.logFor(res)).reason).toBe('invalid configuration: REQUEST_BODY_TIMEOUT_MS')
      expect(fake.calls).toEqual([])
    } finally {
      await broken.close()
    }
  },
)
