// "My plan" end to end: a runner fills it in (desktop, phone, keyboard only), sees the result on the body, gets
// the plan, prints it on two or three A4 pages and sends the link, which reopens the identical plan. Bad links
// and bad saved drafts get a note, never a crash.
import { expect, test } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { packPlanCode } from '../../src/domain/plan-code.ts'
import { NOVICE_2X5 } from '../../scripts/lib/plan-examples.ts'
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
const noWebgl = serveBuiltSite({ webgl: false })
const DESKTOP = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }

async function fresh(viewport = DESKTOP, touch = false): Promise<{ context: BrowserContext; page: Page }> {
  const context = await site.browser.newContext({ viewport, hasTouch: touch, isMobile: touch })
  return { context, page: await context.newPage() }
}

const test$ = (page: Page, id: string) => page.locator(`[data-test=${id}]`)

/** The novice with a weak left calf from the issue: 14 heel rises on the left, 22 on the right. */
async function fillNovice(page: Page): Promise<void> {
  await page.getByLabel('Runs per week').fill('4')
  await page.getByLabel('Longest run (km)').fill('16')
  await page.getByLabel('None yet').check()
  await page.getByLabel('Dumbbells').check()
  // The heel-rise norm is by age and sex (both calves count as below it for women in their twenties).
  await page.getByRole('radio', { name: 'Women' }).check()
  await page.getByLabel('Age').selectOption('20s')
  await page.getByRole('button', { name: 'Self-tests →' }).click()
  await test$(page, 'heel-rise').getByLabel('Left (reps)').fill('14')
  await test$(page, 'heel-rise').getByLabel('Right (reps)').fill('22')
  await test$(page, 'single-leg-bridge').getByLabel('Left (reps)').fill('24')
  await test$(page, 'single-leg-bridge').getByLabel('Right (reps)').fill('25')
}

/**
 * Waits until every exercise row of the plan has its two printed pictures, loaded (the stage draws them in idle
 * time once the plan is on screen).
 */
async function picturesMade(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const rows = [...document.querySelectorAll('.rae-plan-view [data-exercise]')]
      return (
        rows.length > 0 &&
        rows.every((row) => {
          const imgs = [...row.querySelectorAll<HTMLImageElement>('.rae-plan-pictures img')]
          return imgs.length === 2 && imgs.every((img) => img.complete && img.naturalWidth > 0)
        })
      )
    },
    null,
    { timeout: 90_000, polling: 200 },
  )
}

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length

const planText = (page: Page) =>
  page.locator('.rae-plan-view').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement
    copy.querySelector('.rae-plan-link')?.remove()
    return copy.innerText
  })

test('desktop: My plan → about you → self-tests → results on the body → the plan; the link reopens it exactly', async () => {
  const { page } = await fresh()
  const log = collectConsole(page)
  await page.goto(`${site.server.origin}/index.html`)
  await waitForState(page, 'ready')
  await page.getByRole('button', { name: 'My plan' }).click()
  await expect.poll(() => new URL(page.url()).searchParams.get('plan')).toBe('new')
  await fillNovice(page)

  await page.getByRole('button', { name: 'Your results →' }).click()
  const calves = page.locator('.rae-plan-groups li[data-group=calves]')
  expect(await calves.getAttribute('data-mark')).toBe('weak')
  expect(await calves.innerText()).toMatch(
    // The gap in rises since review round 1: a side is weaker only beyond a retest's 6.
    /Left 14, right 22; both sides below the norm; left weaker \(8 apart\)/,
  )
  expect(await page.locator('.rae-plan-groups li[data-group=hip-flexors]').getAttribute('data-mark')).toBe(
    'untested',
  )
  // The body wears the results: a frame was drawn with the marks.
  const frames = () =>
    page.evaluate(() => (window as unknown as { __RAE_STATS__: { frames: number } }).__RAE_STATS__.frames)
  const before = await frames()
  await page.getByRole('button', { name: 'Back', exact: true }).click()
  await expect.poll(frames).toBeGreaterThan(before)

  await page.getByRole('button', { name: 'Your plan →' }).click()
  const first = page.locator('.rae-plan-session').first().locator('li').first()
  expect(await first.getAttribute('data-priority')).toBe('true')
  expect(await first.innerText()).toMatch(/Calves/)
  // The gap in rises since review round 1 (a side is weaker only beyond a retest's 6).
  expect(await first.innerText()).toMatch(/left 14 reps, right 22 reps, 8 apart/)
  expect(await page.locator('.rae-plan-session')).toBeTruthy()
  expect(await page.locator('.rae-plan-session').count()).toBe(2)
  expect(await page.locator('.rae-plan-weeks tbody tr').count()).toBe(8)
  expect(await page.locator('.rae-plan-view').innerText()).toMatch(/Re-test on/)
  const shown = await planText(page)

  // The coach's link: another device (a fresh context, no draft) opens the identical plan.
  const link = page.url()
  // Plan links are version 2 now (training days, long-run days, age...); version-1 links still open (plan-days).
  expect(new URL(link).searchParams.get('plan')).toMatch(/^2\./)
  const other = await fresh()
  await other.page.goto(link)
  await waitForState(other.page, 'ready')
  await other.page.locator('.rae-plan-view').waitFor()
  expect(await planText(other.page)).toBe(shown)
  await other.context.close()

  // The draft was saved as the runner went: a plain reload of the app keeps the answers.
  await page.goto(`${site.server.origin}/index.html`)
  await waitForState(page, 'ready')
  await page.getByRole('button', { name: 'My plan' }).click()
  await page
    .getByRole('navigation', { name: 'Plan steps' })
    .getByRole('button', { name: 'Self-tests' })
    .click()
  expect(await test$(page, 'heel-rise').getByLabel('Left (reps)').inputValue()).toBe('14')
  expect(errorsOf(log)).toEqual([])
})

