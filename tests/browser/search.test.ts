// Search as runners type it: a symptom or an exercise, Enter, and the panel opens at that card, in view and
// marked, on a desktop and in the phone sheet.
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { collectConsole, errorsOf, openLink, serveBuiltSite, sharedPage } from './harness.ts'

const site = serveBuiltSite()
const DESKTOP = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }
// One desktop page for the file's desktop tests, moved between links (openLink); the phone has its own.
const desktop = sharedPage(site, { viewport: DESKTOP })

/** The card is marked and on screen: its top inside the viewport, below the header. */
async function cardInView(page: Page, card: string): Promise<boolean> {
  return page.evaluate((c) => {
    const el = document.querySelector<HTMLElement>(`[data-card="${c}"]`)
    if (!el || !el.hasAttribute('data-marked')) return false
    const r = el.getBoundingClientRect()
    return r.top >= 0 && r.top < innerHeight - 40 && document.activeElement === el
  }, card)
}

async function searchAndEnter(page: Page, query: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Find a muscle or exercise' })
  await box.fill(query)
  await page.locator('.rae-search-hit').first().waitFor({ timeout: 10_000 })
  await box.press('Enter')
}

const CASES = [
  { query: 'nordic', group: 'Hamstrings', card: 'exercise:nordic-hamstring-curl' },
  { query: 'achilles', group: 'Calves', card: 'injury:0' },
  { query: 'shin splints', group: 'Calves', card: 'injury:2' },
  { query: 'IT band', group: 'Glutes', card: 'injury:0' },
  { query: 'hamstring strain', group: 'Hamstrings', card: 'injury:0' },
] as const

for (const viewport of [DESKTOP, PHONE])
  test(`${viewport === PHONE ? 'phone' : 'desktop'}: Enter lands on the card the search found, in view and marked`, async () => {
    const page = viewport === PHONE ? await site.browser.newPage({ viewport, hasTouch: true }) : desktop.page
    const log = collectConsole(page)
    await openLink(page, site.server.origin, '')
    for (const c of CASES) {
      await searchAndEnter(page, c.query)
      await expect
        .poll(() => page.locator('#rae-panel-title').textContent(), { timeout: 10_000 })
        .toBe(c.group)
      await expect.poll(() => cardInView(page, c.card), { timeout: 10_000 }).toBe(true)
      if (c.query === 'nordic') await page.keyboard.press('Escape')
    }
    expect(errorsOf(log)).toEqual([])
  })

test('results say what matched, and fragments inside words do not match', async () => {
  const page = desktop.page
  await openLink(page, site.server.origin, '')
  const box = page.getByRole('searchbox', { name: 'Find a muscle or exercise' })
  await box.fill('shin splints')
  const hit = page.locator('.rae-search-hit').first()
  await expect
    .poll(() => hit.textContent(), { timeout: 10_000 })
    .toMatch(/injury · Calves · matched “shin splints”/)
  await box.fill('IT band')
  await expect
    .poll(() =>
      page.locator('[role=option]').evaluateAll((os) => os.map((o) => o.getAttribute('data-group'))),
    )
    .toEqual(['glutes'])
})
