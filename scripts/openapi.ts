/**
 * Writes src/openapi.generated.json: the gateway's OpenAPI 3.1 document, built from the very zod
 * schemas the routes validate with (`z.toJSONSchema`), their methods, credential rules and
 * summaries (the rows of `ROUTES`), the gateway's own paths (src/gateway-paths.ts), and the webhook schemas. Then writes dist-assets/ (git-ignored), the static files
 * wrangler.toml's `[assets]` serves at GET /openapi.json and GET /docs (issue 15): the document
 * minified, the reference page rendered from it (src/docs/page.ts) and `_headers` with their
 * headers. Cloudflare answers those two paths without running the worker, so neither the
 * document nor the page renderer (nor zod's JSON Schema code) is in the edge bundle.
 *
 *   node scripts/openapi.ts            write the document and the assets (`npm run build` runs this first)
 *   node scripts/openapi.ts --check    exit 1 when the committed document is stale
 *   node scripts/openapi.ts --assets   write only the assets, from the committed document (what
 *                                      `npm test`, `npm start`, `npm run dev` and the bench run
 *                                      before wrangler: its [assets] directory must exist)
 *   --out <path>                       write the document to another file (no assets)
 *
 * src/ is written in the dialect Node's type stripping runs (`.ts` imports, no parameter
 * properties), so its modules are imported as they are, with no loader hook. Answers the gateway builds without a zod schema (the
 * error envelope, /token, webhook acknowledgements) are described in src/docs/schemas.ts.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as z from 'zod/mini'
import { writeAtomically } from './write-atomically.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SRC_URL = new URL('../src/', import.meta.url).href
const DEFAULT_OUT = fileURLToPath(new URL('../src/openapi.generated.json', import.meta.url))
const BIOME = fileURLToPath(new URL('../node_modules/.bin/biome', import.meta.url))
/** wrangler.toml's `[assets] directory`. */
const ASSETS_DIR = fileURLToPath(new URL('../dist-assets', import.meta.url))
/** The document changes only with a deploy; five minutes keeps a new one visible soon after. */
const DOCS_MAX_AGE_SECONDS = 300

type Json = Record<string, unknown>
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
type CredentialKind =
  | 'api_key'
  | 'personal_access_token'
  | 'console_session'
  | 'client_session_token'
  | 'publishable_key'
/** The parts of src/client-sessions/routes.ts `RouteSpec` the document reads. */
interface RouteSpec {
  name: string
  methods: readonly Method[]
  schema: z.ZodMiniType
  queryShape?: { arrays?: readonly string[]; booleans?: readonly string[]; nullables?: readonly string[] }
  accepts: readonly CredentialKind[]
  effect: 'read' | 'cached-read' | 'store' | 'invalidate'
}
/** src/client-sessions/route-docs.ts: each route's OpenAPI text, by route name. */
type RouteDocs = { summary: string; description?: string; answer: string }

/**
 * A module of src/, by a path the typechecker does not follow: src is typed for workerd
 * (tsconfig.json), this script for Node (tsconfig.node.json). The type links between the
 * documented answers and the code live in src/docs/schemas.ts, where workerd's types apply.
 */
// biome-ignore lint/suspicious/noExplicitAny: src modules are typed in src's own program, not this one.
const fromSrc = (path: string): Promise<Record<string, any>> => import(new URL(path, SRC_URL).href)

