// Doses that are the exercise's own: a card with its own steps drives every week; the generic rule for its
// kind applies only where the card has none, and never rewrites an RPE, a rep maximum, a hold or a jump count.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CONTENT } from '../../../src/content/index.ts'
import { GROUP_IDS } from '../../../src/domain/groups.ts'
import { NIGGLES } from '../../../src/content/plan.ts'
import { buildPlan, doseFor, ownDose, sessionWork } from '../../../src/plan/build.ts'
import { daysBetween } from '../../../src/plan/calendar.ts'
import { base, inputsArb } from './arb.ts'

const card = (id: string) => GROUP_IDS.flatMap((g) => CONTENT[g].exercises).find((e) => e.id === id)!

describe('week-by-week doses', () => {
  it('every card either carries its own steps or says it uses the generic rule', () => {
    for (const g of GROUP_IDS)
      for (const e of CONTENT[g].exercises) {
        expect(e.dose.weekly === 'generic' || e.dose.weekly.steps.length > 0, e.id).toBe(true)
        if (e.kind === 'plyometric') expect(e.dose.weekly, e.id).not.toBe('generic')
      }
  })

  it('the Nordic keeps its own RPE and the trial’s steps, never “reps in reserve”', () => {
    const nordic = card('nordic-hamstring-curl')
    const weeks = [1, 2, 3, 4, 5, 8].map((w) => doseFor(nordic, w))
    expect(weeks.map((d) => `${d.sets} × ${d.reps}`)).toEqual([
      '2 × 5',
      '2 × 6',
      '3 × 6–8',
      '3 × 8–10',
      '3 × 12, 10, 8',
      '3 × 12, 10, 8',
    ])
    for (const d of weeks) {
      expect(d.effort).toMatch(/RPE 9–10/)
      expect(d.effort).not.toMatch(/in reserve/)
    }
    expect(weeks.map((d) => d.frequency)).toEqual([
      '1×/week',
      '2×/week',
      '3×/week',
      '3×/week',
      '3×/week',
      '3×/week',
    ])
  })

  it('heavy slow resistance steps 15 → 12 → 10 → 8 → 6RM as in the trial', () => {
    const hsr = card('heavy-slow-calf-raise')
    expect(
      [1, 2, 3, 4, 5, 6, 8, 9, 12].map((w) => `${doseFor(hsr, w).sets}×${doseFor(hsr, w).reps}`),
    ).toEqual(['3×15', '3×12', '3×12', '4×10', '4×10', '4×8', '4×8', '4×6', '4×6'])
    for (const w of [2, 4, 6, 9]) expect(doseFor(hsr, w).load).toMatch(/^your \d+RM$/)
  })

  it('a hold adds seconds, keeps its own effort, and never gains the lifting rule', () => {
    const plank = card('front-side-plank')
    expect([1, 2, 3].map((w) => doseFor(plank, w).reps)).toEqual(['20 s', '25 s', '30 s'])
    for (const w of [1, 4, 8]) {
      expect(doseFor(plank, w).sets).toBe(plank.dose.start.sets)
      expect(doseFor(plank, w).effort).toBe(plank.dose.start.effort)
    }
  })

  it('strides add one a week by their own steps, a carry adds metres; neither is given reps in reserve', () => {
    const strides = card('strides-sprint-drills')
    expect([1, 2, 3].map((w) => doseFor(strides, w).sets)).toEqual([4, 5, 6])
    const carry = card('tiptoe-farmer-walk')
    expect([1, 2, 3].map((w) => doseFor(carry, w).reps)).toEqual(['20 m', '30 m', '40 m'])
    for (const e of [strides, carry])
      for (const w of [1, 5]) expect(doseFor(e, w).effort).not.toMatch(/in reserve/)
  })

  it('a lift on the generic rule adds a set to 3 over the first weeks, then load by reps in reserve', () => {
    const press = card('leg-press')
    expect([1, 2, 3, 4].map((w) => doseFor(press, w).sets)).toEqual([2, 3, 3, 3])
    expect(doseFor(press, 4).effort).toMatch(/add 2–10 % load/)
  })

  it('in a plan, each exercise’s weeks are its card’s own steps (or the generic rule) counted from its first week', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const plan = buildPlan(inputs)
        for (const s of plan.sessions)
          for (const p of sessionWork(s)) {
            // Since review round 2 a pathway may set its own steps for a card (the patellar heavy slow lift):
            // then those steps, counted the same way, are the exercise's weeks.
            const pathwaySteps = p.pathway
              ? NIGGLES[inputs.niggle!].promise.find((i) => i.oneOf.includes(p.exercise.id))?.steps
              : undefined
            expect(p.doseSource).toBe(
              pathwaySteps || p.exercise.dose.weekly !== 'generic' ? 'own' : 'generic',
            )
            // Since review round 1 the taper keeps the step the exercise had reached before it (whole sets
            // dropped), so a lighter or race week is read against that step, not the week's own; since round 7 the
            // step reached in any session (its latest full-load dose before the date, in whichever session).
            // Since round 8 a single-leg raise that starts with the easier step (a heel-rise count below its reps)
            // holds its first step for two weeks, and its steps count from week 3, the earliest move to one leg.
            const easier = p.doses[0]?.load.startsWith('easier step first') ?? false
            const stepOf = (week: number) => {
              const w = Math.max(1, week - p.fromWeek + 1 - (easier ? 2 : 0))
              return pathwaySteps ? ownDose(pathwaySteps.steps, w) : doseFor(p.exercise, w)
            }
            const same = plan.sessions
              .flatMap((o) => sessionWork(o))
              .filter((q) => q.exercise.id === p.exercise.id && q.pathway === p.pathway)
            for (const d of p.doses) {
              const own = stepOf(d.week)
              const built = same
                .flatMap((q) => q.doses.filter((x) => x.taper === null && x.date < d.date))
                .sort((a, b) => a.date.localeCompare(b.date))
                .at(-1)
              const step = d.taper === null || !built ? own : stepOf(built.week)
              if (d.taper === null) expect(`${d.sets} × ${d.reps}`).toBe(`${own.sets} × ${own.reps}`)
              else expect(d.sets).toBeLessThanOrEqual(step.sets)
              const list = step.reps.split(', ')
              expect(d.reps).toBe(list.length > 1 ? list.slice(0, d.sets).join(', ') : step.reps)
              if (p.doseSource === 'own') expect(d.effort.startsWith(step.effort)).toBe(true)
            }
          }
      }),
      { numRuns: 120 },
    )
  })

  it('heavy lifts start at a load the runner can find, never an empty bar', () => {
    for (const g of GROUP_IDS)
      for (const e of CONTENT[g].exercises) {
        expect(e.dose.start.load, e.id).not.toMatch(/empty bar|light (?:dumbbells|trap bar|kettlebell|cable)/)
        if (e.equipment.includes('barbell') && e.kind === 'strength')
          expect(e.dose.start.load, e.id).toMatch(/could lift about \d+ times|\d+RM|you can lift/)
      }
  })
})

