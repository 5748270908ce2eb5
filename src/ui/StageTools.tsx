import { areToursOpen, useExplorer } from '../store/index.ts'

/** Tools a coach reaches for on the stage itself: names on the body, the tours, and presentation mode. */
export function StageTools() {
  const labels = useExplorer((s) => s.labels)
  const setLabels = useExplorer((s) => s.setLabels)
  const tourOpen = useExplorer(areToursOpen)
  const openTours = useExplorer((s) => s.openTours)
  const closeTours = useExplorer((s) => s.closeTours)
  const present = useExplorer((s) => s.present)
  const setPresent = useExplorer((s) => s.setPresent)

  const togglePresent = () => {
    const next = !present
    setPresent(next)
    // Full screen needs the click itself; where it is refused the presentation still works in the window.
    if (next && !document.fullscreenElement)
      void document.documentElement.requestFullscreen?.().catch(() => {})
    if (!next && document.fullscreenElement) void document.exitFullscreen().catch(() => {})
  }

  return (
    <div className="rae-stage-tools" role="group" aria-label="Coach tools">
      <button
        type="button"
        className="rae-button"
        aria-pressed={labels}
        title="Name each muscle and tendon of the chosen group on the body"
        onClick={() => setLabels(!labels)}
      >
        Labels
      </button>
      <button
        type="button"
        className="rae-button"
        aria-pressed={tourOpen}
        title="Short guided stories for a talk"
        onClick={() => (tourOpen ? closeTours() : openTours())}
      >
        Tours
      </button>
      <button
        type="button"
        className="rae-button"
        aria-pressed={present}
        title="Full screen with large type for a projector"
        onClick={togglePresent}
      >
        Present
      </button>
    </div>
  )
}
