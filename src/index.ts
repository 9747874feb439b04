/** Worker entry. */
import { createApp } from './app'
import { withBasePath } from './base-path'

// The coordination Durable Object class (issue 14), bound as COORDINATOR in wrangler.toml.
export { Coordinator } from './coordination/coordinator'

const app = createApp()

export default {
  // BASE_PATH (issue 17): the app sees every request below the mount path, as at the root.
  fetch: withBasePath(app),
} satisfies ExportedHandler<Record<string, unknown>>
