import type { ReactNode } from 'react'

export interface SegmentedOption<T> {
  value: T
  label: ReactNode
  /** Spoken name when the visible label is terse (e.g. "0.5×"). */
  ariaLabel?: string
}

interface SegmentedControlProps<T> {
  /** The group's accessible name. */
  label: string
  options: readonly SegmentedOption<T>[]
  /** The pressed option; null when none is (the camera between presets). */
  value: T | null
  onChange: (value: T) => void
  className?: string
}

/** A row of toggle buttons of which one is pressed: camera presets, stride speed. */
export function SegmentedControl<T extends string | number>({
  label,
  options,
  value,
  onChange,
  className,
}: SegmentedControlProps<T>) {
  return (
    <div
      className={className ? `rae-button-group ${className}` : 'rae-button-group'}
      role="group"
      aria-label={label}
    >
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="rae-button rae-segment"
          aria-pressed={option.value === value}
          aria-label={option.ariaLabel}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  )
}