const { ROUTES } = (await fromSrc('client-sessions/routes.ts')) as { ROUTES: readonly RouteSpec[] }
const { ROUTE_DOCS } = (await fromSrc('client-sessions/route-docs.ts')) as { ROUTE_DOCS: Record<string, RouteDocs> }
const { clientSessionResource } = await fromSrc('client-sessions/resource.ts')
const answers = await fromSrc('docs/schemas.ts')
const { grantRequestSchema } = await fromSrc('webhooks/grant-request.ts')
const events = await fromSrc('webhooks/events.ts')
const { CLIENT_SESSIONS_PREFIX, TOKEN_PATH, HEALTH_PATH, OPENAPI_PATH, DOCS_PATH } = await fromSrc('gateway-paths.ts')
const { SEAM_WEBHOOK_PATH, GRANT_WEBHOOK_PATH } = await fromSrc('webhooks/routes.ts')
const { WEBHOOK_TOLERANCE_SECONDS } = await fromSrc('webhooks/verify.ts')
const { RATE_LIMIT_RETRY_AFTER_SECONDS } = await fromSrc('token/rate-limit.ts')
const { DOCS_STYLE, renderDocsPage } = await fromSrc('docs/page.ts')
const { REQUEST_ID_HEADER } = await fromSrc('middleware/request-context.ts')
const GRANT_EVENT_TYPES: readonly string[] = events.GRANT_EVENT_TYPES

// ── Component schemas, all from zod ──

const SCHEMA_IDS: Record<string, z.ZodMiniType> = {
  client_session: clientSessionResource,
  error: answers.errorEnvelope,
  client_session_answer: answers.clientSessionAnswer,
  client_sessions_answer: answers.clientSessionsAnswer,
  ok_answer: answers.okAnswer,
  health_answer: answers.healthAnswer,
  token_answer: answers.tokenAnswer,
  webhook_answer: answers.webhookAnswer,
  seam_event: events.eventEnvelopeSchema,
  seam_grant_event: events.grantEventSchema,
  seam_client_session_event: events.clientSessionEventSchema,
  grant_request: grantRequestSchema,
}

/**
 * The schemas' `.check(z.refine(…))` rules, which JSON Schema cannot get from zod: spelled out by
 * hand, next to the refine they describe (src/client-sessions/schemas.ts, src/webhooks/grant-request.ts).
 */
const REFINEMENTS: Record<string, Json> = {
  grant_access: {
    anyOf: [{ required: ['client_session_id'] }, { required: ['user_identifier_key'] }],
    description: 'client_session_id or user_identifier_key names the session.',
  },
  grant_request: {
    anyOf: [{ required: ['client_session_id'] }, { required: ['user_identifier_key'] }],
    description:
      'The session (client_session_id or user_identifier_key) and something to grant: a non-empty ' +
      'connected_account_ids or connect_webview_ids, or user_identity_id.',
  },
}

/** The formats JSON Schema 2020-12 defines (section 7.3) that the gateway's schemas can produce. */
const JSON_SCHEMA_FORMATS = new Set(['date-time', 'date', 'time', 'duration', 'email', 'uri', 'uuid', 'ipv4', 'ipv6'])