test('print: the plan alone on at most three A4 pages for 3 × 6, with sessions, doses, weeks, re-test, log and link', async () => {
  const { page } = await fresh()
  await page.goto(`${site.server.origin}/index.html?plan=new`)
  await waitForState(page, 'ready')
  await fillNovice(page)
  // The busiest plan: three sessions of six.
  await page
    .getByRole('navigation', { name: 'Plan steps' })
    .getByRole('button', { name: 'About you' })
    .click()
  // Three strength days (the default two plus Wednesday).
  await page.locator('[data-days=training]').getByLabel('Wednesday').check()
  await page.getByRole('radio', { name: '60 min' }).check()
  await page
    .getByRole('navigation', { name: 'Plan steps' })
    .getByRole('button', { name: 'Your plan' })
    .click()
  await page.locator('.rae-plan-view').waitFor()
  // Measured with every row's start and end pictures on the page.
  await picturesMade(page)
  const pdf = await page.pdf({ format: 'A4' })
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
  expect(pages).toBeGreaterThanOrEqual(1)
  // At 10 pt with a log sheet per session, the busiest plan (3 × 6) takes three pages at most; a 2 × 5 plan
  // keeps to two (plan-days.test.ts, and the pictures' test below).
  expect(pages).toBeLessThanOrEqual(3)

  await page.emulateMedia({ media: 'print' })
  for (const hidden of ['.rae-header', '.rae-stage', '.rae-plan-steps', '.rae-plan-actions'])
    expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false)
  const printed = await page.locator('.rae-plan-view').innerText()
  for (const part of [
    'Session A',
    'Session C',
    'Start:',
    'Cues:',
    'Week by week',
    'Log: Session A',
    'Re-test on',
    'This plan’s link',
    'Stop and see a clinician',
  ])
    expect(printed).toContain(part)
})

/** Share of pixels that differ between two same-sized PNG screenshots (any channel by more than 24). */
function pixelsChanged(a: Buffer, b: Buffer): number {
  const x = PNG.sync.read(a)
  const y = PNG.sync.read(b)
  if (x.width !== y.width || x.height !== y.height) return 1
  let changed = 0
  for (let i = 0; i < x.data.length; i += 4)
    if ([0, 1, 2].some((c) => Math.abs(x.data[i + c]! - y.data[i + c]!) > 24)) changed++
  return changed / (x.width * x.height)
}

