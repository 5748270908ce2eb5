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
}

export const renderStats: RenderStats = { frames: 0 }
