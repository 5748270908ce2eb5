// Honest input: every number field says what it accepts and why a value is refused; nothing is clamped or
// blanked; an entry outside the range never counts toward a verdict; age joins sex for the heel-rise norm.
import { describe, expect, it } from 'vitest'
import { SELF_TESTS } from '../../../src/content/plan.ts'
import { ABOUT_RANGES, readNumberField } from '../../../src/plan/input-rules.ts'
import { scoreGroups, scoreTest } from '../../../src/plan/score.ts'
import { raceDateProblem } from '../../../src/ui/plan/AboutStep.tsx'
import { START, base } from './arb.ts'

describe('number fields', () => {
  it('refuse with a reason, keeping the number typed: −5, 500 rises, 999 cm, 4.5 runs, letters', () => {
    const heel = SELF_TESTS['heel-rise'].range
    expect(readNumberField('-5', ABOUT_RANGES.runsPerWeek)).toEqual({
      value: -5,
      problem: expect.stringMatching(/^Below 0: enter a count of runs/),
    })
    expect(readNumberField('500', heel)).toEqual({ value: 500, problem: expect.stringMatching(/^Above 100/) })
    expect(readNumberField('999', SELF_TESTS['knee-to-wall'].range).problem).toMatch(
      /^Above 25: enter centimetres/,
    )
    expect(readNumberField('4.5', ABOUT_RANGES.runsPerWeek).problem).toMatch(/^Not a whole number/)
    expect(readNumberField('abc', heel)).toEqual({
      value: null,
      problem: expect.stringMatching(/is not a number/),
    })
    expect(readNumberField('1e3', heel).problem).toMatch(/is not a number/)
  })

  it('accept what they say they accept: 12.5 s, 7,5 cm, empty', () => {
    expect(readNumberField('12.5', SELF_TESTS['side-plank'].range)).toEqual({ value: 12.5, problem: null })
    expect(readNumberField('7,5', SELF_TESTS['knee-to-wall'].range)).toEqual({ value: 7.5, problem: null })
    expect(readNumberField('  ', SELF_TESTS['wall-sit'].range)).toEqual({ value: null, problem: null })
  })

  it('refuse a race day that has passed, or today', () => {
    expect(raceDateProblem('2020-05-01', START)).toMatch(/not after today/)
    expect(raceDateProblem(START, START)).toMatch(/not after today/)
    expect(raceDateProblem('2027-03-01', START)).toBeNull()
  })
})

describe('refused results never count toward a verdict', () => {
  it('500 heel rises is refused, not counted as above the norm', () => {
    const s = scoreTest(
      'heel-rise',
      base({ age: '30s', sex: 'f', results: { 'heel-rise': { L: 500, R: 30 } } }),
    )!
    expect(s.refused).toEqual(['L'])
    expect(s.values).toEqual({ L: null, R: 30 })
    expect(s.gap).toBeNull()
    expect(s.verdict).toMatch(/left 500 refused/i)
  })

  it('a side with only a refused entry leaves the group untested rather than fine', () => {
    const groups = scoreGroups(
      base({ results: { 'knee-to-wall': { L: 999, R: 999 }, 'heel-rise': { L: -5, R: null } } }),
    )
    expect(groups.calves.mark).toBe('untested')
  })
})

describe('heel-rise norms by age and sex', () => {
  it('the same 18 rises are below the norm for a man in his twenties, not for a man in his sixties', () => {
    const young = scoreTest(
      'heel-rise',
      base({ sex: 'm', age: '20s', results: { 'heel-rise': { L: 18, R: 18 } } }),
    )!
    const masters = scoreTest(
      'heel-rise',
      base({ sex: 'm', age: '60s', results: { 'heel-rise': { L: 18, R: 18 } } }),
    )!
    expect(young.weakSides).toEqual(['L', 'R'])
    expect(masters.weakSides).toEqual([])
    expect(young.norm).toMatch(/men aged 20–29 on a 10° slope: about 37; under 31 counts as below/)
    expect(masters.norm).toMatch(/aged 60–69 .*about 19; under 13/)
  })

  it('says which norm was used, and compares only the sides when no age is given', () => {
    const none = scoreTest('heel-rise', base({ results: { 'heel-rise': { L: 10, R: 30 } } }))!
    expect(none.cutoff).toBeNull()
    expect(none.verdict).toMatch(/no age given, so only the sides are compared/)
    const teen = scoreTest(
      'heel-rise',
      base({ age: 'u20', sex: 'f', results: { 'heel-rise': { L: 20, R: 20 } } }),
    )!
    expect(teen.norm).toMatch(/no norm under 20: the 20–29 one is used/)
  })
})
