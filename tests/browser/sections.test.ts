// A long panel in one step: the section bar jumps to Overview, Stride, Injuries, Exercises or Sources, the link
// carries the section (`#exercises`), and a link with it opens the panel there.
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { collectConsole, errorsOf, openLink, serveBuiltSite, sharedPage, waitForState } from './harness.ts'

const site = serveBuiltSite()
const DESKTOP = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }
// One desktop page for the tests that start from a plain link (openLink); the phone, and the links with a
// #section (read on load), load their own.
const desktop = sharedPage(site, { viewport: DESKTOP })

/** The section's heading is on screen, below the sticky bar. */
async function sectionInView(page: Page, id: string): Promise<boolean> {
  return page.evaluate((s) => {
    const el = document.querySelector<HTMLElement>(`[data-card="section:${s}"] h3`)
    if (!el) return false
    const r = el.getBoundingClientRect()
    const bar = document.querySelector('.rae-section-bar')!.getBoundingClientRect()
    return r.top >= bar.bottom - 1 && r.bottom <= innerHeight
  }, id)
}

for (const viewport of [DESKTOP, PHONE]) {
  const where = viewport === PHONE ? 'phone' : 'desktop'
  test(`${where}: the section bar reaches Exercises in one step and the link keeps it`, async () => {
    const page = viewport === PHONE ? await site.browser.newPage({ viewport, hasTouch: true }) : desktop.page
    const log = collectConsole(page)
    await openLink(page, site.server.origin, '?muscle=hamstrings')
    const bar = page.getByRole('navigation', { name: 'Sections about the hamstrings' })
    const exercises = bar.getByRole('link', { name: 'Exercises' })
    if (viewport === PHONE) await exercises.tap()
    else await exercises.click()
    await expect.poll(() => sectionInView(page, 'exercises'), { timeout: 10_000 }).toBe(true)
    await expect.poll(() => new URL(page.url()).hash).toBe('#exercises')
    expect(new URL(page.url()).searchParams.get('muscle')).toBe('hamstrings')
    // Sources, then back to the overview.
    await bar.getByRole('link', { name: 'Sources' }).click()
    await expect.poll(() => sectionInView(page, 'sources'), { timeout: 10_000 }).toBe(true)
    await bar.getByRole('link', { name: 'About' }).click()
    await expect.poll(() => sectionInView(page, 'overview'), { timeout: 10_000 }).toBe(true)
    expect(errorsOf(log)).toEqual([])
  })

  test(`${where}: a link with #exercises opens the group at its exercises`, async () => {
    const page = await site.browser.newPage({ viewport, hasTouch: viewport === PHONE })
    await page.goto(`${site.server.origin}/index.html?muscle=calves#exercises`)
    await waitForState(page, 'ready')
    await expect.poll(() => sectionInView(page, 'exercises'), { timeout: 10_000 }).toBe(true)
    // Another group drops the section from the link.
    await page.getByRole('searchbox', { name: 'Find a muscle or exercise' }).fill('quads')
    await page.locator('[role=option][data-group=quadriceps]').click()
    await expect.poll(() => new URL(page.url()).hash).toBe('')
  })
}

test('keyboard: from the selected group to the Exercises section in a few Tab presses', async () => {
  const page = desktop.page
  await openLink(page, site.server.origin, '?muscle=calves')
  // The panel is its own chunk: on a busy machine it can arrive after ready. Count presses only once its
  // section bar is there and the focus is really on the selected group.
  const exercises = page
    .getByRole('navigation', { name: 'Sections about the calves' })
    .getByRole('link', { name: 'Exercises' })
  await exercises.waitFor()
  const option = page.locator('[role=option][data-group=calves]')
  await option.focus()
  await expect.poll(() => option.evaluate((el) => el === document.activeElement)).toBe(true)
  let presses = 0
  for (; presses < 40; presses++) {
    if (await exercises.evaluate((el) => el === document.activeElement)) break
    await page.keyboard.press('Tab')
  }
  console.log(`Tab presses from the selected group to the Exercises link: ${presses}`)
  expect(presses).toBeLessThanOrEqual(8)
  await page.keyboard.press('Enter')
  await expect.poll(() => sectionInView(page, 'exercises'), { timeout: 10_000 }).toBe(true)
})

test('state that stays true: Escape returns the panel to the top; ArrowDown in the group grid moves down a row', async () => {
  const page = await site.browser.newPage({ viewport: DESKTOP })
  await page.goto(`${site.server.origin}/index.html?muscle=calves#sources`)
  await waitForState(page, 'ready')
  await expect.poll(() => sectionInView(page, 'sources'), { timeout: 10_000 }).toBe(true)
  await page.keyboard.press('Escape')
  await expect.poll(() => page.locator('#rae-panel-title').textContent()).toBe('Meet the muscles that run')
  await expect.poll(() => page.evaluate(() => document.querySelector('.rae-side')!.scrollTop)).toBe(0)

  // Two columns: Shoulders | Upper back, then Quadriceps | Hip flexors.
  await page.locator('[role=option][data-group=shoulders]').focus()
  await page.keyboard.press('ArrowDown')
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-group'))).toBe('quadriceps')
  await page.keyboard.press('ArrowRight')
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-group'))).toBe('hip-flexors')
  await page.keyboard.press('ArrowUp')
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-group'))).toBe('upper-back')
})
