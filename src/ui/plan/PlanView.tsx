import { useEffect, useState, useSyncExternalStore } from 'react'
import { isExerciseId, type ExerciseId } from '../../domain/exercises.ts'
import { GROUPS } from '../../domain/groups.ts'
import { packPlanCode } from '../../domain/plan-code.ts'
import { KIT_NAMES, WEEKDAY_NAMES, type WeekdayId } from '../../domain/plan-options.ts'
import { EQUIPMENT } from '../../domain/training.ts'
import { JUMP_READINESS, NEW_MAXIMAL_LOWERING, PLAN_GUIDE, RED_FLAGS } from '../../content/plan.ts'
import type { SourcedText } from '../../content/types.ts'
import {
  sessionWork,
  type HomeWork,
  type Plan,
  type PlannedExercise,
  type Session,
} from '../../plan/build.ts'
import { useExplorer } from '../../store/index.ts'
import { printPictures } from '../../store/print-pictures.ts'
import { FlagLegend } from '../FlagLegend.tsx'
import { SourceList } from '../SourceList.tsx'
import { SourceRefs } from '../SourceRefs.tsx'
import { setsText, shownTempo, tempoText } from '../dose-format.ts'
import { runsText } from './dose-weeks.ts'
import { MARK_NAMES } from './ResultsStep.tsx'
import { ShowMeButton } from '../ShowMeButton.tsx'
import { PlanQr, useQrEncoder } from './PlanQr.tsx'

/** 2026-12-06 → "Sun 6 Dec 2026", in UTC like the plan's own arithmetic. */
export function dayText(day: string, year = true): string {
  const d = new Date(`${day}T00:00:00Z`)
  return d.toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(year ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  })
}

