import { useRef } from 'react'
import { selfTestDemoId } from '../../domain/demo/ids.ts'
import { ShowMeButton } from '../ShowMeButton.tsx'
import {
  type PlanInputs,
  type SelfTestId,
  type Side,
  type SideFaults,
  type SideNumbers,
} from '../../domain/plan.ts'
import { SELF_TEST_IDS, SQUAT_FAULT_IDS, SQUAT_FAULT_NAMES } from '../../domain/plan-options.ts'
import { GROUPS } from '../../domain/groups.ts'
import { NIGGLES, SELF_TESTS, UNTESTED_NOTE, type SelfTest } from '../../content/plan.ts'
import { useExplorer } from '../../store/index.ts'
import { SourceRefs } from '../SourceRefs.tsx'
import { NumberField } from './NumberField.tsx'

const SIDES: readonly Side[] = ['L', 'R']
const SIDE_NAME: Readonly<Record<Side, string>> = { L: 'Left', R: 'Right' }
const UNIT_WORD = { reps: 'reps', seconds: 'seconds', cm: 'cm', faults: 'faults' } as const

/** The self-tests, each with its how-to, its norm and a field per side; focusing one marks its muscles. */
export function TestsStep() {
  const results = useExplorer((s) => s.planInputs.results)
  const skipped = useExplorer((s) => s.planInputs.skipped)
  const niggle = useExplorer((s) => s.planInputs.niggle)
  const editPlan = useExplorer((s) => s.editPlan)
  const setPlanMarks = useExplorer((s) => s.setPlanMarks)
  const setView = useExplorer((s) => s.setView)
  // Focus moves between a test's fields often; the body turns only when a different test is entered.
  const shown = useRef<SelfTestId | null>(null)
  const show = (id: SelfTestId) => {
    if (shown.current === id) return
    shown.current = id
    const test = SELF_TESTS[id]
    setPlanMarks(Object.fromEntries(test.groups.map((g) => [g, 'testing'])))
    setView(test.view)
  }
  const setResult = (id: SelfTestId, value: SideNumbers | SideFaults) =>
    editPlan((p): PlanInputs => ({ ...p, results: { ...p.results, [id]: value } }))
  const setSkipped = (id: SelfTestId, skip: boolean) =>
    editPlan((p): PlanInputs => ({
      ...p,
      skipped: skip
        ? SELF_TEST_IDS.filter((t) => t === id || p.skipped.includes(t))
        : p.skipped.filter((t) => t !== id),
    }))

  return (
    <div className="rae-plan-form">
      <p className="rae-plan-hint">
        Do what you can, warmed up, best of two tries per side. Leave a test blank to skip it. The body shows
        the muscles each test works.
      </p>
      {SELF_TEST_IDS.map((id) => (
        <TestBlock
          key={id}
          test={SELF_TESTS[id]}
          value={results[id]}
          unwise={niggle !== null && NIGGLES[niggle].unwiseTests.includes(id) ? NIGGLES[niggle].injury : null}
          skipped={skipped.includes(id)}
          onSkip={(skip) => setSkipped(id, skip)}
          onFocus={() => show(id)}
          onChange={(v) => setResult(id, v)}
        />
      ))}
      <p className="rae-plan-hint">
        {UNTESTED_NOTE.text} <SourceRefs sources={UNTESTED_NOTE.sources} flags={UNTESTED_NOTE.flags} />
      </p>
    </div>
  )
}

function TestBlock({
  test,
  value,
  unwise,
  skipped,
  onSkip,
  onFocus,
  onChange,
}: {
  test: SelfTest
  value: SideNumbers | SideFaults | undefined
  /** The runner's niggle when it makes this test unwise. */
  unwise: string | null
  skipped: boolean
  onSkip: (skip: boolean) => void
  onFocus: () => void
  onChange: (value: SideNumbers | SideFaults) => void
}) {
  const heading = `rae-test-${test.id}`
  return (
    <section
      className="rae-plan-test"
      data-test={test.id}
      data-skipped={skipped ? 'true' : undefined}
      aria-labelledby={heading}
      onFocus={onFocus}
    >
      <h4 id={heading}>{test.name}</h4>
      {unwise && (
        <p className="rae-plan-caution" role="note">
          With your {unwise.toLowerCase()}: skip this test if it hurts.
        </p>
      )}
      <label className="rae-plan-choice">
        <input type="checkbox" checked={skipped} onChange={() => onSkip(!skipped)} /> Skip this test (it
        hurts, or I cannot do it)
      </label>
      <p className="rae-plan-hint">
        {test.tests} Works: {test.groups.map((g) => GROUPS[g].name.toLowerCase()).join(', ')}.
      </p>
      <ShowMeButton exercise={selfTestDemoId(test.id)} name={test.name} stay />
      <details className="rae-plan-howto">
        <summary>How to do it</summary>
        <ol>
          {test.howTo.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </details>
      <p className="rae-plan-norm">
        <strong>Norm:</strong> {test.norm.text}{' '}
        <SourceRefs sources={test.norm.sources} flags={test.norm.flags} />
        {test.cutoff === null && !test.ageNorm && (
          <> No published cut-off: only your two sides are compared.</>
        )}
        {test.ageNorm && (
          <>
            {' '}
            {test.ageNorm.text} <SourceRefs sources={test.ageNorm.sources} flags={test.ageNorm.flags} />
          </>
        )}
      </p>
      {skipped ? null : test.unit === 'faults' ? (
        <FaultFields test={test} value={value as SideFaults | undefined} onChange={onChange} />
      ) : (
        <div className="rae-plan-pair">
          {SIDES.map((side) => {
            const v = (value as SideNumbers | undefined)?.[side] ?? null
            return (
              <NumberField
                key={side}
                label={`${SIDE_NAME[side]} (${UNIT_WORD[test.unit]})`}
                range={test.range}
                decimal={!test.range.whole}
                value={v}
                onChange={(n) => {
                  const prev = (value as SideNumbers | undefined) ?? { L: null, R: null }
                  onChange({ ...prev, [side]: n })
                }}
              />
            )
          })}
        </div>
      )}
    </section>
  )
}

function FaultFields({
  test,
  value,
  onChange,
}: {
  test: SelfTest
  value: SideFaults | undefined
  onChange: (value: SideFaults) => void
}) {
  const current: SideFaults = value ?? { L: null, R: null }
  return (
    <div className="rae-plan-pair">
      {SIDES.map((side) => {
        const seen = current[side]
        return (
          <fieldset key={side} className="rae-plan-field">
            <legend>
              {SIDE_NAME[side]} leg ({test.name.toLowerCase()})
            </legend>
            <label className="rae-plan-choice">
              <input
                type="checkbox"
                checked={seen !== null}
                onChange={() => onChange({ ...current, [side]: seen === null ? [] : null })}
              />{' '}
              Done
            </label>
            {SQUAT_FAULT_IDS.map((f) => (
              <label key={f} className="rae-plan-choice">
                <input
                  type="checkbox"
                  disabled={seen === null}
                  checked={seen?.includes(f) ?? false}
                  onChange={() => {
                    const list = seen ?? []
                    onChange({
                      ...current,
                      [side]: list.includes(f) ? list.filter((x) => x !== f) : [...list, f],
                    })
                  }}
                />{' '}
                {SQUAT_FAULT_NAMES[f]}
              </label>
            ))}
          </fieldset>
        )
      })}
    </div>
  )
}