function componentSchemas(): Record<string, Json> {
  const registry = z.registry<{ id: string }>()
  const refined = new Map<unknown, Json>()
  const add = (schema: z.ZodMiniType, id: string, refinement = REFINEMENTS[id]) => {
    registry.add(schema, { id })
    if (refinement) refined.set(schema, refinement)
  }
  for (const route of ROUTES) add(route.schema, `client_sessions_${route.name}_params`, REFINEMENTS[route.name])
  for (const [id, schema] of Object.entries(SCHEMA_IDS)) add(schema, id)
  const { schemas } = z.toJSONSchema(registry, {
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
    override: ({ zodSchema, jsonSchema }) => {
      Object.assign(jsonSchema, refined.get(zodSchema))
      // zod puts its own 400-byte regex next to `format: date-time`; the format says the same.
      if (jsonSchema.format === 'date-time') delete jsonSchema.pattern
      // zod names some checks as formats JSON Schema does not have (`starts_with`); the pattern says it.
      if (typeof jsonSchema.format === 'string' && !JSON_SCHEMA_FORMATS.has(jsonSchema.format)) {
        delete jsonSchema.format
      }
    },
  }) as { schemas: Record<string, Json> }
  // Each schema is a part of one document: the dialect is the document's (jsonSchemaDialect).
  for (const schema of Object.values(schemas)) {
    delete schema.$schema
    delete schema.$id
  }
  // Code-point order, whatever the machine's locale: the same bytes everywhere.
  return Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

// ── Security: Seam's scheme names, and which credential kinds each route takes ──

const SECURITY_SCHEMES: Record<string, Json> = {
  api_key: { type: 'http', scheme: 'bearer', description: 'A Seam API key (`seam_…`).' },
  pat_with_workspace: {
    type: 'http',
    scheme: 'bearer',
    description: 'A Seam personal access token (`seam_at…`), with the `seam-workspace` header.',
  },
  console_session_with_workspace: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'A Seam Console session token, with the `seam-workspace` header.',
  },
  seam_workspace: {
    type: 'apiKey',
    in: 'header',
    name: 'seam-workspace',
    description: 'The workspace id a personal access token or console session acts in.',
  },
  client_session: {
    type: 'http',
    scheme: 'bearer',
    description: 'A client session token (`seam_cst…`) as the bearer token.',
  },
  client_session_token: {
    type: 'apiKey',
    in: 'header',
    name: 'client-session-token',
    description: 'A client session token in the header the Seam SDK sends.',
  },
  seam_client_session_token: {
    type: 'apiKey',
    in: 'header',
    name: 'seam-client-session-token',
    description: 'A client session token in its other header.',
  },
  publishable_key: {
    type: 'apiKey',
    in: 'header',
    name: 'seam-publishable-key',
    description: 'A Seam publishable key (`seam_pk…`).',
  },
  identity_jwt: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      "Your identity provider's token for the user (AUTH_JWT_SECRET or AUTH_JWKS_URL), with `exp` and `sub`.",
  },
  seam_webhook_signature: {
    type: 'apiKey',
    in: 'header',
    name: 'webhook-signature',
    description:
      'A Standard Webhooks (Svix) signature by SEAM_WEBHOOK_SECRET over `{webhook-id}.{webhook-timestamp}.{raw body}`; ' +
      '`svix-*` header names work too.',
  },
  grant_webhook_signature: {
    type: 'apiKey',
    in: 'header',
    name: 'webhook-signature',
    description:
      'A Standard Webhooks signature by GRANT_WEBHOOK_SECRET over `{webhook-id}.{webhook-timestamp}.{raw body}`.',
  },
}

/** Security requirements per credential kind: one alternative each, or several (a CST has three headers). */
const KIND_SECURITY: Record<CredentialKind, Json[]> = {
  api_key: [{ api_key: [] }],
  personal_access_token: [{ pat_with_workspace: [], seam_workspace: [] }],
  console_session: [{ console_session_with_workspace: [], seam_workspace: [] }],
  client_session_token: [{ client_session: [] }, { client_session_token: [] }, { seam_client_session_token: [] }],
  publishable_key: [{ publishable_key: [] }],
}

// ── Responses ──

const ref = (kind: 'schemas' | 'responses' | 'headers' | 'parameters', id: string) => ({
  $ref: `#/components/${kind}/${id}`,
})
const jsonContent = (schemaId: string) => ({ 'application/json': { schema: ref('schemas', schemaId) } })
const REQUEST_ID = { [REQUEST_ID_HEADER]: ref('headers', 'seam-request-id') }

function errorResponse(description: string, headers: Record<string, unknown> = {}): Json {
  return { description, headers: { ...REQUEST_ID, ...headers }, content: jsonContent('error') }
}

