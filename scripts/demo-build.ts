/**
 * Builds the `/demo` page's static assets (issue 17) into the Workers Static Assets directory:
 *
 *   demo/index.html → dist-assets/demo.html     (served at /demo)
 *   demo/demo.css   → dist-assets/demo/demo.css, demo/favicon.svg → dist-assets/demo/favicon.svg
 *   demo/main.ts    → dist-assets/demo/app.js   (the page's script with the official SDK, @seamapi/http, bundled by esbuild)
 *
 * Run by `npm run build` and by `npm start` (demo mode); the output is git-ignored. Each file is
 * written beside its target and renamed into place, so a `wrangler dev` already serving the
 * directory (another `npm start`, a test) never reads half a file.
 *
 *   node scripts/demo-build.ts
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { writeAtomically } from './write-atomically.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
/** wrangler.toml `[assets] directory`; the demo owns only `demo.html` and `demo/` in it. */
export const ASSETS_DIR = join(ROOT, 'dist-assets')
const SOURCE_DIR = join(ROOT, 'demo')
/** Browsers from 2022 on run ES2022 modules; the page is for a developer's current browser. */
const BROWSER_TARGET = 'es2022'

/** Bundles and copies the demo page; returns the files written (relative to ASSETS_DIR). */
export async function buildDemoAssets(): Promise<string[]> {
  const bundle = await build({
    entryPoints: [join(SOURCE_DIR, 'main.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: BROWSER_TARGET,
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  })
  const script = bundle.outputFiles[0]
  if (!script) throw new Error('esbuild wrote no demo bundle')
  writeAtomically(join(ASSETS_DIR, 'demo', 'app.js'), script.contents)
  for (const [from, to] of [
    ['index.html', 'demo.html'],
    ['demo.css', join('demo', 'demo.css')],
    ['favicon.svg', join('demo', 'favicon.svg')],
  ] as const) {
    writeAtomically(join(ASSETS_DIR, to), readFileSync(join(SOURCE_DIR, from)))
  }
  return ['demo.html', 'demo/app.js', 'demo/demo.css', 'demo/favicon.svg']
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = await buildDemoAssets()
  console.log(`demo page: ${files.map((f) => `dist-assets/${f}`).join(', ')}`)
}
