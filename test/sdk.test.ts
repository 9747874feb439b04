/**
 * The official SDK (`@seamapi/http` 2.x) through the gateway gives the same results, and the
 * same error classes, as against the upstream directly — for the project's fake (all seven
 * methods) and for Seam's own fake (the three routes it has).
 */
import {
  SeamHttp,
  SeamHttpApiError,
  SeamHttpClientSessions,
  SeamHttpInvalidInputError,
  SeamHttpUnauthorizedError,
} from '@seamapi/http'
import { describe, expect, test } from 'vitest'
import type { FakeSeam } from '../fake-seam/index.ts'
import { record } from './helpers/sdk-outcomes.ts'
import { useTwinFakes } from './helpers/twin-fakes.ts'
import type { SeamFake } from './helpers/upstreams.ts'

/** The error a promise rejects with, checked to be of `type`. */
async function rejection<T>(promise: Promise<unknown>, type: abstract new (...args: never[]) => T): Promise<T> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(type)
  return error as T
}

/** Generated ids, tokens and times differ between two servers; everything else must not. */
function normalize(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value ?? null)
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
      .replace(/seam_cst[A-Za-z0-9_]+/g, '<cst>')
      .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>'),
  )
}

const recordNormalized = (steps: Parameters<typeof record>[0]) => record(steps, normalize)

describe('against the project fake: all seven methods', () => {
  const { direct, behind, gateway } = useTwinFakes({ upstream: 'fake' })

  const scenario = (endpoint: string, seed: FakeSeam['seed']) => {
    const seam = SeamHttp.fromApiKey(seed.apiKeys.one, { endpoint })
    const cs = seam.clientSessions
    const ids: Record<string, string> = {}
    const later = new Date(Date.now() + 86_400_000).toISOString().replace(/\.\d+Z$/, '.000Z')
    return recordNormalized([
      [
        'create',
        async () => {
          const s = await cs.create({
            user_identifier_key: 'alice',
            connected_account_ids: ['demo_connected_account_1'],
          })
          ids.alice = s.client_session_id
          return s
        },
      ],
      ['create again (PUT returns the existing session)', () => cs.create({ user_identifier_key: 'alice' })],
      ['get by id', () => cs.get({ client_session_id: ids.alice as string })],
      ['get by user key', () => cs.get({ user_identifier_key: 'alice' })],
      ['get_or_create existing', () => cs.getOrCreate({ user_identifier_key: 'alice', expires_at: later })],
      ['get after get_or_create', () => cs.get({ client_session_id: ids.alice as string })],
      [
        'grant_access',
        () =>
          cs.grantAccess({
            client_session_id: ids.alice as string,
            connected_account_ids: ['demo_connected_account_2'],
          }),
      ],
      ['get after grant', () => cs.get({ user_identifier_key: 'alice' })],
      ['list by user key', () => cs.list({ user_identifier_key: 'alice' })],
      ['list without user key', () => cs.list({ without_user_identifier_key: true })],
      ['list with no webview (null)', () => cs.list({ connect_webview_id: null })],
      ['list all', () => cs.list()],
      ['revoke', () => cs.revoke({ client_session_id: ids.alice as string })],
      ['get after revoke', () => cs.get({ client_session_id: ids.alice as string })],
      ['delete', () => cs.delete({ client_session_id: ids.alice as string })],
      ['get after delete', () => cs.get({ client_session_id: ids.alice as string })],
      ['delete again', () => cs.delete({ client_session_id: ids.alice as string })],
      ['invalid expires_at', () => cs.create({ user_identifier_key: 'bob', expires_at: 'not a date' })],
      ['empty user key', () => cs.getOrCreate({ user_identifier_key: '' })],
      ['two user identity ids', () => cs.create({ user_identity_ids: ['a', 'b'] })],
      ['unknown session', () => cs.get({ client_session_id: 'no-such-session' })],
      [
        'another workspace',
        () =>
          SeamHttp.fromApiKey(seed.apiKeys.two, { endpoint }).clientSessions.get({
            client_session_id: seed.sessions.demo.id,
          }),
      ],
      [
        'bad api key',
        () =>
          SeamHttp.fromApiKey('seam_wrong_key', { endpoint }).clientSessions.get({
            client_session_id: seed.sessions.demo.id,
          }),
      ],
      [
        'own session by token',
        () => SeamHttp.fromClientSessionToken(seed.sessions.demo.token, { endpoint }).clientSessions.get(),
      ],
      [
        'revoked token',
        () => SeamHttp.fromClientSessionToken(seed.sessions.revoked.token, { endpoint }).clientSessions.get(),
      ],
      [
        'expired token',
        () => SeamHttp.fromClientSessionToken(seed.sessions.expired.token, { endpoint }).clientSessions.get(),
      ],
      [
        'token on list',
        () => SeamHttp.fromClientSessionToken(seed.sessions.demo.token, { endpoint }).clientSessions.list(),
      ],
      [
        'publishable key',
        async () => {
          const client = await SeamHttpClientSessions.fromPublishableKey(seed.publishableKeys.one, 'carol_9f2c', {
            endpoint,
          })
          return client.get()
        },
      ],
      [
        'personal access token',
        () =>
          SeamHttp.fromPersonalAccessToken(seed.personalAccessTokens.one, seed.workspaces.one.id, {
            endpoint,
          }).clientSessions.get({ user_identifier_key: 'demo_user' }),
      ],
      [
        'console session',
        () =>
          SeamHttp.fromConsoleSessionToken(seed.consoleSessionTokens.one, seed.workspaces.one.id, {
            endpoint,
          }).clientSessions.list({ user_identifier_key: 'demo_user' }),
      ],
    ])
  }

  test('every step gives the same result through the gateway as directly', async () => {
    const expected = await scenario(direct.url, direct.seed)
    const actual = await scenario(gateway.url, behind.seed)
    expect(actual).toEqual(expected)
    // The scenario is not vacuous: it saw successes, each error class, and the grant.
    expect(expected['get after grant']).toMatchObject({
      ok: { connected_account_ids: ['demo_connected_account_1', 'demo_connected_account_2'] },
    })
    expect(expected['invalid expires_at']).toMatchObject({
      error: { name: 'SeamHttpInvalidInputError', invalid: ['expires_at'] },
    })
    expect(expected['bad api key']).toMatchObject({ error: { name: 'SeamHttpUnauthorizedError', statusCode: 401 } })
    expect(expected['get after delete']).toMatchObject({
      error: { name: 'SeamHttpApiError', code: 'client_session_not_found' },
    })
  })

  test('errors carry the request id of whoever answered', async () => {
    const seam = SeamHttp.fromApiKey(behind.seed.apiKeys.one, { endpoint: gateway.url })
    const upstreamError = await rejection(seam.clientSessions.get({ client_session_id: 'missing' }), SeamHttpApiError)
    expect(upstreamError.requestId).toMatch(/\S/)
    const fromFake = behind.callsTo('/client_sessions/get').length
    expect(fromFake).toBeGreaterThan(0)

    const gatewayError = await rejection(seam.clientSessions.create({ expires_at: 'nope' }), SeamHttpInvalidInputError)
    expect(gatewayError.requestId).toMatch(/^gw_/)
    expect(gatewayError.getValidationErrorMessages('expires_at').length).toBeGreaterThan(0)

    const asToken = SeamHttp.fromClientSessionToken(behind.seed.sessions.demo.token, { endpoint: gateway.url })
    const unauthorized = await rejection(asToken.clientSessions.list(), SeamHttpUnauthorizedError)
    expect(unauthorized.requestId).toMatch(/^gw_/)
  })
})

