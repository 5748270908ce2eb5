// embed.html: the embed loaded 20 times in one browser, each load checked by startup-checks.ts.
import { expect, test } from 'vitest'
import { collectConsole, errorsOf, serveBuiltSite } from './harness.ts'
import { LOADS, checkLoad, openWithJitter } from './startup-checks.ts'

const site = serveBuiltSite()

test(`embed.html: ${LOADS} fresh loads, each drawn with our camera and answering hover and click`, async () => {
  const page = await site.browser.newPage({ viewport: { width: 640, height: 800 } })
  const log = collectConsole(page)
  await openWithJitter(site, page)
  for (let i = 0; i < LOADS; i++) {
    // A reader's first click takes hold of the embed (keeping the blogger's choice); it must land on the stage.
    await checkLoad(page, `${site.server.origin}/embed.html?load=eager`, i, '.rae-embed-panel')
  }
  expect(errorsOf(log)).toEqual([])
}, 300_000)
