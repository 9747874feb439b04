/** Worker entry. */
import { createApp } from './app.ts'
import { withBasePath } from './base-path.ts'

// The coordination Durable Object class (issue 14), bound as COORDINATOR in wrangler.toml.
export { Coordinator } from './coordination/coordinator.ts'

const app = createApp()

export default {
  // BASE_PATH (issue 17): the app sees every request below the mount path, as at the root.
  fetch: withBasePath(app),
} satisfies ExportedHandler<Record<string, unknown>>
