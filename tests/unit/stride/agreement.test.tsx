// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { act, cleanup, render } from '@testing-library/react'
import { GROUP_IDS } from '../../../src/domain/groups.ts'
import { PHASES, PHASE_IDS, phaseAt } from '../../../src/domain/gait.ts'
import { ACTIVITY_LEVELS, ACTIVITY_NAMES } from '../../../src/domain/training.ts'
import {
  activityLevelOf,
  curveValue,
  curvesOfGroup,
  groupActivationAt,
  phasePeakLevel,
} from '../../../src/domain/stride/activation.ts'
import { CONTENT } from '../../../src/content/index.ts'
import { INITIAL_STATE, explorerStore, strideClock } from '../../../src/store/index.ts'
import { StrideNow } from '../../../src/ui/stride/StrideNow.tsx'

beforeEach(() => {
  explorerStore.setState(INITIAL_STATE, true)
  strideClock.phase = 0
})
afterEach(cleanup)

describe('glow, "now %" and the phase text agree', () => {
  it.each(GROUP_IDS)('%s: each phase text claims the strongest level the glow reaches in that phase', (g) => {
    for (const id of PHASE_IDS) {
      const { start, end } = PHASES[id]
      expect(CONTENT[g].phases[id].activity, `${g} ${id}`).toBe(phasePeakLevel(g, start, end))
    }
  })

  it('phase buttons jump inside their phase', () => {
    for (const id of PHASE_IDS) expect(phaseAt(PHASES[id].focus).id).toBe(id)
    // Late swing jumps to where the hamstrings peak.
    expect(groupActivationAt('hamstrings', 'R', PHASES['late-swing'].focus)).toBeGreaterThan(0.99)
  })

  it.each(GROUP_IDS)('%s: walking the cycle at every 1 %, the panel says what the body shows', (g) => {
    act(() => {
      explorerStore.getState().setStride(true)
      explorerStore.getState().seek(0)
    })
    const { container } = render(<StrideNow group={g} />)
    const curves = curvesOfGroup(g)
    for (let p = 0; p < 100; p++) {
      act(() => explorerStore.getState().seek(p))
      const glow = groupActivationAt(g, 'R', p)
      // The chart's "now" figures: one per curve, the largest is the glow of the group.
      const figures = [...container.querySelectorAll('.rae-curve-value span')].map((el) =>
        Number.parseInt(el.textContent ?? '', 10),
      )
      expect(figures, `${g} at ${p} %`).toEqual(curves.map((c) => Math.round(curveValue(c, p) * 100)))
      expect(Math.max(...figures), `${g} at ${p} %`).toBe(Math.round(glow * 100))
      // The "glow now" word is the glow's level.
      const live = container.querySelector<HTMLElement>('.rae-right-now-glow')!
      expect(live.textContent, `${g} at ${p} %`).toBe(ACTIVITY_NAMES[activityLevelOf(glow)])
      // The phase shown is the phase of this moment, and its text never understates the glow.
      const phase = phaseAt(p)
      expect(container.querySelector('.rae-right-now-phase')?.textContent).toBe(phase.name)
      const claimed = ACTIVITY_LEVELS.indexOf(CONTENT[g].phases[phase.id].activity)
      expect(claimed, `${g} at ${p} %`).toBeGreaterThanOrEqual(ACTIVITY_LEVELS.indexOf(activityLevelOf(glow)))
    }
  })
})
