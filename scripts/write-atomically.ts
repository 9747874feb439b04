/**
 * Writes a build output beside its target and renames it into place, so nothing ever reads a
 * half-written file; a file whose bytes are already there is left untouched. `wrangler dev`
 * watches `dist-assets/` and reloads on any change, dropping the connections it holds: an
 * `npm start` or `npm run build` that rewrote the same bytes would cut off every other running
 * `wrangler dev` of the checkout (seen as ECONNRESET in test/openapi.test.ts under `npm test`).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

export function writeAtomically(path: string, contents: Uint8Array | string): void {
  const bytes = typeof contents === 'string' ? Buffer.from(contents) : contents
  if (existsSync(path) && readFileSync(path).equals(bytes)) return
  mkdirSync(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, bytes)
  renameSync(temporary, path)
}
