import { defineConfig } from 'vitest/config'

// Every test file runs in Node and drives the real deploy bundle in workerd (Miniflare) or
// `wrangler dev`, against real HTTP upstreams: the project's fake and Seam's own fake.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two cores: each file starts its own workerd, so more workers only thrash.
    maxWorkers: 2,
  },
})
