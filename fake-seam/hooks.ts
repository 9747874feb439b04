// The /_fake/* HTTP API: the same test hooks as the JS object, for a fake running in another
// process (`npm start`, benchmarks). Not part of Seam's API, so no auth and no call recording.

import type { Fault } from './faults.ts'
import { SeamError } from './http.ts'
import { isPlainObject, parseBody } from './params.ts'
import type { NewSession } from './store.ts'
import type { FakeSeam } from './types.ts'

type HookRequest = { method: string; path: string; query: string; headers: Record<string, string>; body: string }

function jsonBody(req: HookRequest): Record<string, unknown> {
  const parsed = parseBody(req.body, req.headers['content-type'] ?? 'application/json')
  const value = parsed.kind === 'json' ? parsed.value : {}
  if (parsed.kind === 'not_json' || !isPlainObject(value)) {
    throw new SeamError(400, 'invalid_input', 'Expected a JSON object body')
  }
  return value
}

function sessionIdFrom(body: Record<string, unknown>): string {
  if (typeof body.client_session_id !== 'string') {
    throw new SeamError(400, 'invalid_input', 'client_session_id is required')
  }
  return body.client_session_id
}

/** Returns the JSON body to send (200), or throws SeamError. */
export function handleHook(fake: FakeSeam, req: HookRequest): Record<string, unknown> {
  const route = `${req.method} ${req.path}`
  switch (route) {
    case 'GET /_fake/calls': {
      const path = new URLSearchParams(req.query).get('path')
      return { calls: path ? fake.callsTo(path) : fake.calls }
    }
    case 'DELETE /_fake/calls':
      fake.resetCalls()
      return {}
    case 'GET /_fake/faults':
      return { faults: fake.faults() }
    case 'POST /_fake/faults': {
      const body = jsonBody(req)
      if (typeof body.route !== 'string') throw new SeamError(400, 'invalid_input', 'route is required')
      fake.setFault(body.route, body.fault as Fault)
      return {}
    }
    case 'DELETE /_fake/faults':
      fake.clearFaults()
      return {}
    case 'POST /_fake/latency': {
      const { ms } = jsonBody(req)
      if (typeof ms !== 'number' || !(ms >= 0)) throw new SeamError(400, 'invalid_input', 'ms must be a number >= 0')
      fake.setLatency(ms)
      return {}
    }
    case 'GET /_fake/seed':
      return { seed: fake.seed }
    case 'POST /_fake/reset':
      fake.reset()
      return {}
    case 'POST /_fake/sessions': {
      const body = jsonBody(req)
      if (typeof body.workspace_id !== 'string') throw new SeamError(400, 'invalid_input', 'workspace_id is required')
      const session = fake.store.addSession(body as NewSession)
      return { client_session: fake.store.toClientSession(session) }
    }
    case 'PATCH /_fake/sessions': {
      const body = jsonBody(req)
      const { client_session_id, ...patch } = body
      const session = fake.store.updateSession(sessionIdFrom(body), patch)
      if (!session) throw new SeamError(404, 'client_session_not_found', 'Could not find client session')
      return { client_session: fake.store.toClientSession(session) }
    }
    case 'POST /_fake/sessions/revoke':
    case 'POST /_fake/sessions/expire': {
      const id = sessionIdFrom(jsonBody(req))
      const session = req.path.endsWith('revoke') ? fake.store.revokeSession(id) : fake.store.expireSession(id)
      if (!session) throw new SeamError(404, 'client_session_not_found', 'Could not find client session')
      return { client_session: fake.store.toClientSession(session) }
    }
    default:
      throw new SeamError(404, 'not_found', `No fake hook ${route}`)
  }
}
