import { useExplorer } from '../store/index.ts'

/** Real download progress from the loader; an indeterminate bar while the size is unknown. */
export function LoadingOverlay() {
  const progress = useExplorer((s) => s.progress)
  const percent = progress === null ? null : Math.round(Math.min(1, Math.max(0, progress)) * 100)
  return (
    <div className="rae-overlay rae-loading">
      <p className="rae-loading-text" id="rae-loading-text">
        Loading the body…{percent !== null && ` ${percent} %`}
      </p>
      {percent === null ? (
        <progress className="rae-progress" aria-labelledby="rae-loading-text" />
      ) : (
        <progress className="rae-progress" aria-labelledby="rae-loading-text" max={100} value={percent} />
      )}
    </div>
  )
}