describe("against Seam's own fake: create, get, get_or_create", () => {
  const { direct, behind, gateway } = useTwinFakes()

  const scenario = (endpoint: string, seed: SeamFake['seed']) => {
    const cs = SeamHttp.fromApiKey(seed.seam_apikey1_token, { endpoint }).clientSessions
    return recordNormalized([
      ['create', () => cs.create({ user_identifier_key: 'dave_7c1e' })],
      ['create again', () => cs.create({ user_identifier_key: 'dave_7c1e' })],
      ['get seeded by id', () => cs.get({ client_session_id: 'cst1' })],
      ['get seeded by user key', () => cs.get({ user_identifier_key: seed.john_user_identifier_key })],
      ['get unknown', () => cs.get({ client_session_id: 'cst999' })],
      [
        'own session by token',
        () => SeamHttp.fromClientSessionToken(seed.seam_cst1_token, { endpoint }).clientSessions.get(),
      ],
      [
        'bad key',
        () => SeamHttp.fromApiKey('seam_nope_1', { endpoint }).clientSessions.get({ client_session_id: 'cst1' }),
      ],
      [
        'publishable key get_or_create',
        async () => {
          const client = await SeamHttpClientSessions.fromPublishableKey(seed.seam_pk1_token, 'erin_5b3a', { endpoint })
          return client.get()
        },
      ],
      [
        'publishable key again',
        async () => {
          const client = await SeamHttpClientSessions.fromPublishableKey(seed.seam_pk1_token, 'erin_5b3a', { endpoint })
          return client.get()
        },
      ],
      ['wrong type', () => cs.create({ connected_account_ids: 'not-a-list' } as never)],
    ])
  }

  test('every step gives the same result through the gateway as directly', async () => {
    const expected = await scenario(direct.url, direct.seed)
    const actual = await scenario(gateway.url, behind.seed)
    expect(actual).toEqual(expected)
    expect(expected['get seeded by id']).toMatchObject({ ok: { client_session_id: 'cst1' } })
    expect(expected['bad key']).toMatchObject({ error: { name: 'SeamHttpUnauthorizedError' } })
  })

  // Seam's fake skips three checks that Seam's API documents (`format: date-time`,
  // `minLength: 1`, unknown parameters refused under `_strict`); the gateway holds to them.
  test.each([
    ['expires_at', { user_identifier_key: 'frank_1', expires_at: 'soon' }],
    ['user_identifier_key', { user_identifier_key: '' }],
    ['colour', { user_identifier_key: 'frank_2', colour: 'red' }],
  ])("known divergence: Seam's fake accepts a bad %s; the gateway does not", async (param, params) => {
    const viaFake = SeamHttp.fromApiKey(direct.seed.seam_apikey1_token, { endpoint: direct.url }).clientSessions
    await expect(viaFake.create(params as never)).resolves.toBeTruthy()
    const viaGateway = SeamHttp.fromApiKey(behind.seed.seam_apikey1_token, { endpoint: gateway.url }).clientSessions
    const error = await rejection(viaGateway.create(params as never), SeamHttpInvalidInputError)
    expect(error.getValidationErrorMessages(param).length).toBeGreaterThan(0)
  })
})
