/** Worker entry. */
import { createApp } from './app.ts'

// The coordination Durable Object class (issue 14), bound as COORDINATOR in wrangler.toml.
export { Coordinator } from './coordination/coordinator.ts'

const app = createApp()

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Record<string, unknown>>
