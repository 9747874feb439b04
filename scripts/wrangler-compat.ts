/**
 * wrangler.toml's `compatibility_date` and `compatibility_flags`, read from the file itself, so every
 * workerd this project starts outside wrangler (the test harness, the two-location harness, the
 * bench's plain worker) runs under the same flags as `wrangler dev` and a deployment.
 */
import { readFileSync } from 'node:fs'

export interface Compatibility {
  compatibilityDate: string
  compatibilityFlags: string[]
}

const WRANGLER_TOML = new URL('../wrangler.toml', import.meta.url)

let cached: Compatibility | undefined

/** Throws when wrangler.toml has no top-level compatibility_date: a worker started without one would run on old rules. */
export function wranglerCompatibility(): Compatibility {
  cached ??= parseCompatibility(readFileSync(WRANGLER_TOML, 'utf8'))
  return cached
}

/** Only the top-level table counts: a key of the same name under `[env.x]` or any other section is not the worker's. */
export function parseCompatibility(toml: string): Compatibility {
  const topLevel = toml.split(/^\s*\[/m, 1)[0] ?? ''
  const date = /^compatibility_date\s*=\s*"(\d{4}-\d{2}-\d{2})"/m.exec(topLevel)?.[1]
  if (!date) throw new Error('wrangler.toml has no top-level compatibility_date')
  const flags = /^compatibility_flags\s*=\s*\[([^\]]*)\]/m.exec(topLevel)?.[1]
  return {
    compatibilityDate: date,
    compatibilityFlags: flags === undefined ? [] : [...flags.matchAll(/"([^"]+)"/g)].map((m) => m[1] as string),
  }
}
