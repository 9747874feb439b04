/** POST /token: trades a verified JWT for that user's client session token (issue 4). */
import { Hono } from 'hono'
import type { AppEnv } from '../env'

export function tokenRoutes(): Hono<AppEnv> {
  return new Hono<AppEnv>()
}
