/**
 * A contact sheet of every exercise demo at its hardest moment (`?exercise=<id>&play=0`), on the real body:
 * `npx tsx scripts/shoot-demos.ts [id…]` after `npm run build` writes .tmp/demos/<id>.png and
 * .tmp/demo-contact-sheet.png. `--phone` also shoots three demos mid-movement at phone size.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { EXERCISE_IDS } from '../src/domain/exercises.ts'
import { launchChromium, REPO_ROOT, startServer, waitForState } from './lib/browser.ts'

const args = process.argv.slice(2)
const phone = args.includes('--phone')
const only = args.filter((a) => !a.startsWith('--'))
const ids = only.length ? only : EXERCISE_IDS
const dir = join(REPO_ROOT, '.tmp', 'demos')
mkdirSync(dir, { recursive: true })

const server = await startServer()
const browser = await launchChromium()
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 700 }, deviceScaleFactor: 1 })
  for (const id of ids) {
    await page.goto(`${server.origin}/index.html?exercise=${id}&play=0`)
    await waitForState(page, 'ready')
    await page.waitForSelector(`.rae-demo[data-demo="${id}"]`, { timeout: 30_000 })
    await page.waitForFunction(() => document.querySelector('canvas')?.dataset.camera === 'rest', null, {
      timeout: 20_000,
    })
    await page.waitForTimeout(1000)
    const canvas = page.locator('canvas')
    await canvas.screenshot({ path: join(dir, `${id}.png`) })
    console.log(id)
  }
  await page.close()
  if (phone) {
    const p = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 })
    for (const id of ['bulgarian-split-squat', 'nordic-hamstring-curl', 'single-leg-calf-raise']) {
      await p.goto(`${server.origin}/index.html?exercise=${id}&play=0`)
      await waitForState(p, 'ready')
      await p.waitForSelector(`.rae-demo[data-demo="${id}"]`)
      // Mid-movement: half-way through the lowering.
      await p.evaluate(() => {
        const r = document.querySelector<HTMLInputElement>('#rae-demo-range')!
        r.value = String(Number(r.max) * 0.15)
        r.dispatchEvent(new Event('input', { bubbles: true }))
        r.dispatchEvent(new Event('change', { bubbles: true }))
      })
      await p.waitForTimeout(1200)
      await p.screenshot({ path: join(dir, `phone-${id}.png`) })
    }
    await p.close()
  }
  // The sheet: every picture in a grid, captioned.
  const cells = ids
    .map((id) => {
      const b64 = readFileSync(join(dir, `${id}.png`)).toString('base64')
      return `<figure><img src="data:image/png;base64,${b64}"><figcaption>${id}</figcaption></figure>`
    })
    .join('')
  const html = `<html><body style="margin:0;font:12px sans-serif;display:grid;grid-template-columns:repeat(8,300px);gap:2px">
<style>figure{margin:0}img{width:300px;height:233px;object-fit:cover;display:block}figcaption{padding:1px 3px}</style>${cells}</body></html>`
  writeFileSync(join(REPO_ROOT, '.tmp', 'demo-contact-sheet.html'), html)
  const sheet = await browser.newPage({ viewport: { width: 8 * 302, height: 400 } })
  await sheet.setContent(html)
  await sheet.screenshot({ path: join(REPO_ROOT, '.tmp', 'demo-contact-sheet.png'), fullPage: true })
  await sheet.close()
} finally {
  await browser.close()
  await server.close()
}
