import { useLayoutEffect, useState } from 'react'
import { explorerStore, useExplorer } from '../store/index.ts'
import { hasWebglApi } from '../ui/webgl.ts'

/**
 * Whether to show the 3D stage: the browser has the WebGL 2 API (checked once, before any canvas mounts) and
 * the store has not switched to the 2D map (the canvas switches it when it gets no context). Without WebGL
 * the store learns it: the map and panels take over.
 */
export function useWebglSupport(): boolean {
  const [canWebgl] = useState(() => hasWebglApi())
  const webgl = useExplorer((s) => s.webgl)

  useLayoutEffect(() => {
    if (!canWebgl) explorerStore.getState().setWebgl(false)
  }, [canWebgl])

  return webgl && canWebgl
}
