import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type PlanInputs } from '../../../src/domain/plan.ts'
import { LEVEL_IDS } from '../../../src/domain/training.ts'
import { NIGGLES } from '../../../src/content/plan.ts'
import { GROUP_IDS } from '../../../src/domain/groups.ts'
import { addDays, buildPlan, candidates, exercisesPerSession, sessionWork } from '../../../src/plan/build.ts'
import { usableDays } from '../../../src/plan/calendar.ts'
import { START, base, inputsArb } from './arb.ts'

describe('the plan builder', () => {
  it('puts the weak group first in every session, with the numbers that put it there', () => {
    const plan = buildPlan(base({ results: { 'heel-rise': { L: 14, R: 22 } } }))
    expect(plan.priority).toEqual(['calves'])
    for (const s of plan.sessions) {
      expect(s.exercises[0]!.group).toBe('calves')
      expect(s.exercises[0]!.priority).toBe(true)
    }
    // The heel rises' gap is in rises since review round 1 (a side is weaker beyond a retest's 6).
    expect(plan.sessions[0]!.exercises[0]!.reason).toMatch(/left 14 reps, right 22 reps, 8 apart/)
    // The two sessions give the calves different exercises.
    expect(plan.sessions[0]!.exercises[0]!.exercise.id).not.toBe(plan.sessions[1]!.exercises[0]!.exercise.id)
  })

  it('orders weak before uneven, and the worse of two weak groups first', () => {
    // The wall sit has no cut-off since review round 1, so the second weak group is the hamstrings (bridge).
    const plan = buildPlan(
      base({
        results: {
          'side-plank': { L: 100, R: 85 }, // uneven core
          'heel-rise': { L: 10, R: 11 }, // weak calves, far under the norm for a man in his forties
          'single-leg-bridge': { L: 18, R: 19 }, // weak hamstrings, closer to the poor band's edge
        },
        sex: 'm',
        age: '40s',
      }),
    )
    expect(plan.priority.slice(0, 2)).toEqual(['calves', 'hamstrings'])
    expect(plan.priority).toContain('core')
    expect(plan.priority.indexOf('core')).toBeGreaterThan(1)
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
        const full = plan.sessions.filter((s) => !s.short)
        if (inputs.niggle && NIGGLES[inputs.niggle].noPlan) expect(plan.sessions).toEqual([])
        else expect(full).toHaveLength(usableDays(inputs.trainingDays, inputs.hardDays).usable.length)
        for (const s of plan.sessions) {
          // The pathway's quick items (the three lengthening exercises) share one slot, as the round-4 review
          // asked; every other item takes one, and nothing else may go over the session's count.
          const quick = new Set(
            (inputs.niggle ? NIGGLES[inputs.niggle].promise : [])
              .filter((p) => p.quick)
              .flatMap((p) => p.oneOf),
          )
          const quickCount = s.exercises.filter((p) => p.pathway && quick.has(p.exercise.id)).length
          expect(s.exercises.length - quickCount + (quickCount > 0 ? 1 : 0)).toBeLessThanOrEqual(
            exercisesPerSession(inputs.minutes),
          )
          const ids = sessionWork(s).map((e) => e.exercise.id)
          expect(new Set(ids).size).toBe(ids.length)
          for (const { exercise } of sessionWork(s)) {
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
      trainingDays: ['mon', 'wed', 'fri'],
      minutes: 60,
    })
    const kinds = (p: PlanInputs) => GROUP_IDS.flatMap((g) => candidates(g, p).map((e) => e.kind))
    expect(kinds(regular)).toContain('plyometric')
    expect(kinds({ ...regular, niggle: 'achilles' })).not.toContain('plyometric')
    const sore = buildPlan({ ...regular, niggle: 'achilles' })
    expect(sore.sessions.flatMap((s) => sessionWork(s).map((e) => e.exercise.kind))).not.toContain(
      'plyometric',
    )
    expect(sore.niggle?.id).toBe('achilles')
    expect(sore.notes.join(' ')).toMatch(
      /Left out while your achilles tendinopathy lasts: plyometric exercises/,
    )
    // The pain-monitoring rule as the issue corrected it: 0–2 safe, up to 5 acceptable, settled by morning.
    expect(sore.niggle?.pathway.text).toMatch(/0–2 out of 10 is safe and up to 5 is acceptable/)
    expect(sore.niggle?.pathway.text).toMatch(/settled by the next morning/)
  })

  it('a novice gets beginner work only, finds their loads, builds, and re-tests on the last session of week 8', () => {
    const plan = buildPlan(base({ experience: 'none' }))
    for (const s of plan.sessions) for (const e of sessionWork(s)) expect(e.exercise.level).toBe('beginner')
    expect(plan.weeks.map((w) => w.title)).toEqual([
      'Find your loads',
      'Build',
      'Build',
      'Build',
      'Build',
      'Build',
      'Build',
      'Re-test week',
    ])
    // Tuesday and Friday sessions: the re-test takes week 8's Friday, and the week table says the same date.
    expect(plan.retest).toBe('2027-01-29')
    expect(plan.weeks.at(-1)!.what).toMatch(/re-test on Fri 29 Jan/)
  })

  it('runs the weeks to a race with a lighter week and a light race week, and re-tests a week after it', () => {
    const plan = buildPlan(base({ goal: 'race', raceDate: addDays(START, 30) }))
    expect(plan.raceWeek).toBe(5)
    expect(plan.weeks).toHaveLength(6)
    expect(plan.weeks.filter((w) => w.light).map((w) => w.week)).toEqual([4, 5])
    // Re-tested on the first training day at least a week after the race (Wed 6 Jan → Fri 15 Jan).
    expect(plan.retest).toBe(addDays(START, 39))
    // A race under three weeks away gets no new programme: keep what you do, start after the race.
    const close = buildPlan(base({ goal: 'race', raceDate: addDays(START, 9) }))
    expect(close.mode).toBe('after-race')
    // A week after the race (Wed 16 Dec), at the top of the next training week: Mon 28 Dec.
    expect(close.programmeStart).toBe(addDays(START, 21))
  })

  it('with nothing but body weight still builds full sessions from the content', () => {
    const plan = buildPlan(base({ kit: [], minutes: 30 }))
    for (const s of plan.sessions) expect(s.exercises).toHaveLength(5)
  })
})
