/**
 * The OpenAPI text of each client-session route (summary, description, answer schema), one row per
 * row of ROUTES (./routes.ts), keyed and type-checked by route name so no route goes undocumented.
 * Beside the route table rather than in it: only scripts/openapi.ts reads this at build time, and
 * in the table these strings rode in the edge bundle on every request (issue 15's 44 KiB limit).
 */
import type { RouteName } from './routes.ts'

export interface RouteDocs {
  summary: string
  description?: string
  answer: 'client_session_answer' | 'client_sessions_answer' | 'ok_answer'
}

export const ROUTE_DOCS: Record<RouteName, RouteDocs> = {
  create: {
    summary: 'Create a client session',
    description:
      'With a publishable key, the session must be empty and needs a `user_identifier_key`. ' +
      'PUT is what SDK 1.x and 2.x send.',
    answer: 'client_session_answer',
  },
  get: {
    summary: 'Get a client session',
    description:
      "With a client session token and no parameters, answers the caller's own session. " +
      'Answers are cached at the edge (see the `cache-status` header).',
    answer: 'client_session_answer',
  },
  get_or_create: {
    summary: 'Get or create the client session of a user',
    description: 'Keyed on `user_identifier_key`; replaces the allowed account and webview lists when they are sent.',
    answer: 'client_session_answer',
  },
  grant_access: {
    summary: 'Grant a client session access to more accounts, webviews or a user identity',
    description: 'client_session_id or user_identifier_key names the session.',
    answer: 'client_session_answer',
  },
  list: { summary: 'List client sessions', answer: 'client_sessions_answer' },
  revoke: { summary: 'Revoke a client session', answer: 'ok_answer' },
  delete: { summary: 'Delete a client session', answer: 'ok_answer' },
}
