import { useEffect, useId, useState } from 'react'
import type { Range } from '../../content/plan.ts'
import { readNumberField } from '../../plan/input-rules.ts'

/**
 * A number field that says what it accepts, keeps whatever the runner typed, and refuses anything else with the
 * reason next to it: marked invalid, described by the reason, and announced by a live region. The value handed
 * on is the number typed even when refused (the scoring leaves it out), or null when empty or not a number.
 */
export function NumberField({
  label,
  range,
  value,
  onChange,
  decimal = false,
}: {
  label: string
  range: Range
  value: number | null
  onChange: (value: number | null) => void
  decimal?: boolean
}) {
  const id = useId()
  const [text, setText] = useState(value === null ? '' : String(value))
  // A value put in place from elsewhere (a link, a draft, a new plan) replaces what the field shows.
  useEffect(() => {
    setText((shown) =>
      readNumberField(shown, range).value === value ? shown : value === null ? '' : String(value),
    )
  }, [value, range])
  const { problem } = readNumberField(text, range)
  return (
    <div className="rae-plan-field rae-plan-number">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        className="rae-input"
        type="text"
        inputMode={decimal ? 'decimal' : 'numeric'}
        autoComplete="off"
        value={text}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={`${id}-hint ${id}-problem`}
        onChange={(e) => {
          const next = e.currentTarget.value
          setText(next)
          onChange(readNumberField(next, range).value)
        }}
      />
      <span id={`${id}-hint`} className="rae-plan-accepts">
        Accepts {range.why}.
      </span>
      {/* Always in the page, so screen readers announce a refusal the moment it appears. */}
      <span id={`${id}-problem`} className="rae-plan-problem" role="status" aria-live="polite">
        {problem ?? ''}
      </span>
    </div>
  )
}
