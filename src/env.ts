/** The Hono environment every route and middleware shares. */

import type { Bindings, Config } from './config.ts'
import type { Credential } from './credentials.ts'

/** Fields a request adds to its one log line. Only names, ids, numbers: never a secret. */
export interface LogFields {
  route?: string
  upstream_status?: number
  upstream_ms?: number
  upstream_request_id?: string
  upstream_attempts?: number
  cache?: string
  reason?: string
  [key: string]: string | number | boolean | undefined
}

export interface AppEnv {
  Bindings: Bindings
  Variables: {
    requestId: string
    config: Config
    log: LogFields
    /** Set by `enterRoute()` (src/middleware/route.ts) on the routes that take a Seam credential. */
    credential: Credential
  }
}
