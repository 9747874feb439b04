/**
 * The credential rule (src/client-sessions/credentials.ts), in process: which kind a request's
 * headers carry, which headers go upstream, and when the gateway answers 401 itself.
 * test/auth.test.ts checks the same rule route by route through the bundle.
 */
import { describe, expect, test } from 'vitest'
import { readCredential, requireCredential } from '../../src/credentials.ts'
import { SeamError } from '../../src/errors.ts'

const API_KEY = 'seam_apikey1_token'
const PAT = 'seam_at1_token'
const CONSOLE = 'eyJhbGciOiJIUzI1NiJ9.console.session'
const CST = 'seam_cst1_token'
const OTHER_CST = 'seam_cst2_token'
const PK = 'seam_pk1_token'
const WORKSPACE = 'ws_1'

const read = (headers: Record<string, string>, rule?: 'client-session' | 'pass-through') =>
  readCredential(new Headers(headers), rule)

/** The SeamError a call throws (fails the test when it throws nothing or something else). */
function refusal(call: () => unknown): SeamError {
  try {
    call()
  } catch (err) {
    expect(err).toBeInstanceOf(SeamError)
    return err as SeamError
  }
  throw new Error('expected a 401, got a credential')
}

describe('readCredential: the kind, the forwarded headers, the identity', () => {
  test('an API key: only Authorization goes upstream, whatever else was sent', () => {
    expect(read({ authorization: `Bearer ${API_KEY}`, cookie: 'a=b', 'x-forwarded-for': '1.2.3.4' })).toEqual({
      kind: 'api_key',
      headers: { authorization: `Bearer ${API_KEY}` },
      identity: `api_key:${API_KEY}:`,
    })
  })

  test('the Bearer scheme is case-insensitive and surrounding spaces are trimmed', () => {
    const credential = read({ authorization: `  bearer ${API_KEY} ` })
    expect(credential?.kind).toBe('api_key')
    expect(credential?.identity).toBe(`api_key:${API_KEY}:`)
  })

  test('a personal access token and a console session token carry their workspace, in the identity too', () => {
    for (const [token, kind] of [
      [PAT, 'personal_access_token'],
      [CONSOLE, 'console_session'],
    ] as const) {
      expect(read({ authorization: `Bearer ${token}`, 'seam-workspace': WORKSPACE })).toEqual({
        kind,
        headers: { authorization: `Bearer ${token}`, 'seam-workspace': WORKSPACE },
        identity: `${kind}:${token}:${WORKSPACE}`,
      })
    }
    // The same token in another workspace is another identity (another cache entry).
    expect(read({ authorization: `Bearer ${PAT}`, 'seam-workspace': 'ws_2' })?.identity).not.toBe(
      read({ authorization: `Bearer ${PAT}`, 'seam-workspace': WORKSPACE })?.identity,
    )
  })

  test('a client session token, from Authorization or either CST header, is one identity', () => {
    const identities = [
      read({ authorization: `Bearer ${CST}` }),
      read({ 'client-session-token': CST }),
      read({ 'seam-client-session-token': CST }),
      read({ authorization: `Bearer ${CST}`, 'client-session-token': CST, 'seam-client-session-token': CST }),
    ].map((c) => [c?.kind, c?.identity])
    expect(identities).toEqual(Array(4).fill(['client_session_token', `cst:${CST}`]))
    // Every header that carried it goes upstream, and nothing else.
    expect(read({ authorization: `Bearer ${CST}`, 'client-session-token': CST, 'seam-workspace': WORKSPACE })).toEqual({
      kind: 'client_session_token',
      headers: { authorization: `Bearer ${CST}`, 'client-session-token': CST },
      identity: `cst:${CST}`,
    })
  })

  test('a publishable key in its own header', () => {
    expect(read({ 'seam-publishable-key': PK })).toEqual({
      kind: 'publishable_key',
      headers: { 'seam-publishable-key': PK },
      identity: `publishable_key:${PK}`,
    })
  })

  test('no credential, an empty one, or another scheme → null', () => {
    expect(read({})).toBeNull()
    expect(read({ authorization: 'Bearer ', 'client-session-token': ' ', 'seam-publishable-key': '' })).toBeNull()
    expect(read({ authorization: `Basic ${btoa('user:pass')}` })).toBeNull()
    expect(read({ authorization: `Bearer ${API_KEY} extra` })).toBeNull()
  })
})

