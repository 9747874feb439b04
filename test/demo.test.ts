/**
 * The /demo page (issue 17), driven in headless Chromium as a person would use it, against the
 * gateway started the way `npm start` starts it (wrangler dev, demo mode, the demo upstream):
 * sign in with the printed demo JWT, see the demo user's locks, unlock the front door, watch the
 * action attempt succeed, and read each call's Cache-Status. Outside demo mode /demo is 404.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchChromium, signInAndListLocks, watchedPage } from './helpers/chromium.ts'
import { useGateway } from './helpers/fixture.ts'
import { startGateway } from './helpers/gateway.ts'
import { type NpmStart, startNpmStart } from './helpers/npm-start.ts'
import { startTogether } from './helpers/start-together.ts'

describe('in demo mode (npm start without SEAM_API_KEY)', () => {
  let started: NpmStart
  let browser: Browser
  let demoLink: string

  beforeAll(async () => {
    ;[started, browser] = await startTogether(startNpmStart, launchChromium)
    demoLink = /(http:\/\/\S+\/demo#jwt=\S+)/.exec(started.output())?.[1] as string
    expect(demoLink).toBeDefined()
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await started?.close()
  })

  /** A fresh page that records script errors and CSP violations (Chromium reports both). */
  async function openPage(url: string): Promise<{ page: Page; problems: string[] }> {
    const { page, problems } = await watchedPage(browser)
    await page.goto(url)
    return { page, problems }
  }

  const callRows = (page: Page) =>
    page.locator('#calls tbody tr').evaluateAll((rows) =>
      rows.map((row) => {
        const [, call, status, cacheStatus, result] = [...row.querySelectorAll('td')].map((td) => td.textContent ?? '')
        return { call, status, cacheStatus, result }
      }),
    )

  test('the page signs in as the demo user, lists its locks, unlocks the door and shows each Cache-Status', async () => {
    const { page, problems } = await openPage(demoLink)
    // The link's JWT is in the form, and no longer in the address bar.
    expect(await page.locator('#jwt').inputValue()).toMatch(/^ey/)
    expect(page.url()).toBe(`${started.url}/demo`)

    const devices = await signInAndListLocks(page)

    const frontDoor = devices.filter({ hasText: 'Front Door' })
    expect(await frontDoor.locator('.lock-state').textContent()).toBe('locked')
    await frontDoor.getByRole('button', { name: 'Unlock' }).click()
    await frontDoor.locator('.attempt .success').waitFor()
    expect(await frontDoor.locator('.attempt').textContent()).toMatch(/^Action attempt \S+: success$/)
    expect(await frontDoor.locator('.lock-state').textContent()).toBe('unlocked')

    const rows = await callRows(page)
    expect(rows.map((r) => `${r.call} ${r.status}`)).toEqual([
      'POST /token 200',
      'GET /client_sessions/get 200',
      'GET /devices/list 200',
      'POST /locks/unlock_door 200',
      ...rows.slice(4).map(() => 'GET /action_attempts/get 200'),
    ])
    // hit, or fwd=miss / fwd=stale (npm start keeps its local KV in .wrangler/ between runs).
    expect(rows[1]?.cacheStatus).toMatch(/^seam-session-gateway; (?:hit|fwd=(?:miss|stale); stored)/)
    // Pass-through and /token answers are never cached, and the page says so.
    for (const row of [rows[0], rows[2], rows[3]]) expect(row?.cacheStatus).toBe('— (not cached)')
    expect(rows[2]?.result).toBe('2 devices')
    expect(rows[3]?.result).toBe('action attempt pending')
    expect(rows.at(-1)?.result).toBe('action attempt success')
    expect(problems).toEqual([])
    await page.close()
  })

  test('signing in again shows the session answered from the cache', async () => {
    const { page } = await openPage(demoLink)
    await page.getByRole('button', { name: 'Sign in as demo_user' }).click()
    await page.locator('#devices li').first().waitFor()
    const rows = await callRows(page)
    expect(rows[1]?.call).toBe('GET /client_sessions/get')
    expect(rows[1]?.cacheStatus).toMatch(/^seam-session-gateway; hit/)
    await page.close()
  })

  test('a JWT the gateway does not accept is refused on the page, with no device listed', async () => {
    const { page } = await openPage(`${started.url}/demo`)
    await page.locator('#jwt').fill('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.bm90LWEtc2lnbmF0dXJl')
    await page.getByRole('button', { name: 'Sign in as demo_user' }).click()
    await expect.poll(() => page.locator('#session').textContent()).toBe('Sign-in failed: /token refused: unauthorized')
    expect(await callRows(page)).toEqual([
      { call: 'POST /token', status: '401', cacheStatus: '— (not cached)', result: 'unauthorized' },
    ])
    expect(await page.locator('#devices li').count()).toBe(0)
    await page.close()
  })

  test('the page and its files come with a strict CSP; other methods and unknown files are refused', async () => {
    for (const path of ['/demo', '/demo/app.js', '/demo/demo.css']) {
      const res = await fetch(`${started.url}${path}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-security-policy')).toBe(
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      )
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    }
    const html = await (await fetch(`${started.url}/demo`)).text()
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)/) // no inline script
    expect(html).not.toMatch(/https?:\/\//) // nothing from a CDN

    const post = await fetch(`${started.url}/demo`, { method: 'POST' })
    expect(post.status).toBe(405)
    expect((await post.json()).error.type).toBe('method_not_allowed')
    const missing = await fetch(`${started.url}/demo/missing.js`)
    expect(missing.status).toBe(404)
    expect((await missing.json()).error.type).toBe('not_found')
  })
})

describe('outside demo mode', () => {
  const { gateway, upstream: fake } = useGateway({ reset: false })
  const { gateway: demoWithoutAssets } = useGateway({ upstream: fake, vars: { DEMO_MODE: 'true' }, assets: false })

  test('/demo and its files are 404 not_found, and never forwarded to Seam', async () => {
    fake.resetCalls()
    for (const target of [gateway, demoWithoutAssets]) {
      for (const path of ['/demo', '/demo/app.js', '/demo/']) {
        const res = await target.fetch(path, { headers: { authorization: `Bearer ${fake.seed.apiKeys.one}` } })
        expect(res.status, path).toBe(404)
        expect(await res.json()).toMatchObject({ error: { type: 'not_found' }, ok: false })
      }
    }
    expect(fake.calls).toEqual([])
  })

  test('DEMO_MODE takes only a flag value, and names itself when it is wrong', async () => {
    const bad = await startGateway({ vars: { SEAM_ENDPOINT: fake.url, DEMO_MODE: 'yes please' } })
    try {
      const res = await bad.fetch('/demo')
      expect(res.status).toBe(500)
      expect(JSON.stringify(await bad.logFor(res))).toContain('DEMO_MODE')
    } finally {
      await bad.close()
    }
  })
})
