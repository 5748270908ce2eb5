// Review round 10 of issue 21 (Table A #1): with no weights, the bent-knee heavy slow calf raise says how to add load
// (a loaded backpack), so its 12RM, 10RM and 8RM steps can be reached at home. Failed before the round-10 fix.
import { describe, expect, it } from 'vitest'
import { CONTENT } from '../../../src/content/index.ts'
import type { PlanInputs } from '../../../src/domain/plan.ts'
import { buildPlan } from '../../../src/plan/build.ts'
import { base } from './arb.ts'

const W1: PlanInputs = {
  ...base(),
  runsPerWeek: 4,
  weeklyKm: 40,
  longestRunKm: 18,
  experience: 'some',
  minutes: 45,
  niggle: 'achilles',
  achillesSite: 'mid',
  kit: [],
  trainingDays: ['mon', 'wed', 'fri'],
  hardDays: ['sun'],
  sex: 'm',
  age: '40s',
  results: { 'heel-rise': { L: 22, R: 24 } },
}
const BENT = 'heavy-slow-seated-calf-raise'

describe('review round 10', () => {
  it('the bent-knee card: standing with no weights, a loaded backpack once 15 rises are easy; harder names it', () => {
    const card = Object.values(CONTENT)
      .flatMap((g) => g.exercises)
      .find((e) => e.id === BENT)!
    const text = JSON.stringify(card)
    expect(text).toContain(
      'with no weights, standing on one leg with the knee bent about 45°, with a loaded backpack once 15 rises are easy',
    )
    expect(card.harder).toContain('standing, more weight in the backpack')
  })

  it('W1 (body weight, count 22/24): the week-1 bent-knee dose names the backpack', () => {
    const plan = buildPlan(W1)
    const rows = plan.sessions.flatMap((s) => s.exercises).filter((x) => x.exercise.id === BENT)
    expect(rows.length).toBeGreaterThan(0)
    expect(JSON.stringify(rows[0])).toContain('loaded backpack')
  })
})
