import { useMemo } from 'react'
import type { RootState } from '@react-three/fiber'
import { WebGLRenderer, type WebGLRendererParameters } from 'three'
import { LeanCanvas } from './LeanCanvas.tsx'
import { explorerStore, tourOf } from '../store/index.ts'
import { Body } from './Body.tsx'
import { BodyLabels } from './BodyLabels.tsx'
import { CameraRig } from './CameraRig.tsx'
import { FrameStats } from './FrameStats.tsx'
import { Lights } from './Lights.tsx'
import { ModelBoundary } from './ModelBoundary.tsx'
import { defaultModelUrl } from './model-url.ts'
import { CONTEXT_ATTRIBUTES, earlyCanvas, takeEarlyRenderer } from './early-renderer.ts'
import { warmUpShaders, warmedUp } from './shader-warmup.ts'

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

class NoWebglContext extends Error {}

/**
 * The renderer, on a context asked of the stage's own canvas: that is also the WebGL check, since a separate
 * probe context cost as much as this one. No context: the page switches to the 2D map.
 */
function createRenderer(defaults: WebGLRendererParameters): WebGLRenderer {
  const canvas = defaults.canvas as HTMLCanvasElement
  // Mounted on the canvas made at start-up: its renderer is already compiling the shaders.
  const early = takeEarlyRenderer(canvas)
  if (early) {
    performance.mark('rae:renderer')
    return early
  }
  const context = canvas.getContext('webgl2', CONTEXT_ATTRIBUTES)
  if (!context) throw new NoWebglContext('This browser gave the page no WebGL 2 context.')
  const renderer = new WebGLRenderer({ ...defaults, canvas, context, alpha: true, antialias: true })
  performance.mark('rae:renderer')
  return renderer
}

function onConfigured(state: RootState) {
  // A renderer made here (no early start, or a retry) compiles now; the early one already has.
  if (!warmedUp.has(state.gl)) warmUpShaders(state.gl)
}

function onConfigureError(error: unknown): boolean {
  if (!(error instanceof NoWebglContext)) return false
  explorerStore.getState().setWebgl(false)
  return true
}

/**
 * A click on the empty background lets go of the selection, but never of a tour or a presentation: only the
 * presenter ends those (Escape, Leave), and a stray click in front of a room must not.
 */
function clearSelection() {
  const s = explorerStore.getState()
  if (tourOf(s) !== null || s.present) return
  s.select(null)
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
      canvas={earlyCanvas()}
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ position: [0, 1, 4], fov: 30, near: 0.05, far: 40 }}
      gl={createRenderer}
      onCreated={onCreated}
      onConfigured={onConfigured}
      onConfigureError={onConfigureError}
      onPointerMissed={onPointerMissed}
      aria-label="3D body. Drag, or use the arrow keys, to turn it; + and − to zoom; click a muscle to select it."
    >
      <Lights />
      <ModelBoundary url={url}>
        <Body url={url}>
          <CameraRig />
          <BodyLabels />
          {children}
        </Body>
      </ModelBoundary>
      <FrameStats />
    </LeanCanvas>
  )
}
