import { VIEW_IDS, type ViewId } from '../domain/groups.ts'
import { useExplorer } from '../store/index.ts'

const VIEW_LABELS: Readonly<Record<ViewId, string>> = {
  front: 'Front',
  back: 'Back',
  left: 'Left',
  right: 'Right',
}

/** Camera presets; pressing the current one again re-frames the body (the store bumps viewRequest). */
export function ViewPresets() {
  const view = useExplorer((s) => s.view)
  const setView = useExplorer((s) => s.setView)
  return (
    <div className="rae-button-group" role="group" aria-label="Camera view">
      {VIEW_IDS.map((id) => (
        <button
          key={id}
          type="button"
          className="rae-button rae-segment"
          aria-pressed={view === id}
          onClick={() => setView(id)}
        >
          {VIEW_LABELS[id]}
        </button>
      ))}
    </div>
  )
}
