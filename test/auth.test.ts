/**
 * Seam's per-route credential rules, enforced at the edge before any upstream call:
 * only get takes a client session token; only create and get_or_create take a publishable
 * key; everything else needs an API key, a PAT or a console session with `seam-workspace`.
 */
import { describe, expect, test } from 'vitest'
import { useGateway } from './helpers/fixture.ts'

const { gateway, upstream: fake } = useGateway({ vars: { CACHE_TTL_SECONDS: '0' } })

type Kind = 'api_key' | 'pat' | 'console' | 'cst' | 'cst_header' | 'publishable_key'

const headersFor = (kind: Kind): Record<string, string> => {
  const seed = fake.seed
  switch (kind) {
    case 'api_key':
      return { authorization: `Bearer ${seed.apiKeys.one}` }
    case 'pat':
      return { authorization: `Bearer ${seed.personalAccessTokens.one}`, 'seam-workspace': seed.workspaces.one.id }
    case 'console':
      return { authorization: `Bearer ${seed.consoleSessionTokens.one}`, 'seam-workspace': seed.workspaces.one.id }
    case 'cst':
      return { authorization: `Bearer ${seed.sessions.demo.token}`, 'client-session-token': seed.sessions.demo.token }
    case 'cst_header':
      return { 'seam-client-session-token': seed.sessions.demo.token }
    case 'publishable_key':
      return { 'seam-publishable-key': seed.publishableKeys.one }
  }
}

/** A body each route accepts, so only the credential decides. */
const bodies: Record<string, (kind: Kind) => Record<string, unknown>> = {
  create: () => ({ user_identifier_key: `user_${Math.random().toString(36).slice(2)}` }),
  // A client session token asks for its own session; anyone else names one.
  get: (kind) => (kind.startsWith('cst') ? {} : { client_session_id: fake.seed.sessions.demo.id }),
  get_or_create: () => ({ user_identifier_key: 'demo_user' }),
  grant_access: () => ({
    client_session_id: fake.seed.sessions.demo.id,
    connected_account_ids: ['demo_connected_account_2'],
  }),
  list: () => ({}),
  revoke: () => ({ client_session_id: fake.seed.sessions.demo.id }),
  delete: () => ({ client_session_id: fake.seed.sessions.demo.id }),
}

const allowed: Record<string, Kind[]> = {
  create: ['api_key', 'pat', 'console', 'publishable_key'],
  get: ['api_key', 'pat', 'console', 'cst', 'cst_header'],
  get_or_create: ['api_key', 'pat', 'console', 'publishable_key'],
  grant_access: ['api_key', 'pat', 'console'],
  list: ['api_key', 'pat', 'console'],
  revoke: ['api_key', 'pat', 'console'],
  delete: ['api_key', 'pat', 'console'],
}
const kinds: Kind[] = ['api_key', 'pat', 'console', 'cst', 'cst_header', 'publishable_key']

const send = (route: string, headers: Record<string, string>, body: Record<string, unknown>) =>
  gateway.fetch(`/client_sessions/${route}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

describe.each(Object.keys(allowed))('/client_sessions/%s', (route) => {
  test.each(kinds)('with %s', async (kind) => {
    const res = await send(route, headersFor(kind), bodies[route]?.(kind) ?? {})
    const body = await res.json()
    if (allowed[route]?.includes(kind)) {
      expect(res.status, JSON.stringify(body)).toBe(200)
      expect(fake.calls).toHaveLength(1)
    } else {
      expect(res.status).toBe(401)
      expect(body).toMatchObject({ error: { type: 'unauthorized' }, ok: false })
      expect(fake.calls).toHaveLength(0)
    }
  })

  test('with no credential → 401, no upstream call', async () => {
    const res = await send(route, {}, bodies[route]?.('api_key') ?? {})
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ error: { type: 'unauthorized' }, ok: false })
    expect(fake.calls).toHaveLength(0)
  })
})

describe('credential edge cases', () => {
  test('the credential is checked before the input: 401 wins over 400', async () => {
    const res = await send('revoke', headersFor('publishable_key'), { nonsense: true })
    expect(res.status).toBe(401)
  })

  test('two different client session tokens → 401, no upstream call', async () => {
    const res = await send(
      'get',
      {
        authorization: `Bearer ${fake.seed.sessions.demo.token}`,
        'client-session-token': fake.seed.sessions.revoked.token,
      },
      {},
    )
    expect(res.status).toBe(401)
    expect(fake.calls).toHaveLength(0)
  })

  test('a PAT without seam-workspace → 401, no upstream call', async () => {
    const res = await send('list', { authorization: `Bearer ${fake.seed.personalAccessTokens.one}` }, {})
    expect(res.status).toBe(401)
    expect(fake.calls).toHaveLength(0)
  })

  test('a publishable key sent as a bearer token → 401, no upstream call', async () => {
    const res = await send('create', { authorization: `Bearer ${fake.seed.publishableKeys.one}` }, {})
    expect(res.status).toBe(401)
    expect(fake.calls).toHaveLength(0)
  })

  test('only the recognised credential goes upstream', async () => {
    const res = await send(
      'get',
      { ...headersFor('api_key'), 'seam-publishable-key': fake.seed.publishableKeys.one },
      {
        client_session_id: fake.seed.sessions.demo.id,
      },
    )
    expect(res.status).toBe(200)
    expect(fake.calls[0]?.headers['seam-publishable-key']).toBeUndefined()
  })

  test('an API key the upstream does not know gets the upstream 401', async () => {
    const res = await send('list', { authorization: 'Bearer seam_not_a_real_key' }, {})
    expect(res.status).toBe(401)
    expect(fake.calls).toHaveLength(1)
  })

  test('a revoked session token gets 401 from the upstream', async () => {
    const res = await send('get', { 'client-session-token': fake.seed.sessions.revoked.token }, {})
    expect(res.status).toBe(401)
    expect((await res.json()).error.type).toBe('client_session_revoked')
  })
})
