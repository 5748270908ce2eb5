// A structure outside the eight groups is named and clickable: a click on it, a link or a search opens its
// compact card, and the card leads on to the target group it works with.
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { animationFrames, collectConsole, errorsOf, openLink, serveBuiltSite, sharedPage } from './harness.ts'

const site = serveBuiltSite()
const DESKTOP = { width: 1280, height: 800 }
// One page for the file, moved between links (openLink).
const shared = sharedPage(site, { viewport: DESKTOP })

const title = (page: Page) => page.locator('#rae-panel-title').textContent({ timeout: 10_000 })

/** Scans the front of the shin (front view) until the hover tag names the tibialis anterior. */
async function hoverShin(page: Page): Promise<boolean> {
  const box = (await page.locator('canvas').boundingBox())!
  for (const y of [0.78, 0.75, 0.81, 0.72, 0.84])
    for (const x of [0.535, 0.545, 0.525, 0.555, 0.515, 0.465, 0.455, 0.475]) {
      await page.mouse.move(box.x + box.width * x, box.y + box.height * y)
      // The pointer is picked in its own event; the tag shows by the next frames.
      await animationFrames(page)
      const name = await page.evaluate(
        () => document.querySelector('.rae-hover-tag:not([hidden])')?.textContent ?? '',
      )
      if (name.startsWith('Tibialis anterior')) return true
    }
  return false
}

test('a click on a muscle outside the groups opens its card, which leads to the group it works with', async () => {
  const page = shared.page
  const log = collectConsole(page)
  await openLink(page, site.server.origin, '')
  expect(await hoverShin(page)).toBe(true)
  await page.mouse.down()
  await page.mouse.up()
  expect(await title(page)).toBe('Tibialis anterior')
  await expect.poll(() => new URL(page.url()).searchParams.get('muscle')).toBe('tibialis-anterior')
  const card = page.locator('.rae-part-card')
  expect(await card.locator('#rae-part-running + p').textContent()).toMatch(/swing/)
  await card.getByRole('button', { name: 'Calves' }).click()
  await expect.poll(() => title(page), { timeout: 10_000 }).toBe('Calves')
  await expect.poll(() => new URL(page.url()).searchParams.get('muscle')).toBe('calves')
  expect(errorsOf(log)).toEqual([])
})

test('a link and a search open a card; Escape closes it', async () => {
  const page = shared.page
  await openLink(page, site.server.origin, '?muscle=gracilis')
  expect(await title(page)).toBe('Gracilis')
  // A simulation line keeps its flag on screen.
  expect(await page.locator('.rae-part-card .rae-refs').allTextContents()).toContainEqual(
    expect.stringMatching(/Simulation/),
  )
  await page.keyboard.press('Escape')
  await expect.poll(() => page.locator('.rae-part-card').count()).toBe(0)
  expect(new URL(page.url()).searchParams.get('muscle')).toBeNull()

  await page.getByLabel('Find a muscle or exercise').fill('pectoralis')
  await page.getByRole('button', { name: /^Pectoralis major/ }).click()
  await expect.poll(() => title(page), { timeout: 10_000 }).toBe('Pectoralis major')
  expect(new URL(page.url()).searchParams.get('muscle')).toBe('pectoralis-major')
})
