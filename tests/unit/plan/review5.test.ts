// Review round 5 of issue 21: the lines an independent reviewer would not sign, each written as a test that
// failed on the builder they read (e0cd674). No side plank, nor a harder step onto one, where the niggle rules
// out its load; a pathway item the plan's weeks never dose takes no session slot and shows no session row; the
// trial-frequency note only for a lift the plan doses.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NIGGLES } from '../../../src/content/plan.ts'
import { NIGGLE_IDS } from '../../../src/domain/plan-options.ts'
import type { PlanInputs } from '../../../src/domain/plan.ts'
import { buildPlan, sessionWork, type Plan } from '../../../src/plan/build.ts'
import { base, inputsArb } from './arb.ts'

const niggleArb = inputsArb.chain((inputs) =>
  fc.constantFrom(...NIGGLE_IDS).map((niggle) => ({ ...inputs, niggle })),
)
// The reviewer's scans: a race 3–6 weeks out, where a pathway's later stage falls in the lighter or race week.
const raceSoonArb = niggleArb.chain((inputs) =>
  fc.integer({ min: 20, max: 45 }).map((d) => {
    const t = new Date(`${inputs.start}T00:00:00Z`)
    t.setUTCDate(t.getUTCDate() + d)
    return { ...inputs, goal: 'race' as const, raceDate: t.toISOString().slice(0, 10) }
  }),
)

// What loads alike (our judgement, after MacAskill 2014): the side plank's bottom hip holds the pelvis up, and its
// harder step lifts the top leg, which is side-lying abduction on a plank; the side-plank test is the same hold.
const LOADS_LIKE: Record<string, { exercises: readonly string[]; tests: readonly string[]; harder: RegExp }> =
  {
    'front-side-plank': {
      exercises: ['side-lying-hip-abduction'],
      // Round 6: the side-plank test is unwise in low back pain as a maximal hold, not for its load, so an unwise
      // side-plank test alone no longer rules out the side-plank harder step (review6.test.ts).
      tests: [],
      harder: /side plank/i,
    },
  }

// The reviewer's profiles (/tmp/r5): S10, S13, S14, and the developers' Q5.
const S10: PlanInputs = {
  ...base(),
  runsPerWeek: 5,
  weeklyKm: 50,
  longestRunKm: 20,
  experience: 'regular',
  goal: 'race',
  raceDate: '2027-01-17',
  kit: ['barbell', 'dumbbell', 'machine', 'band'],
  trainingDays: ['mon', 'wed', 'fri'],
  hardDays: ['sun'],
  minutes: 30,
  niggle: 'high-hamstring',
  sex: 'm',
  age: '50s',
  skipped: ['single-leg-bridge'],
}
const S13: PlanInputs = {
  ...base(),
  runsPerWeek: 4,
  weeklyKm: 40,
  longestRunKm: 16,
  experience: 'some',
  goal: 'race',
  raceDate: '2027-01-03',
  kit: ['dumbbell'],
  trainingDays: ['mon', 'thu'],
  hardDays: ['sun'],
  minutes: 45,
  niggle: 'patellar-tendon',
  sex: 'm',
  age: '30s',
}
const S14: PlanInputs = {
  ...S13,
  experience: 'none',
  raceDate: '2027-01-10',
  kit: [],
  minutes: 20,
  niggle: 'high-hamstring',
  sex: 'f',
  age: '40s',
}
const Q5: PlanInputs = {
  ...base(),
  runsPerWeek: 4,
  weeklyKm: 30,
  longestRunKm: 14,
  experience: 'some',
  kit: ['dumbbell', 'band', 'machine'],
  trainingDays: ['mon', 'wed', 'fri'],
  hardDays: ['sun'],
  minutes: 45,
  niggle: 'gluteal-tendon',
  sex: 'f',
  age: '60s',
  skipped: ['side-plank', 'single-leg-squat'],
  results: { 'heel-rise': { L: 18, R: 19 }, 'single-leg-bridge': { L: 15, R: 17 } },
}

const takesRoom = (plan: Plan) => plan.notes.find((n) => /pathway takes room in each session/.test(n))

