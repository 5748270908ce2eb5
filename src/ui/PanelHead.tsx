import type { ReactNode } from 'react'

interface PanelHeadProps {
  /** The panel's title; it labels the panel (id rae-panel-title). */
  title: string
  /** The line under the title (the anatomical name, or what kind of structure it is). */
  subtitle: ReactNode
  onClose: () => void
}

/** The head of an open panel, a group's or a structure's card: title, a line under it, and Close (Esc). */
export function PanelHead({ title, subtitle, onClose }: PanelHeadProps) {
  return (
    <div className="rae-panel-head">
      <div>
        <h2 className="rae-panel-title" id="rae-panel-title">
          {title}
        </h2>
        <p className="rae-anatomical">{subtitle}</p>
      </div>
      <button
        type="button"
        className="rae-icon-button rae-close"
        aria-label={`Close ${title}`}
        title="Close (Esc)"
        onClick={onClose}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  )
}
