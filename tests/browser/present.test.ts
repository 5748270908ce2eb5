// A coach in front of a room (issue 23): a stray click on the background never ends a tour (in Present mode
// neither) and the arrow keys keep stepping; Present mode's type is large enough for the back of the room and
// its caption sits under the body, never over it; labels name every group, single-muscle ones and all of Core.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { cameraAtRest, gotoLink, quietPeriod, screenshot, serveBuiltSite, sharedPage } from './harness.ts'
import { waitForState } from './harness.ts'

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const site = serveBuiltSite()

/** Serious or critical axe findings on the page as it is now. */
async function axeNow(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE })
  return page.evaluate(async () => {
    type V = { id: string; impact: string | null; nodes: { target: unknown[] }[] }
    const axe = (
      window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: V[] }> } }
    ).axe
    const { violations } = await axe.run(document, { resultTypes: ['violations'] })
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)
  })
}
const projector = sharedPage(site, { viewport: { width: 1920, height: 1080 } })

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key)

async function load(page: Page, query: string): Promise<void> {
  if (page.url().startsWith(site.server.origin)) return gotoLink(page, query)
  await page.goto(`${site.server.origin}/index.html${query}`)
  await waitForState(page, 'ready')
}

/** A click on the empty background: the stage's left edge, halfway down, away from the figure and the tools. */
async function clickBackground(page: Page): Promise<void> {
  const box = (await page.locator('.rae-stage canvas').boundingBox())!
  await page.mouse.click(box.x + 60, box.y + box.height * 0.6)
  await quietPeriod(page, 500, 6)
}

const px = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize))

test('a background click keeps the tour, and the arrow keys still step it; in Present mode too', async () => {
  const page = projector.page
  await load(page, '?tour=hamstring-strain&step=1')
  const title = page.locator('.rae-tour-step-title')
  await expect.poll(() => title.textContent()).toBe('The brake at the end of the swing')

  await clickBackground(page)
  expect(param(page, 'tour')).toBe('hamstring-strain')
  expect(await page.locator('.rae-tours').count()).toBe(1)
  // The click focused the body; Right still steps the tour rather than turning the camera.
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => param(page, 'step')).toBe('2')

  await page.getByRole('button', { name: 'Present' }).click()
  await page.locator('.rae-caption').waitFor()
  await clickBackground(page)
  expect(param(page, 'tour')).toBe('hamstring-strain')
  await expect.poll(() => page.locator('.rae-caption-kicker').textContent()).toMatch(/step 2 of 3/)
  await page.keyboard.press('ArrowLeft')
  await expect.poll(() => param(page, 'step')).toBe('1')
  await expect.poll(() => page.locator('.rae-caption-kicker').textContent()).toMatch(/step 1 of 3/)
  // After the keyboard journey through the tour in Present mode: nothing fails axe.
  expect(await axeNow(page)).toEqual([])

  // Only the presenter ends it: Leave, then Escape.
  await page.getByRole('button', { name: 'Leave presentation' }).click()
  await page.keyboard.press('Escape')
  await expect.poll(() => param(page, 'tour')).toBeNull()
})

test('Present mode at 1920×1080: caption, labels and the stride line ≥ 28 px; the caption under the body', async () => {
  const page = projector.page
  await load(page, '?tour=hamstring-strain&step=1')
  await page.getByRole('button', { name: 'Present' }).click()
  await page.locator('.rae-caption').waitFor()
  await cameraAtRest(page)
  await page.locator('.rae-label:not([hidden])').first().waitFor({ timeout: 10_000 })
  await page.locator('.rae-stride-readout').waitFor({ timeout: 10_000 })
  await screenshot(page, 'present-1920-mid-tour')

  for (const selector of [
    '.rae-caption-kicker',
    '.rae-caption-title',
    '.rae-caption-text',
    '.rae-stride-readout',
  ])
    expect(await px(page, selector), selector).toBeGreaterThanOrEqual(28)
  expect(await px(page, '.rae-label:not([hidden])'), 'labels').toBeGreaterThanOrEqual(28)

  // The body is drawn in the canvas, and the canvas ends where the caption begins: nothing of it is covered.
  // (The canvas follows its box a frame or two after the layout changes: wait for that state, not for time.)
  const overlap = async () => {
    const [canvas, caption] = await Promise.all([
      page.locator('.rae-stage canvas').boundingBox(),
      page.locator('.rae-caption').boundingBox(),
    ])
    return canvas!.y + canvas!.height - 1 - caption!.y
  }
  await expect.poll(overlap, { timeout: 10_000 }).toBeLessThanOrEqual(0)
  await cameraAtRest(page)
  const caption = (await page.locator('.rae-caption').boundingBox())!
  // And no label sits under the caption.
  const labels = await page
    .locator('.rae-label:not([hidden])')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().bottom))
  for (const bottom of labels) expect(bottom).toBeLessThanOrEqual(caption!.y)
  await page.getByRole('button', { name: 'Leave presentation' }).click()
  await page.keyboard.press('Escape')
})

test('labels name the single-muscle groups and every visible muscle of Core', async () => {
  const page = projector.page
  for (const [group, least] of [
    ['shoulders', 1],
    ['upper-back', 1],
    ['core', 2],
  ] as const) {
    await load(page, `?muscle=${group}&labels=1`)
    await cameraAtRest(page)
    await expect
      .poll(() => page.locator('.rae-label:not([hidden])').count(), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(least)
  }
})
