import { useState } from 'react'
import { GROUPS } from '../../domain/groups.ts'
import { packPlanCode } from '../../domain/plan-code.ts'
import { KIT_NAMES } from '../../domain/plan-options.ts'
import { EQUIPMENT } from '../../domain/training.ts'
import { PLAN_GUIDE, RED_FLAGS } from '../../content/plan.ts'
import type { Plan } from '../../plan/build.ts'
import { useExplorer } from '../../store/index.ts'
import { FlagLegend } from '../FlagLegend.tsx'
import { SourceList } from '../SourceList.tsx'
import { SourceRefs } from '../SourceRefs.tsx'
import { setsText, tempoText } from '../dose-format.ts'
import { MARK_NAMES } from './ResultsStep.tsx'

/** 2026-12-06 → "Sun 6 Dec 2026", in UTC like the plan's own arithmetic. */
export function dayText(day: string): string {
  const d = new Date(`${day}T00:00:00Z`)
  return d.toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

const WHEN: Readonly<Record<1 | 2 | 3, string>> = {
  1: 'One session a week keeps what you have and builds slowly.',
  2: 'Two sessions a week, at least two days apart (for example Tuesday and Friday).',
  3: 'Three sessions a week on non-consecutive days (for example Monday, Wednesday and Friday).',
}

/** The plan itself, laid out to print on one or two A4 pages: sessions, doses, weeks, re-test, stop signs, link. */
export function PlanView({ plan }: { plan: Plan }) {
  const inputs = useExplorer((s) => s.planInputs)
  const startNewPlan = useExplorer((s) => s.startNewPlan)
  const [confirming, setConfirming] = useState(false)
  const link = `${window.location.origin}${window.location.pathname}?plan=${packPlanCode(inputs)}`
  const first = plan.priority.map((g) => {
    const score = plan.groups.find((s) => s.group === g)
    return `${GROUPS[g].name} (${MARK_NAMES[score?.mark ?? 'fine'].toLowerCase()})`
  })
  const kit = inputs.kit.length ? inputs.kit.map((k) => KIT_NAMES[k]).join(', ') : 'body weight only'

  return (
    <div className="rae-plan-view">
      <p className="rae-plan-summary">
        <strong>
          {plan.weeks.length} weeks from {dayText(inputs.start)}
        </strong>
        : {inputs.days} {inputs.days === 1 ? 'session' : 'sessions'} a week of up to {plan.perSession}{' '}
        exercises ({inputs.minutes} min), with {kit}. Re-test on <strong>{dayText(plan.retest)}</strong>.
        {inputs.raceDate && <> Race day: {dayText(inputs.raceDate)}.</>}
      </p>
      <p className="rae-plan-summary">
        {first.length ? (
          <>
            <strong>Comes first:</strong> {first.join(', ')}.
          </>
        ) : (
          'No weak or uneven group found (or no tests done): every group gets balanced work.'
        )}
      </p>
      {plan.niggle && (
        <div className="rae-plan-niggle" role="note">
          <p>
            <strong>Your {plan.niggle.injury.toLowerCase()}:</strong> {plan.niggle.change.text}{' '}
            <SourceRefs sources={plan.niggle.change.sources} flags={plan.niggle.change.flags} />
          </p>
          <p>
            <strong>Stop and see a clinician:</strong> {plan.niggle.stop.text}{' '}
            <SourceRefs sources={plan.niggle.stop.sources} flags={plan.niggle.stop.flags} />
          </p>
        </div>
      )}
      {plan.sessions.map((session) => (
        <section key={session.name} className="rae-plan-session" aria-label={session.name}>
          <h4>{session.name}</h4>
          <ol className="rae-plan-exercises">
            {session.exercises.map(({ exercise, group, reason, priority }) => {
              const dose = exercise.dose.start
              return (
                <li key={exercise.id} data-exercise={exercise.id} data-priority={priority ? 'true' : 'false'}>
                  <p className="rae-plan-ex-name">
                    <strong>{exercise.name}</strong>{' '}
                    <span className="rae-plan-ex-group">
                      {GROUPS[group].name} · {exercise.equipment.map((k) => EQUIPMENT[k].name).join(' or ')}
                    </span>
                  </p>
                  <p className="rae-plan-dose">
                    Start: {setsText(dose)}, {dose.load}, {dose.effort}
                    {dose.tempo !== undefined && (
                      <>
                        , tempo {dose.tempo}
                        <span className="rae-plan-tempo-words">
                          {tempoText(dose.tempo).slice(dose.tempo.length)}
                        </span>
                      </>
                    )}
                    . <SourceRefs sources={dose.sources} flags={dose.flags} />
                  </p>
                  <p className="rae-plan-reason">{reason}</p>
                  <p className="rae-plan-cues">Cues: {exercise.cues.slice(0, 2).join(' · ')}</p>
                </li>
              )
            })}
          </ol>
        </section>
      ))}
      <section className="rae-plan-weeks" aria-label="Week by week">
        <h4>Week by week</h4>
        <table>
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">From</th>
              <th scope="col">What changes</th>
            </tr>
          </thead>
          <tbody>
            {plan.weeks.map((w) => (
              <tr key={w.week} data-light={w.light ? 'true' : 'false'}>
                <th scope="row">{w.week}</th>
                <td>{dayText(w.from)}</td>
                <td>
                  <strong>{w.title}.</strong> {w.what}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <ul className="rae-plan-guide">
          <li>
            {WHEN[inputs.days]} {PLAN_GUIDE.placement.text}{' '}
            <SourceRefs sources={PLAN_GUIDE.placement.sources} flags={PLAN_GUIDE.placement.flags} />
          </li>
          <li>
            {PLAN_GUIDE.effort.text}{' '}
            <SourceRefs sources={PLAN_GUIDE.effort.sources} flags={PLAN_GUIDE.effort.flags} />
          </li>
          <li>
            {PLAN_GUIDE.buildUp.text} {PLAN_GUIDE.addLoad.text}{' '}
            <SourceRefs
              sources={[...new Set([...PLAN_GUIDE.buildUp.sources, ...PLAN_GUIDE.addLoad.sources])]}
              flags={[...new Set([...PLAN_GUIDE.buildUp.flags, ...PLAN_GUIDE.addLoad.flags])]}
            />
          </li>
          {plan.raceWeek !== null && (
            <li>
              {PLAN_GUIDE.taper.text}{' '}
              <SourceRefs sources={PLAN_GUIDE.taper.sources} flags={PLAN_GUIDE.taper.flags} />
            </li>
          )}
          <li>
            Re-test on {dayText(plan.retest)}. {PLAN_GUIDE.retest.text}{' '}
            <SourceRefs sources={PLAN_GUIDE.retest.sources} flags={PLAN_GUIDE.retest.flags} />
          </li>
        </ul>
      </section>
      {plan.notes.length > 0 && (
        <ul className="rae-plan-notes" aria-label="Notes on your plan">
          {plan.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <section className="rae-plan-flags" aria-label="Stop and see a clinician">
        <h4>Stop and see a clinician</h4>
        <ul>
          {RED_FLAGS.map((f) => (
            <li key={f.text}>
              {f.text} <SourceRefs sources={f.sources} flags={f.flags} />
            </li>
          ))}
        </ul>
      </section>
      <p className="rae-plan-link">
        <strong>This plan’s link</strong> (opens the same plan anywhere):{' '}
        <a href={link} className="rae-plan-url">
          {link}
        </a>
      </p>
      <div className="rae-plan-actions">
        <button type="button" className="rae-button rae-button-primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        {confirming ? (
          <>
            <button
              type="button"
              className="rae-button"
              onClick={() => {
                setConfirming(false)
                startNewPlan()
              }}
            >
              Yes, clear my answers
            </button>
            <button type="button" className="rae-button" onClick={() => setConfirming(false)}>
              Keep this plan
            </button>
          </>
        ) : (
          <button type="button" className="rae-button" onClick={() => setConfirming(true)}>
            Start a new plan
          </button>
        )}
      </div>
      <FlagLegend />
      <SourceList />
    </div>
  )
}
