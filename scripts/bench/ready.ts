import { loadPage, renderedFrames } from './page-load.ts'
import { summarize } from './stats.ts'
import type { BenchSection, Figure } from './types.ts'

export const IDLE_MS = 3000
/**
 * The app may take at most this much longer than the bare three.js page showing the same body to reach the
 * second animation frame after ready: the body drawn and the page free to answer a click.
 */
export const READY_RATIO_TARGET = 1.2

/**
 * Cold loads of index.html and of the floor page, alternately in one browser (so a slow moment of the
 * machine hits both), each in a fresh context with its service worker allowed, as a real first visit has it.
 * Both pages are timed the same way (page-load.ts's probe): when #explorer says ready, and at the second
 * animation frame after that, which a page still busy with its start-up reaches late. Then whether the app
 * keeps drawing when idle.
 */
export const readyAndIdle: BenchSection = {
  name: 'ready',
  title:
    'index.html against a bare three.js page, headless Chromium (SwiftShader WebGL, 1280x800, cold cache, service worker allowed)',
  async run(ctx) {
    const app = { ready: [] as number[], frame2: [] as number[] }
    const floor = { ready: [] as number[], frame2: [] as number[] }
    const idleFrames: number[] = []
    for (let run = 0; run < ctx.runs; run++) {
      if (ctx.floorPath) {
        const load = await loadPage(ctx, ctx.floorPath, { serviceWorkers: 'allow', networkIdle: false })
        floor.ready.push(load.readyMs)
        floor.frame2.push(load.frame2Ms)
        await load.close()
      }
      const load = await loadPage(ctx, '/index.html', { serviceWorkers: 'allow', networkIdle: false })
      try {
        app.ready.push(load.readyMs)
        app.frame2.push(load.frame2Ms)
        // Idle means after the start-up's own loads (and the worker's precache) have finished.
        await load.page.waitForLoadState('networkidle')
        const before = await renderedFrames(load.page)
        await load.page.waitForTimeout(IDLE_MS)
        const after = await renderedFrames(load.page)
        if (before !== null && after !== null) idleFrames.push(after - before)
      } finally {
        await load.close()
      }
    }

    const spread = (values: number[]) => {
      const s = summarize(values)
      return `median of ${values.length}; min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)}`
    }
    const median = (values: number[]) => (values.length ? summarize(values).median : null)
    const ratio = (a: number | null, b: number | null) => (a !== null && b ? a / b : null)
    const idle = idleFrames.length === ctx.runs ? summarize(idleFrames) : null
    const noFloor = 'floor page not built'
    return [
      {
        label: 'app: second frame after ready',
        value: median(app.frame2),
        unit: 'ms',
        note: spread(app.frame2),
      },
      {
        label: 'floor: second frame after ready',
        value: median(floor.frame2),
        unit: 'ms',
        note: floor.frame2.length ? spread(floor.frame2) : noFloor,
      },
      {
        label: 'app / floor, second frame after ready',
        value: ratio(median(app.frame2), median(floor.frame2)),
        unit: 'ratio',
        target: READY_RATIO_TARGET,
        note: 'medians, loaded alternately in one browser',
      },
      {
        label: 'app: data-state=ready (attribute only)',
        value: median(app.ready),
        unit: 'ms',
        note: spread(app.ready),
      },
      {
        label: 'floor: data-state=ready (attribute only)',
        value: median(floor.ready),
        unit: 'ms',
        note: floor.ready.length ? spread(floor.ready) : noFloor,
      },
      {
        label: 'app / floor, attribute only',
        value: ratio(median(app.ready), median(floor.ready)),
        unit: 'ratio',
        note: 'the old figure: says nothing of the work left after ready',
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
    ] satisfies Figure[]
  },
}
