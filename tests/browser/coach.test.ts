// Coach mode: tours that step by keys, buttons and links (every tour at every step: coach-tours.test.ts); labels
// on the body that never overlap and go when their muscle turns away; one muscle alone that a link restores; the
// camera and a stride loop kept in the link.
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import {
  cameraAtRest,
  cameraMove,
  collectConsole,
  errorsOf,
  openLink,
  serveBuiltSite,
  sharedPage,
  waitForState,
} from './harness.ts'

const site = serveBuiltSite()
// One page for the file: each test moves it to its link (a cold load is seconds of SwiftShader work); only the
// checks of what a reload restores reload it, and the phone has a page of its own.
const shared = sharedPage(site)
const PROJECTOR = { width: 1920, height: 1080 }
const DESKTOP = { width: 1280, height: 800 }

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key)

/** The shared page at `query` in `viewport`, as a fresh load of that link shows it (openLink). */
async function open(query: string, viewport = DESKTOP): Promise<Page> {
  const page = shared.page
  await page.setViewportSize(viewport)
  await openLink(page, site.server.origin, query)
  return page
}

/** The labels on screen, with their boxes. */
function shownLabels(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.rae-label')]
      .filter((el) => !el.hidden)
      .map((el) => {
        const r = el.getBoundingClientRect()
        return { text: el.textContent ?? '', x: r.x, y: r.y, w: r.width, h: r.height }
      }),
  )
}

test('a tour link opens at its step; keys, buttons and a clicker step it and the address follows; Escape leaves', async () => {
  const page = await open('?tour=hamstring-strain&step=1', PROJECTOR)
  const log = collectConsole(page)
  const title = page.locator('.rae-tour-step-title')
  expect(await title.textContent()).toBe('The brake at the end of the swing')
  await expect.poll(() => param(page, 'loop')).toBe('85-95')
  expect(param(page, 'labels')).toBe('1')

  await page.keyboard.press('ArrowRight')
  await expect.poll(() => title.textContent()).toBe('The long head of biceps femoris')
  await expect.poll(() => param(page, 'step')).toBe('2')
  expect(param(page, 'isolate')).toBe('biceps-femoris')

  await page.getByRole('button', { name: 'Next →' }).click()
  await expect.poll(() => param(page, 'step')).toBe('3')
  await page.keyboard.press('PageUp')
  await expect.poll(() => param(page, 'step')).toBe('2')
  await page.getByRole('button', { name: '← Previous' }).click()
  await expect.poll(() => param(page, 'step')).toBe('1')

  await page.keyboard.press('Escape')
  await expect.poll(() => param(page, 'tour')).toBeNull()
  expect(await page.locator('.rae-tours').count()).toBe(0)
  expect(errorsOf(log)).toEqual([])
})

test('labels name the chosen group on the body, never overlap, and go when their muscles turn away', async () => {
  // One page: the first group by its link, the others chosen in the group list, which leaves the labels on.
  const page = await open('?muscle=hamstrings&labels=1')
  for (const [group, view] of [
    ['hamstrings', 'back'],
    ['quadriceps', 'front'],
    ['calves', 'back'],
    ['glutes', 'back'],
  ] as const) {
    if (param(page, 'muscle') !== group) {
      await page.locator(`[role=option][data-group=${group}]`).click()
      await expect.poll(() => param(page, 'muscle')).toBe(group)
      expect(param(page, 'labels')).toBe('1')
    }
    // Labels are placed for the camera at rest, after the move to the group.
    await cameraAtRest(page)
    await expect.poll(async () => (await shownLabels(page)).length, { timeout: 10_000 }).toBeGreaterThan(1)
    const boxes = await shownLabels(page)
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!
        const b = boxes[j]!
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y
        expect(apart, `${group}: ${a.text} overlaps ${b.text}`).toBe(true)
      }
    expect(
      await page
        .getByRole('button', { name: view === 'back' ? 'Back' : 'Front', exact: true })
        .getAttribute('aria-pressed'),
    ).toBe('true')
    if (group === 'hamstrings') {
      // From the front the hamstrings face away: their labels go.
      await page.getByRole('button', { name: 'Front', exact: true }).click()
      await expect.poll(async () => (await shownLabels(page)).length, { timeout: 10_000 }).toBe(0)
    }
  }
  const phone = await site.browser.newPage({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  })
  await phone.goto(`${site.server.origin}/index.html?muscle=calves&labels=1`)
  await waitForState(phone, 'ready')
  await expect.poll(async () => (await shownLabels(phone)).length, { timeout: 10_000 }).toBeGreaterThan(1)
})

