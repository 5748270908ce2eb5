// Coach mode, every tour at every step on a projector: the tours list starts each and each step shows its
// view. A file of its own, apart from coach.test.ts: its tours play their stride loops for over a minute of
// software WebGL, which the two workers share out better as a file of its own.
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { TOURS } from '../../src/content/tours.ts'
import { cameraAtRest, serveBuiltSite, waitForState } from './harness.ts'

const site = serveBuiltSite()
const PROJECTOR = { width: 1920, height: 1080 }

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key)

/** The camera presets that claim to be on (aria-pressed). */
const pressedViews = (page: Page) =>
  page.getByRole('group', { name: 'Camera view' }).locator('button[aria-pressed=true]').allTextContents()
const VIEW_NAMES = { front: 'Front', back: 'Back', left: 'Left', right: 'Right' } as const

async function open(query: string, viewport = PROJECTOR): Promise<Page> {
  const page = await site.browser.newPage({ viewport })
  await page.goto(`${site.server.origin}/index.html${query}`)
  await waitForState(page, 'ready')
  return page
}

test('every tour, every step, at 1920×1080: the tours list starts them and each step shows its view', async () => {
  const page = await open('', PROJECTOR)
  for (const [name, id, steps] of [
    ['Why hamstrings strain in late swing', 'hamstring-strain', 3],
    ['The calves and the Achilles spring', 'calf-springs', 3],
    ['Gluteus medius and the level pelvis', 'hip-drop', 3],
  ] as const) {
    await page.getByRole('button', { name: 'Tours' }).click()
    await page.getByRole('button', { name: new RegExp(name) }).click()
    for (let n = 1; n <= steps; n++) {
      await expect.poll(() => param(page, 'step')).toBe(String(n))
      expect(param(page, 'tour')).toBe(id)
      // The step's view: the camera comes to rest on its side, and that preset is lit.
      const side = TOURS[id].steps[n - 1]!.view.side
      await cameraAtRest(page)
      if (side) await expect.poll(() => pressedViews(page), { timeout: 10_000 }).toEqual([VIEW_NAMES[side]])
      if (n < steps) await page.getByRole('button', { name: 'Next →' }).click()
    }
    await page.getByRole('button', { name: 'Tours', pressed: true }).click()
  }
})
