// Review round 7 of issue 21: the lines an independent reviewer would not sign, each written as a test that
// failed on the builder they read (6684600).
import { describe, expect, it } from 'vitest'
import { NIGGLES } from '../../../src/content/plan.ts'
import type { PlanInputs } from '../../../src/domain/plan.ts'
import { buildPlan } from '../../../src/plan/build.ts'
import { base } from './arb.ts'

// The reviewer's profiles (/tmp/r7/profiles.mts): U1, U9, U12.
const U1: PlanInputs = {
  ...base(),
  runsPerWeek: 5,
  weeklyKm: 50,
  longestRunKm: 22,
  experience: 'some',
  goal: 'race',
  raceDate: '2027-01-10',
  kit: ['dumbbell', 'step'],
  trainingDays: ['mon', 'wed', 'fri'],
  hardDays: ['sat'],
  minutes: 45,
  niggle: 'patellar-tendon',
  sex: 'm',
  age: '50s',
  results: { 'heel-rise': { L: 20, R: 22 }, 'wall-sit': { L: 40, R: 42 } },
}

describe('a frozen later stage keeps the earlier one as it was (A #2)', () => {
  it('U1: the daily thigh holds go on past week 2 up to the lighter week, and the note says so', () => {
    const plan = buildPlan(U1)
    expect(plan.notes.find((n) => /starts in the next block/.test(n))).toMatch(/daily holds continue/)
    const holds = plan.home.find((h) => h.planned.exercise.id === 'isometric-knee-hold')!
    const weeks = holds.planned.doses.map((d) => d.week)
    expect(Math.max(...weeks)).toBe(plan.raceWeek! - 2)
    expect(Math.max(...weeks)).toBeGreaterThan(2)
  })

  it('a gluteal plan whose bridge is frozen keeps its daily side-hip holds past week 2', () => {
    const plan = buildPlan({ ...U1, niggle: 'gluteal-tendon', raceDate: '2027-01-06', kit: ['band'] })
    expect(plan.notes.find((n) => /starts in the next block/.test(n))).toMatch(/daily holds continue/)
    const holds = plan.home.find((h) => h.planned.exercise.id === 'isometric-hip-abduction')!
    expect(Math.max(...holds.planned.doses.map((d) => d.week))).toBeGreaterThan(2)
  })

  it('an unfrozen stage still ends the daily holds after week 2', () => {
    const plan = buildPlan({ ...U1, raceDate: '2027-02-14' })
    const holds = plan.home.find((h) => h.planned.exercise.id === 'isometric-knee-hold')!
    expect(Math.max(...holds.planned.doses.map((d) => d.week))).toBe(2)
  })
})

describe('the low-back stop line names the spinal red flags it missed (A #4)', () => {
  it('past cancer, a fall or fragile bone, and the young runner’s possible spine stress injury', () => {
    const stop = NIGGLES['low-back'].stop
    expect(stop.text).toMatch(/past cancer/)
    expect(stop.text).toMatch(/after a fall/)
    expect(stop.text).toMatch(/osteoporosis or long-term steroid use/)
    expect(stop.text).toMatch(
      /under about 25, back pain on one side that builds with running and is worse arching backwards/,
    )
    expect(stop.text).toMatch(/stress injury of the spine\): see a clinician before running on\.$/)
    // The numbness-between-the-legs line still comes first, with its emergency.
    expect(stop.text).toMatch(/^Numbness between the legs.*emergency department now;/)
    expect(stop.sources).toContain('Warden14')
    expect(stop.flags).toContain('NV')
  })
})