describe('readCredential: contradictions are 401 on client-session routes, Seam judges them on pass-through', () => {
  test('two different client session tokens', () => {
    const headers = { authorization: `Bearer ${CST}`, 'client-session-token': OTHER_CST }
    const err = refusal(() => read(headers))
    expect([err.status, err.type, err.message]).toEqual([401, 'unauthorized', 'Conflicting client session tokens.'])
    expect(read(headers, 'pass-through')).toMatchObject({
      kind: 'client_session_token',
      headers: { authorization: `Bearer ${CST}`, 'client-session-token': OTHER_CST },
    })
  })

  test('a publishable key sent as a Bearer token', () => {
    const err = refusal(() => read({ authorization: `Bearer ${PK}` }))
    expect([err.status, err.message]).toEqual([401, 'A publishable key goes in the seam-publishable-key header.'])
    expect(read({ authorization: `Bearer ${PK}` }, 'pass-through')?.headers).toEqual({ authorization: `Bearer ${PK}` })
  })

  test('a workspace-bound token without seam-workspace', () => {
    expect(refusal(() => read({ authorization: `Bearer ${PAT}` })).message).toBe(
      'A personal access token needs the seam-workspace header.',
    )
    expect(refusal(() => read({ authorization: `Bearer ${CONSOLE}` })).message).toBe(
      'A console session token needs the seam-workspace header.',
    )
    // /workspaces/list takes a PAT with no workspace: forwarded as sent.
    expect(read({ authorization: `Bearer ${PAT}` }, 'pass-through')).toEqual({
      kind: 'personal_access_token',
      headers: { authorization: `Bearer ${PAT}` },
      identity: `personal_access_token:${PAT}:`,
    })
  })

  test('an error message never repeats the credential it refused', () => {
    const contradictions: Record<string, string>[] = [
      { authorization: `Bearer ${CST}`, 'client-session-token': OTHER_CST },
      { authorization: `Bearer ${PK}` },
      { authorization: `Bearer ${PAT}` },
    ]
    for (const headers of contradictions) {
      const { message } = refusal(() => read(headers))
      for (const secret of [CST, OTHER_CST, PK, PAT]) expect(message).not.toContain(secret)
    }
  })
})

describe('requireCredential', () => {
  const backend = ['api_key', 'personal_access_token', 'console_session'] as const

  test('a kind the route takes is returned', () => {
    expect(requireCredential(new Headers({ authorization: `Bearer ${API_KEY}` }), backend).kind).toBe('api_key')
  })

  test('none at all → 401 that says so', () => {
    const err = refusal(() => requireCredential(new Headers(), backend))
    expect([err.status, err.type, err.message]).toEqual([
      401,
      'unauthorized',
      'Unauthorized: no Seam credential was sent.',
    ])
  })

  test('a kind the route does not take → 401 naming the kind', () => {
    expect(refusal(() => requireCredential(new Headers({ 'client-session-token': CST }), backend)).message).toBe(
      'This route does not accept a client session token.',
    )
    expect(refusal(() => requireCredential(new Headers({ 'seam-publishable-key': PK }), backend)).message).toBe(
      'This route does not accept a publishable key.',
    )
  })

  test('always under the client-session rule: contradictions are refused before the kind is checked', () => {
    const headers = new Headers({ authorization: `Bearer ${CST}`, 'seam-client-session-token': OTHER_CST })
    expect(refusal(() => requireCredential(headers, ['client_session_token'])).message).toBe(
      'Conflicting client session tokens.',
    )
  })
})
