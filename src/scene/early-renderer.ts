import { ACESFilmicToneMapping, PCFSoftShadowMap, SRGBColorSpace, WebGLRenderer } from 'three'
import { warmUpShaders } from './shader-warmup.ts'

/** What the stage asks of its WebGL context (the early start and the stage itself must ask alike). */
export const CONTEXT_ATTRIBUTES: WebGLContextAttributes = {
  alpha: true,
  antialias: true,
  powerPreference: 'high-performance',
}

let early: WebGLRenderer | null = null

/**
 * Creates the stage's canvas, context and renderer at start-up, before React renders the page, and hands the
 * shaders to the GPU at once: in software WebGL the figure's program takes longer to compile than the page
 * takes to reach its first frame, so the earlier it starts the less that frame waits. The stage mounts on this
 * canvas (earlyCanvas) and configures with this renderer (takeEarlyRenderer). Without a context nothing is kept: the stage's own attempt reports it.
 */
export function startRendererEarly(): void {
  if (early || typeof document === 'undefined') return
  const canvas = document.createElement('canvas')
  const context = canvas.getContext('webgl2', CONTEXT_ATTRIBUTES)
  if (!context) return
  early = new WebGLRenderer({ canvas, context, alpha: true, antialias: true })
  // What R3F sets on the renderer it is given; the programs compiled now must match the ones it will draw with.
  // (R3F sets the shadow map type even with shadows off, and three keys programs by it.)
  // tests/browser/shader-warmup.test.ts fails if these drift from R3F's.
  early.outputColorSpace = SRGBColorSpace
  early.toneMapping = ACESFilmicToneMapping
  early.shadowMap.type = PCFSoftShadowMap
  warmUpShaders(early)
}

/** The early canvas for the stage to mount on, until its renderer is taken; null when there is none. */
export function earlyCanvas(): HTMLCanvasElement | null {
  return early ? early.domElement : null
}

/** The early renderer, if `canvas` is its canvas; it is handed out once. */
export function takeEarlyRenderer(canvas: HTMLCanvasElement): WebGLRenderer | null {
  if (!early || early.domElement !== canvas) return null
  const renderer = early
  early = null
  return renderer
}
