/**
 * The one fixture of the black-box tests: `useGateway({ upstream, vars })`, called at the top of a
 * file or of a `describe`, registers that scope's hooks itself:
 * - beforeAll: starts the upstream, then the real deploy bundle (`startGateway`) pointed at it
 *   (SEAM_ENDPOINT is the upstream's URL unless `vars` says otherwise);
 * - beforeEach: resets the upstream (the project's fake back to its seed: calls, store, faults and
 *   latency; the echo upstream's calls and answer), unless `reset: false`;
 * - afterAll: closes the gateway, then the upstream.
 *
 * It returns `{ gateway, upstream }`, each standing for the started one: usable in tests and in
 * hooks registered after the call (hooks run in the order they are registered), not at module load,
 * where they throw saying so. A test keeps writing `gateway.fetch(…)` and `fake.calls`.
 *
 * `upstream` is what the gateway talks to: `'fake'` (default, fake-seam/), `'seam'` (Seam's own
 * `@seamapi/fake-seam-connect`, which has no reset), `'echo'` (test/helpers/echo-upstream.ts), or an
 * upstream handle another `useGateway` owns (a second gateway on the same upstream, with other
 * vars: this fixture then neither resets nor closes it).
 *
 * @example
 * const { gateway, upstream: fake } = useGateway({ vars: (fake) => ({ SEAM_API_KEY: fake.seed.apiKeys.one }) })
 */
import { afterAll, beforeAll, beforeEach } from 'vitest'
import { type FakeSeam, startFakeSeam } from '../../fake-seam/index.ts'
import { type EchoUpstream, startEchoUpstream } from './echo-upstream.ts'
import { type Gateway, type GatewayOptions, startGateway } from './gateway.ts'
import { type SeamFake, startSeamFake } from './upstreams.ts'

export type UpstreamKind = 'fake' | 'seam' | 'echo'

interface UpstreamOfKind {
  fake: FakeSeam
  seam: SeamFake
  echo: EchoUpstream
}

/** What the gateway is pointed at: a kind this fixture starts, or a started upstream it only borrows. */
export type UpstreamChoice = UpstreamKind | { url: string }
export type UpstreamFor<C extends UpstreamChoice> = C extends UpstreamKind ? UpstreamOfKind[C] : C

export interface UseGatewayOptions<C extends UpstreamChoice> extends Omit<GatewayOptions, 'vars'> {
  /** Default `'fake'`. */
  upstream?: C
  /** The gateway's vars, or a function of the started upstream giving them. SEAM_ENDPOINT defaults to its URL. */
  vars?: Record<string, string> | ((upstream: UpstreamFor<C>) => Record<string, string>)
  /** Set to false to keep the upstream's state from one test to the next (default: reset before each). */
  reset?: boolean
}

export interface GatewayFixture<U> {
  gateway: Gateway
  upstream: U
}

const START: { [K in UpstreamKind]: () => Promise<UpstreamOfKind[K]> } = {
  fake: startFakeSeam,
  seam: startSeamFake,
  echo: startEchoUpstream,
}

/** Seam's fake has no reset: a file that needs a clean one starts its own. */
const RESET: { [K in UpstreamKind]: (upstream: UpstreamOfKind[K]) => void } = {
  fake: (fake) => fake.reset(),
  seam: () => {},
  echo: (echo) => echo.reset(),
}

export function useGateway<C extends UpstreamChoice = 'fake'>(
  options: UseGatewayOptions<C> = {},
): GatewayFixture<UpstreamFor<C>> {
  const { upstream: choice = 'fake' as C, vars = {}, reset = true, ...gatewayOptions } = options
  const owned = typeof choice === 'string'
  let upstream: UpstreamFor<C> | undefined
  let gateway: Gateway | undefined

  beforeAll(async () => {
    upstream = (owned ? await START[choice as UpstreamKind]() : choice) as UpstreamFor<C>
    const given = typeof vars === 'function' ? vars(upstream) : vars
    gateway = await startGateway({ ...gatewayOptions, vars: { SEAM_ENDPOINT: upstream.url, ...given } })
  })
  if (owned && reset) {
    beforeEach(() => {
      const kind = choice as UpstreamKind
      ;(RESET[kind] as (u: unknown) => void)(upstream)
    })
  }
  afterAll(async () => {
    try {
      await gateway?.close()
    } finally {
      if (owned) await (upstream as { close(): Promise<void> } | undefined)?.close()
    }
  })

  return {
    gateway: startedOne('gateway', () => gateway),
    // A borrowed upstream is already a handle of its own.
    upstream: owned
      ? (startedOne('upstream', () => upstream as object | undefined) as UpstreamFor<C>)
      : (choice as UpstreamFor<C>),
  }
}

/**
 * An object that forwards every property read and write to `current()`, the one started in
 * beforeAll, so a test file can name it at module level and use it once the hooks have run.
 */
export function startedOne<T extends object>(name: string, current: () => T | undefined): T {
  const target = (): T => {
    const started = current()
    if (started === undefined) {
      throw new Error(`useGateway(): the ${name} is not started yet; use it in a test or a hook registered after`)
    }
    return started
  }
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(target(), key),
    set: (_, key, value) => Reflect.set(target(), key, value),
    has: (_, key) => Reflect.has(target(), key),
  })
}
