// The explorer's DOM side in a real browser: keyboard-only selection, deep and hostile links, the phone layout.
import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import {
  animationFrames,
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

const DESKTOP = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }

const panelTitle = (page: Page) => page.locator('#rae-panel-title').textContent()
const param = async (page: Page, key: string) =>
  page.evaluate((k) => new URL(location.href).searchParams.get(k), key)

async function tabUntil(page: Page, done: () => boolean, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate(done)) return
  }
  throw new Error(`focus never got there after ${max} presses of Tab`)
}

describe('desktop', () => {
  // One page for the block: the tests of a link's view move it there (openLink); those about a load itself (focus
  // from the top of a fresh page, the note on a hostile link) load it.
  const shared = sharedPage(site, { viewport: DESKTOP })

  test('keyboard only: Tab into the list, arrows, Enter opens the group and updates the link', async () => {
    const page = shared.page
    const log = collectConsole(page)
    await page.goto(`${site.server.origin}/index.html`)
    await waitForState(page, 'ready')
    expect(await panelTitle(page)).toBe('Meet the muscles that run')

    await tabUntil(page, () => document.activeElement?.getAttribute('role') === 'option')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-group'))).toBe('shoulders')
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-group'))).toBe('calves')
    await page.keyboard.press('Enter')

    await page.waitForFunction(() => document.querySelector('#rae-panel-title')?.textContent === 'Calves')
    expect(await param(page, 'muscle')).toBe('calves')
    expect(await page.locator('[role=option][data-group=calves]').getAttribute('aria-selected')).toBe('true')
    // Focus stays in the list, so the arrows keep working after a choice.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-group'))).toBe('calves')

    // The focus ring is visible, not just present.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
    expect(outline).not.toBe('none')

    await page.keyboard.press('Escape')
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('muscle'))
    expect(await panelTitle(page)).toBe('Meet the muscles that run')
    expect(errorsOf(log)).toEqual([])
  })

  test('the keyboard turns the body: arrows orbit, + zooms, Home frames it again', async () => {
    const page = shared.page
    await openLink(page, site.server.origin, '')
    const canvas = page.locator('canvas')
    await canvas.focus()
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('CANVAS')
    const camera = () =>
      page.evaluate(
        () =>
          (window as unknown as { __RAE_STATS__: { camera: { x: number; z: number } } }).__RAE_STATS__.camera,
      )
    const front = await canvas.screenshot()
    await cameraMove(page, async () => {
      for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft')
    })
    const turned = await canvas.screenshot()
    expect(turned.equals(front), 'arrows turn the body').toBe(false)
    await cameraMove(page, () => page.keyboard.press('+'))
    expect((await canvas.screenshot()).equals(turned), '+ moves closer').toBe(false)
    const closer = await camera()
    // Home frames the whole body again (from the side it is on): back out to a whole-body distance.
    await cameraMove(page, () => page.keyboard.press('Home'))
    const home = await camera()
    expect(Math.hypot(home.x, home.z)).toBeGreaterThan(Math.hypot(closer.x, closer.z))
    expect(Math.hypot(home.x, home.z), 'the whole body framed').toBeGreaterThan(2.5)
  })

  test('a deep link opens on the calves seen from the back', async () => {
    const page = shared.page
    const log = collectConsole(page)
    await openLink(page, site.server.origin, '?muscle=calves&view=back')
    expect(await panelTitle(page)).toBe('Calves')
    expect(await page.getByRole('button', { name: 'Back', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    )
    expect(await param(page, 'muscle')).toBe('calves')
    expect(await param(page, 'view')).toBe('back')
    // Exercises, stride table and sources are all there.
    expect(await page.locator('.rae-exercise').count()).toBeGreaterThanOrEqual(5)
    expect(await page.locator('.rae-phase-table tbody tr').count()).toBe(7)
    expect(await page.locator('.rae-sources > li').count()).toBeGreaterThan(3)
    expect(errorsOf(log)).toEqual([])
  })

  test('a hostile link gets a polite note and the whole body, and runs nothing', async () => {
    const page = shared.page
    let dialogs = 0
    page.on('dialog', (dialog) => {
      dialogs++
      void dialog.dismiss()
    })
    const hostile = encodeURIComponent('<script>alert(1)</script><img src=x onerror=alert(2)>')
    await page.goto(`${site.server.origin}/index.html?muscle=${hostile}`)
    await waitForState(page, 'ready')
    const notice = page.locator('.rae-notices .rae-notice-text')
    expect(await notice.count()).toBe(1)
    expect(await notice.textContent()).toMatch(/don.t know a muscle group/)
    expect(await page.locator('#explorer script, #explorer img').count()).toBe(0)
    expect(await panelTitle(page)).toBe('Meet the muscles that run')
    expect(await param(page, 'muscle')).toBeNull()
    expect(dialogs).toBe(0)

    await page.getByRole('button', { name: 'Dismiss note' }).click()
    expect(await notice.count()).toBe(0)
  })
})

describe('phone', () => {
  // One phone for the block, moved between links (openLink).
  const shared = sharedPage(site, { viewport: PHONE, isMobile: true, hasTouch: true })

  test('390×844: nothing overflows sideways and the sheet works by touch', async () => {
    const page = shared.page
    const log = collectConsole(page)
    await openLink(page, site.server.origin, '')

    const overflow = () =>
      page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }))
    let { scroll, inner } = await overflow()
    expect(scroll).toBeLessThanOrEqual(inner)

    // The stage sits on top and takes about half the screen.
    const stage = await page.locator('.rae-stage').boundingBox()
    expect(stage!.height).toBeGreaterThan(PHONE.height * 0.45)
    expect(stage!.height).toBeLessThan(PHONE.height * 0.65)

    await page.locator('[role=option][data-group=glutes]').tap()
    await page.waitForFunction(() => document.querySelector('#rae-panel-title')?.textContent === 'Glutes')
    expect(await param(page, 'muscle')).toBe('glutes')

    // Touch targets: the group options, the sheet handle and the toolbar buttons are at least 44 px tall.
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          '.rae-header button, .rae-sheet-toggle, [role=option], .rae-chip-button',
        ),
      ]
        // Hidden controls (a closed dialog's buttons) are not touch targets.
        .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().height < 44)
        .map((el) => el.textContent),
    )
    expect(small).toEqual([])

    const toggle = page.locator('.rae-sheet-toggle')
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    await toggle.tap()
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    await page.waitForFunction(
      () => document.querySelector('.rae-stage')!.getBoundingClientRect().height < 300,
    )
    ;({ scroll, inner } = await overflow())
    expect(scroll).toBeLessThanOrEqual(inner)
    await toggle.tap()
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')

    await openLink(page, site.server.origin, '?muscle=calves')
    expect(await panelTitle(page)).toBe('Calves')
    ;({ scroll, inner } = await overflow())
    expect(scroll).toBeLessThanOrEqual(inner)
    expect(errorsOf(log)).toEqual([])
  })

  test('a tap on a calf selects the calves, a one-finger drag turns the body and selects nothing', async () => {
    const page = shared.page
    const context = page.context()
    await openLink(page, site.server.origin, '?view=back')
    const stage = (await page.locator('canvas').boundingBox())!
    // Scan the lower legs (seen from behind) until a tap lands on a calf muscle.
    let hit = false
    for (const y of [0.74, 0.7, 0.78, 0.66]) {
      for (const x of [0.45, 0.55, 0.43, 0.57]) {
        await page.touchscreen.tap(stage.x + stage.width * x, stage.y + stage.height * y)
        // A tap is picked in its own events and the link follows the store at once; a frame or two covers it.
        await animationFrames(page)
        if ((await param(page, 'muscle')) === 'calves') {
          hit = true
          break
        }
      }
      if (hit) break
    }
    expect(hit).toBe(true)
    expect(await panelTitle(page)).toBe('Calves')

    // A one-finger swipe across the stage rotates the camera: the selection stays.
    // The tap's own move to the calves first, so the swipe's move is the one looked at and waited for.
    await cameraAtRest(page)
    const before = await page.locator('canvas').screenshot()
    const cdp = await context.newCDPSession(page)
    const y = stage.y + stage.height * 0.5
    const points = [0.2, 0.35, 0.5, 0.65, 0.8].map((f) => ({ x: stage.x + stage.width * f, y }))
    await cameraMove(page, async () => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [points[0]!] })
      for (const p of points.slice(1))
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [p] })
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    })
    expect(await param(page, 'muscle')).toBe('calves')
    expect((await page.locator('canvas').screenshot()).equals(before), 'the body turned').toBe(false)
  })
})