const RESPONSES: Record<string, Json> = {
  bad_request: errorResponse(
    '`invalid_input` (a parameter is missing, wrong or unknown: `validation_errors` names it; or the body is not a JSON object), ' +
      "`invalid_content_type` (a body that is not application/json), or Seam's own 400.",
  ),
  unauthorized: errorResponse(
    '`unauthorized`: no credential, one this route does not take, or one Seam refused (the SDK raises SeamHttpUnauthorizedError).',
  ),
  not_found: errorResponse("Seam's answer when it has no such client session (`client_session_not_found`)."),
  method_not_allowed: errorResponse('`method_not_allowed`: the path exists, the method does not.', {
    allow: { description: 'The methods this path takes.', schema: { type: 'string' } },
  }),
  payload_too_large: errorResponse('`payload_too_large`: the body is larger than BODY_LIMIT_BYTES.'),
  request_timeout: errorResponse(
    '`request_timeout`: the request body did not arrive in full within REQUEST_BODY_TIMEOUT_MS (default 10 s) of the first read.',
  ),
  rate_limited: errorResponse('`rate_limited`, or Seam rate limiting the call (passed through).', {
    'retry-after': ref('headers', 'retry-after'),
  }),
  bad_gateway: errorResponse(
    '`upstream_unavailable` (Seam could not be reached or answered 5xx) or `upstream_invalid_response`.',
  ),
  gateway_timeout: errorResponse('`upstream_timeout`: Seam did not answer within the deadline.'),
  idempotency_conflict: errorResponse(
    '`idempotency_request_in_progress`: the first request with this Idempotency-Key is still at Seam; or ' +
      "`idempotency_outcome_unknown`: it got no answer from Seam (timeout), so the key is held for 5 minutes: check the write's effect before retrying.",
    { 'retry-after': ref('headers', 'retry-after') },
  ),
  idempotency_key_reused: errorResponse(
    '`idempotency_key_reused`: this Idempotency-Key was used with another request (method, path, query or body).',
  ),
  idempotency_unavailable: errorResponse(
    '`idempotency_unavailable`: the coordinator that enforces Idempotency-Key could not be reached; retry.',
    { 'retry-after': ref('headers', 'retry-after') },
  ),
  passed_through: errorResponse(
    "Any other status is Seam's own answer, passed through unchanged (e.g. 403), or 500 `internal_server_error` " +
      '(the gateway is misconfigured; details in its log).',
  ),
}

const HEADERS: Record<string, Json> = {
  'seam-request-id': {
    description:
      "Seam's request id when Seam answered, else the gateway's own (`gw_…`). SDK errors carry it as requestId.",
    schema: { type: 'string' },
  },
  'retry-after': { description: 'Seconds to wait before retrying.', schema: { type: 'string' } },
  'idempotent-replayed': {
    description: '`true` when this is the stored first answer to the same Idempotency-Key and request, replayed.',
    schema: { type: 'string', enum: ['true'] },
  },
}

const ok = (description: string, content: Json, headers: Record<string, unknown> = {}): Json => ({
  description,
  headers: { ...REQUEST_ID, ...headers },
  content,
})

// ── Paths ──

const usesQuery = (method: Method) => method === 'GET' || method === 'DELETE'

/** GET/DELETE routes take their params as a query string, spelled the way the SDK's serializer spells them. */
function queryParameters(route: RouteSpec, params: Json): Json[] {
  const properties = (params.properties ?? {}) as Record<string, Json>
  const required = new Set((params.required ?? []) as string[])
  const shape = route.queryShape ?? {}
  const parameters: Json[] = Object.entries(properties).map(([name, schema]) => {
    const notes = [
      shape.nullables?.includes(name) ? 'An empty value means null.' : '',
      shape.arrays?.includes(name) ? 'Repeat the key per item; an empty value is an empty list.' : '',
    ].filter(Boolean)
    return {
      name,
      in: 'query',
      required: required.has(name),
      schema,
      ...(notes.length > 0 ? { description: notes.join(' ') } : {}),
    }
  })
  parameters.push(ref('parameters', '_strict'))
  return parameters
}