test('print: every exercise row has a start and an end picture of the body beside a QR code that decodes to the link of its demo; the stage is left as it was', async () => {
  // Printed at 4 device pixels per CSS pixel, so each module of a 13 mm code is several pixels wide.
  const context = await site.browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 4 })
  const page = await context.newPage()
  const log = collectConsole(page)
  await page.goto(`${site.server.origin}/index.html?plan=${packPlanCode(NOVICE_2X5)}`)
  await waitForState(page, 'ready')
  await page.locator('.rae-plan-view').waitFor()
  await cameraAtRest(page)
  await settledFrames(page)
  const stage = page.locator('.rae-stage canvas')
  const before = await stage.screenshot()
  const cameraBefore = await page.evaluate(() => ({
    ...(window as { __RAE_STATS__?: { camera: object } }).__RAE_STATS__?.camera,
  }))

  // Drawn ahead, without pressing Print (the browser's own Print finds them too).
  await picturesMade(page)
  // Making them drew nothing on screen, and at rest nothing is drawn afterwards.
  const still = await settledFrames(page)
  await quietPeriod(page, 1000, 10)
  expect((await framesDrawn(page)) - still).toBe(0)
  expect(
    await page.evaluate(() => ({
      ...(window as { __RAE_STATS__?: { camera: object } }).__RAE_STATS__?.camera,
    })),
  ).toEqual(cameraBefore)
  // The body, its pose, colours and glow and the camera are as they were: drawn again (the X-ray on and off), the
  // stage shows the same picture as before the pictures were made.
  const xray = page.getByRole('button', { name: 'X-ray' })
  for (let i = 1; i <= 2; i++) {
    const drawn = await framesDrawn(page)
    await xray.click()
    await expect.poll(() => framesDrawn(page)).toBeGreaterThan(drawn)
  }
  expect(await xray.getAttribute('aria-pressed')).toBe('false')
  await settledFrames(page)
  expect(pixelsChanged(before, await stage.screenshot())).toBeLessThan(0.005)

  // On screen the pictures and the codes stay out of the way.
  const rows = page.locator('.rae-plan-view [data-exercise]')
  expect(await rows.first().locator('.rae-plan-pictures').isVisible()).toBe(false)
  expect(await rows.first().locator('.rae-plan-qr').isVisible()).toBe(false)

  await page.emulateMedia({ media: 'print' })
  const count = await rows.count()
  expect(count).toBeGreaterThanOrEqual(10)
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i)
    const id = (await row.getAttribute('data-exercise'))!
    expect(await row.locator('.rae-plan-pictures').count(), id).toBe(1)
    expect(await row.locator('.rae-plan-pictures img').count(), id).toBe(2)
    expect(await row.locator('.rae-plan-qr').count(), id).toBe(1)
    expect(await row.locator('.rae-plan-qr').isVisible(), id).toBe(true)
    // Decoded images of a plausible size, the body in each (pixels that are not the white paper), start and end
    // apart.
    const pictures = await row.locator('.rae-plan-pictures').evaluate((el) => {
      const imgs = [...el.querySelectorAll<HTMLImageElement>('img')]
      const data = imgs.map((img) => {
        const c = document.createElement('canvas')
        c.width = img.naturalWidth
        c.height = img.naturalHeight
        const ctx = c.getContext('2d')!
        ctx.drawImage(img, 0, 0)
        return ctx.getImageData(0, 0, c.width, c.height).data
      })
      const [a, b] = data
      let inkA = 0
      let inkB = 0
      let apart = 0
      for (let i = 0; i < a!.length; i += 4) {
        const ink = (d: Uint8ClampedArray) => d[i]! < 235 || d[i + 1]! < 235 || d[i + 2]! < 235
        if (ink(a!)) inkA++
        if (ink(b!)) inkB++
        if (
          Math.abs(a![i]! - b![i]!) + Math.abs(a![i + 1]! - b![i + 1]!) + Math.abs(a![i + 2]! - b![i + 2]!) >
          60
        )
          apart++
      }
      const px = a!.length / 4
      return {
        which: imgs.map((img) => img.dataset.picture),
        natural: imgs.map((img) => [img.naturalWidth, img.naturalHeight]),
        shown: imgs.map((img) => [img.getBoundingClientRect().width, img.getBoundingClientRect().height]),
        ink: [inkA / px, inkB / px],
        apart: apart / px,
      }
    })
    expect(pictures.which, id).toEqual(['start', 'end'])
    // Cropped round the figure (a standing one narrow, a lying one a strip), drawn at 2 image pixels to 1 of the
    // drawn 160 × 200 frame, and each printed within 9 mm (96 CSS px to the inch: 34 px), its longer side filling it.
    for (const [w = 0, h = 0] of pictures.natural) {
      expect(Math.max(w, h), id).toBeGreaterThanOrEqual(100)
      expect(Math.min(w, h), id).toBeGreaterThanOrEqual(20)
    }
    for (const [w = 0, h = 0] of pictures.shown) {
      expect(Math.max(w, h), id).toBeGreaterThan(32)
      expect(Math.max(w, h), id).toBeLessThan(34.5)
      expect(Math.min(w, h), id).toBeGreaterThan(5)
    }
    for (const ink of pictures.ink) {
      expect(ink, id).toBeGreaterThan(0.04)
      expect(ink, id).toBeLessThan(0.9)
    }
    expect(pictures.apart, id).toBeGreaterThan(0.01)
    // The QR code beside them still decodes to the demo's link.
    const shot = PNG.sync.read(await row.locator('.rae-plan-qr').screenshot())
    const code = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height)
    expect(code?.data, id).toBe(`${site.server.origin}/index.html?exercise=${id}`)
  }
  // Two A4 pages for 2 × 5, pictures included (page.pdf() lays out for print unless screen media is emulated).
  await page.emulateMedia({ media: null })
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(2)
  expect(errorsOf(log)).toEqual([])
  await context.close()
})

