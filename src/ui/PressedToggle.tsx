import type { ReactNode } from 'react'

interface PressedToggleProps {
  pressed: boolean
  onToggle: (next: boolean) => void
  title: string
  children: ReactNode
  className?: string
}

/** A header button that stays pressed while its mode is on (X-ray, Skin). */
export function PressedToggle({ pressed, onToggle, title, children, className }: PressedToggleProps) {
  return (
    <button
      type="button"
      className={className ? `rae-button ${className}` : 'rae-button'}
      aria-pressed={pressed}
      title={title}
      onClick={() => onToggle(!pressed)}
    >
      {children}
    </button>
  )
}
