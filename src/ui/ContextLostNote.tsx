import { useExplorer } from '../store/index.ts'

/** The GPU dropped our context; the renderer restores it on its own, this only explains the blank stage. */
export function ContextLostNote() {
  const lost = useExplorer((s) => s.contextLost)
  return (
    <div className="rae-context-note" role="status">
      {lost && <p className="rae-notice">The graphics card reset; restoring…</p>}
    </div>
  )
}
