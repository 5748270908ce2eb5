/** Random plan inputs (version 2) for the property tests: any runner the form can describe. */
import fc from 'fast-check'
import { emptyPlan, type PlanInputs } from '../../../src/domain/plan.ts'
import {
  ACHILLES_SITE_IDS,
  AGE_BAND_IDS,
  EXPERIENCE_IDS,
  KIT_IDS,
  MINUTE_OPTIONS,
  NIGGLE_IDS,
  SELF_TEST_IDS,
  WEEKDAY_IDS,
} from '../../../src/domain/plan-options.ts'
import { addDays, inWeekOrder } from '../../../src/plan/calendar.ts'

export const START = '2026-12-07'

export const base = (extra: Partial<PlanInputs> = {}): PlanInputs => ({ ...emptyPlan(START), ...extra })

const side = (max: number) =>
  fc.record({ L: fc.option(fc.integer({ min: 0, max })), R: fc.option(fc.integer({ min: 0, max })) })

const days = (max: number) =>
  fc.subarray([...WEEKDAY_IDS], { minLength: 0, maxLength: max }).map((d) => inWeekOrder(d))

export const inputsArb: fc.Arbitrary<PlanInputs> = fc.record({
  v: fc.constant(2 as const),
  start: fc.constant(START),
  runsPerWeek: fc.option(fc.integer({ min: 0, max: 14 })),
  weeklyKm: fc.option(fc.integer({ min: 0, max: 150 })),
  longestRunKm: fc.option(fc.integer({ min: 0, max: 60 })),
  experience: fc.option(fc.constantFrom(...EXPERIENCE_IDS)),
  goal: fc.constantFrom('general' as const, 'race' as const),
  raceDate: fc.option(fc.integer({ min: -10, max: 150 }).map((d) => addDays(START, d))),
  kit: fc.subarray([...KIT_IDS]),
  trainingDays: days(3),
  hardDays: days(2),
  minutes: fc.constantFrom(...MINUTE_OPTIONS),
  niggle: fc.option(fc.constantFrom(...NIGGLE_IDS)),
  achillesSite: fc.option(fc.constantFrom(...ACHILLES_SITE_IDS)),
  sex: fc.option(fc.constantFrom('m' as const, 'f' as const)),
  age: fc.option(fc.constantFrom(...AGE_BAND_IDS)),
  results: fc.record(
    {
      'heel-rise': side(60),
      'single-leg-bridge': side(60),
      'side-plank': side(200),
      'knee-to-wall': side(20),
      'wall-sit': side(120),
    },
    { requiredKeys: [] },
  ),
  skipped: fc.subarray([...SELF_TEST_IDS]),
})
