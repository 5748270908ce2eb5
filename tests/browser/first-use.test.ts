// First real use by a runner (issue 23): everyday phrases in the search land on their card, the no-match answer
// helps, the stride panel and bar agree while playing, the phone's section bar follows the scroll, the Present
// button keeps off the figure, and a keyboard journey leaves no contrast failure, even mid-change.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { gotoLink, screenshot, serveBuiltSite, sharedPage, waitForState } from './harness.ts'

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const site = serveBuiltSite()
const desk = sharedPage(site, { viewport: { width: 1280, height: 800 } })
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }

async function ready(page: Page, query = ''): Promise<void> {
  if (!page.url().startsWith(site.server.origin)) {
    await page.goto(`${site.server.origin}/index.html${query}`)
    await waitForState(page, 'ready')
  } else await gotoLink(page, query === '' ? '?' : query)
}

/** Serious or critical axe findings on the page as it is now: no waiting for transitions to end. */
async function axeNow(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE })
  const violations = await page.evaluate(async () => {
    type V = { id: string; impact: string | null; nodes: { target: unknown[]; failureSummary?: string }[] }
    const axe = (
      window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: V[] }> } }
    ).axe
    return (await axe.run(document, { resultTypes: ['violations'] })).violations
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('; ')}`,
    )
}

// Six of the phrase table's phrases (tests/unit/content/search-phrases.test.ts), typed as a runner types them.
const PHRASES = [
  { query: 'shin hurts when I run', group: 'Calves', card: 'injury:2' },
  { query: 'achillies', group: 'Calves', card: 'injury:0' },
  { query: 'pulled hamstring', group: 'Hamstrings', card: 'injury:0' },
  { query: 'outside of my knee hurts', group: 'Glutes', card: 'injury:0' },
  { query: 'rdl', group: 'Hamstrings', card: 'exercise:romanian-deadlift' },
  { query: 'pain under the kneecap', group: 'Quadriceps', card: 'injury:1' },
] as const

test('everyday phrases: type, Enter, and the card is open, in view and marked', async () => {
  const page = desk.page
  await ready(page)
  const box = page.getByRole('searchbox', { name: 'Find a muscle or exercise' })
  for (const c of PHRASES) {
    await box.fill(c.query)
    await page.locator('.rae-search-hit').first().waitFor({ timeout: 10_000 })
    await box.press('Enter')
    await expect.poll(() => page.locator('#rae-panel-title').textContent(), { timeout: 10_000 }).toBe(c.group)
    await expect
      .poll(
        () =>
          page.evaluate((card) => {
            const el = document.querySelector<HTMLElement>(`[data-card="${card}"]`)
            if (!el || !el.hasAttribute('data-marked')) return false
            const r = el.getBoundingClientRect()
            return r.top >= 0 && r.top < innerHeight - 40
          }, c.card),
        { timeout: 10_000 },
      )
      .toBe(true)
  }
  // The journey ends on a card opened from the keyboard: nothing on the page fails axe.
  expect(await axeNow(page)).toEqual([])
})

test('"knee" lists no kneeling exercise, and a plural finds what the singular does', async () => {
  const page = desk.page
  await ready(page)
  const box = page.getByRole('searchbox', { name: 'Find a muscle or exercise' })
  const hits = () => page.locator('.rae-search-hit-label').allTextContents()
  await box.fill('knee')
  await expect
    .poll(hits, { timeout: 10_000 })
    .toContain('Patellofemoral pain (runner’s knee)'.replace('’', "'"))
  expect((await hits()).join(' | ')).not.toMatch(/kneeling/i)
  await box.fill('hamstring')
  await expect.poll(async () => (await hits()).length).toBeGreaterThan(0)
  const singular = await hits()
  await box.fill('hamstrings')
  await expect.poll(hits).toEqual(singular)
})

test('phone: no match gives a spelling, the closest groups and injuries, and what to type', async () => {
  const page = await site.browser.newPage(PHONE)
  await ready(page)
  const box = page.getByRole('searchbox', { name: 'Find a muscle or exercise' })
  await box.fill('soelus zorblax')
  const answer = page.locator('.rae-search-none')
  await answer.waitFor({ timeout: 10_000 })
  await expect.poll(() => answer.textContent()).toMatch(/Did you mean soleus\?/)
  expect(await answer.textContent()).toMatch(/Closest.*Calves/)
  expect(await answer.textContent()).toMatch(/Try a body part/)
  await box.scrollIntoViewIfNeeded()
  await screenshot(page, 'search-no-match-phone')
  // Nothing of the answer is cut or wider than the phone.
  const overflow = await answer.evaluate((el) => el.scrollWidth > el.clientWidth)
  expect(overflow).toBe(false)
  await answer.getByRole('button', { name: 'soleus' }).click()
  await expect.poll(() => box.inputValue()).toBe('soleus')
})

test('while the stride plays, the panel’s right now and the bar’s caption agree at 10 moments', async () => {
  const page = desk.page
  await ready(page, '?muscle=calves&phase=10&play=1')
  await page.locator('.rae-right-now-phase').waitFor({ timeout: 20_000 })
  await page.locator('.rae-stride-moment').waitFor()
  // A link's play=1 may wait for the reader (reduced motion, a link opened in place): press Play if so.
  const play = page.getByRole('button', { name: 'Play the stride' })
  if (await play.count()) await play.click()
  await page.getByRole('button', { name: 'Pause the stride' }).waitFor()
  const samples = await page.evaluate(
    () =>
      new Promise<{ bar: string; group: string; panel: string; glow: string }[]>((done) => {
        const out: { bar: string; group: string; panel: string; glow: string }[] = []
        const take = () => {
          out.push({
            bar: document.querySelector('.rae-stride-moment')?.textContent ?? '',
            group: document.querySelector('.rae-stride-group-now')?.textContent ?? '',
            panel: document.querySelector('.rae-right-now-phase')?.textContent ?? '',
            glow: document.querySelector('.rae-right-now-glow')?.textContent ?? '',
          })
          if (out.length === 10) done(out)
          else setTimeout(take, 211)
        }
        take()
      }),
  )
  const moments = new Set(samples.map((s) => s.bar))
  expect(moments.size, 'the stride was playing').toBeGreaterThan(1)
  for (const s of samples) {
    expect(s.bar.split(' · ')[0], JSON.stringify(s)).toBe(s.panel)
    expect(s.group, JSON.stringify(s)).toBe(`Calves: ${s.glow.toLowerCase()}`)
  }
  await page.getByRole('button', { name: 'Pause the stride' }).click()
})

test('phone: the lit section tab follows the section in view', async () => {
  const page = await site.browser.newPage(PHONE)
  await ready(page, '?muscle=hamstrings')
  const bar = page.locator('.rae-section-bar')
  const lit = () => bar.locator('[aria-current=location]').allTextContents()
  await page.locator('.rae-sheet-toggle').first().click()
  await bar.getByText('Exercises').click()
  await expect.poll(lit, { timeout: 10_000 }).toEqual(['Exercises'])
  // The reader scrolls back up (a wheel or touch ends the panel's holding of the card in view).
  const scrollTo = (card: string) =>
    page.locator(`[data-card="section:${card}"]`).evaluate((el) => {
      window.dispatchEvent(new WheelEvent('wheel'))
      el.scrollIntoView({ block: 'start', behavior: 'instant' })
    })
  await scrollTo('stride')
  await expect.poll(lit, { timeout: 10_000 }).toEqual(['Stride'])
  await scrollTo('injuries')
  await expect.poll(lit, { timeout: 10_000 }).toEqual(['Injuries'])
})

test('phone: the coach tools stand beside the figure, never over its head', async () => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 360, height: 740 },
  ]) {
    const page = await site.browser.newPage({ ...PHONE, viewport })
    await ready(page)
    const [stage, present] = await Promise.all([
      page.locator('.rae-stage').boundingBox(),
      page.getByRole('button', { name: 'Present' }).boundingBox(),
    ])
    // The figure stands in the middle of the stage: its head is within the middle third at the front view.
    expect(present!.x + present!.width, `${viewport.width}×${viewport.height}`).toBeLessThanOrEqual(
      stage!.x + stage!.width / 3,
    )
    await page.close()
  }
})

test('keyboard: Tab to the group list, Enter on Hamstrings: no contrast failure, not even mid-change', async () => {
  const page = desk.page
  await ready(page)
  await page.getByRole('searchbox', { name: 'Find a muscle or exercise' }).fill('')
  await page.locator('[role=option][data-group=shoulders]').focus()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Shift+Tab')
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight')
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-group'))).toBe('hamstrings')
  await page.keyboard.press('Enter')
  // Right after the change, while the view buttons and the list swap their colours.
  await page.waitForFunction(
    () =>
      document.querySelector('[role=option][data-group=hamstrings]')?.getAttribute('aria-selected') ===
      'true',
    null,
    { polling: 'raf' },
  )
  expect(await axeNow(page)).toEqual([])
  await page.waitForFunction(() => document.querySelector('canvas')?.dataset.camera === 'rest', null, {
    timeout: 30_000,
  })
  expect(await axeNow(page)).toEqual([])
})
