// Render goldens: the figure drawn at a fixed size from fixed views, compared with committed images, so a change
// that breaks the look fails here (placement tests cannot see that). When a change of look is deliberate,
// `npm run goldens` rewrites the images; look at them before committing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'
import type { Page } from 'playwright-core'
import { REPO_ROOT, SHOTS_DIR, serveBuiltSite, waitForState } from './harness.ts'

const site = serveBuiltSite()
const GOLDEN_DIR = join(REPO_ROOT, 'tests', 'goldens')
const UPDATE = process.env.UPDATE_GOLDENS === '1'
const VIEWPORT = { width: 1000, height: 760 }
/** A pixel differs when pixelmatch's perceptual distance is over this (0–1); software rendering is stable. */
const PIXEL_THRESHOLD = 0.05
/** At most this share of the canvas may differ (antialiasing along edges, nothing more). */
export const MAX_DIFFERENT = 0.002

const VIEWS = [
  { name: 'front', path: '/index.html?view=front' },
  { name: 'back', path: '/index.html?view=back' },
  { name: 'left', path: '/index.html?view=left' },
  { name: 'stride-40', path: '/index.html?view=right&phase=40&play=0' },
  { name: 'calves', path: '/index.html?muscle=calves&view=back' },
  // One muscle alone (coach mode): the rest of its group faded, the muscle itself drawn as usual.
  { name: 'isolate-biceps-femoris', path: '/index.html?muscle=hamstrings&isolate=biceps-femoris&view=back' },
] as const

/** Waits until the scene has stopped drawing (the camera has settled) for half a second. */
async function settled(page: Page): Promise<void> {
  let last = -1
  for (let i = 0; i < 60; i++) {
    const frames = await page.evaluate(
      () => (window as unknown as { __RAE_STATS__?: { frames: number } }).__RAE_STATS__?.frames ?? 0,
    )
    if (frames === last) return
    last = frames
    await page.waitForTimeout(500)
  }
  throw new Error('the scene never stopped drawing')
}

for (const view of VIEWS) {
  test(`golden: ${view.name}`, async () => {
    const page = await site.browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 })
    await page.goto(site.server.origin + view.path)
    await waitForState(page, 'ready')
    await page.mouse.move(0, 0)
    await settled(page)
    const shot = PNG.sync.read(await page.locator('canvas').screenshot())
    await page.close()

    const file = join(GOLDEN_DIR, `${view.name}.png`)
    if (UPDATE) {
      mkdirSync(GOLDEN_DIR, { recursive: true })
      writeFileSync(file, PNG.sync.write(shot))
      return
    }
    expect(existsSync(file), `${file} is missing: run \`npm run goldens\``).toBe(true)
    const golden = PNG.sync.read(readFileSync(file))
    expect([shot.width, shot.height]).toEqual([golden.width, golden.height])
    const diff = new PNG({ width: shot.width, height: shot.height })
    const different = pixelmatch(shot.data, golden.data, diff.data, shot.width, shot.height, {
      threshold: PIXEL_THRESHOLD,
    })
    const share = different / (shot.width * shot.height)
    if (share > MAX_DIFFERENT) {
      mkdirSync(SHOTS_DIR, { recursive: true })
      writeFileSync(join(SHOTS_DIR, `golden-${view.name}-actual.png`), PNG.sync.write(shot))
      writeFileSync(join(SHOTS_DIR, `golden-${view.name}-diff.png`), PNG.sync.write(diff))
    }
    expect(share, `${(share * 100).toFixed(2)} % of pixels differ from ${file}`).toBeLessThanOrEqual(
      MAX_DIFFERENT,
    )
  })
}