describe('no side plank where the niggle rules out its load (A #1)', () => {
  it('Q5 (gluteal tendinopathy, 60s): no front and side plank; the left-out note and the niggle say so', () => {
    const plan = buildPlan(Q5)
    const ids = plan.sessions.flatMap((s) => sessionWork(s).map((e) => e.exercise.id))
    expect(ids).not.toContain('front-side-plank')
    expect(plan.notes.find((n) => n.startsWith('Left out while'))).toContain('Front and side plank')
    expect(NIGGLES['gluteal-tendon'].change.text).toMatch(/side plank/)
    expect(NIGGLES['gluteal-tendon'].change.sources).toContain('MacA14')
  })
  it('over many generated plans (and 20–30 minute body-weight gluteal ones): nothing dosed or shown as harder loads what the niggle rules out', () => {
    const gluteal = inputsArb.chain((i) =>
      fc.constantFrom(20, 30).map((minutes) => ({
        ...i,
        niggle: 'gluteal-tendon' as const,
        kit: [],
        minutes: minutes as PlanInputs['minutes'],
      })),
    )
    fc.assert(
      fc.property(fc.oneof(niggleArb, gluteal), (inputs) => {
        const rule = NIGGLES[inputs.niggle]
        const plan = buildPlan(inputs)
        const ruled = Object.entries(LOADS_LIKE).filter(
          ([, like]) =>
            like.exercises.some((id) => rule.exclude.includes(id)) ||
            like.tests.some((t) => (rule.unwiseTests as readonly string[]).includes(t)),
        )
        const items = [...plan.sessions.flatMap((s) => sessionWork(s)), ...plan.home.map((h) => h.planned)]
        for (const e of items.filter((p) => p.doses.length > 0)) {
          for (const [id, like] of ruled) {
            expect(e.exercise.id, `${inputs.niggle}: ${e.exercise.name}`).not.toBe(id)
            expect(e.exercise.harder, `${inputs.niggle}: ${e.exercise.name}`).not.toMatch(like.harder)
          }
        }
      }),
      { numRuns: 400 },
    )
  })
})

describe('a pathway item never dosed takes no slot and shows no row (A #2)', () => {
  it('S10, S13, S14: every session row has a dose; the frozen stage is named once in the next-block note', () => {
    for (const [name, inputs, frozen] of [
      ['S10', S10, ['Lying leg curl', 'Short-range Romanian deadlift']],
      ['S13', S13, ['Split squat']],
      ['S14', S14, ['Single-leg hamstring bridge', 'Slider or Swiss-ball leg curl']],
    ] as const) {
      const plan = buildPlan(inputs)
      for (const s of plan.sessions)
        for (const e of sessionWork(s))
          expect(e.doses.length, `${name} ${s.name}: ${e.exercise.name}`).toBeGreaterThan(0)
      const next = plan.notes.filter((n) => /starts in the next block/.test(n))
      expect(next, name).toHaveLength(1)
      for (const f of frozen) expect(next[0], name).toContain(f)
    }
  })
  it('S14 (20 min, body weight): the freed slots hold other work, and no note blames the pathway for room it does not take', () => {
    const plan = buildPlan(S14)
    for (const s of plan.sessions) expect(s.exercises.length, s.name).toBeGreaterThanOrEqual(4)
    expect(takesRoom(plan)).toBeUndefined()
  })
  it('over many generated plans: no session row without a dose; no "takes room" note unless dosed pathway work is in each session', () => {
    fc.assert(
      fc.property(fc.oneof(niggleArb, raceSoonArb), (inputs) => {
        const plan = buildPlan(inputs)
        for (const s of plan.sessions)
          for (const e of sessionWork(s))
            expect(e.doses.length, `${inputs.niggle} ${s.name}: ${e.exercise.name}`).toBeGreaterThan(0)
        if (takesRoom(plan))
          for (const s of plan.sessions.filter((x) => !x.short))
            expect(
              s.exercises.some((e) => e.pathway && e.doses.length > 0),
              `${inputs.niggle} ${s.name}`,
            ).toBe(true)
      }),
      { numRuns: 400 },
    )
  })
})

describe('the trial-frequency note only for a lift the plan doses (A #3)', () => {
  it('S13 (patellar, Mon/Thu, race Sun 3 Jan): no "three times a week" note for the split squat it never starts', () => {
    const plan = buildPlan(S13)
    expect(plan.notes.filter((n) => /^The trial behind the/.test(n))).toEqual([])
  })
  it('over many generated plans: the note names only a lift some session doses', () => {
    fc.assert(
      fc.property(fc.oneof(niggleArb, raceSoonArb), (inputs) => {
        const plan = buildPlan(inputs)
        const dosed = plan.sessions
          .flatMap((s) => s.exercises)
          .filter((e) => e.doses.length > 0)
          .map((e) => e.exercise.name.split(' (')[0]!.split(',')[0]!.toLowerCase())
        for (const n of plan.notes) {
          const m = /^The trial behind the (.+?) did it/.exec(n)
          if (m) expect(dosed, n).toContain(m[1])
        }
      }),
      { numRuns: 400 },
    )
  })
})
