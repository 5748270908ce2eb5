// The stride lab in the built app: a foot strike or step rate in the link changes the glow at the same moment
// and the loads listed, the controls write the link, and the embed keeps the setting.
import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { collectConsole, errorsOf, openLink, serveBuiltSite, sharedPage, waitForState } from './harness.ts'

const site = serveBuiltSite()

type Glow = Record<string, number>

const glowOf = (page: Page) =>
  page.evaluate(() => ({ ...((window as { __RAE_STATS__?: { glow?: Glow } }).__RAE_STATS__?.glow ?? {}) }))
const param = (page: Page, key: string) =>
  page.evaluate((k) => new URL(location.href).searchParams.get(k), key)
const twoFrames = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))

async function open(page: Page, search: string): Promise<void> {
  await openLink(page, site.server.origin, search)
  await page.locator('#rae-stride-range').waitFor()
  await twoFrames(page)
}

const readout = (page: Page, id: string) => page.locator(`[data-readout="${id}"] .rae-lab-now`)

describe('stride lab', () => {
  const shared = sharedPage(site)
  const desktop = async () => {
    await shared.page.setViewportSize({ width: 1280, height: 800 })
    return shared.page
  }

  test('?strike=forefoot against ?strike=rearfoot at the same moment: the calves glow more, the Achilles read-outs rise and the kneecap falls', async () => {
    const page = await desktop()
    const log = collectConsole(page)
    // 82 %: late swing, where forefoot strikers switch the calves on earlier (Ahn 2014) and the left calf is
    // nearly done; 15 %: mid-stance.
    await open(page, '?muscle=calves&phase=82&play=0&strike=rearfoot')
    const rear82 = (await glowOf(page)).calves ?? 0
    // The caption says what the right calf does, as the body shows it.
    expect(await page.locator('.rae-stride-group-now').textContent()).toBe('Calves: off')
    // A typical value in the link is not written back: rearfoot is the typical strike.
    expect(await param(page, 'strike')).toBeNull()
    await open(page, '?muscle=calves&phase=82&play=0&strike=forefoot')
    const fore82 = (await glowOf(page)).calves ?? 0
    expect(fore82).toBeGreaterThan(rear82 + 0.2)
    expect(await page.locator('.rae-stride-group-now').textContent()).toBe('Calves: low')
    expect(await param(page, 'strike')).toBe('forefoot')
    // The lab opens with the link: its forefoot button pressed, its loads listed against typical.
    await expect
      .poll(() => page.locator('.rae-lab-strike [aria-pressed=true]').textContent())
      .toBe('Forefoot')
    // Borderline, so its P value is in the row (review 25, A2); the loading rate was not significant (A1).
    expect(await readout(page, 'achilles-impulse').textContent()).toBe('+11 % (P = 0.05)')
    expect(await readout(page, 'achilles-loading-rate').textContent()).toBe(
      'no significant difference (+15 %, P = 0.06)',
    )
    expect(await readout(page, 'achilles-impulse').getAttribute('data-direction')).toBe('higher')
    expect(await readout(page, 'pf-stress-forefoot').textContent()).toBe('−27 %')
    expect(await readout(page, 'pf-stress-forefoot').getAttribute('data-direction')).toBe('lower')
    // Where the research disagrees, the lab says so.
    expect(await page.locator('[data-gap="calf-stance-forefoot"]').count()).toBe(1)

    await open(page, '?muscle=calves&phase=15&play=0&strike=forefoot')
    const fore15 = (await glowOf(page)).calves ?? 0
    await open(page, '?muscle=calves&phase=15&play=0')
    const rear15 = (await glowOf(page)).calves ?? 0
    expect(fore15).toBeGreaterThan(rear15)
    expect(await page.locator('[data-readout]').count()).toBe(0)
    expect(errorsOf(log)).toEqual([])
  })

  test('?steprate=110 lowers the knee read-outs; the controls write the link and compare flips the body at the same moment', async () => {
    const page = await desktop()
    await open(page, '?muscle=glutes&phase=15&play=0&steprate=110')
    expect(await readout(page, 'pf-force-step-rate').textContent()).toBe('−14 %')
    expect(await readout(page, 'pf-force-step-rate').getAttribute('data-direction')).toBe('lower')
    expect(await readout(page, 'pf-stress-step-length').getAttribute('data-direction')).toBe('lower')
    // Gluteus medius, Lenhart 2014 Table 1: 28.65 N/kg against 32.05.
    expect(await readout(page, 'gluteus-medius-stance').textContent()).toBe('28.65 N/kg (−10.6 %)')
    const quick = (await glowOf(page)).glutes ?? 0

    // Compare: the body shows the typical runner at the same moment; the glutes work harder there.
    await page.getByRole('button', { name: 'Typical runner' }).click()
    await expect.poll(async () => (await glowOf(page)).glutes ?? 0).toBeGreaterThan(quick)
    expect(await page.locator('#rae-stride-range').inputValue()).toBe('15')
    await page.getByRole('button', { name: 'This setting' }).click()
    await expect.poll(async () => (await glowOf(page)).glutes ?? 0).toBeCloseTo(quick, 3)

    // A control moves the setting and the link; the lab never offers a step rate no study ran.
    await page.getByRole('button', { name: /^90 % of the runner's own step rate/ }).click()
    await expect.poll(() => param(page, 'steprate')).toBe('90')
    expect(await readout(page, 'pf-stress-step-length').textContent()).toBe('+31 %')
    expect(await page.locator('.rae-lab-steprate button').count()).toBe(5)
    await page.getByRole('button', { name: 'Reset to typical' }).click()
    await expect.poll(() => param(page, 'steprate')).toBeNull()
  })

  test('the open lab leaves the body its stage on a desk (a side-panel section) and its toggle inside a phone screen', async () => {
    const page = shared.page
    const stageHeight = async () =>
      (await page.locator('.rae-stage canvas').first().boundingBox())?.height ?? 0
    const toggle = page.locator('.rae-lab-toggle')
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(viewport)
      await open(page, '?muscle=quadriceps&phase=10&play=0&steprate=110')
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true')
      const withLab = await stageHeight()
      await toggle.click()
      await expect.poll(() => page.locator('.rae-lab').count()).toBe(0)
      const without = await stageHeight()
      // Before: 48 of 531 px at 1280 × 800 with the lab open.
      expect(withLab, `${viewport.width}`).toBeGreaterThan(without * 0.9)
      await toggle.click()
      await expect.poll(() => page.locator('#rae-side-lab .rae-lab').count()).toBe(1)
    }
    // During a tour the step's text comes first in the side panel and stays in sight; the lab follows it.
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(`${site.server.origin}/index.html?tour=cadence-knee&step=2`)
    await waitForState(page, 'ready')
    await expect.poll(() => page.locator('#rae-side-lab .rae-lab').count(), { timeout: 10_000 }).toBe(1)
    await twoFrames(page)
    const text = await page.locator('.rae-tour-text').boundingBox()
    const lab = await page.locator('#rae-side-lab .rae-lab').boundingBox()
    expect(text && text.y >= 0 && text.y + text.height <= 800, 'tour text in sight').toBe(true)
    expect(lab && text && lab.y).toBeGreaterThan(text?.y ?? 0)

    await page.setViewportSize({ width: 390, height: 844 })
    await open(page, '?muscle=quadriceps&phase=10&play=0&steprate=110')
    for (const opened of [false, true]) {
      if (opened) await toggle.click()
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe(String(opened))
      const box = await toggle.boundingBox()
      // Before: the toggle ran 3 px past the right edge and the page scrolled sideways.
      expect(box && box.x + box.width, `lab open: ${opened}`).toBeLessThanOrEqual(390)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    }
  })

  test('a step rate no study ran is refused with a note, not guessed', async () => {
    const page = await desktop()
    // A fresh load: its notes are what a reader of a bad link sees.
    await page.goto(`${site.server.origin}/index.html?phase=10&play=0&steprate=130`)
    await waitForState(page, 'ready')
    expect(await param(page, 'steprate')).toBeNull()
    expect(await page.locator('.rae-notices').textContent()).toContain('outside what was studied')
  })
})

describe('stride lab in the embed', () => {
  const shared = sharedPage(site)

  test('the embed keeps the setting: its body glows as the lab says and its panel names the setting', async () => {
    const page = shared.page
    await page.setViewportSize({ width: 600, height: 560 })
    const glowAt = async (search: string) => {
      await page.goto(`${site.server.origin}/embed.html${search}&load=eager`)
      await waitForState(page, 'ready')
      await expect
        .poll(async () => (await glowOf(page)).calves ?? -1, { timeout: 30_000 })
        .toBeGreaterThan(-1)
      await twoFrames(page)
      return (await glowOf(page)).calves ?? 0
    }
    const rear = await glowAt('?muscle=calves&phase=82')
    const fore = await glowAt('?muscle=calves&phase=82&strike=forefoot')
    expect(fore).toBeGreaterThan(rear + 0.2)
    expect(await page.locator('.rae-embed-lab').getAttribute('data-lab')).toBe('3.96|100|forefoot')
    expect(await page.locator('.rae-embed-open').getAttribute('href')).toContain('strike=forefoot')
  })
})

describe('stride lab tours', () => {
  const shared = sharedPage(site)

  test('each question has a tour whose steps set the lab: cadence and the knee, foot strike and the Achilles, speed and the hip', async () => {
    const page = shared.page
    await page.setViewportSize({ width: 1280, height: 800 })
    for (const [id, key, values] of [
      ['cadence-knee', 'steprate', ['90', '110', '110']],
      ['strike-achilles', 'strike', [null, 'forefoot', 'forefoot']],
      ['speed-hip', 'speed', [null, '7', '9']],
    ] as const) {
      await page.goto(`${site.server.origin}/index.html?tour=${id}`)
      await waitForState(page, 'ready')
      for (let n = 1; n <= values.length; n++) {
        await expect.poll(() => param(page, 'step')).toBe(String(n))
        await expect.poll(() => param(page, key), { timeout: 10_000 }).toBe(values[n - 1])
        if (n < values.length) await page.getByRole('button', { name: 'Next →' }).click()
      }
    }
    // The last step of the cadence tour lists its per-kilometre figure beside the per-step one.
    await page.goto(`${site.server.origin}/index.html?tour=cadence-knee&step=3`)
    await waitForState(page, 'ready')
    await expect
      .poll(() => readout(page, 'pf-kinetics-short-step-km').textContent(), { timeout: 10_000 })
      .toBe('−12 to −9 %')
  })
})

describe('stride lab on a phone', () => {
  const shared = sharedPage(site, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  /** The glow note's line is on screen and on top (not under a sheet) with the lab closed. */
  async function noteInSight(page: Page, what: string): Promise<void> {
    const summary = page.locator('[data-lab-glow-note] > summary')
    await expect.poll(() => summary.count(), { timeout: 10_000 }).toBe(1)
    await summary.scrollIntoViewIfNeeded()
    const box = await summary.boundingBox()
    expect(box && box.y >= 0 && box.y + box.height <= 844 && box.x + box.width <= 390, what).toBe(true)
    const onTop = await page.evaluate(() => {
      const s = document.querySelector('[data-lab-glow-note] > summary')!
      const r = s.getBoundingClientRect()
      return s.contains(document.elementFromPoint(r.left + 20, r.top + r.height / 2))
    })
    expect(onTop, what).toBe(true)
    // One line.
    expect(box?.height ?? 99, what).toBeLessThan(24)
    expect(await page.locator('.rae-lab-toggle').getAttribute('aria-expanded'), what).toBe('false')
    // The toggle that opens the lab stays on screen, a tour's loop included (before: it ended at 445 px).
    const toggle = await page.locator('.rae-lab-toggle').boundingBox()
    expect(toggle && toggle.x + toggle.width, what).toBeLessThanOrEqual(390)
    expect(await page.locator('[data-lab-glow-note]').textContent(), what).toMatch(/Estimate/)
  }

  test('390×844: a lab link and a lab tour step show the glow note with the lab closed (review 25 round 2, A4)', async () => {
    const page = shared.page
    const log = collectConsole(page)
    await open(page, '?muscle=calves&phase=82&play=0&strike=forefoot')
    await noteInSight(page, 'lab link')
    expect(await page.locator('[data-lab-glow-note]').textContent()).toMatch(
      /calf switch-on 11 % of the stride earlier: the unit is our reading of Ahn 2014/,
    )
    for (const [tour, step] of [
      ['strike-achilles', 2],
      ['cadence-knee', 1],
    ] as const) {
      await page.goto(`${site.server.origin}/index.html?tour=${tour}&step=${step}`)
      await waitForState(page, 'ready')
      await noteInSight(page, `${tour} step ${step}`)
    }
    expect(errorsOf(log)).toEqual([])
  })
})
