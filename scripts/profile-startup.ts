// `npx tsx scripts/profile-startup.ts [--runs N] [--page /index.html] [--block-sw]` after `npm run build`:
// cold loads of a page with a Chromium trace, and what the page's main thread did between data-state=ready and
// the second animation frame after it (the bench's "ready" figure), grouped by cost.
import { parseArgs } from 'node:util'
import { writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { DIST_DIR, REPO_ROOT, launchChromium, startServer } from './lib/browser.ts'
import { FLOOR_MOUNT, buildFloor } from './bench/floor.ts'
import { FRAME_PROBE } from './bench/page-load.ts'

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '1' },
    page: { type: 'string', default: '/index.html' },
    floor: { type: 'boolean', default: false },
    dist: { type: 'string', default: DIST_DIR },
    'block-sw': { type: 'boolean', default: false },
    top: { type: 'string', default: '25' },
    /** Also break down the time from this mark (e.g. rae:boot) to ready. */
    before: { type: 'string' },
  },
})

interface TraceEvent {
  name: string
  cat: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  id?: string
  args?: Record<string, unknown> & { data?: Record<string, unknown> }
}

const floorDir = args.floor ? await buildFloor() : null
const server = await startServer({
  root: args.dist,
  mounts: floorDir ? { [FLOOR_MOUNT]: floorDir } : {},
})
const browser = await launchChromium()
const page = args.floor ? `${FLOOR_MOUNT}index.html` : args.page
const top = Number(args.top)
const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.gc',
  'blink.user_timing',
  'loading',
  'toplevel',
  'gpu',
  'gpu.angle',
  'disabled-by-default-gpu.service',
]

try {
  for (let run = 0; run < Number(args.runs); run++) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: args['block-sw'] ? 'block' : 'allow',
    })
    await context.addInitScript(FRAME_PROBE)
    const tab = await context.newPage()
    await browser.startTracing(tab, { categories })
    await tab.goto(server.origin + page)
    await tab.waitForFunction('window.__RAE_BENCH_FRAME2__ !== undefined', null, { timeout: 120_000 })
    const marks = (await tab.evaluate(
      '({ ready: window.__RAE_BENCH_READY__, frame2: window.__RAE_BENCH_FRAME2__, milestones: performance.getEntriesByType("mark").map((m) => [m.name, Math.round(m.startTime)]) })',
    )) as { ready: number; frame2: number; milestones: [string, number][] }
    await tab.waitForTimeout(300)
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }
    await context.close()
    const dir = join(REPO_ROOT, '.tmp', 'profile')
    await mkdir(dir, { recursive: true })
    await writeFile(join(dir, `trace-${run}.json`), JSON.stringify(trace))
    process.stdout.write(
      `\nrun ${run + 1}: ready ${marks.ready.toFixed(0)} ms, second frame after ready ${marks.frame2.toFixed(0)} ms (+${(marks.frame2 - marks.ready).toFixed(0)})\n`,
    )
    process.stdout.write(`  marks: ${marks.milestones.map(([n, t]) => `${n}@${t}`).join(' ')}\n`)
    analyse(trace.traceEvents, 'bench:ready', 'bench:frame2', top)
    if (args.before) analyse(trace.traceEvents, args.before, 'bench:ready', top)
  }
} finally {
  await browser.close()
  await server.close()
}

