/**
 * The printed plan as paper shows it: `npx tsx scripts/shoot-print.ts [out dir]` after `npm run build` opens a
 * 2 × 5 and a 3 × 6 plan, waits until every exercise row has its start and end pictures, and writes each plan's
 * PDF (Chromium's page.pdf(), A4) and its pages as PNGs (pdftoppm, where installed), saying how many pages each took.
 * `--without-pictures` prints the same plans with the pictures hidden, for comparison.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PlanInputs } from '../src/domain/plan.ts'
import { packPlanCode } from '../src/domain/plan-code.ts'
import { NOVICE_2X5 } from './lib/plan-examples.ts'
import { launchChromium, REPO_ROOT, startServer, waitForState } from './lib/browser.ts'

const args = process.argv.slice(2)
const without = args.includes('--without-pictures')
const dir = args.find((a) => !a.startsWith('--')) ?? join(REPO_ROOT, '.tmp', 'print')
mkdirSync(dir, { recursive: true })

const novice = NOVICE_2X5
const suffix = without ? '-without-pictures' : ''
const plans: Record<string, PlanInputs> = {
  [`plan-2x5${suffix}`]: novice,
  // As tests/browser/plan.test.ts fills it in: four runs a week, the longest 16 km.
  [`plan-3x6${suffix}`]: {
    ...novice,
    runsPerWeek: 4,
    longestRunKm: 16,
    trainingDays: ['tue', 'wed', 'fri'],
    minutes: 60,
  },
}

const server = await startServer()
const browser = await launchChromium()
try {
  for (const [name, inputs] of Object.entries(plans)) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(`${server.origin}/index.html?plan=${packPlanCode(inputs)}`)
    await waitForState(page, 'ready')
    await page.locator('.rae-plan-view').waitFor()
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('.rae-plan-view [data-exercise]')].every(
          (row) => row.querySelectorAll('.rae-plan-pictures img').length === 2,
        ),
      null,
      { timeout: 120_000, polling: 200 },
    )
    if (without) await page.addStyleTag({ content: '.rae-plan-pictures { display: none !important; }' })
    const rows = await page.locator('.rae-plan-view [data-exercise]').count()
    const pdf = await page.pdf({ format: 'A4' })
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
    const file = join(dir, `${name}.pdf`)
    writeFileSync(file, pdf)
    try {
      execFileSync('pdftoppm', ['-r', '110', '-png', file, join(dir, name)])
    } catch {
      // No poppler here: the PDF alone.
    }
    console.log(`${name}: ${rows} exercise rows, ${pages} A4 pages -> ${file}`)
    await page.close()
  }
} finally {
  await browser.close()
  await server.close()
}
