/**
 * Reading bodies within a limit, for requests (413 past the limit) and Seam's answers.
 *
 * Bodies are counted as they arrive, so an oversized one is never buffered. A refused
 * request body is still read and discarded up to DRAIN_LIMIT_BYTES before the 413 goes out:
 * workerd closes a connection whose request body was left unread, and keep-alive clients
 * (Node's fetch, the SDK) then fail their *next* request on it.
 */
import { payloadTooLarge } from './errors'

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
): Promise<ArrayBuffer | null> {
  if (!stream) return new ArrayBuffer(0)
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
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

/** A request's body as bytes; 413 past `limit` (Content-Length is trusted first when it says so). */
export async function readRequestBody(request: Request, limit: number): Promise<ArrayBuffer> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  if (declared > limit) {
    if (declared <= DRAIN_LIMIT_BYTES) await readStreamCapped(request.body, 0, DRAIN_LIMIT_BYTES)
    throw payloadTooLarge()
  }
  const bytes = await readStreamCapped(request.body, limit, DRAIN_LIMIT_BYTES)
  if (bytes === null) throw payloadTooLarge()
  return bytes
}

/** A request's body as UTF-8 text, within `limit` (413 past it). */
export async function readRequestText(request: Request, limit: number): Promise<string> {
  return new TextDecoder().decode(await readRequestBody(request, limit))
}
