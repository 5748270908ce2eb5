import { useId, useState, type ReactNode } from 'react'
import { type PlanInputs } from '../../domain/plan.ts'
import {
  ACHILLES_SITE_IDS,
  ACHILLES_SITE_NAMES,
  AGE_BAND_IDS,
  AGE_BAND_NAMES,
  EXPERIENCE_IDS,
  EXPERIENCE_NAMES,
  KIT_IDS,
  KIT_NAMES,
  MAX_HARD_DAYS,
  MAX_TRAINING_DAYS,
  MINUTE_OPTIONS,
  NIGGLE_IDS,
  WEEKDAY_IDS,
  WEEKDAY_NAMES,
  type WeekdayId,
} from '../../domain/plan-options.ts'
import { NIGGLES } from '../../content/plan.ts'
import { dayBefore, daysBetween, inWeekOrder } from '../../plan/calendar.ts'
import { ABOUT_RANGES } from '../../plan/input-rules.ts'
import { useExplorer } from '../../store/index.ts'
import { NumberField } from './NumberField.tsx'

function Choice<T extends string | number>({
  legend,
  name,
  options,
  value,
  label,
  onChange,
  hint,
}: {
  legend: string
  name: string
  options: readonly T[]
  value: T | null
  label: (v: T) => string
  onChange: (v: T) => void
  hint?: ReactNode
}) {
  return (
    <fieldset className="rae-plan-field">
      <legend>{legend}</legend>
      {hint && <p className="rae-plan-hint">{hint}</p>}
      <div className="rae-plan-choices">
        {options.map((o) => (
          <label key={o} className="rae-plan-choice">
            <input type="radio" name={name} checked={value === o} onChange={() => onChange(o)} /> {label(o)}
          </label>
        ))}
      </div>
    </fieldset>
  )
}

/**
 * Weekdays to tick, at most `max`: a tick past the limit is refused with the reason said next to the boxes (and
 * announced), never dropped silently.
 */
function DayPicker({
  legend,
  hint,
  name,
  days,
  max,
  onChange,
  note,
}: {
  legend: string
  hint: string
  name: string
  days: readonly WeekdayId[]
  max: number
  onChange: (days: WeekdayId[]) => void
  note?: (day: WeekdayId) => string | null
}) {
  const id = useId()
  const [problem, setProblem] = useState<string | null>(null)
  return (
    <fieldset className="rae-plan-field" aria-describedby={`${id}-hint ${id}-problem`} data-days={name}>
      <legend>{legend}</legend>
      <p id={`${id}-hint`} className="rae-plan-hint">
        {hint}
      </p>
      <div className="rae-plan-choices rae-plan-days">
        {WEEKDAY_IDS.map((d) => {
          const extra = note?.(d) ?? null
          return (
            <label key={d} className="rae-plan-choice">
              <input
                type="checkbox"
                checked={days.includes(d)}
                onChange={() => {
                  if (days.includes(d)) {
                    setProblem(null)
                    onChange(days.filter((x) => x !== d))
                  } else if (days.length >= max) {
                    setProblem(`${WEEKDAY_NAMES[d]} was not added: at most ${max}. Untick a day first.`)
                  } else {
                    setProblem(null)
                    onChange(inWeekOrder([...days, d]))
                  }
                }}
              />{' '}
              {WEEKDAY_NAMES[d]}
              {extra && <span className="rae-plan-day-note"> ({extra})</span>}
            </label>
          )
        })}
      </div>
      <span id={`${id}-problem`} className="rae-plan-problem" role="status" aria-live="polite">
        {problem ?? ''}
      </span>
    </fieldset>
  )
}

/** Why a race date is refused, or null when it is fine. */
export function raceDateProblem(date: string, start: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'Not a date: pick the race day from the calendar.'
  if (daysBetween(start, date) <= 0)
    return 'That day is not after today: a race date has to be in the future.'
  return null
}

