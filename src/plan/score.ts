/**
 * Self-test results against their published norms and side against side. A result is weak below its cut-off
 * (or, for the heel rise, clearly under the typical count for the runner's age and sex); uneven when the sides
 * differ past the test's asymmetry rule; a test with no norm is judged side against side only, and says so. An
 * entry outside what the test accepts is refused and never scored; a test the runner skipped is left out. Pure
 * functions: the same results always score the same.
 */
import { GROUP_IDS, type GroupId } from '../domain/groups.ts'
import {
  type GroupMark,
  type PlanInputs,
  type SelfTestId,
  type Side,
  type SideFaults,
  type SideMarks,
  type SideNumbers,
} from '../domain/plan.ts'
import { AGE_BAND_NAMES, SELF_TEST_IDS } from '../domain/plan-options.ts'
import { SELF_TESTS, type NormAgeBand, type SelfTest } from '../content/plan.ts'
import { rangeProblem } from './input-rules.ts'

export interface TestScore {
  readonly test: SelfTestId
  /** Per side: the number entered (fault count for the squat), null when not done or refused. */
  readonly values: Readonly<Record<Side, number | null>>
  /** Sides whose entry was outside what the test accepts: shown, never scored. */
  readonly refused: readonly Side[]
  /** Sides below the cut-off. */
  readonly weakSides: readonly Side[]
  /** The weaker side when the two differ past the rule, else null. */
  readonly unevenSide: Side | null
  /** How far apart, in the rule's own terms: "36 % apart", "ratio 0.88", "2.0 cm apart", "2 faults vs 0". */
  readonly gap: string | null
  /** The cut-off used for this runner, null when the test has none (or it needs an age not given). */
  readonly cutoff: number | null
  /** Which norm the cut-off came from, in words; null when none was used. */
  readonly norm: string | null
  /** Whether this test may steer exercise choice for a group (a range test steers none). */
  readonly steers: readonly GroupId[]
  /** One line: what the numbers say. */
  readonly verdict: string
}

export interface GroupScore {
  readonly group: GroupId
  readonly mark: GroupMark
  /** Each side's own mark, and the weaker side of an uneven pair. */
  readonly sides: SideMarks
  /** The scores behind the mark, worst first; tests that only describe the group (a range test) come last. */
  readonly because: readonly TestScore[]
}

const SIDE_WORD: Readonly<Record<Side, string>> = { L: 'left', R: 'right' }
const SEX_WORD = { m: 'men', f: 'women' } as const

function rawOf(test: SelfTest, raw: SideNumbers | SideFaults | undefined): Record<Side, number | null> {
  if (!raw) return { L: null, R: null }
  if (test.unit === 'faults') {
    const f = raw as SideFaults
    return { L: f.L === null ? null : f.L.length, R: f.R === null ? null : f.R.length }
  }
  const n = raw as SideNumbers
  return { L: n.L, R: n.R }
}

/** The runner's cut-off and where it came from: their sex's (or the lower of the two), their age band's. */
export function cutoffFor(
  test: SelfTest,
  inputs: Pick<PlanInputs, 'sex' | 'age'>,
): { cutoff: number; norm: string } | null {
  const sexOf = (by: Readonly<Record<'m' | 'f', number>>) =>
    inputs.sex ? by[inputs.sex] : Math.min(by.m, by.f)
  const who = inputs.sex ? SEX_WORD[inputs.sex] : 'men or women, whichever is lower'
  if (test.ageNorm) {
    if (inputs.age === null) return null
    // Under 20 has no norm of its own: the youngest band stands in, and the verdict says so.
    const band: NormAgeBand = inputs.age === 'u20' ? '20s' : inputs.age
    const typical = sexOf(test.ageNorm.typical[band])
    const cutoff = Math.max(1, typical - test.ageNorm.margin)
    const stand = inputs.age === 'u20' ? ' (no norm under 20: the 20–29 one is used)' : ''
    return {
      cutoff,
      norm: `typical count for ${who} aged ${AGE_BAND_NAMES[band]} ${test.ageNorm.setting}: about ${typical}${stand}; under ${cutoff} counts as below`,
    }
  }
  if (!test.cutoff) return null
  const cutoff = sexOf(test.cutoff.below)
  return {
    cutoff,
    norm:
      test.unit === 'faults'
        ? `${cutoff} or more faults counts as poor`
        : `under ${cutoff} counts as below (norm for ${who})`,
  }
}

const fmt = (n: number, unit: SelfTest['unit']) =>
  unit === 'cm' ? `${n.toFixed(1)} cm` : unit === 'seconds' ? `${n} s` : `${n}`

