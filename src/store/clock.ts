/**
 * Per-frame values live here, outside reactive state: the stride animation advances `phase` inside useFrame and
 * the scrubber reads it on its own animation frame, so nothing re-renders React sixty times a second.
 */
export const strideClock = {
  /** Live percent of the gait cycle. */
  phase: 0,
}

/** The demo's live moment, seconds into the repetition (advanced in useFrame like the stride's). */
export const demoClock = {
  time: 0,
}

/** Render counter for the idle-render benchmark and tests (window.__RAE_STATS__). */
export interface RenderStats {
  frames: number
  /** Stride glow per group (strongest muscle, 0..1), refreshed in place when the glow is applied. */
  glow?: Readonly<Record<string, number>>
  /** Bench only: keep drawing still frames while the stride is paused, to price a frame without animation. */
  benchStill?: boolean
  /** The camera of the last frame drawn (fov and position), so a load test can tell our framing from R3F's default. */
  camera: { fov: number; x: number; y: number; z: number }
  /** Whether the canvas' pointer events are connected; false means the body cannot be hovered or clicked. */
  eventsConnected: boolean
}

export const renderStats: RenderStats = {
  frames: 0,
  camera: { fov: 0, x: 0, y: 0, z: 0 },
  eventsConnected: false,
}
