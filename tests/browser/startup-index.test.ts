// index.html: the app loaded 20 times in one browser, each load checked by startup-checks.ts.
import { expect, test } from 'vitest'
import { collectConsole, errorsOf, serveBuiltSite } from './harness.ts'
import { LOADS, checkLoad, openWithJitter, VIEWPORT } from './startup-checks.ts'

const site = serveBuiltSite()

test(`index.html: ${LOADS} fresh loads, each drawn with our camera and answering hover and click`, async () => {
  // Every load a first visit: the offline worker would serve loads 2–20 from its cache (offline.test.ts covers it).
  const context = await site.browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' })
  const page = await context.newPage()
  const log = collectConsole(page)
  await openWithJitter(site, page)
  for (let i = 0; i < LOADS; i++) {
    await checkLoad(page, `${site.server.origin}/index.html`, i, '#rae-panel-title')
  }
  expect(errorsOf(log)).toEqual([])
}, 300_000)
