// "My plan" as a runner follows it: sessions on the days they picked, never the day before the long run; a bad
// value refused next to its field in words a screen reader hears; Print at the top and every printed line at
// 10 pt or more; a version-1 link shared before the plan changed still opens, migrated. One page for the file,
// moved between links; every wait is for a state, never for time.
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { emptyPlan, type PlanInputs } from '../../src/domain/plan.ts'
import { packPlanCode as encodePlan } from '../../src/domain/plan-code.ts'
import { NOVICE_2X5 } from '../../scripts/lib/plan-examples.ts'
import { V1_ACHILLES_RACER, V1_CAPPED_LIFTER } from '../fixtures/plan-v1-links.ts'
import { collectConsole, errorsOf, serveBuiltSite, waitForState } from './harness.ts'

const site = serveBuiltSite()
let context: BrowserContext
let page: Page

beforeAll(async () => {
  // Kept across the file's tests: the harness closes every other context after each test.
  context = site.keep(await site.browser.newContext({ viewport: { width: 1280, height: 800 } }))
  page = await context.newPage()
})
afterAll(async () => {
  await context.close()
})

/** Open the app at a plan link (a fresh page load: the plan reads its link once per visit). */
async function openPlan(code: string): Promise<void> {
  await page.goto(`${site.server.origin}/index.html?plan=${code}`)
  await waitForState(page, 'ready')
  await page.locator('.rae-plan').waitFor()
}

const nav = (name: string) =>
  page.getByRole('navigation', { name: 'Plan steps' }).getByRole('button', { name, exact: true })

/** The texts of the elements an input is described by, and whether each one is a live region. */
async function describedBy(input: Locator): Promise<{ text: string; live: string | null }[]> {
  return input.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => {
        const d = document.getElementById(id)
        return { text: d?.textContent ?? '', live: d?.getAttribute('aria-live') ?? null }
      }),
  )
}

test('Tue, Thu and Sat with a Sunday long run: sessions on Tuesday and Thursday, Saturday left free and said so', async () => {
  const log = collectConsole(page)
  await openPlan('new')
  await page.getByLabel('Regular (most weeks)').check()
  const training = page.locator('[data-days=training]')
  // The default days (Tuesday, Friday) become Tuesday, Thursday and Saturday.
  await training.getByLabel('Friday').uncheck()
  await training.getByLabel('Thursday').check()
  await training.getByLabel('Saturday').check()
  await page.locator('[data-days=hard]').getByLabel('Sunday').check()
  await expect
    .poll(() => training.innerText())
    .toMatch(/Saturday\s*\(the day before a long or hard run: no session\)/)
  await nav('Your plan').click()
  const sessions = page.locator('.rae-plan-session')
  await expect.poll(() => sessions.count()).toBe(2)
  expect(await sessions.nth(0).getAttribute('aria-label')).toBe('Session A, Tuesdays')
  expect(await sessions.nth(1).getAttribute('aria-label')).toBe('Session B, Thursdays')
  const view = page.locator('.rae-plan-view')
  expect(await view.innerText()).toMatch(/strength on Tuesdays and Thursdays/)
  expect(await view.innerText()).toMatch(/No session on Saturday: it is the day before your long or hard run/)
  // Week 1 lists its two dates: Tue 8 Dec (A) and Thu 10 Dec (B) from a plan started on Mon 7 Dec.
  const week1 = page.locator('.rae-plan-weeks tbody tr').first()
  expect(await week1.innerText()).toMatch(/Tue 8 Dec A, Thu 10 Dec B/)
  // The re-test date is one date: the header's is the one in the last row.
  const header = await page.locator('.rae-plan-summary').first().innerText()
  const [, weekday, date] = /Re-test on (\w{3}),? (\d+ \w{3})/.exec(header) ?? []
  expect(weekday, header).toBeDefined()
  expect(await page.locator('.rae-plan-weeks tbody tr').last().innerText()).toContain(`${weekday} ${date}`)
  expect(errorsOf(log)).toEqual([])
})

