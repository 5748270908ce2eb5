// @vitest-environment jsdom
/**
 * Review 25, round 6 (Table A #1): at a midfoot setting the landing angles are halfway to the forefoot's and no
 * study gives their direction; the motion line must not credit Vannatta 2015 or Ahn 2014 with a midfoot finding.
 * Failed before the round-6 fix.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, render } from '@testing-library/react'
import { INITIAL_STATE, explorerStore } from '../../../src/store/index.ts'
import { StrideBar } from '../../../src/ui/stride/StrideBar.tsx'
import { TYPICAL_LAB, type Strike } from '../../../src/domain/lab.ts'

beforeEach(() => explorerStore.setState(INITIAL_STATE, true))
afterEach(cleanup)

function motionLine(strike: Strike): string {
  explorerStore.setState({ stride: true, playing: false, labOpen: true, lab: { ...TYPICAL_LAB, strike } })
  return render(<StrideBar />).container.querySelector('.rae-lab-motion')?.textContent ?? ''
}

describe('stride lab after review 25 round 6', () => {
  it('midfoot: halfway to the forefoot values, midfoot itself not in those papers; forefoot keeps its directions', () => {
    const mid = motionLine('midfoot')
    expect(mid).toContain('at landing the knee bends 3° more and the ankle points 9° more')
    expect(mid).toContain(
      'halfway to the forefoot values, which follow the directions in Vannatta 2015 and Ahn 2014; midfoot itself not in those papers; sizes ours',
    )
    expect(mid).not.toContain('(directions: Vannatta 2015, Ahn 2014')
    cleanup()
    expect(motionLine('forefoot')).toContain('(directions: Vannatta 2015, Ahn 2014; sizes ours)')
  })
})
