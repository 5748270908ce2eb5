// Back and Forward move between views: a group, a tour step and a plan step are each one history entry; the
// stride playing or scrubbed and the camera turning rewrite the entry the reader is on. A pushed address and a
// popstate (gotoLink) put that address's whole view on screen. One page for the whole file.
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { TOUR_IDS } from '../../src/domain/tour.ts'
import {
  collectConsole,
  errorsOf,
  gotoLink,
  serveBuiltSite,
  waitForState,
  type ConsoleEntry,
} from './harness.ts'

const site = serveBuiltSite()
let page: Page
let log: ConsoleEntry[]

beforeAll(async () => {
  // Kept: the whole file walks one page's history (other contexts close after each test).
  const context = site.keep(await site.browser.newContext({ viewport: { width: 1280, height: 800 } }))
  page = await context.newPage()
  log = collectConsole(page)
  await page.goto(`${site.server.origin}/index.html`)
  await waitForState(page, 'ready')
})

afterAll(async () => {
  expect(errorsOf(log)).toEqual([])
  await page?.close()
})

const param = (key: string) => new URL(page.url()).searchParams.get(key)
const entries = () => page.evaluate(() => history.length)
const title = () => page.locator('#rae-panel-title').textContent()
const back = () => page.evaluate(() => history.back())
const forward = () => page.evaluate(() => history.forward())
/** Two frames: whatever the last step set off (a view applied, an address rewritten) has happened. */
const settle = () =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))

test('Back after choosing Calves then Glutes returns to Calves; Forward goes to Glutes again', async () => {
  await page.locator('[role=option][data-group=calves]').click()
  await expect.poll(title).toBe('Calves')
  await page.locator('[role=option][data-group=glutes]').click()
  await expect.poll(title).toBe('Glutes')
  expect(param('muscle')).toBe('glutes')

  await back()
  await expect.poll(title).toBe('Calves')
  expect(param('muscle')).toBe('calves')
  await forward()
  await expect.poll(title).toBe('Glutes')
  expect(param('muscle')).toBe('glutes')
})

test('a tour step is exactly one history entry, and Back steps the tour back', async () => {
  await page.getByRole('button', { name: 'Tours' }).click()
  await page.getByRole('button', { name: /Why hamstrings strain in late swing/ }).click()
  const step = page.locator('.rae-tour-step-title')
  await expect.poll(() => step.textContent()).toBe('The brake at the end of the swing')
  await expect.poll(() => param('loop')).toBe('85-95')
  await settle()
  const before = await entries()

  await page.getByRole('button', { name: 'Next →' }).click()
  await expect.poll(() => step.textContent()).toBe('The long head of biceps femoris')
  // The step's own view (one muscle alone) has arrived in the same entry.
  await expect.poll(() => param('isolate')).toBe('biceps-femoris')
  await settle()
  expect(await entries()).toBe(before + 1)
  expect(param('step')).toBe('2')

  await back()
  await expect.poll(() => step.textContent()).toBe('The brake at the end of the swing')
  await expect.poll(() => param('isolate')).toBeNull()
  expect(param('step')).toBe('1')
  expect(param('tour')).toBe('hamstring-strain')
  // Back once more: the tours list, then the group it was opened over.
  await back()
  // One start button per tour (the stride lab added three to the first three).
  await expect.poll(() => page.locator('.rae-tour-start').count()).toBe(TOUR_IDS.length)
  await back()
  await expect.poll(title).toBe('Glutes')
  expect(await page.locator('.rae-tours').count()).toBe(0)
})