function clientSessionPaths(schemas: Record<string, Json>): Record<string, Json> {
  const paths: Record<string, Json> = {}
  for (const route of ROUTES) {
    const docs = ROUTE_DOCS[route.name]
    if (!docs)
      throw new Error(`scripts/openapi.ts: no docs for route ${route.name} in src/client-sessions/route-docs.ts`)
    const paramsId = `client_sessions_${route.name}_params`
    const params = schemas[paramsId] as Json
    const security = route.accepts.flatMap((kind) => {
      const requirements = KIND_SECURITY[kind]
      if (!requirements) throw new Error(`scripts/openapi.ts: no security scheme for credential kind ${kind}`)
      return requirements
    })
    const item: Json = {
      description: `Methods: ${route.methods.join(', ')} (any other answers 405 \`method_not_allowed\`).`,
    }
    for (const method of route.methods) {
      const query = usesQuery(method)
      const errors: Json = {
        400: ref('responses', 'bad_request'),
        401: ref('responses', 'unauthorized'),
        404: ref('responses', 'not_found'),
        ...(query ? {} : { 408: ref('responses', 'request_timeout'), 413: ref('responses', 'payload_too_large') }),
        429: ref('responses', 'rate_limited'),
        502: ref('responses', 'bad_gateway'),
        504: ref('responses', 'gateway_timeout'),
        default: ref('responses', 'passed_through'),
      }
      item[method.toLowerCase()] = {
        operationId: `client_sessions_${route.name}_${method.toLowerCase()}`,
        tags: ['client_sessions'],
        summary: docs.summary,
        description: [
          docs.description,
          query ? 'Parameters in the query string (SDK 2.x).' : 'Parameters in a JSON body; an empty body means none.',
        ]
          .filter(Boolean)
          .join(' '),
        security,
        ...(query
          ? { parameters: queryParameters(route, params) }
          : {
              requestBody: {
                required: ((params.required as string[] | undefined) ?? []).length > 0,
                content: jsonContent(paramsId),
              },
            }),
        responses: { 200: ok("Seam's answer, passed through.", jsonContent(docs.answer)), ...errors },
      }
      if (isWrite(route)) addIdempotency(item[method.toLowerCase()] as Json)
    }
    paths[`${CLIENT_SESSIONS_PREFIX}/${route.name}`] = item
  }
  return paths
}

/** The routes that take Idempotency-Key: every write (src/client-sessions/routes.ts mounts the middleware the same way). */
const isWrite = (route: RouteSpec) => route.effect === 'store' || route.effect === 'invalidate'

function addIdempotency(operation: Json): void {
  operation.parameters = [...((operation.parameters as Json[] | undefined) ?? []), ref('parameters', 'idempotency-key')]
  const responses = operation.responses as Json
  const success = responses[200] as Json
  success.headers = { ...(success.headers as Json), 'idempotent-replayed': ref('headers', 'idempotent-replayed') }
  responses[409] = ref('responses', 'idempotency_conflict')
  responses[422] = ref('responses', 'idempotency_key_reused')
  responses[503] = ref('responses', 'idempotency_unavailable')
}

const postOnly = '`POST` only (any other method answers 405 `method_not_allowed`).'
const staticFile =
  '`GET` (and HEAD). A static file, served by Cloudflare (Workers Static Assets) without running the worker: ' +
  "it carries no `seam-request-id` and writes no log line, and any other method gets Cloudflare's bare 405 " +
  "(with `Allow: GET, HEAD`), not Seam's error envelope."
const webhookHeaders = [ref('parameters', 'webhook-id'), ref('parameters', 'webhook-timestamp')]