export function scoreTest(id: SelfTestId, inputs: PlanInputs): TestScore | null {
  if (inputs.skipped.includes(id)) return null
  const test = SELF_TESTS[id]
  const raw = rawOf(test, inputs.results[id])
  // An entry the test does not accept is shown as refused and never counts toward a verdict.
  const refused = (['L', 'R'] as const).filter((s) => raw[s] !== null && rangeProblem(raw[s]!, test.range))
  const values: Record<Side, number | null> = {
    L: refused.includes('L') ? null : raw.L,
    R: refused.includes('R') ? null : raw.R,
  }
  if (values.L === null && values.R === null && refused.length === 0) return null
  const rule = cutoffFor(test, inputs)
  const cutoff = rule?.cutoff ?? null
  const faults = test.unit === 'faults'
  const weakSides = (['L', 'R'] as const).filter((side) => {
    const v = values[side]
    if (v === null || cutoff === null) return false
    return faults ? v >= cutoff : v < cutoff
  })

  let unevenSide: Side | null = null
  let gap: string | null = null
  const { L, R } = values
  if (L !== null && R !== null) {
    const asym = test.asymmetry
    const weaker: Side = faults ? (L > R ? 'L' : 'R') : L < R ? 'L' : 'R'
    if (asym.kind === 'lsi') {
      const hi = Math.max(L, R)
      const lsi = hi === 0 ? 100 : (Math.min(L, R) / hi) * 100
      gap = `${Math.round(100 - lsi)} % apart`
      if (lsi < asym.minPercent) unevenSide = weaker
    } else if (asym.kind === 'ratio') {
      const ratio = L === 0 ? Infinity : R / L
      gap = `right:left ${Number.isFinite(ratio) ? ratio.toFixed(2) : '—'}`
      if (!(ratio >= asym.low && ratio <= asym.high)) unevenSide = weaker
    } else if (asym.kind === 'difference') {
      const d = Math.abs(L - R)
      gap = test.unit === 'cm' ? `${d.toFixed(1)} cm apart` : `${fmt(d, test.unit)} apart`
      if (d > asym.max) unevenSide = weaker
    } else {
      gap = `${L} ${L === 1 ? 'fault' : 'faults'} left, ${R} right`
      if (L !== R) unevenSide = weaker
    }
  }

  const sideText = (s: Side) =>
    refused.includes(s)
      ? `${fmt(raw[s]!, test.unit)} refused`
      : values[s] === null
        ? '—'
        : fmt(values[s]!, test.unit)
  const both = `left ${sideText('L')}, right ${sideText('R')}`
  const parts = [faults ? `Faults: ${both}` : both[0]!.toUpperCase() + both.slice(1)]
  if (cutoff === null)
    parts.push(
      test.ageNorm
        ? 'no age given, so only the sides are compared'
        : 'no published cut-off, so only the sides are compared',
    )
  else if (weakSides.length === 2) parts.push(faults ? 'both sides poor' : 'both sides below the norm')
  else if (weakSides.length === 1)
    parts.push(`${SIDE_WORD[weakSides[0]!]} ${faults ? 'poor' : 'below the norm'}`)
  else if (values.L !== null || values.R !== null)
    parts.push(faults ? 'control good or fair' : 'at or above the norm')
  if (unevenSide) parts.push(`${SIDE_WORD[unevenSide]} weaker (${gap})`)
  else if (gap && test.asymmetry.kind === 'difference' && test.asymmetry.within)
    parts.push(`sides ${test.asymmetry.within} (${gap})`)
  else if (gap) parts.push(`sides even (${gap})`)
  if (refused.length)
    parts.push(`a refused entry (outside ${test.range.min}–${test.range.max}) is not scored`)
  return {
    test: id,
    values,
    refused,
    weakSides,
    unevenSide,
    gap,
    cutoff,
    norm: rule?.norm ?? null,
    steers: test.steers,
    verdict: `${parts.join('; ')}.`,
  }
}

export function scoreAll(inputs: PlanInputs): TestScore[] {
  return SELF_TEST_IDS.map((id) => scoreTest(id, inputs)).filter((s): s is TestScore => s !== null)
}

const RANK: Readonly<Record<GroupMark, number>> = { weak: 0, asymmetric: 1, fine: 2, untested: 3 }

const markOf = (s: TestScore): GroupMark =>
  s.weakSides.length > 0
    ? 'weak'
    : s.unevenSide
      ? 'asymmetric'
      : s.values.L !== null || s.values.R !== null
        ? 'fine'
        : 'untested'

function sideMark(s: TestScore, side: Side): GroupMark {
  if (s.values[side] === null) return 'untested'
  if (s.weakSides.includes(side)) return 'weak'
  return s.unevenSide === side ? 'asymmetric' : 'fine'
}

/**
 * Each group's mark from the tests that steer it: weak beats uneven beats fine; none, not tested. Tests that
 * only describe the group (the ankle's range) are listed but never mark it.
 */
export function scoreGroups(inputs: PlanInputs): Record<GroupId, GroupScore> {
  const scores = scoreAll(inputs)
  const out = {} as Record<GroupId, GroupScore>
  for (const group of GROUP_IDS) {
    const steering = scores
      .filter((s) => s.steers.includes(group))
      .sort((a, b) => RANK[markOf(a)] - RANK[markOf(b)])
    const describing = scores.filter(
      (s) => !s.steers.includes(group) && SELF_TESTS[s.test].groups.includes(group),
    )
    const mark = steering.length === 0 ? 'untested' : markOf(steering[0]!)
    const worstOf = (side: Side): GroupMark =>
      steering.map((s) => sideMark(s, side)).sort((a, b) => RANK[a] - RANK[b])[0] ?? 'untested'
    const weaker = steering.find((s) => s.unevenSide !== null)?.unevenSide ?? null
    out[group] = {
      group,
      mark,
      sides: { L: worstOf('L'), R: worstOf('R'), weaker },
      because: [...steering, ...describing],
    }
  }
  return out
}
