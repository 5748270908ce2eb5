import { useExplorer } from '../store/index.ts'

const FALLBACK_MESSAGE = 'Something went wrong while loading the body.'

/** The 3D body failed; the list and panels beside it keep working, so say so and offer another try. */
export function StageError() {
  const error = useExplorer((s) => s.error)
  const retry = useExplorer((s) => s.retry)
  return (
    <div className="rae-overlay rae-stage-error" role="alert">
      <h2 className="rae-overlay-title">The 3D body could not load</h2>
      <p>{error ?? FALLBACK_MESSAGE}</p>
      <p>You can still pick a muscle group from the list to read about it.</p>
      <button type="button" className="rae-button rae-button-primary" onClick={retry}>
        Retry
      </button>
    </div>
  )
}
