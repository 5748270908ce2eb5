import { gzipSync } from 'node:zlib'
import type { Page, Response } from 'playwright-core'
import { loadPage, renderedFrames } from './page-load.ts'
import { IDLE_MS } from './ready.ts'
import { KIB, summarize } from './stats.ts'
import { measure, MEASURE_MS, type Sample } from './stride.ts'
import type { BenchSection, Figure } from './types.ts'

/** The budget for everything the demos add, fetched with the first "Show me". */
export const DEMO_BYTES_TARGET = 60 * KIB
const EXERCISE = 'single-leg-calf-raise'

/** Waits until the canvas has drawn nothing for `quietMs` (the camera's eased framing done), at most 15 s. */
async function settle(page: Page, quietMs = 1000): Promise<void> {
  const end = Date.now() + 15_000
  let last = await renderedFrames(page)
  let since = Date.now()
  while (Date.now() < end) {
    await page.waitForTimeout(200)
    const now = await renderedFrames(page)
    if (now !== last) {
      last = now
      since = Date.now()
    } else if (Date.now() - since >= quietMs) return
  }
}

/**
 * What the demos cost: the bytes the first "Show me" fetches on top of an open card (code, tracks, styles; text
 * gzip -9), renders while a demo is held (`play=0`), and a playing demo's frame time side by side with the
 * stride's, each against a still frame of its own view, alternating in one browser.
 */
export const demoCosts: BenchSection = {
  name: 'demo',
  title: `Exercise demos: first "Show me" bytes, idle renders while held, frame time vs the stride (1280x800, ${MEASURE_MS / 1000} s each, SwiftShader)`,
  async run(ctx) {
    // Bytes: the calves' card open, then its exercise's Show me.
    const cardLoad = await loadPage(ctx, '/index.html?muscle=calves')
    let bytes = 0
    const files: string[] = []
    let tracks = 0
    try {
      const page = cardLoad.page
      const button = page.locator(`[data-show-me="${EXERCISE}"]`).first()
      await button.waitFor()
      await page.waitForLoadState('networkidle')
      const pending: Promise<void>[] = []
      page.on('response', (r: Response) => {
        const path = new URL(r.url()).pathname
        const text = /javascript|css|json/.test(r.headers()['content-type'] ?? '')
        pending.push(
          r.body().then(
            (body) => {
              if (!text || r.status() !== 200) return
              const size = gzipSync(body, { level: 9 }).length
              bytes += size
              const name = path.split('/').pop() ?? path
              files.push(name)
              if (name.startsWith('tracks-')) tracks = size
            },
            () => {},
          ),
        )
      })
      await button.click()
      await page.locator(`.rae-demo[data-demo="${EXERCISE}"]`).waitFor()
      await page.waitForFunction('(window.__RAE_STATS__?.glow?.calves ?? 0) > 0')
      await page.waitForLoadState('networkidle')
      await Promise.all(pending)
    } finally {
      await cardLoad.close()
    }

    // Held: nothing drawn once the camera has framed the demo.
    const idle: number[] = []
    for (let run = 0; run < Math.min(ctx.runs, 3); run++) {
      const load = await loadPage(ctx, `/index.html?exercise=${EXERCISE}&play=0`)
      try {
        await load.page.locator(`.rae-demo[data-demo="${EXERCISE}"]`).waitFor()
        await load.page.waitForFunction('(window.__RAE_STATS__?.glow?.calves ?? 0) > 0.8')
        await settle(load.page)
        const before = await renderedFrames(load.page)
        await load.page.waitForTimeout(IDLE_MS)
        const after = await renderedFrames(load.page)
        if (before !== null && after !== null) idle.push(after - before)
      } finally {
        await load.close()
      }
    }

    // Frame time: the demo and the stride, each playing and still, alternating.
    const demo = { still: [] as Sample[], playing: [] as Sample[] }
    const stride = { still: [] as Sample[], playing: [] as Sample[] }
    const views = [
      {
        into: demo,
        url: `/index.html?exercise=${EXERCISE}&play=0`,
        what: 'demonstration',
        range: '#rae-demo-range',
      },
      {
        into: stride,
        url: '/index.html?view=right&phase=0&play=0',
        what: 'stride',
        range: '#rae-stride-range',
      },
    ]
    for (let run = 0; run < Math.min(ctx.runs, 3); run++)
      for (const v of views) {
        const load = await loadPage(ctx, v.url)
        try {
          const page = load.page
          const range = page.locator(v.range)
          await range.waitFor()
          await settle(page, 500)
          await page.evaluate('window.__RAE_STATS__.benchStill = true')
          // Nothing draws while paused; a step on the scrubber starts the still loop.
          await range.press('ArrowRight')
          await range.press('ArrowLeft')
          v.into.still.push(await measure(page))
          await page.evaluate('window.__RAE_STATS__.benchStill = false')
          await page.getByRole('button', { name: `Play the ${v.what}` }).click()
          v.into.playing.push(await measure(page))
        } finally {
          await load.close()
        }
      }

    const med = (xs: Sample[]) => summarize(xs.map((x) => x.perFrame)).median
    const note = (xs: Sample[]) =>
      `median rAF gap ${summarize(xs.map((x) => x.medianGap)).median.toFixed(1)} ms; median of ${xs.length}`
    const demoPlay = med(demo.playing)
    const stridePlay = med(stride.playing)
    return [
      {
        label: 'first "Show me" fetches (gzip)',
        value: bytes,
        unit: 'bytes',
        target: DEMO_BYTES_TARGET,
        note: `${files.length} files: ${files.join(', ')}`,
      },
      { label: 'of which all demo tracks (gzip)', value: tracks || null, unit: 'bytes', note: '66 tracks' },
      {
        label: 'renders while a demo is held',
        value: idle.length ? Math.max(...idle) : null,
        unit: 'count',
        target: 0,
        note: `most in ${IDLE_MS / 1000} s over ${idle.length} loads, after the camera settled`,
      },
      { label: 'demo: still frame', value: med(demo.still), unit: 'ms', note: note(demo.still) },
      { label: 'demo: frame while playing', value: demoPlay, unit: 'ms', note: note(demo.playing) },
      { label: 'stride: still frame', value: med(stride.still), unit: 'ms', note: note(stride.still) },
      { label: 'stride: frame while playing', value: stridePlay, unit: 'ms', note: note(stride.playing) },
      {
        label: 'demo frame / stride frame, x100',
        value: Math.round((demoPlay / stridePlay) * 100),
        unit: 'count',
        target: 100,
        note: 'a playing demo costs no more per frame than the stride (issue 24)',
      },
    ] satisfies Figure[]
  },
}
