import { GROUPS } from '../../domain/groups.ts'
import type { GroupMark } from '../../domain/plan.ts'
import { GROUP_STRIDE_WHY, SELF_TESTS } from '../../content/plan.ts'
import type { Plan } from '../../plan/build.ts'
import { SourceRefs } from '../SourceRefs.tsx'

export const MARK_NAMES: Readonly<Record<GroupMark, string>> = {
  weak: 'Weak',
  asymmetric: 'Uneven',
  fine: 'Fine',
  untested: 'Not tested',
}

const SIDE_NAMES = { L: 'left', R: 'right' } as const

/** How each group scored (the body wears the same colours, side by side), with why it matters in the stride. */
export function ResultsStep({ plan }: { plan: Plan }) {
  const anyTested = plan.groups.some((g) => g.mark !== 'untested')
  return (
    <div className="rae-plan-results">
      {!anyTested && (
        <p className="rae-plan-hint">
          No self-test results yet: the plan will keep every group ticking over.
        </p>
      )}
      <ul className="rae-plan-legend" aria-label="Colours on the body">
        {(['weak', 'asymmetric', 'fine', 'untested'] as const).map((m) => (
          <li key={m} data-mark={m}>
            <span className="rae-plan-swatch" aria-hidden="true" /> {MARK_NAMES[m]}
          </li>
        ))}
        <li>Each side wears its own colour; the weaker side of an uneven pair is darker.</li>
      </ul>
      <ul className="rae-plan-groups">
        {plan.groups.map((g) => {
          const why = GROUP_STRIDE_WHY[g.group]
          const split = g.sides.L !== g.sides.R || g.sides.weaker !== null
          return (
            <li key={g.group} data-group={g.group} data-mark={g.mark}>
              <p className="rae-plan-group-head">
                <strong>{GROUPS[g.group].name}</strong>{' '}
                <span className="rae-plan-mark" data-mark={g.mark}>
                  {MARK_NAMES[g.mark]}
                </span>
                {split && (
                  <span className="rae-plan-sides">
                    {' '}
                    (left {MARK_NAMES[g.sides.L].toLowerCase()}, right {MARK_NAMES[g.sides.R].toLowerCase()}
                    {g.sides.weaker ? `; ${SIDE_NAMES[g.sides.weaker]} weaker` : ''})
                  </span>
                )}
              </p>
              {g.because.map((t) => (
                <p key={t.test} className="rae-plan-verdict">
                  {SELF_TESTS[t.test].name}: {t.verdict}
                  {t.norm && <span className="rae-plan-norm-used"> Norm used: {t.norm}.</span>}
                  {!t.steers.includes(g.group) && (
                    <span className="rae-plan-norm-used">
                      {' '}
                      It measures range, so it does not change the plan.
                    </span>
                  )}
                </p>
              ))}
              <p className="rae-plan-why">
                {why.text} <SourceRefs sources={why.sources} flags={why.flags} />
              </p>
            </li>
          )
        })}
      </ul>
      {plan.skipped.length > 0 && (
        <p className="rae-plan-hint">
          Skipped: {plan.skipped.map((t) => SELF_TESTS[t].name.toLowerCase()).join(', ')}.
        </p>
      )}
    </div>
  )
}
