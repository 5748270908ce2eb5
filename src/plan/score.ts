/**
 * Self-test results against their published norms and side against side. A result is weak below its cut-off;
 * uneven when the sides differ past the test's asymmetry rule; a test with no cut-off is judged side against
 * side only, and says so. Pure functions: the same results always score the same.
 */
import { GROUP_IDS, type GroupId } from '../domain/groups.ts'
import {
  type GroupMark,
  type PlanInputs,
  type SelfTestId,
  type Side,
  type SideFaults,
  type SideNumbers,
} from '../domain/plan.ts'
import { SELF_TEST_IDS } from '../domain/plan-options.ts'
import { SELF_TESTS, type SelfTest } from '../content/plan.ts'

export interface TestScore {
  readonly test: SelfTestId
  /** Per side: the number entered (fault count for the squat), null when not done. */
  readonly values: Readonly<Record<Side, number | null>>
  /** Sides below the cut-off. */
  readonly weakSides: readonly Side[]
  /** The weaker side when the two differ past the rule, else null. */
  readonly unevenSide: Side | null
  /** How far apart, in the rule's own terms: "36 % apart", "ratio 0.88", "2.0 cm apart", "2 faults vs 0". */
  readonly gap: string | null
  /** The cut-off used for this runner, null when the test has none. */
  readonly cutoff: number | null
  /** One line: what the numbers say. */
  readonly verdict: string
}

export interface GroupScore {
  readonly group: GroupId
  readonly mark: GroupMark
  /** The scores behind the mark, worst first. */
  readonly because: readonly TestScore[]
}

const SIDE_WORD: Readonly<Record<Side, string>> = { L: 'left', R: 'right' }

function valuesOf(test: SelfTest, raw: SideNumbers | SideFaults | undefined): Record<Side, number | null> {
  if (!raw) return { L: null, R: null }
  if (test.unit === 'faults') {
    const f = raw as SideFaults
    return { L: f.L === null ? null : f.L.length, R: f.R === null ? null : f.R.length }
  }
  const n = raw as SideNumbers
  return { L: n.L, R: n.R }
}

/** The runner's cut-off: their sex's, or the lower of the two when they chose not to say (never over-calls). */
function cutoffFor(test: SelfTest, sex: PlanInputs['sex']): number | null {
  if (!test.cutoff) return null
  return sex ? test.cutoff.below[sex] : Math.min(test.cutoff.below.m, test.cutoff.below.f)
}

const fmt = (n: number, unit: SelfTest['unit']) =>
  unit === 'cm' ? `${n.toFixed(1)} cm` : unit === 'seconds' ? `${n} s` : unit === 'faults' ? `${n}` : `${n}`

export function scoreTest(id: SelfTestId, inputs: PlanInputs): TestScore | null {
  const test = SELF_TESTS[id]
  const values = valuesOf(test, inputs.results[id])
  if (values.L === null && values.R === null) return null
  const cutoff = cutoffFor(test, inputs.sex)
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
    const rule = test.asymmetry
    const weaker: Side = faults ? (L > R ? 'L' : 'R') : L < R ? 'L' : 'R'
    if (rule.kind === 'lsi') {
      const hi = Math.max(L, R)
      const lsi = hi === 0 ? 100 : (Math.min(L, R) / hi) * 100
      gap = `${Math.round(100 - lsi)} % apart`
      if (lsi < rule.minPercent) unevenSide = weaker
    } else if (rule.kind === 'ratio') {
      const ratio = L === 0 ? Infinity : R / L
      gap = `right:left ${Number.isFinite(ratio) ? ratio.toFixed(2) : '—'}`
      if (!(ratio >= rule.low && ratio <= rule.high)) unevenSide = weaker
    } else if (rule.kind === 'difference') {
      const d = Math.abs(L - R)
      gap = `${d.toFixed(1)} cm apart`
      if (d > rule.max) unevenSide = weaker
    } else {
      gap = `${L} ${L === 1 ? 'fault' : 'faults'} left, ${R} right`
      if (L !== R) unevenSide = weaker
    }
  }

  const both = `left ${L === null ? '—' : fmt(L, test.unit)}, right ${R === null ? '—' : fmt(R, test.unit)}`
  const parts = [faults ? `Faults: ${both}` : both[0]!.toUpperCase() + both.slice(1)]
  if (cutoff === null) parts.push('no published cut-off, so only the sides are compared')
  else if (weakSides.length === 2) parts.push(faults ? 'both sides poor' : 'both sides below the norm')
  else if (weakSides.length === 1)
    parts.push(`${SIDE_WORD[weakSides[0]!]} ${faults ? 'poor' : 'below the norm'}`)
  else parts.push(faults ? 'control good or fair' : 'at or above the norm')
  if (unevenSide) parts.push(`${SIDE_WORD[unevenSide]} weaker (${gap})`)
  else if (gap) parts.push(`sides even (${gap})`)
  return { test: id, values, weakSides, unevenSide, gap, cutoff, verdict: `${parts.join('; ')}.` }
}

export function scoreAll(inputs: PlanInputs): TestScore[] {
  return SELF_TEST_IDS.map((id) => scoreTest(id, inputs)).filter((s): s is TestScore => s !== null)
}

const RANK: Readonly<Record<GroupMark, number>> = { weak: 0, asymmetric: 1, fine: 2, untested: 3 }

/** Each group's mark from the tests that cover it: weak beats uneven beats fine; no test, not tested. */
export function scoreGroups(inputs: PlanInputs): Record<GroupId, GroupScore> {
  const scores = scoreAll(inputs)
  const out = {} as Record<GroupId, GroupScore>
  for (const group of GROUP_IDS) {
    const mine = scores.filter((s) => SELF_TESTS[s.test].groups.includes(group))
    const markOf = (s: TestScore): GroupMark =>
      s.weakSides.length > 0 ? 'weak' : s.unevenSide ? 'asymmetric' : 'fine'
    const because = [...mine].sort((a, b) => RANK[markOf(a)] - RANK[markOf(b)])
    const mark = because.length === 0 ? 'untested' : markOf(because[0]!)
    out[group] = { group, mark, because }
  }
  return out
}
