// A calendar a runner can follow: sessions on their own days and never the day before a long or hard run; weeks
// that run to the race (a lighter week, the last heavy session 7–10 days out, a light race week, a re-test
// after); one re-test date everywhere; a race inside three weeks starts nothing new.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildPlan, sessionWork } from '../../../src/plan/build.ts'
import { addDays, dayBefore, daysBetween, weekdayOf } from '../../../src/plan/calendar.ts'
import { START, base, inputsArb } from './arb.ts'

describe('the calendar', () => {
  it('puts every session on its own weekday, on the runner’s days, never the day before a hard run', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const plan = buildPlan(inputs)
        const before = new Set(inputs.hardDays.map(dayBefore))
        for (const s of plan.sessions) {
          expect(before.has(s.weekday), `${s.name} on ${s.weekday}`).toBe(false)
          if (!s.short) expect(inputs.trainingDays).toContain(s.weekday)
          for (const date of s.dates) if (date) expect(weekdayOf(date)).toBe(s.weekday)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('Tue/Thu/Sat with a Sunday long run: sessions on Tuesday and Thursday, and Saturday is refused with a reason', () => {
    const plan = buildPlan(base({ trainingDays: ['tue', 'thu', 'sat'], hardDays: ['sun'] }))
    expect(plan.sessions.map((s) => [s.name, s.weekday])).toEqual([
      ['Session A', 'tue'],
      ['Session B', 'thu'],
    ])
    expect(plan.refusedDays).toEqual(['sat'])
    expect(plan.notes.join(' ')).toMatch(/No session on Saturday: it is the day before your long or hard run/)
    expect(plan.weeks[0]!.sessions.map((s) => s.date)).toEqual(['2026-12-08', '2026-12-10'])
  })

  it('a race 10 weeks away gets weeks that run to it: lighter week, race week, re-test after', () => {
    const race = addDays(START, 70) // Mon 15 Feb 2027
    const plan = buildPlan(
      base({ goal: 'race', raceDate: race, experience: 'some', trainingDays: ['mon', 'thu'] }),
    )
    expect(plan.race).toBe(race)
    const raceRow = plan.weeks.find((w) => w.from <= race && race <= w.to)!
    expect(raceRow.kind).toBe('race')
    expect(plan.weeks[raceRow.week - 2]!.kind).toBe('lighter')
    expect(plan.weeks.at(-1)!.kind).toBe('retest')
    expect(plan.retest! > race).toBe(true)
  })

  it('keeps the last heavy session 7–10 days out, race week light, nothing in the two days before, nothing after', () => {
    fc.assert(
      fc.property(inputsArb, fc.integer({ min: 21, max: 16 * 7 }), (inputs, until) => {
        const race = addDays(START, until)
        const plan = buildPlan({ ...inputs, goal: 'race', raceDate: race, niggle: null })
        if (plan.sessions.length === 0) return
        const dated = plan.sessions.flatMap((s) =>
          sessionWork(s).flatMap((e) => e.doses.map((d) => ({ ...d, short: s.short }))),
        )
        for (const d of dated) {
          const out = daysBetween(d.date, race)
          expect(out, `${d.date} before ${race}`).toBeGreaterThan(2)
          if (out <= 6) expect(d.taper).toBe('light')
        }
        const full = plan.sessions.filter((s) => !s.short)
        const fullDates = full.flatMap((s) => s.dates.filter((x): x is string => x !== null))
        const heavy = fullDates
          .filter((d) => daysBetween(d, race) >= 7)
          .sort()
          .at(-1)
        expect(plan.lastHeavy).toBe(heavy ?? null)
        // When a training day falls 7–10 days before the race, the last heavy session is on one.
        if (fullDates.some((d) => daysBetween(d, race) >= 7 && daysBetween(d, race) <= 10))
          expect(daysBetween(plan.lastHeavy!, race)).toBeLessThanOrEqual(10)
      }),
      { numRuns: 150 },
    )
  })

  it('has one re-test date: the header’s, in exactly one week row, with no session on it', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const plan = buildPlan(inputs)
        if (plan.retest === null) return
        const rows = plan.weeks.filter((w) => w.from <= plan.retest! && plan.retest! <= w.to)
        expect(rows).toHaveLength(1)
        expect(rows[0]!.week).toBe(plan.weeks.length)
        expect(rows[0]!.kind).toBe('retest')
        const d = new Date(`${plan.retest}T00:00:00Z`)
        const words = `${d.toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' })} ${d.getUTCDate()}`
        expect(rows[0]!.what).toContain(words)
        for (const s of plan.sessions) expect(s.dates).not.toContain(plan.retest)
      }),
      { numRuns: 150 },
    )
  })

  it('a race inside three weeks: keep what you do, the plan starts on the Monday a week or more after it (novice or not)', () => {
    for (const experience of ['none', 'regular'] as const) {
      const race = addDays(START, 16) // Wed 23 Dec
      const plan = buildPlan(base({ goal: 'race', raceDate: race, experience }))
      expect(plan.mode).toBe('after-race')
      expect(plan.programmeStart).toBe(addDays(START, 28)) // Mon 4 Jan
      expect(daysBetween(race, plan.programmeStart)).toBeGreaterThanOrEqual(7)
      for (const s of plan.sessions) for (const d of s.dates) if (d) expect(d > race).toBe(true)
    }
  })

  it('a race day that is not after the plan’s start is left out, and says so', () => {
    for (const raceDate of [START, '2020-05-01']) {
      const plan = buildPlan(base({ goal: 'race', raceDate }))
      expect(plan.race).toBeNull()
      expect(plan.weeks).toHaveLength(8)
      expect(plan.notes.join(' ')).toMatch(/race date is not after the plan’s first day/)
    }
    expect(buildPlan(base({ goal: 'race', raceDate: null })).notes.join(' ')).toMatch(/No race date yet/)
  })
})
