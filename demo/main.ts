/**
 * The `/demo` page's script (bundled with the SDK by scripts/demo-build.ts): the whole browser
 * story through the gateway, on the page's own origin (no CORS needed).
 *
 *   JWT → POST /token → client session token → SeamHttp.fromClientSessionToken(…)
 *     → clientSessions.get → devices.list → locks.unlockDoor (waitForActionAttempt)
 *
 * Every call is listed with its status and the gateway's `Cache-Status` header. The SDK's calls
 * are seen through its own axios instance (`seam.client`), with interceptors: the SDK exposes no
 * response headers otherwise.
 */
import { SeamHttp, SeamHttpApiError } from '@seamapi/http'

/** Polling every 250 ms shows the action attempt move from pending to done without hammering the gateway. */
const ACTION_ATTEMPT_POLL_MS = 250
/** An unlock that has not finished in 20 s is reported as such (the SDK's own default is 5 s). */
const ACTION_ATTEMPT_TIMEOUT_MS = 20_000
/** The link npm start prints carries the JWT in the fragment, which never reaches a server. */
const JWT_FRAGMENT = /(?:^#|&)jwt=([^&]+)/

// Relative to the page, so a gateway mounted under a path works too: /demo → /, /seam/demo → /seam/.
const gatewayUrl = new URL('.', window.location.href).href.replace(/\/$/, '')

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const jwtInput = byId<HTMLTextAreaElement>('jwt')
const signInForm = byId<HTMLFormElement>('sign-in')
const signInButton = byId<HTMLButtonElement>('sign-in-button')
const sessionStatus = byId<HTMLParagraphElement>('session')
const devicesStatus = byId<HTMLParagraphElement>('devices-status')
const deviceList = byId<HTMLUListElement>('devices')
const callRows = byId<HTMLTableElement>('calls').tBodies[0] as HTMLTableSectionElement

interface ActionAttemptSeen {
  action_attempt_id: string
  status: string
}
/** Told of every action attempt the SDK receives while an unlock is under way. */
let onActionAttempt: ((attempt: ActionAttemptSeen) => void) | undefined

interface Call {
  call: string
  status: number | string
  cacheStatus: string | null
  result: string
  ms: number
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  node.textContent = text
  if (className) node.className = className
  return node
}

function showCall({ call, status, cacheStatus, result, ms }: Call): void {
  const row = element('tr')
  row.append(
    element('td', String(callRows.rows.length + 1)),
    element('td', call, 'call'),
    element('td', String(status), `status status-${String(status).charAt(0)}`),
    element('td', cacheStatus ?? '— (not cached)', cacheStatus ? 'cache' : 'cache none'),
    element('td', result, 'result'),
    element('td', String(ms)),
  )
  callRows.append(row)
}

function setStatus(node: HTMLElement, text: string, kind: '' | 'ok' | 'bad' = ''): void {
  node.textContent = text
  node.className = `status ${kind}`.trim()
}

/** What a response body says, in a few words, for the calls table. */
function summarize(data: unknown): string {
  if (typeof data !== 'object' || data === null) return ''
  const body = data as Record<string, unknown>
  if (Array.isArray(body.devices)) return `${body.devices.length} devices`
  const attempt = body.action_attempt as { action_type?: string; status?: string } | undefined
  if (attempt) return `action attempt ${attempt.status}`
  const session = body.client_session as { user_identifier_key?: string } | undefined
  if (session) return `client session of ${session.user_identifier_key}`
  if (typeof body.client_session_token === 'string') return 'client session token'
  const error = body.error as { type?: string } | undefined
  return error?.type ?? ''
}

/** POST /token with the JWT: the one call made without the SDK (the SDK has no JWT sign-in). */
async function vendToken(jwt: string): Promise<string> {
  const started = performance.now()
  const res = await fetch(`${gatewayUrl}/token`, { method: 'POST', headers: { authorization: `Bearer ${jwt}` } })
  const body = (await res.json().catch(() => ({}))) as { client_session_token?: string; error?: { type?: string } }
  showCall({
    call: 'POST /token',
    status: res.status,
    cacheStatus: res.headers.get('cache-status'),
    result: summarize(body),
    ms: Math.round(performance.now() - started),
  })
  if (!res.ok || !body.client_session_token) throw new Error(`/token refused: ${body.error?.type ?? res.status}`)
  return body.client_session_token
}

/** Lists every call the SDK makes, with the gateway's Cache-Status, through the SDK's axios instance. */
function watchCalls(seam: SeamHttp): void {
  const started = new WeakMap<object, number>()
  seam.client.interceptors.request.use((config) => {
    started.set(config, performance.now())
    return config
  })
  seam.client.interceptors.response.use(
    (response) => {
      const begun = started.get(response.config)
      const header = response.headers['cache-status']
      showCall({
        call: `${(response.config.method ?? 'get').toUpperCase()} ${response.config.url ?? ''}`,
        status: response.status,
        cacheStatus: typeof header === 'string' ? header : null,
        result: summarize(response.data),
        ms: begun === undefined ? 0 : Math.round(performance.now() - begun),
      })
      const attempt = (response.data as { action_attempt?: ActionAttemptSeen } | undefined)?.action_attempt
      if (attempt) onActionAttempt?.(attempt)
      return response
    },
    (error: unknown) => {
      // The SDK's own interceptor ran first and made a SeamHttpApiError of an error answer.
      if (error instanceof SeamHttpApiError) {
        showCall({ call: 'SDK call', status: error.statusCode, cacheStatus: null, result: error.code, ms: 0 })
      }
      throw error
    },
  )
}

type Device = Awaited<ReturnType<SeamHttp['devices']['list']>>[number]

function deviceItem(seam: SeamHttp, device: Device): HTMLLIElement {
  const item = element('li', '', 'device')
  item.dataset.deviceId = device.device_id
  const name = device.display_name || String(device.properties.name ?? device.device_id)
  const locked = device.properties.locked
  const state = element('span', locked === undefined ? '' : locked ? 'locked' : 'unlocked', 'lock-state')
  const meta = element('div', `${device.device_type} · `, 'meta')
  meta.append(state)
  const attempt = element('div', '', 'attempt')
  item.append(element('div', name, 'name'), meta)
  if (device.can_remotely_unlock) {
    const unlock = element('button', 'Unlock')
    unlock.type = 'button'
    unlock.addEventListener('click', () => void unlockDoor(seam, device, unlock, attempt, state))
    item.append(unlock)
  }
  item.append(attempt)
  return item
}

function showAttempt(node: HTMLElement, id: string, status: string): void {
  node.replaceChildren(`Action attempt ${id}: `, element('span', status, status))
}

async function unlockDoor(
  seam: SeamHttp,
  device: Device,
  button: HTMLButtonElement,
  attemptNode: HTMLElement,
  stateNode: HTMLElement,
): Promise<void> {
  button.disabled = true
  attemptNode.textContent = 'Unlocking…'
  // Each answer on the way (the unlock's pending attempt, then each poll) updates the line.
  onActionAttempt = (attempt) => showAttempt(attemptNode, attempt.action_attempt_id, attempt.status)
  try {
    const finished = await seam.locks.unlockDoor(
      { device_id: device.device_id },
      { waitForActionAttempt: { pollingInterval: ACTION_ATTEMPT_POLL_MS, timeout: ACTION_ATTEMPT_TIMEOUT_MS } },
    )
    showAttempt(attemptNode, finished.action_attempt_id, finished.status)
    if (finished.status === 'success') stateNode.textContent = 'unlocked'
  } catch (err) {
    attemptNode.replaceChildren('Unlock failed: ', element('span', errorText(err), 'error'))
  } finally {
    onActionAttempt = undefined
    button.disabled = false
  }
}

function errorText(err: unknown): string {
  if (err instanceof SeamHttpApiError) return `${err.code} (${err.statusCode})`
  return err instanceof Error ? err.message : String(err)
}

async function signIn(jwt: string): Promise<void> {
  signInButton.disabled = true
  setStatus(sessionStatus, 'Signing in…')
  try {
    const token = await vendToken(jwt)
    const seam = SeamHttp.fromClientSessionToken(token, { endpoint: gatewayUrl })
    watchCalls(seam)
    const session = await seam.clientSessions.get()
    setStatus(
      sessionStatus,
      `Signed in as ${session.user_identifier_key} · client session ${session.client_session_id} · expires ${session.expires_at}`,
      'ok',
    )
    setStatus(devicesStatus, 'Listing devices…')
    const devices = await seam.devices.list()
    deviceList.replaceChildren(...devices.map((device) => deviceItem(seam, device)))
    setStatus(devicesStatus, `${devices.length} devices you can use.`, 'ok')
  } catch (err) {
    setStatus(sessionStatus, `Sign-in failed: ${errorText(err)}`, 'bad')
  } finally {
    signInButton.disabled = false
  }
}

const fromLink = JWT_FRAGMENT.exec(window.location.hash)?.[1]
if (fromLink) {
  jwtInput.value = decodeURIComponent(fromLink)
  // Out of the address bar and the history: the JWT is a credential.
  history.replaceState(null, '', window.location.pathname + window.location.search)
}
signInForm.addEventListener('submit', (event) => {
  event.preventDefault()
  void signIn(jwtInput.value.trim())
})
