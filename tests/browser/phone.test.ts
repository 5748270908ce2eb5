// The phone at the track (390×844, touch) and a laptop at 200 % zoom (640×400 CSS px): the running body with
// its caption and all seven phases in sight, a sheet that follows a drag and opens at the chosen card, and a
// header that leaves room to read.
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { collectConsole, errorsOf, openLink, serveBuiltSite, sharedPage } from './harness.ts'

const site = serveBuiltSite()
const PHONE = { width: 390, height: 844 }
const ZOOM_200 = { width: 640, height: 400 }

// One phone for the file, moved between links (openLink) and sizes instead of loading the app again.
const shared = sharedPage(site, { viewport: PHONE, isMobile: true, hasTouch: true })

/**
 * The shared phone at `query` in `viewport`, as a fresh load of that link shows it. The sheet and the search
 * box keep their own state through a link (the address has neither): put them back as a load has them.
 */
async function phoneAt(query: string, viewport = PHONE): Promise<Page> {
  const page = shared.page
  await page.setViewportSize(viewport)
  await openLink(page, site.server.origin, query)
  if ((await page.locator('#explorer').getAttribute('data-sheet')) === 'full') {
    await page.locator('.rae-sheet-toggle').tap()
    await page.locator('#explorer[data-sheet=peek]').waitFor()
  }
  const search = page.getByRole('searchbox', { name: 'Find a muscle or exercise' })
  if ((await search.count()) && (await search.inputValue())) await search.fill('')
  return page
}

type Box = { top: number; bottom: number; left: number; right: number; height: number }
const boxOf = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const r = document.querySelector(s)!.getBoundingClientRect()
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height }
  }, selector) as Promise<Box>

test('phone stride: the body, a "right now" caption and all seven phase buttons in sight, nothing scrolls sideways', async () => {
  const log = collectConsole(shared.page)
  const page = await phoneAt('?muscle=calves&phase=30')
  await page.waitForSelector('.rae-stride')

  const canvas = await boxOf(page, 'canvas')
  const caption = await boxOf(page, '.rae-stride-readout')
  expect(canvas.top).toBeGreaterThanOrEqual(0)
  expect(canvas.height, 'the running body keeps a real share of the screen').toBeGreaterThan(280)
  expect(caption.bottom).toBeLessThanOrEqual(PHONE.height)
  expect(caption.height, 'the caption is one short line').toBeLessThan(26)
  const text = await page.locator('.rae-stride-readout').textContent()
  expect(text).toMatch(/Push-off · 30 %/)
  expect(text).toMatch(/right foot down/)
  expect(text).toMatch(/Calves: (low|moderate|high)/)

  const phases = page.locator('.rae-stride-phase')
  expect(await phases.count()).toBe(7)
  for (const b of await phases.all()) {
    const r = (await b.boundingBox())!
    expect(r.x).toBeGreaterThanOrEqual(0)
    expect(r.x + r.width).toBeLessThanOrEqual(PHONE.width)
    expect(r.y + r.height).toBeLessThanOrEqual(PHONE.height)
    // The whole name shows, not an ellipsis.
    expect(await b.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
  }
  const strip = await page
    .locator('.rae-stride-phases')
    .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }))
  expect(strip.scroll).toBeLessThanOrEqual(strip.client)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)

  // A tap on a phase moves the caption with it.
  await page.getByRole('button', { name: 'Late swing' }).tap()
  await expect
    .poll(() => page.locator('.rae-stride-readout').textContent())
    .toMatch(/Late swing · 90 %.*right leg swinging/)
  expect(errorsOf(log)).toEqual([])
})

