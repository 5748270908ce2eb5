import { loadPage, renderedFrames } from './page-load.ts'
import { summarize } from './stats.ts'
import type { BenchSection } from './types.ts'

export const IDLE_MS = 3000
/** The app may take at most this much longer to be ready than the bare three.js page showing the same body. */
export const READY_RATIO_TARGET = 1.25

/**
 * Cold loads of index.html and of the floor page, alternately in one browser (so a slow moment of the
 * machine hits both): time to ready, its ratio to the floor, then whether the app keeps drawing when idle.
 */
export const readyAndIdle: BenchSection = {
  name: 'ready',
  title:
    'index.html against a bare three.js page, headless Chromium (SwiftShader WebGL, 1280x800, cold cache)',
  async run(ctx) {
    const readyMs: number[] = []
    const floorMs: number[] = []
    const idleFrames: number[] = []
    for (let run = 0; run < ctx.runs; run++) {
      if (ctx.floorPath) {
        const floor = await loadPage(ctx, ctx.floorPath)
        floorMs.push(floor.readyMs)
        await floor.close()
      }
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
    const floor = floorMs.length ? summarize(floorMs) : null
    const idle = idleFrames.length === ctx.runs ? summarize(idleFrames) : null
    return [
      {
        label: 'time to data-state=ready',
        value: ready.median,
        unit: 'ms',
        note: `median of ${ctx.runs}; min ${ready.min.toFixed(0)}, max ${ready.max.toFixed(0)}`,
      },
      {
        label: 'floor: bare three.js, same body.glb',
        value: floor?.median ?? null,
        unit: 'ms',
        note: floor
          ? `median of ${ctx.runs}; min ${floor.min.toFixed(0)}, max ${floor.max.toFixed(0)}`
          : 'floor page not built',
      },
      {
        label: 'ready / floor (medians)',
        value: floor ? ready.median / floor.median : null,
        unit: 'ratio',
        target: READY_RATIO_TARGET,
        note: 'loaded alternately in one browser',
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
