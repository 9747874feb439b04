/** Debian's chromium (.ci/run installs it), headless, for the tests that drive the /demo page. */
import { existsSync } from 'node:fs'
import { type Browser, chromium, type Locator, type Page } from 'playwright-core'
import { expect } from 'vitest'

const CHROMIUM_PATH = '/usr/bin/chromium'
/** No sandbox (CI runs as root), no GPU, and none of the browser's own background traffic. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
/** A page step (sign-in, unlock) takes well under a second here; a loaded CI machine gets more. */
export const STEP_TIMEOUT_MS = 15_000

/** Starts the browser; throws at once (before anything else a caller starts with it) when chromium is missing. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing: apt-get install chromium`)
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
}

/**
 * A fresh page with the step timeout that records script errors and CSP violations (Chromium reports
 * both as page errors or console errors): a test expects `problems` to stay empty.
 */
export async function watchedPage(browser: Browser): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage()
  page.setDefaultTimeout(STEP_TIMEOUT_MS)
  const problems: string[] = []
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  return { page, problems }
}

/**
 * What a person does first on the /demo page: signs in as demo_user and waits for the lock list,
 * which must be the demo user's two locks. Returns the list's items.
 */
export async function signInAndListLocks(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Sign in as demo_user' }).click()
  await expect.poll(() => page.locator('#session').textContent()).toMatch(/^Signed in as demo_user/)
  const devices = page.locator('#devices li')
  await devices.first().waitFor()
  expect(await devices.locator('.name').allTextContents()).toEqual(['Front Door', 'Garage Door'])
  return devices
}