test('bad values are refused next to the field, kept as typed, and announced; good ones are not', async () => {
  await openPlan('new')
  const runs = page.getByLabel('Runs per week')
  await runs.fill('-5')
  await expect.poll(() => runs.getAttribute('aria-invalid')).toBe('true')
  expect(await runs.inputValue()).toBe('-5')
  const said = await describedBy(runs)
  expect(said.some((d) => /Accepts a count of runs/.test(d.text))).toBe(true)
  const refusal = said.find((d) => /^Below 0: enter a count of runs/.test(d.text))
  expect(refusal, JSON.stringify(said)).toBeDefined()
  expect(refusal!.live).toBe('polite')
  await runs.fill('4')
  await expect.poll(() => runs.getAttribute('aria-invalid')).toBeNull()

  // A race day in the past is refused the same way, and the race date starts empty.
  await page.getByRole('radio', { name: 'A race' }).check()
  const race = page.getByLabel('Race day')
  expect(await race.inputValue()).toBe('')
  await race.fill('2020-05-01')
  await expect.poll(() => race.getAttribute('aria-invalid')).toBe('true')
  expect((await describedBy(race)).map((d) => d.text).join(' ')).toMatch(/not after today/)

  await nav('Self-tests').click()
  const heel = page.locator('[data-test=heel-rise]').getByLabel('Left (reps)')
  await heel.fill('500')
  await expect.poll(() => heel.getAttribute('aria-invalid')).toBe('true')
  expect((await describedBy(heel)).map((d) => d.text).join(' ')).toMatch(/^.*Above 100: enter a count/)
  const plank = page.locator('[data-test=side-plank]').getByLabel('Left (seconds)')
  await plank.fill('12.5')
  await expect.poll(() => plank.inputValue()).toBe('12.5')
  expect(await plank.getAttribute('aria-invalid')).toBeNull()
  const wall = page.locator('[data-test=knee-to-wall]').getByLabel('Right (cm)')
  await wall.fill('999')
  await expect.poll(() => wall.getAttribute('aria-invalid')).toBe('true')

  // The refused counts show as refused in the results and never count toward a verdict.
  await nav('Your results').click()
  const calves = page.locator('.rae-plan-groups li[data-group=calves]')
  expect(await calves.innerText()).toMatch(/left 500 refused/i)
  expect(await calves.getAttribute('data-mark')).toBe('untested')
})

test('a test the niggle makes unwise says skip it if it hurts, and can be skipped', async () => {
  const knee: PlanInputs = { ...emptyPlan('2026-12-07'), niggle: 'runners-knee' }
  await openPlan(encodePlan(knee))
  await nav('Self-tests').click()
  const sit = page.locator('[data-test=wall-sit]')
  expect(await sit.innerText()).toMatch(
    /With your patellofemoral pain \(runner's knee\): skip this test if it hurts/,
  )
  await sit.getByLabel(/Skip this test/).check()
  await expect.poll(() => sit.getAttribute('data-skipped')).toBe('true')
  await nav('Your results').click()
  expect(await page.locator('.rae-plan-results').innerText()).toMatch(/Skipped: single-leg wall sit/)
})

test('print: the button at the top of the plan, every printed line at 10 pt or more, two A4 pages for 2 × 5', async () => {
  await openPlan(encodePlan(NOVICE_2X5))
  const view = page.locator('.rae-plan-view')
  await view.waitFor()
  const top = await view.evaluate((el) => {
    const button = [...el.querySelectorAll('button')].find((b) => /Print/.test(b.textContent ?? ''))!
    return button.getBoundingClientRect().top - el.getBoundingClientRect().top
  })
  expect(top).toBeLessThan(60)

  await page.emulateMedia({ media: 'print' })
  const smallest = await view.evaluate((el) => {
    let min = Infinity
    let where = ''
    const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const parent = n.parentElement
      if (!parent || !(n.textContent ?? '').trim() || parent.getClientRects().length === 0) continue
      const px = Number.parseFloat(getComputedStyle(parent).fontSize)
      if (px < min) {
        min = px
        where = `${parent.className}: ${(n.textContent ?? '').slice(0, 30)}`
      }
    }
    return { pt: (min * 72) / 96, where }
  })
  // 10 pt is 13.33 px; allow the rounding of a computed size.
  expect(smallest.pt, smallest.where).toBeGreaterThanOrEqual(9.99)
  // The log sheets are on the printout, one per session.
  expect(await page.locator('.rae-plan-log-table').count()).toBe(2)
  expect(await page.locator('.rae-plan-log-table').first().isVisible()).toBe(true)
  // page.pdf() prints with screen media while screen is emulated: back to none, so it lays out for print.
  await page.emulateMedia({ media: null })
  const pdf = await page.pdf({ format: 'A4' })
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
  expect(pages).toBeGreaterThanOrEqual(1)
  expect(pages).toBeLessThanOrEqual(2)
})

