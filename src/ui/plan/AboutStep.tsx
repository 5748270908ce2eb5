import type { ChangeEvent, ReactNode } from 'react'
import { type PlanInputs } from '../../domain/plan.ts'
import {
  DAY_OPTIONS,
  EXPERIENCE_IDS,
  EXPERIENCE_NAMES,
  KIT_IDS,
  KIT_NAMES,
  MINUTE_OPTIONS,
  NIGGLE_IDS,
} from '../../domain/plan-options.ts'
import { NIGGLES } from '../../content/plan.ts'
import { useExplorer } from '../../store/index.ts'

/** A number field's value, or null when empty or not a number (never NaN in the plan). */
export function numberOrNull(event: ChangeEvent<HTMLInputElement>, max: number): number | null {
  const raw = event.currentTarget.value.trim()
  if (raw === '') return null
  const n = Number(raw.replace(',', '.'))
  return Number.isFinite(n) && n >= 0 ? Math.min(n, max) : null
}

/** A labelled number field whose empty (or nonsense) value is null, never NaN. */
export function NumberField({
  label,
  max,
  value,
  onChange,
  decimal = false,
  step,
}: {
  label: string
  max: number
  value: number | null
  onChange: (value: number | null) => void
  decimal?: boolean
  step?: number
}) {
  return (
    <label className="rae-plan-field">
      {label}
      <input
        className="rae-input"
        type="number"
        inputMode={decimal ? 'decimal' : 'numeric'}
        min={0}
        max={max}
        step={step}
        value={value ?? ''}
        onChange={(e) => onChange(numberOrNull(e, max))}
      />
    </label>
  )
}

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

/** About you, briefly: running, strength experience, goal, kit, time and any niggle. */
export function AboutStep() {
  const inputs = useExplorer((s) => s.planInputs)
  const editPlan = useExplorer((s) => s.editPlan)
  const set = <K extends keyof PlanInputs>(key: K, value: PlanInputs[K]) =>
    editPlan((p) => ({ ...p, [key]: value }))

  return (
    <div className="rae-plan-form">
      <div className="rae-plan-pair">
        <NumberField
          label="Runs per week"
          max={21}
          value={inputs.runsPerWeek}
          onChange={(v) => set('runsPerWeek', v)}
        />
        <NumberField
          label="Longest run (km)"
          max={400}
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
              checked={inputs.raceDate === null}
              onChange={() => set('raceDate', null)}
            />{' '}
            General fitness
          </label>
          <label className="rae-plan-choice">
            <input
              type="radio"
              name="rae-plan-goal"
              checked={inputs.raceDate !== null}
              onChange={() => set('raceDate', inputs.raceDate ?? inputs.start)}
            />{' '}
            A race
          </label>
        </div>
        {inputs.raceDate !== null && (
          <label className="rae-plan-field">
            Race day
            <input
              className="rae-input"
              type="date"
              min={inputs.start}
              value={inputs.raceDate}
              onChange={(e) => {
                const v = e.currentTarget.value
                if (/^\d{4}-\d{2}-\d{2}$/.test(v)) set('raceDate', v)
              }}
            />
          </label>
        )}
      </fieldset>
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
        legend="Strength sessions per week"
        name="rae-plan-days"
        options={DAY_OPTIONS}
        value={inputs.days}
        label={(v) => String(v)}
        onChange={(v) => set('days', v)}
      />
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
      <Choice
        legend="Compare my results with norms for"
        name="rae-plan-sex"
        options={['m', 'f', 'none'] as const}
        value={inputs.sex ?? 'none'}
        label={(v) => (v === 'm' ? 'Men' : v === 'f' ? 'Women' : 'Rather not say (the lower norm is used)')}
        onChange={(v) => set('sex', v === 'none' ? null : v)}
        hint="Some published norms differ between men and women."
      />
    </div>
  )
}
