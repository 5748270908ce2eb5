import { Suspense, useMemo } from 'react'
import type { RootState } from '@react-three/fiber'
import { LeanCanvas } from './LeanCanvas.tsx'
import { explorerStore } from '../store/index.ts'
import { Body } from './Body.tsx'
import { CameraRig } from './CameraRig.tsx'
import { FrameStats } from './FrameStats.tsx'
import { Lights } from './Lights.tsx'
import { ModelBoundary } from './ModelBoundary.tsx'
import { defaultModelUrl } from './model-url.ts'

export interface ExplorerCanvasProps {
  /** Absolute or page-relative URL of body.glb. Default: `models/body.glb` beside the page. */
  modelUrl?: string
  /** Extra scene content (the stride driver, embed helpers). */
  children?: React.ReactNode
  /** A click that hit no muscle; default: clear the selection. Keep it stable (read at configure). */
  onPointerMissed?: () => void
}

function onCreated(state: RootState) {
  const canvas = state.gl.domElement
  // preventDefault lets the browser restore the context; three re-uploads everything when it does.
  canvas.addEventListener('webglcontextlost', (e) => {
    e.preventDefault()
    explorerStore.getState().setContextLost(true)
  })
  canvas.addEventListener('webglcontextrestored', () => {
    explorerStore.getState().setContextLost(false)
    state.invalidate()
  })
}

function clearSelection() {
  explorerStore.getState().select(null)
}

/** The 3D stage. Renders only when something changed (frameloop="demand"). */
export function ExplorerCanvas({
  modelUrl,
  children,
  onPointerMissed = clearSelection,
}: ExplorerCanvasProps) {
  const url = useMemo(() => modelUrl ?? defaultModelUrl(), [modelUrl])
  return (
    <LeanCanvas
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ position: [0, 1, 4], fov: 30, near: 0.05, far: 40 }}
      gl={{ antialias: true, alpha: true }}
      onCreated={onCreated}
      onPointerMissed={onPointerMissed}
      aria-label="3D body. Drag, or use the arrow keys, to turn it; + and − to zoom; click a muscle to select it."
    >
      <Lights />
      <ModelBoundary url={url}>
        <Suspense fallback={null}>
          <Body url={url}>
            <CameraRig />
            {children}
          </Body>
        </Suspense>
      </ModelBoundary>
      <FrameStats />
    </LeanCanvas>
  )
}