type PrintWindow = Window & { __printed?: { rows: number; pictures: number; button: string }[] }

/** Replaces window.print with a recorder of what the page held when it was called. */
async function recordPrints(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.print = () => {
      const w = window as PrintWindow
      ;(w.__printed ??= []).push({
        rows: document.querySelectorAll('.rae-plan-view [data-exercise]').length,
        pictures: document.querySelectorAll('.rae-plan-view [data-exercise] .rae-plan-pictures').length,
        button: document.querySelector('.rae-plan-actions .rae-button-primary')?.textContent ?? '',
      })
    }
  })
}
const printed = (page: Page) => page.evaluate(() => (window as PrintWindow).__printed ?? [])
const printButton = (page: Page) => page.locator('.rae-plan-actions .rae-button-primary')

test('print button: while the pictures are still being drawn it says so, waits for them, then prints', async () => {
  const { context, page } = await fresh()
  const log = collectConsole(page)
  await recordPrints(page)
  // The demos' tracks held back, so the pictures cannot be ready when Print is pressed.
  let release = () => {}
  const held = new Promise<void>((r) => (release = r))
  await page.route('**/assets/tracks-*.js', async (route) => {
    await held
    await route.continue()
  })
  await page.goto(`${site.server.origin}/index.html?plan=${packPlanCode(NOVICE_2X5)}`)
  await waitForState(page, 'ready')
  await page.locator('.rae-plan-view').waitFor()
  await printButton(page).click()
  await expect.poll(() => printButton(page).textContent()).toBe('Preparing pictures…')
  expect(await printButton(page).getAttribute('aria-busy')).toBe('true')
  expect(await printed(page)).toEqual([])
  release()
  await expect.poll(() => printed(page).then((p) => p.length), { timeout: 90_000 }).toBe(1)
  const [call] = await printed(page)
  expect(call!.rows).toBeGreaterThanOrEqual(10)
  expect(call!.pictures).toBe(call!.rows)
  expect(call!.button).toBe('Print or save as PDF')
  // Everything is ready now: Print prints at once.
  await printButton(page).click()
  expect(await printed(page)).toHaveLength(2)
  expect(errorsOf(log)).toEqual([])
  await context.close()
})

test('print without pictures: no WebGL (the 2D map) or no demos to draw from prints at once, rows and codes whole', async () => {
  const pages = [
    await noWebgl.browser.newPage({ viewport: DESKTOP }),
    await site.browser.newPage({ viewport: DESKTOP }),
  ]
  // The second page cannot fetch the demos' tracks (offline after the page loaded).
  await pages[1]!.route('**/assets/tracks-*.js', (route) => route.abort())
  for (const [i, page] of pages.entries()) {
    const origin = i === 0 ? noWebgl.server.origin : site.server.origin
    await recordPrints(page)
    await page.goto(`${origin}/index.html?plan=${packPlanCode(NOVICE_2X5)}`)
    await waitForState(page, 'ready')
    if (i === 0) expect(await page.locator('#explorer').getAttribute('data-webgl')).toBe('off')
    await page.locator('.rae-plan-view').waitFor()
    await printButton(page).click()
    await expect.poll(() => printed(page).then((p) => p.length)).toBe(1)
    expect((await printed(page))[0]!.pictures).toBe(0)
    await page.emulateMedia({ media: 'print' })
    const rows = page.locator('.rae-plan-view [data-exercise]')
    await expect
      .poll(() => page.locator('.rae-plan-view [data-exercise] .rae-plan-qr').count())
      .toBe(await rows.count())
    expect(await page.locator('.rae-plan-view img').count()).toBe(0)
    await page.close()
  }
})

