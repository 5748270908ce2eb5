import type { StateCreator } from 'zustand'
import type { DemoId } from '../../domain/demo/types.ts'
import { EXERCISE_GROUP, isExerciseId } from '../../domain/exercises.ts'
import { prefersReducedMotion } from '../../platform/motion.ts'
import { demoClock } from '../clock.ts'
import type { ExplorerState } from '../types.ts'

export const DEMO_SPEEDS = [0.25, 0.5, 1] as const
export type DemoSpeed = (typeof DEMO_SPEEDS)[number]

export interface DemoSlice {
  /** The exercise the body is performing ("Show me"), or the self-test it poses, or null. */
  demo: DemoId | null
  demoPlaying: boolean
  demoSpeed: DemoSpeed
  /**
   * The settled moment of the repetition, seconds; null until the demo's track has arrived and placed it (at the
   * start, or at the hardest moment for a paused link). The live value is demoClock.time.
   */
  demoTime: number | null
  /**
   * Open the exercise's card and perform it; `play: false` holds the hardest moment, `stay` keeps the panel as it
   * is (a plan row shows the exercise without leaving the plan).
   */
  showDemo: (id: DemoId, options?: { play?: boolean; stay?: boolean }) => void
  closeDemo: () => void
  playDemo: () => void
  pauseDemo: () => void
  /** Show one moment (seconds into the repetition) and stop there. */
  seekDemo: (seconds: number) => void
  setDemoSpeed: (speed: DemoSpeed) => void
}

export const createDemoSlice: StateCreator<ExplorerState, [], [], DemoSlice> = (set, get) => ({
  demo: null,
  demoPlaying: false,
  demoSpeed: 1,
  demoTime: null,
  showDemo: (id, options = {}) => {
    const s = get()
    // One animation at a time: the stride stops for the exercise.
    if (s.stride) s.setStride(false)
    // A self-test is shown from My plan, which stays open.
    if (!options.stay && isExerciseId(id)) s.openCard(EXERCISE_GROUP[id], `exercise:${id}`)
    // Reduced motion shows the two end positions side by side instead of a loop.
    const play = options.play !== false && !prefersReducedMotion()
    demoClock.time = 0
    set({ demo: id, demoPlaying: play, demoTime: null })
  },
  closeDemo: () => set({ demo: null, demoPlaying: false, demoTime: null }),
  playDemo: () => {
    if (get().demo) set({ demoPlaying: true })
  },
  pauseDemo: () => set({ demoPlaying: false, demoTime: Math.round(demoClock.time * 100) / 100 }),
  seekDemo: (seconds) => {
    const t = Math.max(0, Math.round(seconds * 100) / 100)
    demoClock.time = t
    set({ demoPlaying: false, demoTime: t })
  },
  setDemoSpeed: (demoSpeed) => set({ demoSpeed }),
})
