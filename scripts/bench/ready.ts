import { loadPage, renderedFrames } from './page-load.ts'
import { summarize } from './stats.ts'
import type { BenchSection } from './types.ts'

export const IDLE_MS = 3000

/** Cold loads of index.html: time to ready, then whether the canvas keeps drawing with nothing changing. */
export const readyAndIdle: BenchSection = {
  name: 'ready',
  title: 'index.html in headless Chromium (SwiftShader WebGL, 1280x800, cold cache)',
  async run(ctx) {
    const readyMs: number[] = []
    const idleFrames: number[] = []
    for (let run = 0; run < ctx.runs; run++) {
      const load = await loadPage(ctx, '/index.html')
      try {
        readyMs.push(load.readyMs)
        const before = await renderedFrames(load.page)
        await load.page.waitForTimeout(IDLE_MS)
        const after = await renderedFrames(load.page)
        if (before !== null && after !== null) idleFrames.push(after - before)
      } finally {
        await load.close()
      }
    }

    const ready = summarize(readyMs)
    const idle = idleFrames.length === ctx.runs ? summarize(idleFrames) : null
    return [
      {
        label: 'time to data-state=ready',
        value: ready.median,
        unit: 'ms',
        note: `median of ${ctx.runs}; min ${ready.min.toFixed(0)}, max ${ready.max.toFixed(0)}`,
      },
      {
        label: `renders in ${IDLE_MS / 1000} s idle after ready`,
        // The worst run, not the median: one stray render loop is already a bug.
        value: idle ? idle.max : null,
        unit: 'count',
        target: 0,
        note: idle
          ? `max of ${ctx.runs}; median ${idle.median}`
          : 'window.__RAE_STATS__.frames is missing, so idle renders cannot be counted',
      },
    ]
  },
}