function gatewayPaths(): Record<string, Json> {
  return {
    [TOKEN_PATH]: {
      description: postOnly,
      post: {
        operationId: 'token_post',
        tags: ['token'],
        summary: "Trade the user's identity token (JWT) for their client session token",
        description:
          'Verifies the JWT (pinned algorithm, `exp` and `sub` required, `iss`/`aud` when configured), then answers the ' +
          'session of `user_identifier_key` = `sub` (or its salted hash), reused while it has life left, renewed near ' +
          'expiry. No request body. Answers are `cache-control: no-store`.',
        security: [{ identity_jwt: [] }],
        responses: {
          200: ok('The token.', jsonContent('token_answer'), {
            'cache-control': { schema: { type: 'string', const: 'no-store' } },
          }),
          401: errorResponse('`unauthorized`: no JWT, or one that does not verify.', {
            'www-authenticate': { description: 'RFC 6750 Bearer challenge.', schema: { type: 'string' } },
          }),
          429: errorResponse(
            `\`rate_limited\`: too many token requests from this IP or user (Retry-After: ${RATE_LIMIT_RETRY_AFTER_SECONDS}), ` +
              'or Seam rate limiting the gateway.',
            { 'retry-after': ref('headers', 'retry-after') },
          ),
          502: errorResponse(
            "`upstream_unavailable`, `upstream_rejected` (Seam refused the gateway's own key) or `upstream_invalid_response`.",
          ),
          503: errorResponse(
            '`token_vending_not_configured` (SEAM_API_KEY or the JWT keys are not set), or ' +
              "`token_verification_unavailable` (the identity provider's key set cannot be fetched; with Retry-After).",
            { 'retry-after': ref('headers', 'retry-after') },
          ),
          504: ref('responses', 'gateway_timeout'),
          default: ref('responses', 'passed_through'),
        },
      },
    },
    [SEAM_WEBHOOK_PATH]: {
      description: postOnly,
      post: {
        operationId: 'webhooks_seam_post',
        tags: ['webhooks'],
        summary: "Seam's webhook: grant newly connected accounts to client sessions",
        description:
          `Point a Seam webhook here. Grant events (${GRANT_EVENT_TYPES.join(', ')}) grant the event's ` +
          'connected account to the session named by `connected_account_custom_metadata` (`client_session_id`, ' +
          "else `user_identifier_key`), else to every session holding the event's `connect_webview_id`. " +
          '`client_session.*` events drop that session from the cache. Other events are acknowledged and ignored. ' +
          `Deliveries are deduplicated on \`webhook-id\`; timestamps must be within ${WEBHOOK_TOLERANCE_SECONDS} s.`,
        security: [{ seam_webhook_signature: [] }],
        parameters: webhookHeaders,
        requestBody: {
          required: true,
          description: 'A Seam event, exactly as signed.',
          content: {
            'application/json': {
              schema: {
                anyOf: [
                  ref('schemas', 'seam_grant_event'),
                  ref('schemas', 'seam_client_session_event'),
                  ref('schemas', 'seam_event'),
                ],
              },
            },
          },
        },
        responses: webhookResponses(),
      },
    },
    [GRANT_WEBHOOK_PATH]: {
      description: postOnly,
      post: {
        operationId: 'webhooks_grants_post',
        tags: ['webhooks'],
        summary: "Your backend's signed grant: grant_access for one session",
        description:
          "Sign the body with GRANT_WEBHOOK_SECRET the Standard Webhooks way. Seam's refusal (404 no such " +
          'session, 400) comes back unchanged. Deduplicated on `webhook-id`.',
        security: [{ grant_webhook_signature: [] }],
        parameters: webhookHeaders,
        requestBody: { required: true, content: jsonContent('grant_request') },
        responses: { ...webhookResponses(), 404: ref('responses', 'not_found') },
      },
    },
    [HEALTH_PATH]: {
      description: '`GET` (and HEAD).',
      get: {
        operationId: 'health_get',
        tags: ['gateway'],
        summary: 'Liveness: the worker runs (Seam is not called)',
        security: [],
        responses: { 200: ok('Alive, and whether exactly-once decisions are enforced.', jsonContent('health_answer')) },
      },
    },
    [OPENAPI_PATH]: {
      description: staticFile,
      get: {
        operationId: 'openapi_get',
        tags: ['gateway'],
        summary: 'This document',
        security: [],
        responses: {
          200: { description: 'OpenAPI 3.1.', content: { 'application/json': { schema: { type: 'object' } } } },
        },
      },
    },
    [DOCS_PATH]: {
      description: staticFile,
      get: {
        operationId: 'docs_get',
        tags: ['gateway'],
        summary: 'This document as a reference page',
        security: [],
        responses: {
          200: { description: 'A self-contained HTML page.', content: { 'text/html': { schema: { type: 'string' } } } },
        },
      },
    },
  }
}