function analyse(events: TraceEvent[], from: string, to: string, limit: number): void {
  process.stdout.write(`  ${from} → ${to}\n`)
  const readyMark = events.find((e) => e.name === from && e.cat.includes('user_timing'))
  const frameMark = events.find((e) => e.name === to && e.cat.includes('user_timing'))
  if (!readyMark || !frameMark) {
    process.stdout.write('  (marks missing from the trace)\n')
    return
  }
  const { pid, tid } = frameMark
  const t0 = readyMark.ts
  const t1 = frameMark.ts
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
  const within = (e: TraceEvent) => e.ts < t1 && e.ts + e.dur! > t0
  const clip = (e: TraceEvent) => Math.min(e.ts + e.dur!, t1) - Math.max(e.ts, t0)
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && within(e))
  const busy = tasks.reduce((sum, e) => sum + clip(e), 0)
  process.stdout.write(
    `  main thread: ${(busy / 1000).toFixed(0)} ms busy of ${((t1 - t0) / 1000).toFixed(0)} ms; long tasks: ${tasks
      .filter((e) => e.dur! > 30_000)
      .map((e) => `${((e.ts - t0) / 1000).toFixed(0)}+${(e.dur! / 1000).toFixed(0)}`)
      .join(', ')}\n`,
  )
  // Timeline event kinds (self time is approximated by inclusive time of non-nested kinds).
  const byName = new Map<string, number>()
  for (const e of main) {
    if (!within(e) || e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') continue
    let key = e.name
    const data = e.args?.data
    if (e.name === 'FunctionCall' && data)
      key += ` ${String(data.functionName ?? '')} ${String(data.url ?? '')
        .split('/')
        .pop()}`
    if (e.name === 'FireAnimationFrame' || e.name === 'TimerFire') key += ''
    byName.set(key, (byName.get(key) ?? 0) + clip(e))
  }
  process.stdout.write('  timeline events (inclusive ms, nested events overlap):\n')
  for (const [name, us] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, limit))
    process.stdout.write(`    ${(us / 1000).toFixed(1).padStart(7)}  ${name}\n`)

  // CPU profile samples in the window: self time per function, and inclusive time per function.
  const nodes = new Map<
    number,
    {
      callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
      parent?: number
    }
  >()
  const samples: { ts: number; node: number }[] = []
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid)
  let ts = events.find((e) => e.name === 'Profile' && e.pid === pid)?.args?.data?.startTime as
    number | undefined
  for (const c of chunks) {
    const profile = c.args?.data as {
      cpuProfile?: { nodes?: { id: number; callFrame: never; parent?: number }[]; samples?: number[] }
      timeDeltas?: number[]
    }
    for (const n of profile.cpuProfile?.nodes ?? [])
      nodes.set(n.id, { callFrame: n.callFrame, parent: n.parent })
    const deltas = profile.timeDeltas ?? []
    const ids = profile.cpuProfile?.samples ?? []
    ids.forEach((id, i) => {
      ts = (ts ?? 0) + (deltas[i] ?? 0)
      samples.push({ ts, node: id })
    })
  }
  const windowed = samples.filter((s) => s.ts >= t0 && s.ts <= t1)
  if (!windowed.length) return
  const step = (t1 - t0) / 1000 / windowed.length
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  const label = (id: number) => {
    const f = nodes.get(id)?.callFrame
    if (!f) return '?'
    const file = (f.url ?? '').split('/').pop() ?? ''
    return `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`
  }
  for (const s of windowed) {
    const key = label(s.node)
    if (key.startsWith('(idle)')) continue
    self.set(key, (self.get(key) ?? 0) + 1)
    const seen = new Set<string>()
    for (let id: number | undefined = s.node; id !== undefined; id = nodes.get(id)?.parent) {
      const k = label(id)
      if (seen.has(k)) continue
      seen.add(k)
      total.set(k, (total.get(k) ?? 0) + 1)
    }
  }
  process.stdout.write(`  CPU samples (${windowed.length}, ≈${step.toFixed(2)} ms each), self time:\n`)
  for (const [k, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, limit))
    process.stdout.write(`    ${(n * step).toFixed(1).padStart(7)}  ${k}\n`)
  process.stdout.write('  inclusive time:\n')
  for (const [k, n] of [...total].sort((a, b) => b[1] - a[1]).slice(0, limit * 2))
    process.stdout.write(`    ${(n * step).toFixed(1).padStart(7)}  ${k}\n`)
}