const plural = (d: WeekdayId) => `${WEEKDAY_NAMES[d]}s`
const listText = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`

function Sourced({ item, lead }: { item: SourcedText; lead?: string }) {
  return (
    <>
      {lead && <strong>{lead}</strong>} {item.text} <SourceRefs sources={item.sources} flags={item.flags} />
    </>
  )
}

/**
 * A row's printed start and end pictures, once the stage has drawn them (printed only; none until then, and none
 * without WebGL or a demo: never a broken image).
 */
function RowPictures({ id, name }: { id: ExerciseId; name: string }) {
  const pair = useSyncExternalStore(printPictures.subscribe, () => printPictures.get(id))
  if (!pair) return null
  return (
    <span className="rae-plan-pictures" data-pictures={id}>
      <img src={pair.start} alt={`${name}: start position`} data-picture="start" />
      <img src={pair.end} alt={`${name}: end position`} data-picture="end" />
    </span>
  )
}

/** Every exercise the printed plan has a row for, in reading order. */
function printedExercises(plan: Plan): ExerciseId[] {
  const rows = [
    ...plan.home.map((h) => h.planned),
    ...plan.sessions.flatMap((s) => [...(s.jumps ? [s.jumps] : []), ...s.exercises]),
  ]
  return rows.map((p) => p.exercise.id).filter(isExerciseId)
}

/**
 * Print, from the button: waits for the rows' pictures while the stage is still drawing them ("Preparing
 * pictures…"), then prints. Without WebGL there are none to wait for.
 */
function usePrint(plan: Plan): { preparing: boolean; print: () => void } {
  const canDraw = useExplorer((s) => s.webgl && s.status !== 'error')
  const [preparing, setPreparing] = useState(false)
  const key = printedExercises(plan).join(' ')
  // Drawn ahead, in idle time once the plan is on screen, so the browser's own Print finds them too.
  useEffect(() => {
    if (canDraw && key) printPictures.want(key.split(' ') as ExerciseId[])
  }, [canDraw, key])
  const print = () => {
    if (preparing) return
    const ids = key ? (key.split(' ') as ExerciseId[]) : []
    if (!canDraw || printPictures.missing(ids).length === 0) return window.print()
    setPreparing(true)
    void printPictures
      .ready(ids)
      .then(() => new Promise((r) => setTimeout(r, 0)))
      .then(() => {
        setPreparing(false)
        // The new pictures decoded before the page is laid out for paper.
        const shown = [...document.querySelectorAll<HTMLImageElement>('.rae-plan-pictures img')]
        return Promise.all(shown.map((img) => img.decode().catch(() => {})))
      })
      .then(() => window.print())
  }
  return { preparing, print }
}

/** The short name a log column carries: the exercise name before any bracket, colon or comma. */
const shortName = (p: PlannedExercise) => p.exercise.name.split(' (')[0]!.split(':')[0]!.split(',')[0]!

function ExerciseItem({
  planned,
  as: As = 'li',
  how,
}: {
  planned: PlannedExercise
  as?: 'li' | 'div'
  /** For work done at home: how often. */
  how?: string
}) {
  const { exercise, group, reason, priority, pathway, doses, doseSource, fromWeek, tempo, cues } = planned
  const first = doses[0]
  // A pathway that starts with holds (the upper-hamstring bridge) shows its tempo once the reps move.
  const startTempo = first ? shownTempo(first.reps, tempo) : tempo
  // A pathway that sets its own steps (the patellar heavy slow lift) cites its own sources for the dose.
  const start = planned.pathwaySteps ?? exercise.dose.start
  const weekly = planned.pathwaySteps ?? exercise.dose.weekly
  const qr = useQrEncoder()
  return (
    <As
      className={As === 'div' ? 'rae-plan-jumps' : undefined}
      data-exercise={exercise.id}
      data-priority={priority ? 'true' : 'false'}
      data-pathway={pathway ? 'true' : undefined}
      data-dose={doseSource}
    >
      {qr && isExerciseId(exercise.id) && <PlanQr id={exercise.id} name={exercise.name} encode={qr} />}
      {isExerciseId(exercise.id) && <RowPictures id={exercise.id} name={exercise.name} />}
      <p className="rae-plan-ex-name">
        {As === 'div' && <span className="rae-plan-jumps-lead">First, after your warm-up: </span>}
        <strong>{exercise.name}</strong>
        {how && <span className="rae-plan-home-how">: {how}</span>}{' '}
        <span className="rae-plan-ex-group">
          {GROUPS[group].name} · {exercise.equipment.map((k) => EQUIPMENT[k].name).join(' or ')}
        </span>
      </p>
      {first ? (
        <p className="rae-plan-dose">
          {fromWeek > 1 ? `From week ${fromWeek}: ` : 'Start: '}
          {setsText(first)}, {first.load}, {first.effort}
          {startTempo !== null && (
            <>
              , tempo {startTempo}
              <span className="rae-plan-tempo-words">{tempoText(startTempo).slice(startTempo.length)}</span>
            </>
          )}
          {first.frequency ? ` (the trial: ${first.frequency})` : ''}.{' '}
          <SourceRefs sources={start.sources} flags={start.flags} />
        </p>
      ) : (
        <p className="rae-plan-dose">Not in this plan’s weeks.</p>
      )}
      {doses.length > 1 && (
        <p className="rae-plan-weekly">
          <span className="rae-plan-weekly-lead">
            {doseSource === 'own' ? 'Then, its own steps' : 'Then, by the general rule'}:
          </span>{' '}
          {runsText(doses.slice(1))}
          {weekly !== 'generic' && (
            <>
              {' '}
              <SourceRefs sources={weekly.sources} flags={weekly.flags} />
            </>
          )}
        </p>
      )}
      <p className="rae-plan-reason">{reason}</p>
      {cues.length > 0 && <p className="rae-plan-cues">Cues: {cues.slice(0, 2).join(' · ')}</p>}
      <ShowMeButton exercise={exercise.id} name={exercise.name} stay />
    </As>
  )
}

function SessionBlock({ session }: { session: Session }) {
  const label = `${session.name}, ${plural(session.weekday)}`
  return (
    <section
      className="rae-plan-session"
      data-weekday={session.weekday}
      data-short={session.short ? 'true' : undefined}
      aria-label={label}
    >
      <h4>
        {session.name} <span className="rae-plan-session-day">· {plural(session.weekday)}</span>
      </h4>
      {session.jumps && <ExerciseItem planned={session.jumps} as="div" />}
      <ol className="rae-plan-exercises">
        {session.exercises.map((p) => (
          <ExerciseItem key={p.exercise.id} planned={p} />
        ))}
      </ol>
    </section>
  )
}

/** Pathway work done at home on the days between sessions, as its trial did it. */
function HomeBlock({ home }: { home: readonly HomeWork[] }) {
  if (home.length === 0) return null
  return (
    <section className="rae-plan-session rae-plan-home" aria-label="At home, between sessions">
      <h4>At home, between sessions</h4>
      <ol className="rae-plan-exercises">
        {home.map((h) => (
          <ExerciseItem key={h.planned.exercise.id} planned={h.planned} how={h.how} />
        ))}
      </ol>
    </section>
  )
}

/** A sheet to fill in by hand: one row per date of the session, one column per exercise. Printed only. */
function LogTable({ session }: { session: Session }) {
  const work = sessionWork(session)
  const dates = session.dates.filter((d): d is string => d !== null)
  if (dates.length === 0 || work.length === 0) return null
  return (
    <table className="rae-plan-log-table" data-session={session.name}>
      <caption>
        Log: {session.name} ({plural(session.weekday)}): sets done · load · pain 0–10
      </caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          {work.map((p) => (
            <th key={p.exercise.id} scope="col">
              {shortName(p)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {dates.map((d) => (
          <tr key={d}>
            <th scope="row">{dayText(d, false)}</th>
            {work.map((p) => (
              <td key={p.exercise.id}>
                {p.doses.some((x) => x.date === d) ? '' : <span aria-label="not this week">—</span>}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/**
 * Guide lines the printout leaves out: the day rules are in the calendar, the dose rule in each exercise, the
 * re-test date in the header and the log rule on the log sheets.
 */
const PRINT_SKIPS: readonly SourcedText[] = [
  PLAN_GUIDE.placement,
  PLAN_GUIDE.ownDose,
  PLAN_GUIDE.retest,
  PLAN_GUIDE.log,
  // Which jumps apply to this runner is in the notes; the rule behind it stays on screen.
  JUMP_READINESS,
]

/** The guide lines the plan shows, in order: the plan numbers its sources from exactly these. */
export function guideShown(plan: Plan): SourcedText[] {
  const hasJumps = plan.sessions.some((s) => s.jumps !== null)
  // Who gets which jumps is said wherever jumps could be in the plan, also when the calves are not ready yet.
  const jumpsPossible = !(plan.niggle?.leaveOut.includes('plyometric') ?? false)
  return [
    PLAN_GUIDE.placement,
    PLAN_GUIDE.findLoad,
    PLAN_GUIDE.ownDose,
    PLAN_GUIDE.effort,
    ...(hasJumps ? [PLAN_GUIDE.plyometrics] : []),
    ...(jumpsPossible ? [JUMP_READINESS] : []),
    ...(plan.race !== null ? [PLAN_GUIDE.taper, NEW_MAXIMAL_LOWERING] : []),
    PLAN_GUIDE.log,
    ...(plan.retest ? [PLAN_GUIDE.retest] : []),
  ]
}

/** Everything the plan step cites, in reading order, for its source numbers. */
export function planCitations(plan: Plan): unknown[] {
  if (plan.mode === 'see-clinician') return [plan.niggle, RED_FLAGS]
  if (plan.mode === 'pick-day') return [plan.niggle?.stop ?? null, RED_FLAGS]
  return [
    plan.mode === 'after-race' ? PLAN_GUIDE.afterRace : null,
    plan.niggle
      ? [
          plan.niggle.change,
          plan.siteNote,
          plan.check?.criteria ?? null,
          plan.niggle.pathway,
          plan.niggle.running,
          plan.niggle.stop,
        ]
      : null,
    plan.home.map((h) => [
      h.planned.exercise.dose.start,
      h.planned.exercise.dose.weekly === 'generic' ? null : h.planned.exercise.dose.weekly,
    ]),
    plan.sessions.map((s) =>
      sessionWork(s).map((e) => [
        e.exercise.dose.start,
        e.exercise.dose.weekly === 'generic' ? null : e.exercise.dose.weekly,
      ]),
    ),
    guideShown(plan),
    RED_FLAGS,
  ]
}

/** The plan itself, laid out to print on two A4 pages: sessions, doses, weeks, re-test, log, stop signs, link. */
export function PlanView({ plan }: { plan: Plan }) {
  const inputs = useExplorer((s) => s.planInputs)
  const startNewPlan = useExplorer((s) => s.startNewPlan)
  const [confirming, setConfirming] = useState(false)
  const { preparing, print } = usePrint(plan)
  const link = `${window.location.origin}${window.location.pathname}?plan=${packPlanCode(inputs)}`
  const first = plan.priority.map((g) => {
    const score = plan.groups.find((s) => s.group === g)
    return `${GROUPS[g].name} (${MARK_NAMES[score?.mark ?? 'fine'].toLowerCase()})`
  })
  const kit = inputs.kit.length ? inputs.kit.map((k) => KIT_NAMES[k]).join(', ') : 'body weight only'
  const full = plan.sessions.filter((s) => !s.short)
  const running = [
    inputs.runsPerWeek !== null ? `${inputs.runsPerWeek} runs` : null,
    inputs.weeklyKm !== null ? `about ${inputs.weeklyKm} km a week` : null,
    inputs.longestRunKm !== null ? `longest ${inputs.longestRunKm} km` : null,
  ].filter((x): x is string => x !== null)

  return (
    <div className="rae-plan-view" data-mode={plan.mode}>
      <div className="rae-plan-actions rae-plan-actions-top">
        <button
          type="button"
          className="rae-button rae-button-primary"
          onClick={print}
          aria-disabled={preparing || undefined}
          aria-busy={preparing || undefined}
        >
          {preparing ? 'Preparing pictures…' : 'Print or save as PDF'}
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

      {plan.mode === 'pick-day' ? (
        <div className="rae-plan-pick-day" role="note">
          <p>
            <strong>No programme yet:</strong> choose a strength day that is not the day before a long or hard
            run.
          </p>
          {plan.niggle && (
            <p>
              <Sourced lead="Stop and see a clinician:" item={plan.niggle.stop} />
            </p>
          )}
        </div>
      ) : plan.mode === 'see-clinician' && plan.niggle ? (
        <div className="rae-plan-niggle rae-plan-clinician" role="note">
          <p>
            <Sourced lead={`Your ${plan.niggle.injury.toLowerCase()}:`} item={plan.niggle.change} />
          </p>
          <p>
            <Sourced item={plan.niggle.pathway} />
          </p>
          <p>
            <Sourced lead="Running:" item={plan.niggle.running} />
          </p>
          <p>
            <Sourced lead="Stop and see a clinician:" item={plan.niggle.stop} />
          </p>
        </div>
      ) : (
        <>
          <p className="rae-plan-summary">
            <strong>
              {plan.weeks.length} weeks from {dayText(plan.programmeStart)}
            </strong>
            :{' '}
            {full.length > 0
              ? `strength on ${listText(full.map((s) => plural(s.weekday)))}`
              : 'no session day yet'}{' '}
            (up to {plan.perSession} exercises, {inputs.minutes} min, {kit}).{' '}
            {plan.retest && (
              <>
                Re-test on <strong>{dayText(plan.retest)}</strong>.
              </>
            )}
            {plan.race && (
              <>
                {' '}
                Race day: {dayText(plan.race)}
                {plan.lastHeavy && <>; last heavy session {dayText(plan.lastHeavy, false)}</>}.
              </>
            )}
          </p>
          {plan.mode === 'after-race' && inputs.raceDate && (
            <p className="rae-plan-after-race" role="note">
              <strong>Your race on {dayText(inputs.raceDate)} is less than three weeks away.</strong>{' '}
              {PLAN_GUIDE.afterRace.text}{' '}
              <SourceRefs sources={PLAN_GUIDE.afterRace.sources} flags={PLAN_GUIDE.afterRace.flags} /> This
              plan starts on {dayText(plan.programmeStart)}.
            </p>
          )}
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
                <Sourced lead={`Your ${plan.niggle.injury.toLowerCase()}:`} item={plan.niggle.change} />
              </p>
              {plan.siteNote && (
                <p className="rae-plan-niggle-site">
                  <Sourced lead="Where the pain is:" item={plan.siteNote} />
                </p>
              )}
              {plan.check && (
                <p className="rae-plan-check" data-check={plan.check.date}>
                  <Sourced
                    lead={`Re-test on ${dayText(plan.check.date)} (week ${plan.check.week}):`}
                    item={plan.check.criteria}
                  />
                </p>
              )}
              <p className="rae-plan-niggle-pathway">
                <Sourced lead="The pathway:" item={plan.niggle.pathway} />
              </p>
              <p>
                <Sourced lead="Running:" item={plan.niggle.running} />
              </p>
              <p>
                <Sourced lead="Stop and see a clinician:" item={plan.niggle.stop} />
              </p>
            </div>
          )}
          {running.length > 0 && (
            <p className="rae-plan-running">
              <strong>Your running:</strong> {running.join(', ')}. The strength sessions fit around it; none
              is on the day before a long or hard run
              {inputs.hardDays.length > 0 && <> ({listText(inputs.hardDays.map(plural))})</>}.
            </p>
          )}
          <HomeBlock home={plan.home} />
          {plan.sessions.map((session) => (
            <SessionBlock key={session.name} session={session} />
          ))}
          <section className="rae-plan-weeks" aria-label="Week by week">
            <h4>Week by week</h4>
            <table>
              <thead>
                <tr>
                  <th scope="col">Week</th>
                  <th scope="col">Sessions</th>
                  <th scope="col">What changes</th>
                </tr>
              </thead>
              <tbody>
                {plan.weeks.map((w) => (
                  <tr key={w.week} data-light={w.light ? 'true' : 'false'} data-kind={w.kind}>
                    <th scope="row">{w.week}</th>
                    <td>
                      {w.sessions.length
                        ? w.sessions
                            .map(
                              (s) =>
                                `${dayText(s.date, false)} ${s.name.startsWith('Session ') ? s.name.slice(8) : '(short)'}`,
                            )
                            .join(', ')
                        : `From ${dayText(w.from, false)}`}
                    </td>
                    <td>
                      <strong>{w.title}.</strong> {w.what}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <ul className="rae-plan-guide">
              {guideShown(plan).map((g) => (
                // On paper the day rules are already in the calendar and the dose rule in each exercise.
                <li key={g.text} data-print={PRINT_SKIPS.includes(g) ? 'no' : undefined}>
                  {g === PLAN_GUIDE.retest && plan.retest && <>Re-test on {dayText(plan.retest)}. </>}
                  <Sourced item={g} />
                </li>
              ))}
            </ul>
          </section>
          <section className="rae-plan-log" aria-label="Log sheets">
            <h4>Log sheets</h4>
            <p className="rae-plan-hint rae-plan-log-note">
              The printout carries a log sheet per session: the sets you did, the load, and pain 0–10.
            </p>
            {plan.sessions.map((s) => (
              <LogTable key={s.name} session={s} />
            ))}
          </section>
        </>
      )}
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
      <FlagLegend />
      <SourceList />
    </div>
  )
}