test('Achilles pain: the form asks where it is; at the heel the plan keeps every calf raise on flat ground', async () => {
  const log = collectConsole(page)
  await openPlan('new')
  await page.getByLabel('Some (on and off)').check()
  await page.getByLabel('A step or stair').check()
  await page.getByLabel('A current niggle').selectOption('achilles')
  const site = page.getByRole('group', { name: 'Where is the Achilles pain?' })
  await site.getByLabel('Where the tendon meets the heel bone').check()
  await nav('Your plan').click()
  const view = page.locator('.rae-plan-view')
  await view.waitFor()
  const text = await view.innerText()
  expect(text).toMatch(/Where the pain is: Your pain is where the tendon meets the heel/)
  expect(text).not.toMatch(/below (?:the|its) edge|edge of (?:a|your) step|full range/i)
  // The answer travels in the link: a fresh load of it asks nothing again.
  const code = new URL(page.url()).searchParams.get('plan')!
  await openPlan(code)
  await nav('About you').click()
  expect(
    await page
      .getByRole('group', { name: 'Where is the Achilles pain?' })
      .getByLabel('Where the tendon meets the heel bone')
      .isChecked(),
  ).toBe(true)
  expect(errorsOf(log)).toEqual([])
})

test('a version-1 link from before the change opens the migrated plan, saying what was assumed', async () => {
  await openPlan(V1_ACHILLES_RACER)
  const view = page.locator('.rae-plan-view')
  await view.waitFor()
  const text = await view.innerText()
  // Two sessions a week became Tuesday and Friday; the race on Sun 24 Jan 2027 is in the weeks.
  expect(text).toMatch(/strength on Tuesdays and Fridays/)
  expect(text).toMatch(/Race day: Sun,? 24 Jan 2027/)
  expect(text).toMatch(/Your achilles tendinopathy:/)
  // Version 1 never asked where the Achilles pain is: the safer reading (at the heel) is taken, and said.
  expect(text).toMatch(/Where the pain is: You did not say where the Achilles pain is/)
  const notes = await page.locator('.rae-notice-text').allTextContents()
  expect(notes.join(' ')).toMatch(/older version of My plan.*Tuesday and Friday are assumed/i)
  expect(notes.join(' ')).toMatch(/did not ask where the Achilles pain is/)
  // Its address is rewritten as a version-2 link that reopens the same plan.
  await expect.poll(() => new URL(page.url()).searchParams.get('plan')).toMatch(/^2\./)

  // Version 1 capped 500 heel rises at 120 without a word: the migration says it cannot tell and leaves it out.
  await openPlan(V1_CAPPED_LIFTER)
  await page.locator('.rae-plan-view').waitFor()
  const capped = await page.locator('.rae-notice-text').allTextContents()
  expect(capped.join(' ')).toMatch(/120 heel rises.*left out/i)
})
