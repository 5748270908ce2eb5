import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyPlan, type PlanInputs } from '../../../src/domain/plan.ts'
import {
  DAY_OPTIONS,
  EXPERIENCE_IDS,
  KIT_IDS,
  MINUTE_OPTIONS,
  NIGGLE_IDS,
} from '../../../src/domain/plan-options.ts'
import { LEVEL_IDS } from '../../../src/domain/training.ts'
import { NIGGLES } from '../../../src/content/plan.ts'
import { addDays, buildPlan, candidates, exercisesPerSession } from '../../../src/plan/build.ts'
import { GROUP_IDS } from '../../../src/domain/groups.ts'

const base = (extra: Partial<PlanInputs> = {}): PlanInputs => ({ ...emptyPlan('2026-12-07'), ...extra })

const side = (max: number) =>
  fc.record({ L: fc.option(fc.integer({ min: 0, max })), R: fc.option(fc.integer({ min: 0, max })) })
const inputsArb: fc.Arbitrary<PlanInputs> = fc.record({
  v: fc.constant(1 as const),
  start: fc.constant('2026-12-07'),
  runsPerWeek: fc.option(fc.integer({ min: 0, max: 14 })),
  longestRunKm: fc.option(fc.integer({ min: 0, max: 60 })),
  experience: fc.option(fc.constantFrom(...EXPERIENCE_IDS)),
  raceDate: fc.option(fc.integer({ min: -10, max: 120 }).map((d) => addDays('2026-12-07', d))),
  kit: fc.subarray([...KIT_IDS]),
  days: fc.constantFrom(...DAY_OPTIONS),
  minutes: fc.constantFrom(...MINUTE_OPTIONS),
  niggle: fc.option(fc.constantFrom(...NIGGLE_IDS)),
  sex: fc.option(fc.constantFrom('m' as const, 'f' as const)),
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
})

describe('the plan builder', () => {
  it('puts the weak group first in every session, with the numbers that put it there', () => {
    const plan = buildPlan(base({ results: { 'heel-rise': { L: 14, R: 22 } } }))
    expect(plan.priority).toEqual(['calves'])
    for (const s of plan.sessions) {
      expect(s.exercises[0]!.group).toBe('calves')
      expect(s.exercises[0]!.priority).toBe(true)
    }
    expect(plan.sessions[0]!.exercises[0]!.reason).toMatch(/left 14 reps, right 22 reps, 36 % apart/)
    // The two sessions give the calves different exercises.
    expect(plan.sessions[0]!.exercises[0]!.exercise.id).not.toBe(plan.sessions[1]!.exercises[0]!.exercise.id)
  })

  it('orders weak before uneven, and the worse of two weak groups first', () => {
    const plan = buildPlan(
      base({
        results: {
          'single-leg-bridge': { L: 26, R: 32 }, // uneven hamstrings and glutes
          'heel-rise': { L: 10, R: 11 }, // weak calves, far under 25
          'wall-sit': { L: 45, R: 46 }, // weak quadriceps for a man, closer to the norm
        },
        sex: 'm',
      }),
    )
    expect(plan.priority.slice(0, 2)).toEqual(['calves', 'quadriceps'])
    expect(plan.priority).toContain('hamstrings')
    expect(plan.priority.indexOf('hamstrings')).toBeGreaterThan(1)
  })

  it('only ever uses the kit the runner has (body weight always counts), at or below their level', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const plan = buildPlan(inputs)
        const kit = new Set<string>(['bodyweight', ...inputs.kit])
        const level = LEVEL_IDS.indexOf(
          inputs.experience === 'regular'
            ? 'advanced'
            : inputs.experience === 'some'
              ? 'intermediate'
              : 'beginner',
        )
        expect(plan.sessions).toHaveLength(inputs.days)
        for (const s of plan.sessions) {
          expect(s.exercises.length).toBeLessThanOrEqual(exercisesPerSession(inputs.minutes))
          expect(new Set(s.exercises.map((e) => e.exercise.id)).size).toBe(s.exercises.length)
          for (const { exercise } of s.exercises) {
            expect(exercise.equipment.some((k) => kit.has(k))).toBe(true)
            expect(LEVEL_IDS.indexOf(exercise.level)).toBeLessThanOrEqual(level)
            if (inputs.niggle) expect(NIGGLES[inputs.niggle].leaveOut).not.toContain(exercise.kind)
          }
        }
      }),
      { numRuns: 150 },
    )
  })

  it('gives the same plan for the same inputs, every time', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const again = JSON.parse(JSON.stringify(inputs)) as PlanInputs
        expect(JSON.stringify(buildPlan(again))).toBe(JSON.stringify(buildPlan(inputs)))
      }),
      { numRuns: 60 },
    )
  })

  it('with Achilles pain leaves out every hop and jump and says why, with the pain rule', () => {
    const regular = base({
      experience: 'regular',
      kit: ['dumbbell', 'barbell', 'machine'],
      days: 3,
      minutes: 60,
    })
    const kinds = (p: PlanInputs) => GROUP_IDS.flatMap((g) => candidates(g, p).map((e) => e.kind))
    expect(kinds(regular)).toContain('plyometric')
    expect(kinds({ ...regular, niggle: 'achilles' })).not.toContain('plyometric')
    const sore = buildPlan({ ...regular, niggle: 'achilles' })
    expect(sore.sessions.flatMap((s) => s.exercises.map((e) => e.exercise.kind))).not.toContain('plyometric')
    expect(sore.niggle?.id).toBe('achilles')
    expect(sore.notes.join(' ')).toMatch(
      /Left out while your achilles tendinopathy lasts: plyometric exercises/,
    )
    expect(sore.niggle?.change.text).toMatch(/3 out of 10/)
  })

  it('a novice gets beginner work only, and learns the moves before adding sets, then load', () => {
    const plan = buildPlan(base({ experience: 'none' }))
    for (const s of plan.sessions) for (const e of s.exercises) expect(e.exercise.level).toBe('beginner')
    expect(plan.weeks.map((w) => w.title)).toEqual([
      'Learn the moves',
      'Learn the moves',
      'Add sets',
      'Add sets',
      'Add load',
      'Add load',
      'Add load',
      'Re-test week',
    ])
    expect(plan.retest).toBe('2027-02-01')
  })

  it('fits a race inside the block with lighter weeks before it, and says when it is too close', () => {
    const plan = buildPlan(base({ raceDate: addDays('2026-12-07', 30) }))
    expect(plan.raceWeek).toBe(5)
    expect(plan.weeks).toHaveLength(6)
    expect(plan.weeks.filter((w) => w.light).map((w) => w.week)).toEqual([4, 5])
    // Re-tested a week after the race, not the morning after.
    expect(plan.retest).toBe(addDays('2026-12-07', 37))
    const close = buildPlan(base({ raceDate: addDays('2026-12-07', 9) }))
    expect(close.notes.join(' ')).toMatch(/too close/)
  })

  it('with nothing but body weight still builds full sessions from the content', () => {
    const plan = buildPlan(base({ kit: [], minutes: 30 }))
    for (const s of plan.sessions) expect(s.exercises).toHaveLength(5)
  })
})
