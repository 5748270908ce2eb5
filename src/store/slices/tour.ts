import type { StateCreator } from 'zustand'
import { GROUPS } from '../../domain/groups.ts'
import type { TourId, TourView } from '../../domain/tour.ts'
import { prefersReducedMotion } from '../../platform/motion.ts'
import { strideClock } from '../clock.ts'
import type { ExplorerState } from '../types.ts'

export interface TourSlice {
  /** The tours list or a tour is in the panel. */
  tourOpen: boolean
  tour: TourId | null
  /** The step shown, from 0. */
  tourStep: number
  openTours: () => void
  startTour: (tour: TourId, step?: number) => void
  setTourStep: (step: number) => void
  closeTours: () => void
  /** Put a whole view on screen at once: a tour step's group, muscle, side, labels, X-ray and stride. */
  showView: (view: TourView) => void
}

export const createTourSlice: StateCreator<ExplorerState, [], [], TourSlice> = (set, get) => ({
  tourOpen: false,
  tour: null,
  tourStep: 0,
  openTours: () => set({ tourOpen: true, planOpen: false, planMarks: null }),
  startTour: (tour, step = 0) =>
    set({ tourOpen: true, tour, tourStep: Math.max(0, step), planOpen: false, planMarks: null }),
  setTourStep: (tourStep) => set({ tourStep: Math.max(0, tourStep) }),
  closeTours: () => set({ tourOpen: false, tour: null, tourStep: 0, loop: null, speed: 1 }),
  showView: (view) => {
    const s = get()
    // Choosing a group closes a tour (the reader went elsewhere); the tour's own step must not close itself.
    const { tourOpen, tour, tourStep } = s
    if (view.card) s.openCard(view.muscle, view.card)
    else if (s.selected !== view.muscle || s.part !== null) s.select(view.muscle)
    s.isolate(view.isolate ?? null)
    s.setXray(view.xray ?? (view.isolate ? get().xray : GROUPS[view.muscle].xrayOnSelect))
    s.setLabels(view.labels ?? false)
    if (view.side) s.setView(view.side)
    set({ tourOpen, tour, tourStep })
    if (view.phase === undefined) {
      if (s.stride) s.setStride(false)
      return
    }
    s.setLoop(view.loop ?? null)
    if (view.speed) s.setSpeed(view.speed)
    s.setStride(true)
    s.seekTo(view.phase)
    // A loop plays (slowly) unless the reader asked for stillness; a single moment stays paused.
    if (view.loop && !prefersReducedMotion()) {
      strideClock.phase = view.phase
      s.play()
    }
  },
})
