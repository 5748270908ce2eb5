// axe-core on the built explorer: no serious or critical violations on the welcome view, with a group open,
// and on the no-WebGL map.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { openLink, serveBuiltSite, sharedPage, waitForState, type BuiltSite } from './harness.ts'

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

interface Violation {
  id: string
  impact: string | null
  help: string
  nodes: { target: unknown[] }[]
}

const site = serveBuiltSite()
const noWebgl = serveBuiltSite({ webgl: false })
// One page for the WebGL views, moved between links (openLink) and viewports: axe judges what is on screen,
// not how it was loaded.
const shared = sharedPage(site)

async function seriousViolations(page: Page): Promise<string[]> {
  // A button caught halfway through its colour transition (the camera just noted a new view) is not what a
  // reader sees: judge the settled page.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)))
  // Once per page: a link keeps it (no reload).
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE })
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> }
      }
    ).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} → ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)
}

const DESKTOP = { width: 1280, height: 800 }

/** The shared page at `query` in `viewport`. */
async function open(query: string, viewport = DESKTOP): Promise<Page> {
  const page = shared.page
  await page.setViewportSize(viewport)
  await openLink(page, site.server.origin, query)
  return page
}

/** A page of its own, freshly loaded (the no-WebGL browser). */
async function load(b: BuiltSite, query: string, viewport = DESKTOP): Promise<Page> {
  const page = await b.browser.newPage({ viewport })
  await page.goto(`${b.server.origin}/index.html${query}`)
  await waitForState(page, 'ready')
  return page
}

test('welcome view: no serious or critical axe violations', async () => {
  const page = await open('')
  expect(await seriousViolations(page)).toEqual([])
})

test('a group open, with filters applied: no serious or critical axe violations', async () => {
  const page = await open('?muscle=calves')
  await page.getByRole('button', { name: 'Bodyweight', exact: true }).click()
  expect(await seriousViolations(page)).toEqual([])
})

test('phone layout with a group open: no serious or critical axe violations', async () => {
  const page = await open('?muscle=hamstrings', { width: 390, height: 844 })
  expect(await seriousViolations(page)).toEqual([])
})

test('no-WebGL map: no serious or critical axe violations', async () => {
  const page = await load(noWebgl, '?muscle=glutes')
  expect(await page.locator('#explorer').getAttribute('data-webgl')).toBe('off')
  expect(await seriousViolations(page)).toEqual([])
})

test('"My plan", each step on desktop and the plan on a phone: no serious or critical axe violations', async () => {
  const page = await open('?plan=new')
  for (const step of ['About you', 'Self-tests', 'Your results', 'Your plan']) {
    await page.getByRole('navigation', { name: 'Plan steps' }).getByRole('button', { name: step }).click()
    await page.locator('.rae-plan-heading', { hasText: step }).waitFor()
    expect(await seriousViolations(page), step).toEqual([])
  }
  const phone = await open('?plan=new', { width: 390, height: 844 })
  await phone
    .getByRole('navigation', { name: 'Plan steps' })
    .getByRole('button', { name: 'Your plan' })
    .click()
  expect(await seriousViolations(phone)).toEqual([])
})

test('presentation mode in a tour, and labels on the body: no serious or critical axe violations', async () => {
  const page = await open('?tour=calf-springs&step=2', { width: 1920, height: 1080 })
  await page.getByRole('button', { name: 'Present' }).click()
  await page.locator('.rae-caption').waitFor()
  expect(await seriousViolations(page)).toEqual([])
})
