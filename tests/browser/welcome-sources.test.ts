// The welcome page's bibliography is not part of the first load: it arrives when the reader scrolls near the
// source list, and with no network the list says so instead of spinning.
import { expect, test } from 'vitest'
import { collectConsole, errorsOf, serveBuiltSite, waitForState } from './harness.ts'

const site = serveBuiltSite()
const DESKTOP = { width: 1280, height: 800 }

test('citations load when the source list nears the screen, not with the page', async () => {
  const page = await site.browser.newPage({ viewport: DESKTOP })
  const log = collectConsole(page)
  const scripts: string[] = []
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname))
  await page.goto(`${site.server.origin}/index.html`)
  await waitForState(page, 'ready')
  await page.waitForLoadState('networkidle')
  expect(scripts.filter((p) => /\/sources-[\w-]+\.js$/.test(p))).toEqual([])
  expect(await page.locator('.rae-sources > li').count()).toBeGreaterThan(3)

  await page.locator('.rae-sources').scrollIntoViewIfNeeded()
  await expect.poll(() => page.locator('.rae-source-pending').count(), { timeout: 10_000 }).toBe(0)
  expect(scripts.filter((p) => /\/sources-[\w-]+\.js$/.test(p))).toHaveLength(1)
  const first = await page.locator('.rae-sources > li .rae-source-text').first().textContent()
  expect(first?.length ?? 0).toBeGreaterThan(40)
  expect(errorsOf(log)).toEqual([])
})

test('with the network gone, the list says the sources could not be loaded', async () => {
  // A first visit that loses the network before the offline cache is in place (offline.test.ts covers after).
  const context = await site.browser.newContext({ viewport: DESKTOP, serviceWorkers: 'block' })
  const page = await context.newPage()
  await page.goto(`${site.server.origin}/index.html`)
  await waitForState(page, 'ready')
  await context.setOffline(true)
  await page.locator('.rae-sources').scrollIntoViewIfNeeded()
  await expect
    .poll(() => page.locator('.rae-source-pending').first().textContent(), { timeout: 10_000 })
    .toMatch(/could not be loaded; check your connection/)
})