for (const [where, viewport, most] of [
  ['phone 390 px', PHONE, 120],
  ['200 % zoom (640×400)', ZOOM_200, 100],
] as const) {
  test(`${where}: the whole title shows and the header leaves room to read`, async () => {
    const page = await phoneAt('?muscle=hamstrings', viewport)
    const title = page.locator('.rae-title')
    expect(await title.evaluate((el) => (el as HTMLElement).innerText.replace(/\s+/g, ' '))).toBe(
      'Running Anatomy Explorer',
    )
    expect(
      await title.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight),
    ).toBe(true)
    const header = await boxOf(page, '.rae-header')
    expect(header.height).toBeLessThanOrEqual(most)
    // Every toolbar button is on screen.
    for (const b of await page.locator('.rae-header button').all()) {
      const r = (await b.boundingBox())!
      expect(r.x + r.width).toBeLessThanOrEqual(viewport.width)
    }
    // The details get room: at 200 % the panel sits beside the body at full height instead of a sliver of sheet.
    const side = await boxOf(page, '.rae-side')
    expect(side.bottom - Math.max(side.top, header.bottom)).toBeGreaterThan(viewport === PHONE ? 200 : 280)
  })
}

test('phone: dragging the sheet handle moves the sheet, and it settles where it was let go', async () => {
  const page = await phoneAt('?muscle=glutes')
  const root = page.locator('#explorer')
  expect(await root.getAttribute('data-sheet')).toBe('peek')
  const handle = (await page.locator('.rae-sheet-toggle').boundingBox())!
  const x = handle.x + handle.width / 2
  const y = handle.y + handle.height / 2
  const stageBefore = (await boxOf(page, '.rae-stage')).height

  await page.mouse.move(x, y)
  await page.mouse.down()
  await page.mouse.move(x, y - 120, { steps: 6 })
  const mid = (await boxOf(page, '.rae-stage')).height
  expect(mid, 'the stage follows the finger mid-drag').toBeLessThan(stageBefore - 100)
  await page.mouse.move(x, y - 260, { steps: 6 })
  await page.mouse.up()
  await expect.poll(() => root.getAttribute('data-sheet')).toBe('full')
  // Let go just below the top: it settles at the full sheet, with no leftover inline height.
  expect(await page.locator('.rae-stage').evaluate((el) => (el as HTMLElement).style.flexBasis)).toBe('')

  // A short drag back down that ends nearer the full sheet stays full; a long one returns to the peek.
  const h2 = (await page.locator('.rae-sheet-toggle').boundingBox())!
  await page.mouse.move(x, h2.y + h2.height / 2)
  await page.mouse.down()
  await page.mouse.move(x, h2.y + h2.height / 2 + 40, { steps: 4 })
  await page.mouse.up()
  expect(await root.getAttribute('data-sheet')).toBe('full')
  await page.mouse.move(x, h2.y + h2.height / 2)
  await page.mouse.down()
  await page.mouse.move(x, h2.y + h2.height / 2 + 300, { steps: 6 })
  await page.mouse.up()
  await expect.poll(() => root.getAttribute('data-sheet')).toBe('peek')

  // A tap still toggles.
  await page.locator('.rae-sheet-toggle').tap()
  await expect.poll(() => root.getAttribute('data-sheet')).toBe('full')
})

test('phone: choosing a group in the sheet brings its card into view under the handle', async () => {
  const page = await phoneAt('')
  await page.locator('[role=option][data-group=glutes]').tap()
  await page.waitForFunction(() => document.querySelector('#rae-panel-title')?.textContent === 'Glutes')
  const inView = async () => {
    const side = await boxOf(page, '.rae-side')
    const handle = await boxOf(page, '.rae-sheet-toggle')
    const title = await boxOf(page, '#rae-panel-title')
    return title.top >= handle.bottom - 1 && title.bottom <= side.bottom
  }
  await expect.poll(inView, { timeout: 5_000 }).toBe(true)

  // A pick on the body's map of groups elsewhere (here: the search) also scrolls the sideways list to it.
  await page.getByRole('searchbox', { name: 'Find a muscle or exercise' }).fill('core')
  await page.locator('[role=option][data-group=core]').first().tap()
  await page.waitForFunction(() => document.querySelector('#rae-panel-title')?.textContent === 'Core')
  await expect.poll(inView, { timeout: 5_000 }).toBe(true)
})
