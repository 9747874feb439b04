/**
 * Reading bodies within a limit, for requests (413 past the limit) and Seam's answers.
 *
 * Bodies are counted as they arrive, so an oversized one is never buffered. A refused
 * request body is still read and discarded up to DRAIN_LIMIT_BYTES before the 413 goes out:
 * workerd closes a connection whose request body was left unread, and keep-alive clients
 * (Node's fetch, the SDK) then fail their *next* request on it.
 *
 * A request body must arrive within the REQUEST_BODY_TIMEOUT_MS setting (408 `request_timeout`
 * otherwise; every caller passes the configured value), so
 * a client that trickles bytes cannot hold a connection open; a client that goes away mid-body is
 * recorded as an abort (status 499 in the log line), not as a gateway failure.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { payloadTooLarge, SeamError } from './errors.ts'

/** nginx's "client closed request": the caller went away, so nobody reads this status but the log. */
export const CLIENT_CLOSED_REQUEST_STATUS = 499

export const requestTimeout = (timeoutMs: number) =>
  new SeamError(408, 'request_timeout', 'The request body did not arrive in time.', {
    headers: { connection: 'close' },
    logReason: `request body not complete within ${timeoutMs} ms`,
  })

export const clientClosedRequest = () =>
  new SeamError(
    CLIENT_CLOSED_REQUEST_STATUS as ContentfulStatusCode,
    'client_closed_request',
    'The client closed the request.',
    { logReason: 'client_aborted: the request body stopped mid-way' },
  )

class BodyTimeout extends Error {}

/** Refused bodies up to 1 MiB are drained to keep the caller's connection usable; past that, cut off. */
export const DRAIN_LIMIT_BYTES = 1024 * 1024

/**
 * A stream's bytes, or null once it passes `limit` (binary-safe). Past the limit it goes on
 * reading, without keeping anything, until `drainUpTo` bytes in all, then cancels the stream.
 */
export async function readStreamCapped(
  stream: ReadableStream<Uint8Array> | null,
  limit: number,
  drainUpTo = 0,
  read: (reader: ReadableStreamDefaultReader<Uint8Array>) => Promise<ReadableStreamReadResult<Uint8Array>> = (r) =>
    r.read(),
): Promise<ArrayBuffer | null> {
  if (!stream) return new ArrayBuffer(0)
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await read(reader)
    if (done) break
    size += value.byteLength
    if (size > limit) {
      if (size > drainUpTo) {
        await reader.cancel()
        return null
      }
      chunks.length = 0
      continue
    }
    chunks.push(value)
  }
  if (size > limit) return null
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes.buffer
}

/**
 * Reads of one request body, all within `timeoutMs` of the first: a read still pending then
 * cancels the stream and throws BodyTimeout; a read that fails means the client went away.
 */
function deadlineReads(
  timeoutMs: number,
): (reader: ReadableStreamDefaultReader<Uint8Array>) => Promise<ReadableStreamReadResult<Uint8Array>> {
  const deadline = Date.now() + timeoutMs
  return async (reader) => {
    let timer: ReturnType<typeof setTimeout> | null = null
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new BodyTimeout()), Math.max(0, deadline - Date.now()))
    })
    try {
      return await Promise.race([reader.read(), timeout])
    } catch (err) {
      if (err instanceof BodyTimeout) {
        reader.cancel().catch(() => {})
        throw requestTimeout(timeoutMs)
      }
      throw clientClosedRequest()
    } finally {
      if (timer !== null) clearTimeout(timer)
    }
  }
}

/**
 * A request's body as bytes; 413 past `limit` (Content-Length is trusted first when it says so),
 * 408 when it has not all arrived `timeoutMs` after the first read (REQUEST_BODY_TIMEOUT_MS).
 */
export async function readRequestBody(request: Request, limit: number, timeoutMs: number): Promise<ArrayBuffer> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  const read = deadlineReads(timeoutMs)
  if (declared > limit) {
    if (declared <= DRAIN_LIMIT_BYTES) await readStreamCapped(request.body, 0, DRAIN_LIMIT_BYTES, read)
    throw payloadTooLarge()
  }
  const bytes = await readStreamCapped(request.body, limit, DRAIN_LIMIT_BYTES, read)
  if (bytes === null) throw payloadTooLarge()
  return bytes
}

/** A request's body as UTF-8 text, within `limit` (413 past it) and `timeoutMs` (408 past it). */
export async function readRequestText(request: Request, limit: number, timeoutMs: number): Promise<string> {
  return new TextDecoder().decode(await readRequestBody(request, limit, timeoutMs))
}
