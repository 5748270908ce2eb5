/**
 * Per-frame values live here, outside reactive state: the stride animation advances `phase` inside useFrame and
 * the scrubber reads it on its own animation frame, so nothing re-renders React sixty times a second.
 */
export const strideClock = {
  /** Live percent of the gait cycle. */
  phase: 0,
}

/** Render counter for the idle-render benchmark and tests (window.__RAE_STATS__). */
export interface RenderStats {
  frames: number
  /** Stride glow per group (strongest muscle, 0..1), refreshed in place when the glow is applied. */
  glow?: Readonly<Record<string, number>>
  /** Bench only: keep drawing still frames while the stride is paused, to price a frame without animation. */
  benchStill?: boolean
}

export const renderStats: RenderStats = { frames: 0 }
