import type { Page } from 'playwright-core'
import { loadPage } from './page-load.ts'
import { summarize } from './stats.ts'
import type { BenchSection, Figure } from './types.ts'

export const MEASURE_MS = 3000
const SETTLE_MS = 400

export interface Sample {
  /** Median gap between animation frames, ms. */
  medianGap: number
  /** Wall time divided by frames the canvas actually drew, ms. */
  perFrame: number
  frames: number
}

/**
 * Counts rendered frames and rAF gaps for `ms` inside the page. A string, because tsx would wrap a function
 * with helpers the page does not have.
 */
const MEASURE = (ms: number) => `new Promise((done) => {
  const stats = window.__RAE_STATS__
  const gaps = []
  const f0 = stats.frames
  let start = 0
  let last = 0
  const tick = (t) => {
    if (!start) start = t
    else gaps.push(t - last)
    last = t
    if (t - start < ${ms}) requestAnimationFrame(tick)
    else done({ gaps, frames: stats.frames - f0, elapsed: t - start })
  }
  requestAnimationFrame(tick)
})`

export async function measure(page: Page): Promise<Sample> {
  await page.waitForTimeout(SETTLE_MS)
  const r = (await page.evaluate(MEASURE(MEASURE_MS))) as { gaps: number[]; frames: number; elapsed: number }
  if (r.frames < 2 || r.gaps.length < 2) throw new Error(`only ${r.frames} frames drawn in ${MEASURE_MS} ms`)
  return { medianGap: summarize(r.gaps).median, perFrame: r.elapsed / r.frames, frames: r.frames }
}

/** Frame time while the stride plays, against still frames of the same paused view. */
export const strideFrames: BenchSection = {
  name: 'stride',
  title: `Stride playback vs a still frame (side view, 1280x800, ${MEASURE_MS / 1000} s each, SwiftShader)`,
  async run(ctx) {
    const load = await loadPage(ctx, '/index.html?view=right&phase=0&play=0')
    const still: Sample[] = []
    const playing: Sample[] = []
    try {
      const page = load.page
      const play = page.getByRole('button', { name: 'Play the stride' })
      const pause = page.getByRole('button', { name: 'Pause the stride' })
      const range = page.locator('#rae-stride-range')
      for (let run = 0; run < Math.min(ctx.runs, 3); run++) {
        await page.evaluate('window.__RAE_STATS__.benchStill = true')
        // Nothing draws while paused; a step forward and back on the scrubber starts the still loop.
        await range.press('ArrowRight')
        await range.press('ArrowLeft')
        still.push(await measure(page))
        await page.evaluate('window.__RAE_STATS__.benchStill = false')
        await play.click()
        playing.push(await measure(page))
        await pause.click()
      }
    } finally {
      await load.close()
    }
    const med = (xs: Sample[], key: keyof Sample) => summarize(xs.map((x) => x[key])).median
    const stillMs = med(still, 'perFrame')
    const playMs = med(playing, 'perFrame')
    const note = (xs: Sample[]) =>
      `median rAF gap ${med(xs, 'medianGap').toFixed(1)} ms, ${med(xs, 'frames')} frames; median of ${xs.length}`
    return [
      { label: 'still frame (paused, redrawn)', value: stillMs, unit: 'ms', note: note(still) },
      { label: 'frame while the stride plays', value: playMs, unit: 'ms', note: note(playing) },
      {
        label: 'playing / still, x100',
        value: Math.round((playMs / stillMs) * 100),
        unit: 'count',
        note: 'cost of posing, glow and picking upkeep per frame; 100 = none',
      },
    ] satisfies Figure[]
  },
}
