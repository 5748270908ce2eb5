// Stride mode in the built app: a deep link opens paused at a moment with the right muscles glowing, the
// scrubber moves it by keyboard and writes the link, playback animates, and stride off restores the rest.
import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import {
  collectConsole,
  errorsOf,
  framesDrawn,
  openLink,
  quietPeriod,
  serveBuiltSite,
  sharedPage,
  waitForState,
} from './harness.ts'

const site = serveBuiltSite()

const VIEWPORT = { width: 1280, height: 800 }
/** A group counts as glowing when its strongest muscle is at least this share of its own peak. */
const GLOWING = 0.6

type Glow = Record<string, number>

const glowOf = (page: Page) =>
  page.evaluate(() => ({ ...((window as { __RAE_STATS__?: { glow?: Glow } }).__RAE_STATS__?.glow ?? {}) }))
const glowing = (glow: Glow) =>
  Object.entries(glow)
    .filter(([, v]) => v >= GLOWING)
    .map(([g]) => g)
    .sort()
const frames = framesDrawn
const param = (page: Page, key: string) =>
  page.evaluate((k) => new URL(location.href).searchParams.get(k), key)

/** Puts `page` on the link `search` as a fresh load of it shows it (openLink: loads the app only once). */
async function open(page: Page, search: string): Promise<void> {
  await openLink(page, site.server.origin, search)
  // Stride mode's bar is its own chunk: a link into stride mode shows it once it has arrived.
  if (search.includes('phase=')) await page.locator('#rae-stride-range').waitFor()
  // Two frames so the pose and glow of the link's moment are on screen.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
}

