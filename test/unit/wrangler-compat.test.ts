/**
 * The compatibility date and flags every harness gives workerd come from wrangler.toml
 * (scripts/wrangler-compat.ts), as `wrangler dev` and a deployment read them.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { parseCompatibility, wranglerCompatibility } from '../../scripts/wrangler-compat.ts'

describe('parseCompatibility', () => {
  test('the top-level date and flags', () => {
    const toml = `name = "x"\ncompatibility_date = "2026-01-02"\ncompatibility_flags = [ "nodejs_compat", "a_b" ]\n`
    expect(parseCompatibility(toml)).toEqual({
      compatibilityDate: '2026-01-02',
      compatibilityFlags: ['nodejs_compat', 'a_b'],
    })
    expect(parseCompatibility('compatibility_date = "2026-01-02"').compatibilityFlags).toEqual([])
  })

  test("a section's keys are not the worker's", () => {
    const toml = [
      'compatibility_date = "2026-01-02"',
      '[env.staging]',
      'compatibility_date = "2020-01-01"',
      'compatibility_flags = ["old_flag"]',
    ].join('\n')
    expect(parseCompatibility(toml)).toEqual({ compatibilityDate: '2026-01-02', compatibilityFlags: [] })
  })

  test('no top-level date is an error, not a silent default', () => {
    expect(() => parseCompatibility('name = "x"\n[env.a]\ncompatibility_date = "2026-01-02"\n')).toThrow(
      'wrangler.toml has no top-level compatibility_date',
    )
    expect(() => parseCompatibility('# compatibility_date = "2026-01-02"')).toThrow()
  })
})

test("the project's wrangler.toml: the date the harnesses run is the one wrangler deploys with", () => {
  const toml = readFileSync(new URL('../../wrangler.toml', import.meta.url), 'utf8')
  const declared = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(toml)?.[1]
  expect(declared).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  expect(wranglerCompatibility().compatibilityDate).toBe(declared)
})
