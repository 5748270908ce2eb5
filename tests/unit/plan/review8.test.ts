// Review round 8 of issue 21: the lines an independent reviewer would not sign, each written as a test that
// failed on the builder they read (e2430d7).
import { describe, expect, it } from 'vitest'
import { NIGGLES } from '../../../src/content/plan.ts'
import { SOURCES } from '../../../src/content/sources.ts'
import type { PlanInputs } from '../../../src/domain/plan.ts'
import { buildPlan, type Plan } from '../../../src/plan/build.ts'
import { addDays, daysBetween } from '../../../src/plan/calendar.ts'
import { base } from './arb.ts'

// The reviewer's profiles (/tmp/r8/mine.ts), on their common base.
const P = (o: Partial<PlanInputs>): PlanInputs => ({
  ...base(),
  runsPerWeek: 4,
  weeklyKm: 40,
  longestRunKm: 18,
  experience: 'some',
  minutes: 45,
  ...o,
})
const U5 = P({
  niggle: 'gluteal-tendon',
  goal: 'race',
  raceDate: '2027-01-06',
  kit: ['dumbbell', 'band'],
  trainingDays: ['tue', 'fri'],
  hardDays: ['sun'],
  sex: 'f',
  age: '60s',
  skipped: ['side-plank'],
  results: { 'heel-rise': { L: 12, R: 14 } },
})
const U10 = P({
  niggle: 'patellar-tendon',
  goal: 'race',
  raceDate: '2027-01-04',
  kit: [],
  trainingDays: ['tue', 'fri'],
  hardDays: ['sun'],
  sex: 'f',
  age: '30s',
  skipped: ['single-leg-squat', 'wall-sit'],
})
const U13 = P({
  niggle: 'gluteal-tendon',
  goal: 'race',
  raceDate: '2026-12-28',
  kit: [],
  trainingDays: ['mon', 'wed', 'fri'],
  hardDays: ['sun'],
  sex: 'f',
  age: '60s',
  skipped: ['side-plank'],
})

const seconds = (reps: string) => Number(/^(\d+)/.exec(reps)?.[1] ?? NaN)

