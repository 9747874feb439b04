/** Worker entry. */
import { createApp } from './app.ts'
import { withBasePath } from './base-path.ts'
import { heldHit } from './client-sessions/held-hit.ts'
import { writeLogLine } from './middleware/request-context.ts'

// The coordination Durable Object class (issue 14), bound as COORDINATOR in wrangler.toml.
export { Coordinator } from './coordination/coordinator.ts'

const app = createApp()
// BASE_PATH (issue 17): the app sees every request below the mount path, as at the root.
const appFetch = withBasePath(app)

export default {
  // A fresh cache hit held in memory is answered before the app, with the same checks (./client-sessions/held-hit.ts).
  fetch: (request, env, ctx) => heldHit(request, env, writeLogLine, ctx) ?? appFetch(request, env, ctx),
} satisfies ExportedHandler<Record<string, unknown>>
