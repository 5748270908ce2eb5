// "Show me" in the built app: a link opens an exercise's card with the body holding its hardest moment and the
// working muscles lit, a held demo draws nothing, Escape puts the body back and keeps the card, and the card's
// own button plays the demo again and writes it into the link.
import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import {
  cameraAtRest,
  collectConsole,
  errorsOf,
  framesDrawn,
  quietPeriod,
  serveBuiltSite,
  settledFrames,
  waitForState,
} from './harness.ts'

const site = serveBuiltSite()

type Glow = Record<string, number>
// settledFrames (harness.ts) also waits out the camera's eased turn to the demo's side, which the lazy controls
// may start late on a busy machine, so a count that follows measures the held demo alone.
const glowOf = (page: Page) =>
  page.evaluate(() => ({ ...((window as { __RAE_STATS__?: { glow?: Glow } }).__RAE_STATS__?.glow ?? {}) }))
const param = (page: Page, key: string) =>
  page.evaluate((k) => new URL(location.href).searchParams.get(k), key)

describe('Show me', () => {
  test('?exercise= holds the hardest moment lit, Escape restores the body, the card’s button plays it again', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } })
    const log = collectConsole(page)
    await page.goto(`${site.server.origin}/index.html?exercise=single-leg-calf-raise&play=0`)
    await waitForState(page, 'ready')
    const bar = page.locator('.rae-demo[data-demo="single-leg-calf-raise"]')
    await bar.waitFor()
    await cameraAtRest(page)
    // The controls are on screen, under the body (not pushed below the stage).
    const box = (await bar.boundingBox())!
    expect(box.y + box.height).toBeLessThanOrEqual(800)

    // Held at the top of the raise: the calves (its prime movers) lit, nothing else strongly.
    await page.waitForFunction(
      () => ((window as { __RAE_STATS__?: { glow?: Glow } }).__RAE_STATS__?.glow?.calves ?? 0) > 0.8,
    )
    const held = await glowOf(page)
    for (const [group, value] of Object.entries(held)) if (group !== 'calves') expect(value, group).toBe(0)
    // Framed from the side that shows the raise (its track's camera), not the calves' card view from behind. The
    // camera may rest at the card's view before the lazy controls arrive and turn it: wait for the turn's end.
    await expect
      .poll(
        () =>
          page
            .getByRole('group', { name: 'Camera view' })
            .locator('button[aria-pressed=true]')
            .allTextContents(),
        { timeout: 15_000 },
      )
      .toEqual(['Right'])
    expect(await page.locator('#rae-demo-range').inputValue()).not.toBe('0')
    expect(await param(page, 'exercise')).toBe('single-leg-calf-raise')
    expect(await param(page, 'play')).toBe('0')
    // The card it belongs to is open, with its own button pressed.
    const button = page.locator('[data-show-me="single-leg-calf-raise"]').first()
    expect(await button.getAttribute('aria-pressed')).toBe('true')

    // A held demo draws nothing (once the camera's last eased frames are out).
    const still = await settledFrames(page)
    await quietPeriod(page, 1500, 20)
    expect((await framesDrawn(page)) - still).toBe(0)

    // Escape: the demo closes, the glow goes, the link forgets it, and the card stays.
    await page.keyboard.press('Escape')
    await bar.waitFor({ state: 'detached' })
    await page.waitForFunction(() => new URL(location.href).searchParams.get('exercise') === null)
    expect(Object.values(await glowOf(page)).every((v) => v === 0)).toBe(true)
    expect(await button.isVisible()).toBe(true)
    expect(await button.getAttribute('aria-pressed')).toBe('false')

    // The card's "Show me": it plays (frames keep coming) and the link names it, playing (no play=0).
    await button.click()
    await bar.waitFor()
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('exercise') === 'single-leg-calf-raise',
    )
    expect(await param(page, 'play')).toBeNull()
    expect(await page.getByRole('button', { name: 'Pause the demonstration' }).count()).toBe(1)
    const before = await framesDrawn(page)
    await quietPeriod(page, 800, 10)
    expect((await framesDrawn(page)) - before).toBeGreaterThan(5)
    expect(errorsOf(log)).toEqual([])
    await page.close()
  })

  test('reduced motion: no loop, the start and end positions as two stills with a toggle', async () => {
    const context = await site.browser.newContext({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    })
    const page = await context.newPage()
    const log = collectConsole(page)
    // A playing link: reduced motion still opens it held, at its end position.
    await page.goto(`${site.server.origin}/index.html?exercise=single-leg-calf-raise`)
    await waitForState(page, 'ready')
    const bar = page.locator('.rae-demo[data-demo="single-leg-calf-raise"]')
    await bar.waitFor()
    const positions = bar.getByRole('group', { name: 'Position shown' })
    const start = positions.getByRole('button', { name: 'Start position' })
    const end = positions.getByRole('button', { name: 'End position' })
    await page.waitForFunction(
      () => ((window as { __RAE_STATS__?: { glow?: Glow } }).__RAE_STATS__?.glow?.calves ?? 0) > 0.8,
    )
    expect(await end.getAttribute('aria-pressed')).toBe('true')
    expect(await start.getAttribute('aria-pressed')).toBe('false')
    const endAt = Number(await page.locator('#rae-demo-range').inputValue())
    expect(endAt).toBeGreaterThan(0)
    // Nothing loops: once the camera has settled, no frame is drawn.
    await cameraAtRest(page)
    const still = await settledFrames(page)
    await quietPeriod(page, 1500, 20)
    expect((await framesDrawn(page)) - still).toBe(0)

    // The toggle: the start position, still, then the end again.
    await start.click()
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('#rae-demo-range')?.value === '0',
    )
    expect(await start.getAttribute('aria-pressed')).toBe('true')
    expect(await page.getByRole('button', { name: 'Play the demonstration' }).count()).toBe(1)
    const atStart = await settledFrames(page)
    await quietPeriod(page, 1000, 20)
    expect((await framesDrawn(page)) - atStart).toBe(0)
    await end.click()
    await page.waitForFunction(
      (t) => Number(document.querySelector<HTMLInputElement>('#rae-demo-range')?.value) === t,
      endAt,
    )
    expect(await end.getAttribute('aria-pressed')).toBe('true')
    expect(errorsOf(log)).toEqual([])
    await context.close()
  })

  test('My plan’s self-tests: each Show me poses its end position on the body, keeps the plan open and out of the link', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } })
    const log = collectConsole(page)
    await page.goto(`${site.server.origin}/index.html?plan=new`)
    await waitForState(page, 'ready')
    await page
      .getByRole('navigation', { name: 'Plan steps' })
      .getByRole('button', { name: 'Self-tests' })
      .click()
    const test = page.locator('[data-test=side-plank]')
    await test.locator('[data-show-me="test:side-plank"]').click()
    const bar = page.locator('.rae-demo[data-demo="test:side-plank"]')
    await bar.waitFor()
    expect(await bar.innerText()).toMatch(/Side plank hold: start and end/)
    expect(await bar.innerText()).toMatch(/the test ends when the hips drop/)
    // The end position, held, with the side-hip muscles lit.
    await page.getByRole('button', { name: 'Hardest moment' }).click()
    await page.waitForFunction(
      () => ((window as { __RAE_STATS__?: { glow?: Glow } }).__RAE_STATS__?.glow?.glutes ?? 0) > 0.8,
    )
    expect(await test.isVisible()).toBe(true)
    expect(await param(page, 'exercise')).toBeNull()
    // Every self-test has its Show me.
    expect(await page.locator('[data-test] [data-show-me^="test:"]').count()).toBe(6)
    await page.keyboard.press('Escape')
    await bar.waitFor({ state: 'detached' })
    expect(await test.isVisible()).toBe(true)
    expect(errorsOf(log)).toEqual([])
    await page.close()
  })
})