test('one muscle alone: from the panel, kept in the link, restored on reload with the panel at that muscle', async () => {
  const page = await open('?muscle=hamstrings')
  const alone = page.locator('[data-muscle=biceps-femoris] .rae-muscle-alone')
  await alone.click()
  await expect.poll(() => param(page, 'isolate')).toBe('biceps-femoris')
  await page.reload()
  await waitForState(page, 'ready')
  expect(
    await page.locator('[data-muscle=biceps-femoris] .rae-muscle-alone').getAttribute('aria-pressed'),
  ).toBe('true')
  const inView = await page.locator('[data-muscle=biceps-femoris]').evaluate((el) => {
    const r = el.getBoundingClientRect()
    const box = document.querySelector('.rae-side')!.getBoundingClientRect()
    return r.top >= box.top - 1 && r.top < box.bottom
  })
  expect(inView).toBe(true)
  // Pressed again, the whole group comes back and the link lets go.
  await page.locator('[data-muscle=biceps-femoris] .rae-muscle-alone').click()
  await expect.poll(() => param(page, 'isolate')).toBeNull()
})

test('the camera a reader turned and zoomed, the X-ray and a stride loop are all kept in the link', async () => {
  const page = await open('?muscle=calves')
  await page.locator('canvas').focus()
  // Read the pose once the camera has come to rest after the last key, not at a rest between two presses.
  await cameraMove(page, async () => {
    for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowLeft', '+']) await page.keyboard.press(key)
  })
  await expect.poll(() => param(page, 'cam'), { timeout: 10_000 }).not.toBeNull()
  const cam = param(page, 'cam')
  await page.getByRole('button', { name: 'X-ray' }).click()
  await expect.poll(() => param(page, 'xray')).toBe('1')
  const camera = () =>
    page.evaluate(
      () =>
        (window as unknown as { __RAE_STATS__: { camera: { x: number; z: number } } }).__RAE_STATS__.camera,
    )
  const before = await camera()
  await page.reload()
  await waitForState(page, 'ready')
  const after = await camera()
  expect(Math.abs(after.x - before.x)).toBeLessThan(0.06)
  expect(Math.abs(after.z - before.z)).toBeLessThan(0.06)
  expect(param(page, 'cam')).toBe(cam)
  expect(await page.getByRole('button', { name: 'X-ray' }).getAttribute('aria-pressed')).toBe('true')

  // Loop late swing in stride mode: the moment stays inside it while it plays.
  await page.goto(`${site.server.origin}/index.html?muscle=hamstrings&phase=90&play=0`)
  await waitForState(page, 'ready')
  await page.getByRole('button', { name: 'Loop' }).click()
  await expect.poll(() => param(page, 'loop')).toBe('78-100')
  // Six moments in a row as it plays, each read once the moment on screen has moved on from the last.
  const moment = async () =>
    Number(/(\d+) %/.exec((await page.locator('.rae-stride-moment').textContent()) ?? '')?.[1])
  let last = -1
  for (let i = 0; i < 6; i++) {
    await expect.poll(moment, { timeout: 10_000 }).not.toBe(last)
    const n = await moment()
    expect(n === 0 || (n >= 78 && n <= 99), `moment ${n}`).toBe(true)
    last = n
  }
})
