/**
 * The "directly vs through the gateway" fixture: `useTwinFakes({ upstream, vars })`, called at the
 * top of a `describe`, starts two upstreams holding the same seeded state and one gateway in front
 * of the second (`behind`); `direct` is the other, the one a test calls without the gateway.
 * Like `useGateway` (test/helpers/fixture.ts), it registers its own beforeAll/afterAll and returns
 * handles standing for the started ones, usable in tests and in hooks registered after the call.
 *
 * `upstream`: `'seam'` (default, Seam's `@seamapi/fake-seam-connect` as true twins:
 * `startTwinSeamFakes`), `'fake'` (two of the project's fakes, which seed deterministically) or
 * `'echo'` (two echo upstreams, test/helpers/echo-upstream.ts).
 * No reset between tests: a comparison runs the same calls on both twins in order.
 */
import { afterAll, beforeAll } from 'vitest'
import { type FakeSeam, startFakeSeam } from '../../fake-seam/index.ts'
import { type EchoUpstream, startEchoUpstream } from './echo-upstream.ts'
import { startedOne } from './fixture.ts'
import { type Gateway, startGateway } from './gateway.ts'
import { type SeamFake, startTwinSeamFakes } from './upstreams.ts'

interface TwinOfKind {
  seam: SeamFake
  fake: FakeSeam
  echo: EchoUpstream
}
type TwinKind = keyof TwinOfKind

const START_TWINS: { [K in TwinKind]: () => Promise<[TwinOfKind[K], TwinOfKind[K]]> } = {
  seam: startTwinSeamFakes,
  fake: async () => await Promise.all([startFakeSeam(), startFakeSeam()]),
  echo: async () => await Promise.all([startEchoUpstream(), startEchoUpstream()]),
}

export interface TwinFakes<U> {
  /** The twin the test calls directly. */
  direct: U
  /** The twin behind the gateway. */
  behind: U
  gateway: Gateway
}

export interface UseTwinFakesOptions<K extends TwinKind> {
  /** Default `'seam'`. */
  upstream?: K
  /** The gateway's vars besides SEAM_ENDPOINT, which is always the `behind` twin's URL. */
  vars?: Record<string, string>
}

export function useTwinFakes<K extends TwinKind = 'seam'>(
  options: UseTwinFakesOptions<K> = {},
): TwinFakes<TwinOfKind[K]> {
  const { upstream = 'seam' as K, vars = {} } = options
  let direct: TwinOfKind[K] | undefined
  let behind: TwinOfKind[K] | undefined
  let gateway: Gateway | undefined
  beforeAll(async () => {
    ;[direct, behind] = await START_TWINS[upstream]()
    gateway = await startGateway({ vars: { ...vars, SEAM_ENDPOINT: behind.url } })
  })
  afterAll(async () => {
    await Promise.all([gateway?.close(), direct?.close(), behind?.close()])
  })
  return {
    direct: startedOne('direct twin', () => direct),
    behind: startedOne('twin behind the gateway', () => behind),
    gateway: startedOne('gateway', () => gateway),
  }
}

/** Two of Seam's twin fakes differ only in their base URL, the webview host each makes up, and the times they stamp. */
export const twinNormalizer = (fakeUrl: string) => (value: unknown) =>
  JSON.parse(
    JSON.stringify(value ?? null)
      .replaceAll(fakeUrl, '<fake>')
      .replace(/https:\/\/[a-z0-9]+\.fakeseamconnect\.seam\.vc\//g, '<webview-host>/')
      .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>'),
  )