function webhookResponses(): Json {
  return {
    200: ok('Acknowledged: the grant is done, or there was nothing to do.', jsonContent('webhook_answer')),
    400: errorResponse(
      '`invalid_input`: the signed body is not JSON, not a Seam event, or misses a field the event needs.',
    ),
    401: errorResponse('`invalid_webhook_signature`: missing headers, stale timestamp or no matching signature.'),
    408: ref('responses', 'request_timeout'),
    413: ref('responses', 'payload_too_large'),
    503: errorResponse(
      '`webhook_not_configured` (the secret or SEAM_API_KEY is not set) or `upstream_unavailable` (Seam cannot grant ' +
        'now): the sender should retry the delivery.',
      { 'retry-after': ref('headers', 'retry-after') },
    ),
    default: ref('responses', 'passed_through'),
  }
}

const PARAMETERS: Record<string, Json> = {
  'idempotency-key': {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description:
      "Optional (IETF draft, Stripe's semantics): scoped to the credential; Seam's first answer is stored for 24 h and " +
      'replayed for the same request with `Idempotent-Replayed: true`; another request with the key → 422; while ' +
      'the first is in flight → 409. Edge refusals (400, 401, 413) are not stored.',
    schema: { type: 'string', minLength: 1, maxLength: 255 },
  },
  _strict: {
    name: '_strict',
    in: 'query',
    required: false,
    description: 'Added by the SDK to every query; accepted and ignored.',
    schema: { type: 'boolean' },
  },
  'webhook-id': {
    name: 'webhook-id',
    in: 'header',
    required: true,
    description: 'The message id, the same on every retry (or `svix-id`).',
    schema: { type: 'string', minLength: 1, maxLength: 256 },
  },
  'webhook-timestamp': {
    name: 'webhook-timestamp',
    in: 'header',
    required: true,
    description: 'Unix seconds the message was signed at (or `svix-timestamp`).',
    schema: { type: 'string', pattern: '^\\d{1,12}$' },
  },
}

function buildDocument(): Json {
  const version = (JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string }).version
  const schemas = componentSchemas()
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'seam-session-gateway',
      version,
      description:
        "Seam's client-session routes at the edge, with Seam's credential rules, validation and errors, plus token " +
        "vending and webhook-driven grants. Errors use Seam's envelope `{ error: { type, message, validation_errors?, " +
        'data? }, ok: false }`; every answer the worker gives carries `seam-request-id`. Other Seam routes are passed through to ' +
        'SEAM_ENDPOINT when PASS_THROUGH is on (not listed here). A gateway mounted under a path (BASE_PATH) answers every ' +
        'path below it, and the document it serves there names that path in `servers`.',
    },
    tags: [
      { name: 'client_sessions', description: 'Seam client sessions, mirrored: same paths, methods and bodies.' },
      { name: 'token', description: 'Token vending for browsers.' },
      { name: 'webhooks', description: 'Signed deliveries that grant access.' },
      { name: 'gateway', description: "The gateway's own routes." },
    ],
    paths: { ...clientSessionPaths(schemas), ...gatewayPaths() },
    components: {
      schemas,
      responses: RESPONSES,
      parameters: PARAMETERS,
      headers: HEADERS,
      securitySchemes: SECURITY_SCHEMES,
    },
  }
}