test('phone: the whole flow by touch in the sheet, nothing scrolls sideways', async () => {
  const { page } = await fresh(PHONE, true)
  const log = collectConsole(page)
  await page.goto(`${site.server.origin}/index.html`)
  await waitForState(page, 'ready')
  await page.getByRole('button', { name: 'My plan' }).tap()
  await fillNovice(page)
  await page.getByRole('button', { name: 'Your results →' }).tap()
  await page.getByRole('button', { name: 'Your plan →' }).tap()
  await page.locator('.rae-plan-view').waitFor()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
  expect(await page.locator('.rae-side').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
  expect(errorsOf(log)).toEqual([])
})

test('keyboard only: the header button, the form and the steps, focus landing on each new step', async () => {
  const { page } = await fresh()
  await page.goto(`${site.server.origin}/index.html`)
  await waitForState(page, 'ready')
  const focusedName = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      return el && el !== document.body
        ? `${el.tagName} ${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''}`
        : ''
    })
  let guard = 0
  while (!(await focusedName()).includes('My plan') && guard++ < 30) await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await page.getByLabel('Runs per week').waitFor()
  // Into the form: the first field after the panel's own controls.
  guard = 0
  // Number fields are text inputs that say what they accept (inputmode numeric), so a refusal keeps the text.
  while (
    (await page.evaluate(() => document.activeElement?.getAttribute('inputmode'))) !== 'numeric' &&
    guard++ < 30
  )
    await page.keyboard.press('Tab')
  await page.keyboard.type('5')
  expect(await page.getByLabel('Runs per week').inputValue()).toBe('5')
  guard = 0
  while (!(await focusedName()).includes('Self-tests →') && guard++ < 60) await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect.poll(focusedName).toBe('H3 Self-tests')
})

test('a hostile plan link and a corrupt saved draft each get a note; the app works and nothing else is lost', async () => {
  const { page } = await fresh()
  const log = collectConsole(page)
  await page.goto(`${site.server.origin}/index.html?plan=1.PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg`)
  await waitForState(page, 'ready')
  await expect
    .poll(() => page.locator('.rae-notice-text').allTextContents())
    .toContainEqual(expect.stringMatching(/plan link is incomplete, damaged/))
  expect(await page.locator('.rae-plan-heading').textContent()).toBe('About you')

  await page.evaluate(() => {
    localStorage.setItem('rae.plan.v1', '{"version":1,"inputs":{broken')
    localStorage.setItem('someone-else', 'untouched')
  })
  await page.goto(`${site.server.origin}/index.html?plan=new`)
  await waitForState(page, 'ready')
  await expect
    .poll(() => page.locator('.rae-notice-text').allTextContents())
    .toContainEqual(expect.stringMatching(/set aside/))
  expect(await page.evaluate(() => localStorage.getItem('rae.plan.set-aside'))).toBe(
    '{"version":1,"inputs":{broken',
  )
  expect(await page.evaluate(() => localStorage.getItem('someone-else'))).toBe('untouched')
  await page.getByLabel('Runs per week').fill('3')
  expect(errorsOf(log)).toEqual([])
})

test('a coach’s link for a regular lifter with Achilles pain: no hops or jumps, the pain rule, the stop signs', async () => {
  const { page } = await fresh()
  await page.goto(`${site.server.origin}/index.html?plan=new`)
  await waitForState(page, 'ready')
  await page.getByLabel('Regular (most weeks)').check()
  for (const kit of ['Dumbbells', 'Barbell and rack', 'Machines at a gym']) await page.getByLabel(kit).check()
  await page.getByLabel('A current niggle').selectOption('achilles')
  await page
    .getByRole('navigation', { name: 'Plan steps' })
    .getByRole('button', { name: 'Your plan' })
    .click()
  const view = page.locator('.rae-plan-view')
  expect(await view.innerText()).toMatch(
    /Your achilles tendinopathy:.*Hops, jumps and heel-drop work are left out/,
  )
  // The pain-monitoring rule, as its trial has it (0–2 safe, up to 5 acceptable).
  expect(await view.innerText()).toMatch(/0–2 out of 10 is safe and up to 5 is acceptable/)
  expect(await view.innerText()).toMatch(/Stop and see a clinician:.*pop at the back of the heel/)
  expect(await view.innerText()).not.toMatch(/Hop progression|bound|box jump/i)
})
