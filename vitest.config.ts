import { defineConfig } from 'vitest/config'

// Two lanes (`npm test` runs both, `npm run test:unit` the first alone):
// - unit: in-process tests of pure modules of src/ (JWT checks, credentials, query decoding, path
//   safety, Retry-After, validation errors, JSON shape, webhook signatures), in Node: seconds.
// - gateway: every other file drives the real deploy bundle in workerd (Miniflare) or `wrangler dev`,
//   against real HTTP upstreams: the project's fake and Seam's own fake.
export default defineConfig({
  test: {
    // Two cores: each gateway file starts its own workerd, so more workers only thrash.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'gateway',
          include: ['test/**/*.test.ts'],
          exclude: ['test/unit/**'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
    ],
  },
})
