/**
 * Review 25, round 2 (a second independent biomechanist, Table A rows 1–7): the glow, the rows and the tours.
 * Each test failed on the lab before the round-2 fix.
 */
import { describe, expect, it } from 'vitest'
import { TYPICAL_LAB, type LabSettings } from '../../../src/domain/lab.ts'
import {
  LAB_GAPS,
  LAB_READOUTS,
  STEP_RATE_SCALES,
  labGlowScale,
  stepRateRatio,
} from '../../../src/domain/stride/lab-data.ts'
import { TOURS } from '../../../src/content/tours.ts'

const at = (lab: Partial<LabSettings>): LabSettings => ({ ...TYPICAL_LAB, ...lab })
type Step = { title: string; text: string; flags: readonly string[] }
const step = (tour: string, i: number): Step => {
  const t = (TOURS as Record<string, { steps: readonly Step[] }>)[tour]
  if (!t?.steps[i]) throw new Error(`no step ${tour} ${i}`)
  return t.steps[i]
}

describe('review 25 round 2', () => {
  it('1: hamstrings in stance keep ratio 1 at every step rate (Table 1 marks neither 90 nor 110 %)', () => {
    const r = STEP_RATE_SCALES.find((s) => s.curve === 'hamstrings' && s.window === 'stance')
    expect(r?.notSignificant).toEqual([90, 110])
    for (const rate of [90, 95, 105, 110] as const) expect(r && stepRateRatio(r, rate)).toBe(1)
    // Mid-stance: no hamstring window but stance is active there.
    expect(labGlowScale('hamstrings', 15, at({ steprate: 90 }))).toBeCloseTo(1, 9)
    expect(labGlowScale('hamstrings', 15, at({ steprate: 95 }))).toBeCloseTo(1, 9)
  })

  it('3, 4: UE on every lab tour step whose glow is our estimate', () => {
    for (const [tour, i] of [
      ['cadence-knee', 0],
      ['cadence-knee', 1],
      ['strike-achilles', 1],
      ['strike-achilles', 2],
      ['speed-hip', 1],
      ['speed-hip', 2],
    ] as const)
      expect(step(tour, i).flags, `${tour} ${i + 1}`).toContain('UE')
  })

  it('5: the Willson 2014 per-step row does not claim a peak, and its step-length arithmetic is conditional', () => {
    const r = LAB_READOUTS.find((x) => x.id === 'pf-stress-step-length')
    expect(r?.measure).toBe('Joint stress per step (the abstract does not say peak or stress–time integral)')
    expect(r?.measureFlags).toEqual(['NV'])
    const mile = LAB_READOUTS.find((x) => x.id === 'pf-stress-step-length-mile')
    for (const row of [r, mile]) {
      expect(row?.caveat).toMatch(/Only if the per-mile figure is the per-step stress–time integral × steps/)
      expect(row?.caveat).not.toMatch(/^.*(?<!Only )if stress per mile is stress per step/)
    }
  })

  it('6: the forefoot kneecap gap says both find less load and the size depends on the measure', () => {
    const g = LAB_GAPS.find((x) => x.id === 'pf-forefoot-size')
    expect(g?.kind).toBe('measures')
    expect(g?.text).toBe(
      'Both find less kneecap load with a forefoot landing. Vannatta 2015 (same 16 women switching): peak stress −27 %, stress over the whole stance −12 %; Willson 2015 (20 runners): 10–13 % less per step (the abstract does not say peak or over stance). The size depends on the measure.',
    )
  })

  it('7: strike tour step 3 title keeps its hedges', () => {
    expect(step('strike-achilles', 2).title).toBe(
      'Per step, models load the calves and Achilles more and the kneecap less',
    )
  })
})
