import { useExplorer } from '../store/index.ts'

/** Short plain-text notes (a link we could not read, a copied link). Always text, never markup. */
export function Notices() {
  const notices = useExplorer((s) => s.notices)
  const dismiss = useExplorer((s) => s.dismissNotice)
  return (
    <div className="rae-notices" role="status" aria-live="polite">
      {notices.map((text) => (
        <p className="rae-notice" key={text}>
          <span className="rae-notice-text">{text}</span>
          <button
            type="button"
            className="rae-icon-button"
            aria-label="Dismiss note"
            onClick={() => dismiss(text)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </p>
      ))}
    </div>
  )
}