/** About you, briefly: running, strength experience, goal, days, kit, time, any niggle, and the norms to use. */
export function AboutStep() {
  const inputs = useExplorer((s) => s.planInputs)
  const editPlan = useExplorer((s) => s.editPlan)
  const set = <K extends keyof PlanInputs>(key: K, value: PlanInputs[K]) =>
    editPlan((p) => ({ ...p, [key]: value }))
  const raceId = useId()
  const raceProblem = inputs.raceDate === null ? null : raceDateProblem(inputs.raceDate, inputs.start)
  const before = new Set(inputs.hardDays.map(dayBefore))

  return (
    <div className="rae-plan-form">
      <div className="rae-plan-pair">
        <NumberField
          label="Runs per week"
          range={ABOUT_RANGES.runsPerWeek}
          value={inputs.runsPerWeek}
          onChange={(v) => set('runsPerWeek', v)}
        />
        <NumberField
          label="Running per week (km)"
          range={ABOUT_RANGES.weeklyKm}
          decimal
          value={inputs.weeklyKm}
          onChange={(v) => set('weeklyKm', v)}
        />
        <NumberField
          label="Longest run (km)"
          range={ABOUT_RANGES.longestRunKm}
          decimal
          value={inputs.longestRunKm}
          onChange={(v) => set('longestRunKm', v)}
        />
      </div>
      <Choice
        legend="Strength training so far"
        name="rae-plan-experience"
        options={EXPERIENCE_IDS}
        value={inputs.experience}
        label={(v) => EXPERIENCE_NAMES[v]}
        onChange={(v) => set('experience', v)}
      />
      <fieldset className="rae-plan-field">
        <legend>Goal</legend>
        <div className="rae-plan-choices">
          <label className="rae-plan-choice">
            <input
              type="radio"
              name="rae-plan-goal"
              checked={inputs.goal === 'general'}
              onChange={() => set('goal', 'general')}
            />{' '}
            General fitness
          </label>
          <label className="rae-plan-choice">
            <input
              type="radio"
              name="rae-plan-goal"
              checked={inputs.goal === 'race'}
              onChange={() => set('goal', 'race')}
            />{' '}
            A race
          </label>
        </div>
        {inputs.goal === 'race' && (
          <div className="rae-plan-field rae-plan-number">
            <label htmlFor={`${raceId}-date`}>Race day</label>
            <input
              id={`${raceId}-date`}
              className="rae-input"
              type="date"
              min={inputs.start}
              value={inputs.raceDate ?? ''}
              aria-invalid={raceProblem ? 'true' : undefined}
              aria-describedby={`${raceId}-hint ${raceId}-problem`}
              onChange={(e) => {
                const v = e.currentTarget.value
                set('raceDate', v === '' ? null : v)
              }}
            />
            <span id={`${raceId}-hint`} className="rae-plan-accepts">
              Accepts a day after today. The weeks run to it: a lighter week, a light race week, a re-test
              after.
            </span>
            <span id={`${raceId}-problem`} className="rae-plan-problem" role="status" aria-live="polite">
              {raceProblem ?? ''}
            </span>
          </div>
        )}
      </fieldset>
      <DayPicker
        legend={`Days you can do strength work (up to ${MAX_TRAINING_DAYS})`}
        hint="One session on each. A day before a long or hard run gets no session."
        name="training"
        days={inputs.trainingDays}
        max={MAX_TRAINING_DAYS}
        onChange={(d) => set('trainingDays', d)}
        note={(d) =>
          inputs.trainingDays.includes(d) && before.has(d)
            ? 'the day before a long or hard run: no session'
            : null
        }
      />
      <DayPicker
        legend={`Days of your long or hard runs (up to ${MAX_HARD_DAYS})`}
        hint="Strength sessions stay off the day before these."
        name="hard"
        days={inputs.hardDays}
        max={MAX_HARD_DAYS}
        onChange={(d) => set('hardDays', d)}
      />
      <fieldset className="rae-plan-field">
        <legend>Kit you have</legend>
        <p className="rae-plan-hint">Body weight always counts; tick what else you can use.</p>
        <div className="rae-plan-choices">
          {KIT_IDS.map((k) => (
            <label key={k} className="rae-plan-choice">
              <input
                type="checkbox"
                checked={inputs.kit.includes(k)}
                onChange={() =>
                  set('kit', inputs.kit.includes(k) ? inputs.kit.filter((x) => x !== k) : [...inputs.kit, k])
                }
              />{' '}
              {KIT_NAMES[k]}
            </label>
          ))}
        </div>
      </fieldset>
      <Choice
        legend="Minutes per session"
        name="rae-plan-minutes"
        options={MINUTE_OPTIONS}
        value={inputs.minutes}
        label={(v) => `${v} min`}
        onChange={(v) => set('minutes', v)}
      />
      <label className="rae-plan-field">
        A current niggle
        <select
          className="rae-input"
          value={inputs.niggle ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value
            set('niggle', NIGGLE_IDS.find((n) => n === v) ?? null)
          }}
        >
          <option value="">None</option>
          {NIGGLE_IDS.map((n) => (
            <option key={n} value={n}>
              {NIGGLES[n].injury}
            </option>
          ))}
        </select>
      </label>
      {inputs.niggle === 'achilles' && (
        <Choice
          legend="Where is the Achilles pain?"
          name="rae-plan-achilles-site"
          options={[...ACHILLES_SITE_IDS, 'unsure'] as const}
          value={inputs.achillesSite ?? 'unsure'}
          label={(v) =>
            v === 'unsure'
              ? 'Not sure (the plan keeps to flat ground, the safer choice)'
              : ACHILLES_SITE_NAMES[v]
          }
          onChange={(v) => set('achillesSite', v === 'unsure' ? null : v)}
          hint="It decides how low the heel may go in the calf raises: pain where the tendon meets the heel is loaded from flat ground only."
        />
      )}
      <Choice
        legend="Compare my results with norms for"
        name="rae-plan-sex"
        options={['m', 'f', 'none'] as const}
        value={inputs.sex ?? 'none'}
        label={(v) => (v === 'm' ? 'Men' : v === 'f' ? 'Women' : 'Rather not say (the lower norm is used)')}
        onChange={(v) => set('sex', v === 'none' ? null : v)}
        hint="Some published norms differ between men and women."
      />
      <label className="rae-plan-field">
        Age
        <select
          className="rae-input"
          value={inputs.age ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value
            set('age', AGE_BAND_IDS.find((a) => a === v) ?? null)
          }}
        >
          <option value="">Rather not say (no age norm is used)</option>
          {AGE_BAND_IDS.map((a) => (
            <option key={a} value={a}>
              {AGE_BAND_NAMES[a]}
            </option>
          ))}
        </select>
        <span className="rae-plan-hint">The heel-rise norm depends on age and sex.</span>
      </label>
    </div>
  )
}
