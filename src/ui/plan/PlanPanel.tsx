import { useEffect, useMemo, useRef } from 'react'
import { type PlanMarks, type PlanStep } from '../../domain/plan.ts'
import { PLAN_STEPS, PLAN_STEP_NAMES } from '../../domain/plan-options.ts'
import { SOURCES } from '../../content/sources.ts'
import { GROUP_STRIDE_WHY, SELF_TESTS, UNTESTED_NOTE } from '../../content/plan.ts'
import { buildPlan, type Plan } from '../../plan/build.ts'
import { readDraft, readPlanCode } from '../../plan/codec.ts'
import { explorerStore, planStepOf, useExplorer } from '../../store/index.ts'
import { PanelHead } from '../PanelHead.tsx'
import { SourceNumbersContext, numberSources } from '../source-numbers.ts'
import { SourceTableContext, type SourceTableAccess } from '../source-table.ts'
import { AboutStep } from './AboutStep.tsx'
import { PlanView, planCitations } from './PlanView.tsx'
import { ResultsStep } from './ResultsStep.tsx'
import { TestsStep } from './TestsStep.tsx'
import './plan.css'

const WITH_TABLE: SourceTableAccess = { table: SOURCES, failed: false, request: () => {} }

/**
 * The body's colours for a step: the scores once there are results to show (the tests step marks its own), each
 * side its own where the two differ.
 */
function marksFor(step: PlanStep, plan: Plan): PlanMarks | null {
  if (step === 'about' || step === 'tests') return null
  return Object.fromEntries(
    plan.groups.map((g) => [g.group, g.sides.L !== g.sides.R || g.sides.weaker !== null ? g.sides : g.mark]),
  )
}

/**
 * "My plan" in the side panel: about you, the self-tests, the results on the body, the plan. It reads the link's
 * plan (or the device's draft) once when it opens; every answer is saved as it is given.
 */
export function PlanPanel() {
  // Only ever rendered while the plan is open, so its step is there.
  const step = useExplorer(planStepOf) ?? 'about'
  const read = useExplorer((s) => s.planRead)
  const inputs = useExplorer((s) => s.planInputs)
  const setStep = useExplorer((s) => s.setPlanStep)
  const closePlan = useExplorer((s) => s.closePlan)
  const setPlanMarks = useExplorer((s) => s.setPlanMarks)
  const heading = useRef<HTMLHeadingElement>(null)
  const firstStep = useRef(true)

  // Once per visit, on opening: a plan link wins over the draft; a bad one (or a bad draft) gets a note and is
  // never used. A link opened later (Forward to another plan's address) asks again by marking the plan unread.
  useEffect(() => {
    if (read) return
    const s = explorerStore.getState()
    // Marked first, so React's second effect run in development reads nothing twice.
    s.markPlanRead()
    const pending = s.planPending
    if (pending !== null) {
      const fromLink = readPlanCode(pending)
      s.settlePlanLink(fromLink.inputs)
      // An older version's link opens migrated; what had to be assumed is said, once.
      for (const note of fromLink.assumed) s.addNotice(note)
      if (fromLink.inputs) return
      if (fromLink.problem) s.addNotice(fromLink.problem)
    }
    const draft = readDraft()
    for (const note of draft.assumed) s.addNotice(note)
    // A migrated draft is saved back in the current version, so its notes are said once.
    if (draft.inputs && draft.assumed.length) s.editPlan(() => draft.inputs)
    else if (draft.inputs) s.loadPlan(draft.inputs)
    else if (draft.problem) s.addNotice(draft.problem)
  }, [read])

  const plan = useMemo(() => buildPlan(inputs), [inputs])
  // On the tests step the test being filled in marks its own muscles; typing there must not clear them.
  const scoredPlan = step === 'tests' ? null : plan
  useEffect(
    () => setPlanMarks(scoredPlan ? marksFor(step, scoredPlan) : null),
    [step, scoredPlan, setPlanMarks],
  )

  // A new step starts at its heading, for keyboards and screen readers alike (not on first opening).
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false
      return
    }
    heading.current?.focus()
  }, [step])

  // Each step numbers what it cites, so the printed plan lists only the plan's own sources.
  const numbers = useMemo(() => {
    if (step === 'tests') return numberSources(SELF_TESTS, UNTESTED_NOTE)
    if (step === 'results') return numberSources(GROUP_STRIDE_WHY)
    if (step === 'about') return numberSources()
    return numberSources(...planCitations(plan))
  }, [step, plan])
  const index = PLAN_STEPS.indexOf(step)

  return (
    <SourceTableContext value={WITH_TABLE}>
      <SourceNumbersContext value={numbers}>
        <article className="rae-group-panel rae-plan" data-step={step} aria-labelledby="rae-panel-title">
          <PanelHead
            title="My plan"
            subtitle="Self-tests, your results on the body, and a strength plan tailored to them"
            onClose={closePlan}
          />
          <nav className="rae-plan-steps" aria-label="Plan steps">
            <ol>
              {PLAN_STEPS.map((id, i) => (
                <li key={id}>
                  <button
                    type="button"
                    className="rae-plan-step"
                    aria-current={id === step ? 'step' : undefined}
                    onClick={() => setStep(id)}
                  >
                    <span className="rae-plan-step-n" aria-hidden="true">
                      {i + 1}
                    </span>{' '}
                    {PLAN_STEP_NAMES[id]}
                  </button>
                </li>
              ))}
            </ol>
          </nav>
          <h3 className="rae-plan-heading" tabIndex={-1} ref={heading}>
            {PLAN_STEP_NAMES[step]}
          </h3>
          {step === 'about' && <AboutStep />}
          {step === 'tests' && <TestsStep />}
          {step === 'results' && <ResultsStep plan={plan} />}
          {step === 'plan' && <PlanView plan={plan} />}
          <div className="rae-plan-move">
            {index > 0 && (
              <button type="button" className="rae-button" onClick={() => setStep(PLAN_STEPS[index - 1]!)}>
                ← {PLAN_STEP_NAMES[PLAN_STEPS[index - 1]!]}
              </button>
            )}
            {index < PLAN_STEPS.length - 1 && (
              <button
                type="button"
                className="rae-button rae-button-primary"
                onClick={() => setStep(PLAN_STEPS[index + 1]!)}
              >
                {PLAN_STEP_NAMES[PLAN_STEPS[index + 1]!]} →
              </button>
            )}
          </div>
        </article>
      </SourceNumbersContext>
    </SourceTableContext>
  )
}
