// State that stays true: the lit camera preset follows the camera however it was turned, the hover tag goes
// when the body moves under a still pointer, and a note appearing never moves the page.
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { animationFrames, collectConsole, errorsOf, openLink, serveBuiltSite, sharedPage } from './harness.ts'

const site = serveBuiltSite()
const DESKTOP = { width: 1280, height: 800 }
// One page for the file, moved between links (openLink).
const shared = sharedPage(site, { viewport: DESKTOP })

/** The camera presets that claim to be on (aria-pressed). */
async function pressedViews(page: Page): Promise<string[]> {
  return page
    .getByRole('group', { name: 'Camera view' })
    .locator('button[aria-pressed=true]')
    .allTextContents()
}

test('the lit preset follows the camera: Back goes out when the keys turn the body, Right lights on arrival', async () => {
  const page = shared.page
  const log = collectConsole(page)
  await openLink(page, site.server.origin, '')
  await page.getByRole('button', { name: 'Back', exact: true }).click()
  await expect.poll(() => pressedViews(page)).toEqual(['Back'])

  const canvas = page.locator('canvas')
  await canvas.focus()
  // Two steps of 15°: between presets, so none is lit.
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await expect.poll(() => pressedViews(page), { timeout: 10_000 }).toEqual([])
  // Four more: 90° from the back is the right side.
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft')
  await expect.poll(() => pressedViews(page), { timeout: 10_000 }).toEqual(['Right'])
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('right')
  expect(errorsOf(log)).toEqual([])
})

test('the hover tag goes when the camera moves away under a still pointer', async () => {
  const page = shared.page
  await openLink(page, site.server.origin, '')
  const box = (await page.locator('canvas').boundingBox())!
  const tag = page.locator('.rae-hover-tag')
  // Somewhere on the trunk, which is muscle from the front.
  await page.mouse.move(box.x + box.width / 2 - 5, box.y + box.height * 0.42)
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.42)
  await expect.poll(() => tag.isVisible(), { timeout: 10_000 }).toBe(true)
  const named = await tag.textContent()

  await page.locator('canvas').focus()
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft')
  await expect.poll(() => tag.isVisible(), { timeout: 10_000 }).toBe(false)
  // Once the camera has come to rest on the left side, the pointer moving again names what is under it now.
  await expect.poll(() => pressedViews(page), { timeout: 15_000 }).toEqual(['Left'])
  // From the side the same spot may be a gap; a short sweep across the trunk finds a named part again.
  let renamed = false
  for (let dx = -40; dx <= 40 && !renamed; dx += 8) {
    await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height * 0.42)
    // The pointer is picked in its own event; the tag shows by the next frames.
    await animationFrames(page)
    renamed = await tag.isVisible()
  }
  expect(renamed, 'hovering names a part again once the pointer moves').toBe(true)
  expect(named).toBeTruthy()
})

test('the hover tag also goes when a new turn starts before the last one has settled', async () => {
  const page = shared.page
  await openLink(page, site.server.origin, '')
  const canvas = page.locator('canvas')
  const box = (await canvas.boundingBox())!
  const tag = page.locator('.rae-hover-tag')
  await canvas.focus()
  // A long turn (four steps of 45°); while it runs, the pointer comes to rest on the trunk and names it.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft')
  for (let dx = -30; dx <= 30 && !(await tag.isVisible()); dx += 6) {
    await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height * 0.42)
    await animationFrames(page)
  }
  await expect.poll(() => tag.isVisible(), { timeout: 10_000 }).toBe(true)
  // The controls are still awake from the long turn, so this key sends no 'wake': the turn's start must clear it.
  await page.keyboard.press('ArrowLeft')
  await expect.poll(() => tag.isVisible(), { timeout: 5_000 }).toBe(false)
})

test('"Link copied" floats over the stage: the page does not move', async () => {
  const page = shared.page
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin })
  await openLink(page, site.server.origin, '?muscle=calves')
  const tops = () =>
    page.evaluate(() =>
      ['.rae-stage', '.rae-side', 'canvas'].map(
        (s) => document.querySelector(s)!.getBoundingClientRect().top,
      ),
    )
  const before = await tops()
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect.poll(() => page.locator('.rae-notice-text').textContent()).toBe('Link copied')
  expect(await tops()).toEqual(before)
  // The note sits over the stage, inside it.
  const note = (await page.locator('.rae-notice').boundingBox())!
  const stage = (await page.locator('.rae-stage').boundingBox())!
  expect(note.y).toBeGreaterThanOrEqual(stage.y)
  expect(note.x).toBeGreaterThanOrEqual(stage.x)
  expect(note.x + note.width).toBeLessThanOrEqual(stage.x + stage.width + 0.5)
})
