// @vitest-environment jsdom
// Back and Forward land on an address this page wrote; what they put on screen must be exactly what a fresh load
// of that address gives, whatever was on screen before.
import { beforeEach, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { GROUP_IDS, MUSCLE_IDS, VIEW_IDS } from '../../../src/domain/groups.ts'
import { PANEL_SECTION_IDS, panelSectionOf, parseLink, writeLink } from '../../../src/domain/links.ts'
import { PLAN_STEPS } from '../../../src/domain/plan-options.ts'
import { TOUR_IDS } from '../../../src/domain/tour.ts'
import { LAB_SPEEDS, LAB_STEP_RATES, STRIKES } from '../../../src/domain/lab.ts'
import { INITIAL_STATE, explorerStore, strideClock, type ExplorerState } from '../../../src/store/index.ts'
import { bootFromLink, linkStateOf, sectionOf } from '../../../src/store/link.ts'
import { resetToLink } from '../../../src/store/restore-link.ts'

const get = () => explorerStore.getState()

beforeEach(() => {
  explorerStore.setState(INITIAL_STATE, true)
  strideClock.phase = 0
})

/** What a reader can do, as commands on the store. */
const action = fc.oneof(
  fc.constantFrom(...GROUP_IDS, null).map((g) => (s: ExplorerState) => s.select(g)),
  fc.constantFrom('gracilis', 'rhomboids', 'tibia' as const).map((p) => (s: ExplorerState) => s.openPart(p)),
  fc.constantFrom(...MUSCLE_IDS, null).map((m) => (s: ExplorerState) => s.isolate(m)),
  fc
    .constantFrom(...GROUP_IDS)
    .chain((g) => fc.constantFrom(...PANEL_SECTION_IDS).map((sec) => [g, sec] as const))
    .map(
      ([g, sec]) =>
        (s: ExplorerState) =>
          s.openCard(g, `section:${sec}`),
    ),
  fc.constantFrom(...PLAN_STEPS).map((step) => (s: ExplorerState) => s.openPlan(step)),
  fc.constant((s: ExplorerState) => s.closePlan()),
  fc.constant((s: ExplorerState) => s.openTours()),
  fc.tuple(fc.constantFrom(...TOUR_IDS), fc.integer({ min: 0, max: 4 })).map(
    ([t, n]) =>
      (s: ExplorerState) =>
        s.startTour(t, n),
  ),
  fc.integer({ min: 0, max: 3 }).map((n) => (s: ExplorerState) => s.setTourStep(n)),
  fc.constant((s: ExplorerState) => s.closeTours()),
  fc.constantFrom(...VIEW_IDS).map((v) => (s: ExplorerState) => s.setView(v)),
  fc.constant((s: ExplorerState) => s.startStride()),
  fc.constant((s: ExplorerState) => s.pause()),
  fc.integer({ min: 0, max: 999 }).map((n) => (s: ExplorerState) => s.seekTo(n / 10)),
  fc.constant((s: ExplorerState) => s.setStride(false)),
  fc.constant((s: ExplorerState) => s.setLoop([85, 95])),
  fc.constant((s: ExplorerState) => s.setSpeed(0.5)),
  fc
    .record({
      speed: fc.constantFrom(...LAB_SPEEDS),
      steprate: fc.constantFrom(...LAB_STEP_RATES),
      strike: fc.constantFrom(...STRIKES),
    })
    .map((lab) => (s: ExplorerState) => s.setLab(lab)),
  fc.boolean().map((on) => (s: ExplorerState) => s.setLabels(on)),
  fc.boolean().map((on) => (s: ExplorerState) => s.setXray(on)),
  fc.tuple(fc.integer({ min: -180, max: 180 }), fc.integer({ min: -40, max: 40 })).map(
    ([a, e]) =>
      (s: ExplorerState) =>
        s.noteCamera({ azimuth: a, elevation: e, distance: 2.4 }),
  ),
)

function run(actions: readonly ((s: ExplorerState) => void)[]): void {
  explorerStore.setState(INITIAL_STATE, true)
  strideClock.phase = 0
  for (const act of actions) act(get())
}

/** Everything a view is made of, as the store holds it (the camera as the request the rig will take). */
function viewOf(s: ExplorerState) {
  const { camera: _noted, ...link } = linkStateOf(s)
  return {
    link,
    section: sectionOf(s),
    panel: s.panel,
    view: s.viewChosen ? s.view : null,
    cameraRequest: s.cameraRequest,
    labels: s.labels,
    xray: s.xray,
    stride: s.stride,
    playing: s.playing,
    phase: s.stride ? s.phase : null,
    loop: s.loop,
    marks: s.planMarks,
  }
}

describe('resetToLink', () => {
  it('gives what a fresh load of the address gives, from whatever was on screen', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 8 }), fc.array(action, { maxLength: 8 }), (there, before) => {
        // The address a reader was on …
        run(there)
        const search = writeLink('', linkStateOf(get()))
        const section = sectionOf(get())
        const hash = section ? `#${section}` : ''
        // … opened fresh …
        run([])
        const parsed = bootFromLink(explorerStore, search, hash)
        expect(parsed.problems).toEqual([])
        const fresh = viewOf(get())
        // … and reached by Back from somewhere else.
        run(before)
        resetToLink(explorerStore, parseLink(search).state, { section: panelSectionOf(hash) })
        expect(viewOf(get())).toEqual(fresh)
      }),
      { numRuns: 400 },
    )
  })
})