test('a plan step is one history entry; typed answers add none, and Back never takes one back', async () => {
  await page.getByRole('button', { name: 'My plan' }).click()
  const heading = page.locator('.rae-plan-heading')
  await expect.poll(() => heading.textContent()).toBe('About you')
  await expect.poll(() => param('plan')).toBe('new')
  await settle()
  const before = await entries()

  await page.getByLabel('Runs per week').fill('4')
  await expect.poll(() => param('plan')).toMatch(/^2\./) // plan codes are version 2 since issue 21
  await page.getByRole('button', { name: 'Self-tests →' }).click()
  await expect.poll(() => heading.textContent()).toBe('Self-tests')
  const heelRise = page.locator('[data-test=heel-rise]').getByLabel('Left (reps)')
  await heelRise.fill('14')
  await settle()
  expect(await entries()).toBe(before + 1)

  await back()
  await expect.poll(() => heading.textContent()).toBe('About you')
  expect(await page.getByLabel('Runs per week').inputValue()).toBe('4')
  await forward()
  await expect.poll(() => heading.textContent()).toBe('Self-tests')
  expect(await heelRise.inputValue()).toBe('14')
})

test('the stride playing, paused, jumped or scrubbed adds no entry; neither does a camera turn', async () => {
  await gotoLink(page, '?muscle=hamstrings', '.rae-group-panel[data-group=hamstrings]')
  expect(await title()).toBe('Hamstrings')
  const before = await entries()

  await page.getByRole('button', { name: 'Stride', exact: true }).click()
  await page.getByRole('button', { name: 'Pause the stride' }).waitFor()
  await expect.poll(() => param('play')).toBe('1')
  await page.getByRole('button', { name: 'Pause the stride' }).click()
  await expect.poll(() => param('play')).toBe('0')
  await page.locator('.rae-stride-phase').nth(2).click()
  const range = page.locator('#rae-stride-range')
  await range.focus()
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight')
  const phase = param('phase')
  await page.getByRole('button', { name: 'Play the stride' }).click()
  await expect.poll(() => param('play')).toBe('1')
  await page.getByRole('button', { name: 'Pause the stride' }).click()
  await expect.poll(() => param('phase')).not.toBe(phase)
  await settle()
  expect(await entries()).toBe(before)

  await page.getByRole('button', { name: 'Stride', exact: true }).click()
  await expect.poll(() => param('phase')).toBeNull()
  await page.locator('canvas').focus()
  for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowUp', '+']) await page.keyboard.press(key)
  await expect.poll(() => param('cam'), { timeout: 10_000 }).not.toBeNull()
  await settle()
  expect(await entries()).toBe(before)
})

test('a pushed address and a popstate put that address’s whole view on screen (gotoLink)', async () => {
  // From a turned camera, the X-ray and labels on: the address alone decides what comes back.
  await page.getByRole('button', { name: 'X-ray' }).click()
  await page.getByRole('button', { name: 'Labels' }).click()
  await expect.poll(() => param('labels')).toBe('1')

  await page.evaluate(() => {
    history.pushState(null, '', '?muscle=glutes')
    dispatchEvent(new PopStateEvent('popstate'))
  })
  await expect.poll(title).toBe('Glutes')
  expect(new URL(page.url()).search).toBe('?muscle=glutes')
  expect(await page.getByRole('button', { name: 'X-ray' }).getAttribute('aria-pressed')).toBe('false')
  expect(await page.getByRole('button', { name: 'Labels' }).getAttribute('aria-pressed')).toBe('false')
  expect(await page.locator('.rae-notice-text').count()).toBe(0)

  await gotoLink(page, '?tour=hip-drop&step=2', '.rae-tours[data-tour=hip-drop][data-step="2"]')
  expect(await page.locator('.rae-tour-step-title').textContent()).toBe('Level over the standing leg')
  await gotoLink(page, '?muscle=soleus&view=back', '.rae-group-panel[data-group=calves]')
  expect(await title()).toBe('Calves')
  // Written back as the group, as a fresh load does.
  expect(new URL(page.url()).search).toBe('?muscle=calves&view=back')
  expect(await page.getByRole('button', { name: 'Back', exact: true }).getAttribute('aria-pressed')).toBe(
    'true',
  )
  await gotoLink(page, '?', '.rae-welcome')
  expect(await title()).toBe('Meet the muscles that run')
})