/**
 * The document as the project's formatter prints it, so `npm run lint` passes on the committed
 * file and `npm run format` leaves it as generated (and the staleness check byte-exact).
 */
function serialize(document: Json): string {
  const formatted = spawnSync(BIOME, ['format', `--stdin-file-path=${DEFAULT_OUT}`], {
    input: JSON.stringify(document),
    encoding: 'utf8',
  })
  if (formatted.status !== 0) throw new Error(`biome format failed: ${formatted.stderr}`)
  return formatted.stdout
}

/** The reference page's Content-Security-Policy: nothing but its own inline style, by hash. */
function docsPolicy(): string {
  const styleHash = createHash('sha256').update(DOCS_STYLE).digest('base64')
  // No script, no fetch, no frame, no form.
  return `default-src 'none'; style-src 'sha256-${styleHash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`
}

/** Every header of the two static answers (Cloudflare adds ETag and answers If-None-Match with 304). */
function assetHeaders(): Record<string, Record<string, string>> {
  const common = {
    'Cache-Control': `public, max-age=${DOCS_MAX_AGE_SECONDS}`,
    'X-Content-Type-Options': 'nosniff',
    // The asset server answers other methods with a bare 405; these rules apply to it too.
    Allow: 'GET, HEAD',
  }
  return {
    [OPENAPI_PATH]: {
      // The asset server would say `application/json` (from the extension); the worker said this.
      'Content-Type': 'application/json; charset=utf-8',
      ...common,
      'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    },
    [DOCS_PATH]: {
      'Content-Type': 'text/html; charset=utf-8',
      ...common,
      'Content-Security-Policy': docsPolicy(),
      'Referrer-Policy': 'no-referrer',
    },
  }
}

/**
 * dist-assets/: openapi.json (the document minified, the bytes the worker used to serve),
 * docs.html (served at /docs: Cloudflare's default html_handling drops the extension) and
 * _headers. Each file is written beside its target and renamed into place, so nothing ever reads
 * a half-written file, and the demo page's files (scripts/demo-build.ts) in the same directory stay.
 */
function writeAssets(documentText: string): void {
  const document = JSON.parse(documentText) as Json
  mkdirSync(ASSETS_DIR, { recursive: true })
  const rules = Object.entries(assetHeaders()).map(
    ([path, headers]) =>
      `${path}\n${Object.entries(headers)
        .map(([name, value]) => `  ${name}: ${value}\n`)
        .join('')}`,
  )
  const files: [string, string][] = [
    [OPENAPI_PATH, JSON.stringify(document)],
    // Relative, so the link still works when the gateway sits under a path prefix.
    [`${DOCS_PATH}.html`, renderDocsPage(document, `.${OPENAPI_PATH}`)],
    ['/_headers', rules.join('')],
  ]
  for (const [name, text] of files) writeAtomically(`${ASSETS_DIR}${name}`, text)
}

function main(args: string[]): number {
  if (args.includes('--assets')) {
    writeAssets(readFileSync(DEFAULT_OUT, 'utf8'))
    return 0
  }
  const outIndex = args.indexOf('--out')
  const out = outIndex === -1 ? DEFAULT_OUT : (args[outIndex + 1] ?? DEFAULT_OUT)
  const text = serialize(buildDocument())
  if (args.includes('--check')) {
    let current = ''
    try {
      current = readFileSync(out, 'utf8')
    } catch {}
    if (current === text) return 0
    console.error(`${out} is stale: run \`node scripts/openapi.ts\` (or \`npm run build\`) and commit it.`)
    return 1
  }
  writeFileSync(out, text)
  // Only the real build writes the assets: a test's --out run must not touch what Miniflare serves.
  if (outIndex === -1) writeAssets(text)
  return 0
}

process.exitCode = main(process.argv.slice(2))
