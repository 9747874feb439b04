/**
 * An identity provider over node:http: its key set (mutable keys, a hit counter, injectable
 * failures) and, when asked, its OpenID Connect discovery document, each at the path the
 * provider uses. `routeHosts` lets the gateway in workerd reach it under the provider's real
 * https host names (as DNS pointing them here would), for the identity-provider tests.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export const JWKS_PATH = '/.well-known/jwks.json'
export const DISCOVERY_SUFFIX = '/.well-known/openid-configuration'

export interface JwksServerOptions {
  /** Where the key set is served (default JWKS_PATH). */
  jwksPath?: string
  /**
   * Serve a discovery document at `{issuerPath}/.well-known/openid-configuration`. Its `issuer`
   * defaults to this server's origin + issuerPath, its `jwks_uri` to the local key set URL.
   */
  discovery?: { issuerPath?: string; issuer?: string; jwksUri?: string; extra?: Record<string, unknown> }
}

export interface JwksServer {
  /** `http://127.0.0.1:PORT`. */
  origin: string
  /** URL of the key set document. */
  url: string
  /** The issuer the discovery document names (undefined without discovery). */
  issuer: string | undefined
  /** How many times the key set was fetched. */
  hits(): number
  /** How many times the discovery document was fetched. */
  discoveryHits(): number
  setKeys(keys: Record<string, unknown>[]): void
  /** Answer every key-set fetch with this status (and a non-JSON body) until cleared with null. */
  fail(status: number | null): void
  /** Answer every discovery fetch with this status (`'hang'`: never answer) until cleared with null. */
  failDiscovery(status: number | 'hang' | null): void
  /** Replace the discovery document's text (a wrong issuer, an oversize body); null restores it. */
  setDiscoveryBody(body: string | null): void
  close(): Promise<void>
}

export async function startJwksServer(
  keys: Record<string, unknown>[],
  options: JwksServerOptions = {},
): Promise<JwksServer> {
  const jwksPath = options.jwksPath ?? JWKS_PATH
  let current = keys
  let failure: number | null = null
  let discoveryFailure: number | 'hang' | null = null
  let discoveryBody: string | null = null
  let hits = 0
  let discoveryHits = 0
  const discoveryPath = options.discovery
    ? `${(options.discovery.issuerPath ?? '').replace(/\/+$/, '')}${DISCOVERY_SUFFIX}`
    : null
  let discoveryDocument = ''
  const server = createServer((req, res) => {
    if (discoveryPath !== null && req.url === discoveryPath) {
      discoveryHits++
      if (discoveryFailure === 'hang') return
      if (discoveryFailure !== null) {
        res.writeHead(discoveryFailure, { 'content-type': 'text/plain' }).end('identity provider down')
        return
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(discoveryBody ?? discoveryDocument)
      return
    }
    if (req.url !== jwksPath) {
      res.writeHead(404).end()
      return
    }
    hits++
    if (failure !== null) {
      res.writeHead(failure, { 'content-type': 'text/plain' }).end('identity provider down')
      return
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: current }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  const url = `${origin}${jwksPath}`
  let issuer: string | undefined
  if (options.discovery) {
    issuer = options.discovery.issuer ?? `${origin}${options.discovery.issuerPath ?? ''}`
    discoveryDocument = JSON.stringify({
      issuer,
      jwks_uri: options.discovery.jwksUri ?? url,
      response_types_supported: ['code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      ...options.discovery.extra,
    })
  }
  return {
    origin,
    url,
    issuer,
    hits: () => hits,
    discoveryHits: () => discoveryHits,
    setKeys: (next) => {
      current = next
    },
    fail: (status) => {
      failure = status
    },
    failDiscovery: (status) => {
      discoveryFailure = status
    },
    setDiscoveryBody: (body) => {
      discoveryBody = body
    },
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/**
 * An outbound handler for the gateway (startGateway's `outbound`): requests to `hosts` go to
 * `server` with their path unchanged; everything else (the fake Seam) goes where it was sent.
 */
export function routeHosts(hosts: string[], server: JwksServer): (request: Request) => Promise<Response> {
  return async (request) => {
    const target = new URL(request.url)
    if (!hosts.includes(target.hostname)) {
      const body = ['GET', 'HEAD'].includes(request.method) ? undefined : await request.arrayBuffer()
      return await fetch(request.url, { method: request.method, headers: request.headers, body, redirect: 'manual' })
    }
    if (target.protocol !== 'https:') return new Response('provider hosts are https only', { status: 421 })
    return await fetch(`${server.origin}${target.pathname}${target.search}`, {
      method: request.method,
      headers: request.headers,
      redirect: 'manual',
    })
  }
}
