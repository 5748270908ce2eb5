import { Suspense, lazy } from 'react'

// Only a browser without WebGL draws the map: the rest never downloads it.
const BodyMap = lazy(() => import('./BodyMap.tsx').then((m) => ({ default: m.BodyMap })))

/** Shown in place of the 3D stage when the browser gives us no WebGL. */
export function NoWebglView() {
  return (
    <div className="rae-no-webgl">
      <div className="rae-no-webgl-text">
        <h2 className="rae-overlay-title">Your browser can’t show 3D here</h2>
        <p>
          Pick a muscle group on this flat map or from the list: everything about it, from its job in the
          stride to the exercises, works just the same.
        </p>
      </div>
      <Suspense fallback={<p className="rae-no-webgl-loading">Drawing the map…</p>}>
        <BodyMap />
      </Suspense>
    </div>
  )
}