/** Home doses that reach into the lighter week, or hold a longer step than the sessions do on the same days. */
function homeAgainstTaper(plan: Plan): string[] {
  const wrong: string[] = []
  if (plan.race === null) return wrong
  const lighter = addDays(plan.race, -13)
  for (const h of plan.home) {
    const until = /, until \w{3} (\d+) (\w{3})$/.exec(h.how)
    for (const d of h.planned.doses) {
      const last = addDays(d.date, 6)
      // A home week that runs into the lighter week must say it stops the day before.
      if (last >= lighter && !(until && h.how.endsWith(`until ${dayOf(addDays(lighter, -1))}`)))
        wrong.push(`${h.planned.exercise.id} ${d.date}: ${d.sets} × ${d.reps} daily into the lighter week`)
      for (const s of plan.sessions)
        for (const p of s.exercises.filter((q) => q.exercise.id === h.planned.exercise.id))
          for (const t of p.doses.filter((x) => x.taper !== null && x.date >= d.date && x.date <= last))
            if (seconds(d.reps) > seconds(t.reps))
              wrong.push(
                `${h.planned.exercise.id} ${d.date}: home ${d.reps} > session ${t.reps} on ${t.date}`,
              )
    }
  }
  return wrong
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const dayOf = (d: string) =>
  `${DAYS[new Date(`${d}T00:00:00Z`).getUTCDay()]} ${Number(d.slice(8))} ${MONTHS[Number(d.slice(5, 7)) - 1]}`

describe('the daily holds at home go by date, like the taper (A #1)', () => {
  it('U10: the home thigh hold stops on Mon 21 Dec and never reaches 40 s, which no session holds', () => {
    const plan = buildPlan(U10)
    expect(plan.notes.find((n) => /starts in the next block/.test(n))).toMatch(
      /daily holds continue at home every day until the lighter week starts on Tue 22 Dec/,
    )
    const holds = plan.home.find((h) => h.planned.exercise.id === 'isometric-knee-hold')!
    expect(holds.how).toMatch(/, until Mon 21 Dec$/)
    expect(holds.planned.doses.map((d) => seconds(d.reps))).not.toContain(40)
    expect(homeAgainstTaper(plan)).toEqual([])
  })

  it('U13 and U5: the side-hip holds at home stop before the lighter week, at the sessions’ step', () => {
    const u13 = buildPlan(U13)
    expect(u13.notes.join(' ')).toMatch(/until the lighter week starts on Tue 15 Dec/)
    expect(homeAgainstTaper(u13)).toEqual([])
    const u5 = buildPlan(U5)
    expect(u5.notes.join(' ')).toMatch(/until the lighter week starts on Thu 24 Dec/)
    const holds = u5.home.find((h) => h.planned.exercise.id === 'isometric-hip-abduction')!
    expect(holds.how).toMatch(/, until Wed 23 Dec$/)
    expect(homeAgainstTaper(u5)).toEqual([])
  })

  it('a scan over race dates: no home dose in the lighter week, no home step longer than the sessions’', () => {
    const wrong: string[] = []
    let held = 0
    for (const niggle of ['patellar-tendon', 'gluteal-tendon', 'hamstring-strain'] as const)
      for (const days of [
        ['tue', 'fri'],
        ['mon', 'wed', 'fri'],
        ['mon', 'thu'],
      ] as const)
        for (let n = 16; n <= 63; n++) {
          const race = addDays('2026-12-07', n)
          const plan = buildPlan({ ...U10, niggle, trainingDays: [...days], raceDate: race })
          if (plan.home.length && plan.race && daysBetween(plan.programmeStart, plan.race) % 7 !== 6) held++
          wrong.push(...homeAgainstTaper(plan).map((w) => `${niggle} ${days.join('/')} race ${race}: ${w}`))
        }
    expect(held).toBeGreaterThan(100)
    expect(wrong.slice(0, 5)).toEqual([])
  })
})

const U3 = P({
  niggle: 'achilles',
  achillesSite: 'insertion',
  goal: 'race',
  raceDate: '2026-12-20',
  kit: ['step', 'dumbbell'],
  trainingDays: ['mon', 'thu'],
  hardDays: ['sun'],
  sex: 'm',
  age: '40s',
  results: { 'heel-rise': { L: 6, R: 9 } },
})
const U7 = P({
  niggle: 'plantar',
  goal: 'race',
  raceDate: '2026-12-29',
  kit: ['step'],
  trainingDays: ['mon', 'thu'],
  hardDays: ['sat'],
  sex: 'f',
  age: '70s',
  results: { 'heel-rise': { L: 5, R: 8 } },
})
const U14 = P({
  niggle: 'plantar',
  kit: ['dumbbell', 'step'],
  trainingDays: ['tue', 'fri'],
  hardDays: ['sun'],
  sex: 'f',
  age: '60s',
  results: { 'heel-rise': { L: 3, R: 4 } },
})
const raises = (inputs: PlanInputs, id: string) =>
  buildPlan(inputs).sessions.flatMap((s) => s.exercises.filter((p) => p.exercise.id === id))

describe('the easier heel-raise step holds until the runner reaches the single-leg count (A #2)', () => {
  it('U14: weeks 1–2 give the easier step and when to move on; the single-leg steps follow from then', () => {
    const all = raises(U14, 'towel-heel-raise')
    expect(all.length).toBe(2)
    for (const p of all) {
      for (const d of p.doses.filter((x) => x.week <= 2)) {
        expect(d.load).toMatch(/^easier step first \(both feet, towel under the toes/)
        expect(d.load).toMatch(/Move to the single-leg step only once 12 rises on one leg are possible/)
        expect(d.load).toMatch(
          /then 3 × 12RM for two weeks, then 4 × 10RM for two weeks, then 5 × 8RM, counted from the week you move on/,
        )
      }
      // The single-leg steps start no earlier than week 3, and keep the trial's two weeks each from there.
      const week = (w: number) => p.doses.find((d) => d.week === w)!
      expect([week(3).sets, week(3).reps, week(3).load]).toEqual([3, '12', 'your 12RM'])
      expect([week(4).sets, week(4).reps]).toEqual([3, '12'])
      expect([week(5).sets, week(5).reps, week(5).load]).toEqual([4, '10', 'your 10RM'])
      expect([week(7).sets, week(7).reps, week(7).load]).toEqual([5, '8', 'your 8RM'])
      expect(p.reason).toMatch(/at least for weeks 1–2; the single-leg steps count from the week you move on/)
    }
  })

  it('U7: the taper carries the easier step but no "then …" and no move to one leg', () => {
    const all = raises(U7, 'towel-heel-raise')
    const taper = all.flatMap((p) => p.doses.filter((d) => d.taper !== null))
    expect(taper.length).toBeGreaterThan(0)
    for (const d of taper) {
      expect(d.load).toMatch(/^easier step \(both feet, towel under the toes/)
      expect(d.load).not.toMatch(/then|Move to/)
    }
    // Mon 14 Dec is week 2, still a build week: the easier step, not single-leg 12RM.
    const mon14 = all.flatMap((p) => p.doses).find((d) => d.date === '2026-12-14')!
    expect(mon14.load).toMatch(/^easier step first/)
  })

  it('U3: the straight-knee raise of the after-race block waits on the easier step for two weeks', () => {
    const all = raises(U3, 'heavy-slow-calf-raise')
    expect(all.length).toBeGreaterThan(0)
    for (const p of all) {
      const build = p.doses.filter((d) => d.taper === null)
      for (const d of build.slice(0, 2))
        expect(d.load).toMatch(/Move to the single-leg step only once 15 rises on one leg are possible/)
      expect(build[2]!.load).toBe('your 15RM')
      expect(build.slice(0, 3).map((d) => d.reps)).toEqual(['15', '15', '15'])
    }
  })

  it('a scan: no taper dose carries a "then …" clause, and no week-1–2 single-leg step below the count', () => {
    const wrong: string[] = []
    for (const niggle of ['plantar', 'achilles'] as const)
      for (let n = 16; n <= 63; n += 3) {
        const plan = buildPlan({ ...U7, niggle, raceDate: addDays('2026-12-07', n) })
        for (const s of plan.sessions)
          for (const p of s.exercises.filter((q) =>
            ['towel-heel-raise', 'heavy-slow-calf-raise'].includes(q.exercise.id),
          ))
            for (const d of p.doses) {
              if (d.taper !== null && /; then|Move to/.test(d.load))
                wrong.push(`${niggle} ${n}: ${d.date} ${d.load}`)
              if (d.taper === null && d.week <= 2 && /RM$/.test(d.load))
                wrong.push(`${niggle} ${n}: ${d.date} single-leg ${d.load}`)
            }
      }
    expect(wrong.slice(0, 5)).toEqual([])
  })
})

describe('the easier step is for the one-leg heavy slow raise only (A #3)', () => {
  const U9 = P({
    niggle: 'achilles',
    achillesSite: 'mid',
    goal: 'race',
    raceDate: '2026-12-29',
    kit: ['barbell', 'machine', 'dumbbell'],
    trainingDays: ['mon', 'thu'],
    hardDays: ['sun'],
    sex: 'm',
    age: '40s',
    results: { 'heel-rise': { L: 10, R: 14 } },
  })

  it('U9: with a calf machine and a barbell, both legs at the 15RM as in Beyer 2015, no easier step', () => {
    const all = raises(U9, 'heavy-slow-calf-raise')
    expect(all.length).toBeGreaterThan(0)
    for (const p of all) {
      expect(p.reason).not.toMatch(/easier|heel-rise count/)
      expect(p.doses[0]!.load).toBe(
        'your 15RM, both legs on the calf machine or with the bar on your shoulders, as in the trial (Beyer 2015)',
      )
      expect(p.doses.some((d) => /easier/.test(d.load))).toBe(false)
    }
    const bar = raises({ ...U9, kit: ['barbell'] }, 'heavy-slow-calf-raise')
    for (const p of bar) expect(p.doses[0]!.load).toMatch(/^your 15RM, both legs with the bar/)
  })

  it('with neither, the one-leg raise still starts with the easier step below 15 rises', () => {
    for (const p of raises({ ...U9, kit: ['dumbbell'] }, 'heavy-slow-calf-raise')) {
      expect(p.doses[0]!.load).toMatch(/^easier step first \(both feet on flat ground/)
      expect(p.reason).toMatch(/heel-rise count \(10\) is below the 15 rises/)
    }
  })
})

describe('the low-back red flags cite the spinal red-flag framework (A #4)', () => {
  it('Finucane 2020 is a source, and the stop line cites it beside Warden14', () => {
    const f = SOURCES.Finucane20
    expect(f.citation).toMatch(
      /^Finucane LM, .*International framework for red flags for potential serious spinal pathologies\. J Orthop Sports Phys Ther 2020;50\(7\):350–372\.$/,
    )
    expect(f.flags).toContain('NV')
    const stop = NIGGLES['low-back'].stop
    expect(stop.sources).toContain('Finucane20')
    // Warden14 stays for the stress-injury part only: the line's text is unchanged.
    expect(stop.sources).toContain('Warden14')
    expect(stop.text).toMatch(
      /a past cancer; back pain after a fall, or with osteoporosis or long-term steroid use; or, under about 25,/,
    )
  })
})
