// @vitest-environment jsdom
/**
 * Review 25, round 5 (Table A): Almonroeder 2013 grouped its runners by the strike they used running barefoot in
 * the lab, which the abstract does not call habitual (1); the speed tour's Dorn 2012 step is a simulation (2); the
 * landing angles' sizes are ours and say so on screen (3). Each failed before the round-5 fix.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, render } from '@testing-library/react'
import { INITIAL_STATE, explorerStore } from '../../../src/store/index.ts'
import { StrideBar } from '../../../src/ui/stride/StrideBar.tsx'
import { TYPICAL_LAB, type LabSettings } from '../../../src/domain/lab.ts'
import { LAB_READOUTS } from '../../../src/domain/stride/lab-data.ts'
import { TOURS } from '../../../src/content/tours.ts'

beforeEach(() => explorerStore.setState(INITIAL_STATE, true))
afterEach(cleanup)

const steps = Object.values(TOURS).flatMap((t) => t.steps)

describe('stride lab after review 25 round 5', () => {
  it('1: Almonroeder’s runners are grouped by their barefoot strike in the lab, not called habitual', () => {
    const almonroeder = LAB_READOUTS.filter((r) => r.sources.includes('Almo13'))
    expect(almonroeder.length).toBeGreaterThan(0)
    for (const r of almonroeder) expect(JSON.stringify(r)).not.toMatch(/habitual/)
    expect(JSON.stringify(almonroeder)).toContain(
      'grouped by the strike they used running barefoot in the lab',
    )
    const step = steps.find((s) => s.sources?.includes('Almo13'))!
    expect(step.text).not.toMatch(/habitual/)
  })

  it('2: every tour step that cites Dorn 2012 carries the simulation flag', () => {
    const dorn = steps.filter((s) => s.sources?.includes('Dorn12'))
    expect(dorn.length).toBeGreaterThan(1)
    for (const s of dorn) expect(s.flags, s.title).toContain('SIM')
  })

  it('3: a forefoot setting says on screen that the landing angles’ sizes are ours', () => {
    const lab: LabSettings = { ...TYPICAL_LAB, strike: 'forefoot' }
    explorerStore.setState({ stride: true, playing: false, labOpen: true, lab })
    const { container } = render(<StrideBar />)
    const motion = container.querySelector('.rae-lab-motion')!
    expect(motion.textContent).toContain('at landing the knee bends 6° more and the ankle points 18° more')
    expect(motion.textContent).toContain('sizes ours')
  })
})