describe('stride mode', () => {
  // One page for the block, moved between links; the reduced-motion reader has a context of its own.
  const shared = sharedPage(site)
  const desktop = async () => {
    await shared.page.setViewportSize(VIEWPORT)
    return shared.page
  }

  test('a link to the hamstrings at 90 % opens paused with them glowing; scrubbing to 50 % changes that', async () => {
    const page = await desktop()
    const log = collectConsole(page)
    await open(page, '?muscle=hamstrings&phase=90&play=0')

    const range = page.locator('#rae-stride-range')
    expect(await range.inputValue()).toBe('90')
    expect(await range.getAttribute('aria-valuetext')).toBe('90 % — late swing')
    expect(await page.locator('.rae-right-now-phase').textContent()).toBe('Late swing')
    expect(await page.getByRole('button', { name: 'Play the stride' }).count()).toBe(1)

    const before = await glowOf(page)
    expect(before.hamstrings).toBeGreaterThan(0.9)

    const framesBefore = await frames(page)
    await range.focus()
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowLeft')
    await page.waitForFunction(() => new URL(location.href).searchParams.get('phase') === '50')
    expect(await range.getAttribute('aria-valuetext')).toBe('50 % — early swing')
    expect(await page.locator('.rae-right-now-phase').textContent()).toBe('Early swing')
    const after = await glowOf(page)
    // The right hamstrings rest at 50 %; the left ones, just landing, are finishing their 75→10 % EMG window,
    // so the group glows moderately at most, well below its late-swing peak.
    expect(after.hamstrings).toBeLessThan(0.7)
    expect(after.hamstrings).toBeLessThan(before.hamstrings ?? 1)
    expect(glowing(after)).not.toEqual(glowing(before))
    expect(await param(page, 'play')).toBe('0')
    // Paused: each seek draws a frame or two, not an animation.
    expect((await frames(page)) - framesBefore).toBeLessThan(200)
    expect(errorsOf(log)).toEqual([])
  })

  test('the side view at initial contact, toe-off and mid-swing', async () => {
    const page = await desktop()
    const log = collectConsole(page)
    const seen: string[][] = []
    // Initial contact, toe-off, mid-swing.
    for (const phase of [0, 34, 68]) {
      await open(page, `?view=right&phase=${phase}&play=0`)
      seen.push(glowing(await glowOf(page)))
    }
    // Contact: the trunk braces; toe-off: the hip flexors take over from the calves; right mid-swing is the
    // left leg's midstance, carried by its quadriceps and calf while the hamstrings rest.
    expect(seen[0]).toContain('core')
    expect(seen[1]).toContain('hip-flexors')
    expect(seen[1]).not.toContain('calves')
    expect(seen[2]).toEqual(expect.arrayContaining(['calves', 'quadriceps']))
    expect(seen[2]).not.toContain('hamstrings')
    expect(errorsOf(log)).toEqual([])
  })

  test('play animates the body and the scrubber, pause writes the moment into the link, stride off rests', async () => {
    const page = await desktop()
    const log = collectConsole(page)
    await open(page, '?view=left&phase=10&play=1')
    expect(await page.getByRole('button', { name: 'Pause the stride' }).count()).toBe(1)
    const f0 = await frames(page)
    const v0 = await page.locator('#rae-stride-range').inputValue()
    // Software WebGL is slow; a handful of frames proves the loop keeps itself going.
    await expect.poll(async () => (await frames(page)) - f0, { timeout: 20_000 }).toBeGreaterThan(3)
    await expect.poll(() => page.locator('#rae-stride-range').inputValue(), { timeout: 20_000 }).not.toBe(v0)
    // The marker rides on transform (no layout per frame) and, clipped, never widens the page.
    const marker = await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('.rae-stride-now')
      const root = document.documentElement
      return {
        left: el?.style.left,
        transform: el?.style.transform,
        overflow: root.scrollWidth - root.clientWidth,
      }
    })
    expect(marker).toEqual({
      left: '',
      transform: expect.stringMatching(/^translateX\([\d.]+%\)$/),
      overflow: 0,
    })

    await page.getByRole('button', { name: 'Pause the stride' }).click()
    expect(await param(page, 'play')).toBe('0')
    const paused = Number(await param(page, 'phase'))
    expect(paused).toBeGreaterThanOrEqual(0)
    expect(paused).toBeLessThan(100)
    const f1 = await frames(page)
    // Paused, nothing draws: a loop still running would add a frame on every one of the frames waited for.
    await quietPeriod(page, 500, 10)
    expect((await frames(page)) - f1).toBeLessThanOrEqual(2)

    await page.getByRole('button', { name: 'Stride', exact: true }).click()
    expect(await page.locator('#rae-stride-range').count()).toBe(0)
    expect(await param(page, 'phase')).toBeNull()
    expect(glowing(await glowOf(page))).toEqual([])
    expect(errorsOf(log)).toEqual([])
  })

  test('the bar keeps the stage roomy: slim rows, with the caption, the right-leg note and the flags in sight', async () => {
    // Just after toe-off: the words must already say the leg swings.
    for (const [name, viewport, most] of [
      // The caption has its own line, and on a phone the seven phases take two rows instead of scrolling.
      ['desktop', VIEWPORT, 160],
      ['phone', { width: 390, height: 844 }, 205],
    ] as const) {
      const page = shared.page
      await page.setViewportSize(viewport)
      const log = collectConsole(page)
      await open(page, '?muscle=calves&phase=36&play=0')
      const bar = await page.locator('.rae-stride').boundingBox()
      expect(bar?.height).toBeLessThanOrEqual(most)
      expect(await page.locator('.rae-stride-leg').isVisible()).toBe(true)
      if (name === 'desktop') expect(await page.locator('.rae-stride-note').isVisible()).toBe(true)
      const flags = page.locator('.rae-glow-sources summary .rae-flag')
      expect(await flags.count()).toBe(2)
      for (const flag of await flags.all()) expect(await flag.isVisible()).toBe(true)
      expect(await page.locator('.rae-right-now-part').textContent()).toBe('(right leg swinging)')
      expect(errorsOf(log)).toEqual([])
    }
  })

  test('reduced motion: a play=1 link waits for the reader to press Play', async () => {
    const context = await site.browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' })
    const page = await context.newPage()
    await open(page, '?phase=20&play=1')
    expect(await page.getByRole('button', { name: 'Play the stride' }).count()).toBe(1)
    const f0 = await frames(page)
    // Waiting, nothing draws: a stride that played anyway would add a frame on every one waited for.
    await quietPeriod(page, 500, 10)
    expect((await frames(page)) - f0).toBeLessThanOrEqual(2)

    // Stride switched on from the panel stays paused; its chart shows the moment at once.
    // A load, not a link: the moment the chart shows is a fresh page's (a popstate keeps the stride clock's).
    await page.goto(`${site.server.origin}/index.html?muscle=hamstrings`)
    await waitForState(page, 'ready')
    await page.getByRole('button', { name: 'Watch the hamstrings in the stride' }).click()
    // Stride mode's bar is fetched when stride mode first turns on.
    await page.getByRole('button', { name: 'Play the stride' }).waitFor()
    expect(await page.getByRole('button', { name: 'Play the stride' }).count()).toBe(1)
    expect(await page.locator('.rae-curve-now').getAttribute('x1')).toBe('0')
    expect(await page.locator('.rae-curve-value span').first().textContent()).toMatch(/^\d+ %$/)
  })
})