describe('jumps', () => {
  const jumpsOf = (plan: ReturnType<typeof buildPlan>) =>
    plan.sessions.map((s) => s.jumps).filter((j): j is NonNullable<typeof j> => j !== null)

  it('a runner with some strength experience and no niggle gets a plyometric progression from week 1, in contacts', () => {
    // Calves at the norm for his age and sex: ready for the full progression (review round 1's gate).
    const plan = buildPlan(
      base({
        experience: 'some',
        trainingDays: ['mon', 'wed', 'fri'],
        sex: 'm',
        age: '30s',
        results: { 'heel-rise': { L: 32, R: 33 } },
      }),
    )
    const jumps = jumpsOf(plan)
    expect(jumps).toHaveLength(2)
    expect(jumps[0]!.exercise.id).toBe('hop-progression')
    expect(jumps[0]!.doses[0]!.week).toBe(1)
    expect(jumps[0]!.doses.map((d) => d.sets * Number.parseInt(d.reps, 10))).toEqual([
      60, 60, 80, 80, 100, 100, 120, 120,
    ])
    expect(jumps[0]!.doses[0]!.load).toMatch(/pogo/)
    expect(jumps[0]!.doses.at(-1)!.load).toMatch(/bounds/)
  })

  it('a novice gets none in the first weeks, then pogo hops from week 5', () => {
    const jumps = jumpsOf(buildPlan(base({ experience: 'none' })))
    expect(jumps.length).toBeGreaterThan(0)
    for (const j of jumps) {
      expect(j.exercise.id).toBe('pogo-hops')
      expect(j.doses[0]!.week).toBe(5)
    }
  })

  it('no jumps when a niggle leaves them out, for anyone', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const plan = buildPlan(inputs)
        if (inputs.niggle) expect(jumpsOf(plan)).toEqual([])
        // Calves below the norm or uneven wait (review round 1); every other runner with sessions gets jumps.
        else if (plan.jumpLevel === 'none') expect(jumpsOf(plan)).toEqual([])
        else if (plan.sessions.length > 0 && plan.mode !== 'see-clinician') {
          // Nothing new in a taper: a novice's week-5 start that falls in the two weeks before the race waits.
          const from = (inputs.experience ?? 'none') === 'none' ? 5 : 1
          const race = plan.race
          const before = plan.sessions.some((s) =>
            s.dates.some(
              (d, i) => d !== null && i + 1 >= from && (race === null || daysBetween(d, race) > 13),
            ),
          )
          if (before) expect(jumpsOf(plan).length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 120 },
    )
  })
})
