/**
 * Stick figures of every demo at a few moments (side and front), for writing and checking key poses fast:
 * `npx tsx scripts/demo-sticks.ts [id…]` writes .tmp/demo-sticks.png. The real body's contact sheet is
 * scripts/shoot-demos.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { BODY_MANIFEST } from '../src/generated/body-manifest.ts'
import { ALL_BONES } from '../src/domain/skeleton.ts'
import { parentOf } from '../src/domain/stride/kinematics.ts'
import { footContacts } from '../src/domain/stride/kinematics.ts'
import { createDemoSolver, posedPointOf } from '../src/domain/demo/solve.ts'
import { DEMO_TRACKS } from '../src/domain/demo/tracks/index.ts'
import { SELF_TEST_TRACKS } from '../src/domain/demo/tracks/self-tests.ts'
import { CHROMIUM_ARGS, CHROMIUM_PATH, REPO_ROOT } from './lib/browser.ts'

const joints = BODY_MANIFEST.landmarks.joints
const only = process.argv.slice(2)
const tracks = [...DEMO_TRACKS, ...SELF_TEST_TRACKS].filter((t) => only.length === 0 || only.includes(t.id))
const contacts = footContacts(joints)
const S = 110
function view(
  pose: ReturnType<ReturnType<typeof createDemoSolver>['at']>,
  axis: 'side' | 'front',
  props: (typeof tracks)[number]['props'],
) {
  const px = (v: { x: number; y: number; z: number }) => (axis === 'side' ? v.z : -v.x) * S + 120
  const py = (v: { y: number }) => 220 - v.y * S
  let s = `<line x1="0" x2="240" y1="${py({ y: 0 })}" y2="${py({ y: 0 })}" stroke="#999"/>`
  for (const p of props) {
    if (!p.box) continue
    const [a, b] = p.box
    const x0 = axis === 'side' ? a[2] : -b[0]
    const x1 = axis === 'side' ? b[2] : -a[0]
    s += `<rect x="${x0 * S + 120}" y="${220 - b[1] * S}" width="${(x1 - x0) * S}" height="${(b[1] - a[1]) * S}" fill="#ddd" stroke="#aaa"/>`
  }
  for (const b of ALL_BONES) {
    const p = parentOf(b)
    if (!p) continue
    const left = b.endsWith('_L')
    s += `<line x1="${px(pose.at[p])}" y1="${py(pose.at[p])}" x2="${px(pose.at[b])}" y2="${py(pose.at[b])}" stroke="${left ? '#36c' : '#c33'}" stroke-width="2"/>`
  }
  for (const c of contacts) {
    const v = posedPointOf(pose, joints, c.bone, c.rest)
    s += `<circle cx="${px(v)}" cy="${py(v)}" r="1.5" fill="${c.side === 'L' ? '#36c' : '#c33'}"/>`
  }
  const h = pose.at.head
  s += `<circle cx="${px(h)}" cy="${py({ y: h.y + 0.1 })}" r="${0.1 * S}" fill="none" stroke="#333"/>`
  return `<svg width="240" height="240" style="border:1px solid #eee">${s}</svg>`
}
let html = '<html><body style="font:11px sans-serif;margin:4px">'
for (const t of tracks) {
  const solver = createDemoSolver(t, joints)
  const line = solver.timeline
  const times = [0, line.total * 0.25, line.total * 0.5, line.total * 0.75, line.hardest]
  html += `<div style="white-space:nowrap"><b>${t.id}</b> (${line.total.toFixed(1)} s, hardest ${line.hardest.toFixed(2)})<br>`
  for (const time of times) {
    const pose = solver.at(time)
    html += view(pose, 'side', t.props) + view(pose, 'front', t.props)
  }
  html += '</div>'
}
html += '</body></html>'
const dir = join(REPO_ROOT, '.tmp')
mkdirSync(dir, { recursive: true })
writeFileSync(join(dir, 'demo-sticks.html'), html)
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] })
const page = await browser.newPage({ viewport: { width: 2420, height: 400 } })
await page.setContent(html)
await page.screenshot({ path: join(dir, 'demo-sticks.png'), fullPage: true })
await browser.close()
