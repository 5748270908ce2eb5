/**
 * Review 25, round 4 (Table A): a forefoot or midfoot landing bends the knee more at contact, as Vannatta &
 * Kernozek 2015 measured, and leaves the stance peak alone (1: the pose added the degrees to a table where flexion
 * is negative, so the forefoot runner landed on a straighter knee); the Ahn 2014 tour step names all three groups
 * of runners (2). Both failed before the round-4 fix.
 */
import { describe, expect, it } from 'vitest'
import { TYPICAL_LAB, type LabSettings } from '../../../src/domain/lab.ts'
import { labMotion } from '../../../src/domain/stride/lab-data.ts'
import { createPose, poseAt } from '../../../src/domain/stride/pose.ts'
import { TOURS } from '../../../src/content/tours.ts'

const at = (lab: Partial<LabSettings>): LabSettings => ({ ...TYPICAL_LAB, ...lab })
/** Right knee flexion, degrees (positive = bent), at a percent of the right leg's cycle. */
const flexion = (percent: number, lab: Partial<LabSettings>) =>
  (poseAt(percent, createPose(), labMotion(at(lab))).shin_R.x * 180) / Math.PI
const stancePeak = (lab: Partial<LabSettings>) => {
  let peak = 0
  for (let q = 0; q <= 34; q += 0.25) peak = Math.max(peak, flexion(q, lab))
  return peak
}

describe('stride lab after review 25 round 4', () => {
  it('1: the forefoot lands on a more bent knee than the heel, midfoot between; the stance peak is unchanged', () => {
    const rear = flexion(0, { strike: 'rearfoot' })
    const mid = flexion(0, { strike: 'midfoot' })
    const fore = flexion(0, { strike: 'forefoot' })
    expect(rear).toBeGreaterThan(10)
    expect(mid).toBeGreaterThan(rear + 2)
    expect(fore).toBeGreaterThan(mid + 2)
    expect(stancePeak({ strike: 'forefoot' })).toBeCloseTo(stancePeak({ strike: 'rearfoot' }), 0)
  })

  it('2: the Ahn 2014 tour step names the 18 runners who landed forefoot only barefoot', () => {
    const step = Object.values(TOURS)
      .flatMap((t) => t.steps)
      .find((s) => s.sources?.includes('Ahn14'))
    expect(step?.text).toContain('18 forefoot only when barefoot')
    expect(step?.text).toContain('the abstract does not say which landings were compared')
  })
})
