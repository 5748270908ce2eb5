import type { StateCreator } from 'zustand'
import type { TourId, TourView } from '../../domain/tour.ts'
import { TYPICAL_LAB } from '../../domain/lab.ts'
import { prefersReducedMotion } from '../../platform/motion.ts'
import { strideClock } from '../clock.ts'
import { bodyViewOf, cardRequest, groupView, impliedXray, moveTo, tourAt, withBodyView } from '../panel.ts'
import type { ExplorerState } from '../types.ts'

export interface TourSlice {
  /** The tours list in the panel, over what the body shows now. */
  openTours: () => void
  /** A tour at a step (from 0; a step past the end is the last one). */
  startTour: (tour: TourId, step?: number) => void
  setTourStep: (step: number) => void
  /** Leave the tours: the panel goes back to what the body shows (a tour's last group, at its card). */
  closeTours: () => void
  /**
   * Put a tour step's whole view on screen at once: its group, muscle, side, labels, X-ray and stride. The tour
   * stays in the panel: the view is what it shows.
   */
  showView: (view: TourView) => void
}

export const createTourSlice: StateCreator<ExplorerState, [], [], TourSlice> = (set, get) => ({
  openTours: () => set((s) => moveTo(s, { kind: 'tours', on: bodyViewOf(s.panel) })),
  startTour: (tour, step = 0) => set((s) => moveTo(s, tourAt(tour, step, bodyViewOf(s.panel)))),
  setTourStep: (step) =>
    set((s) => (s.panel.kind === 'tour' ? { panel: tourAt(s.panel.tour, step, s.panel.on) } : s)),
  closeTours: () =>
    set((s) => (s.panel.kind === 'tour' || s.panel.kind === 'tours' ? moveTo(s, s.panel.on) : s)),
  showView: (view) => {
    const s = get()
    const on = groupView(view.muscle, view.card ?? null, view.isolate ?? null)
    set({
      ...moveTo(s, withBodyView(s.panel, on)),
      ...(view.card ? cardRequest(s, view.card) : {}),
      // The step's own X-ray, else the one its view brings by itself: never what the last step left on.
      xray: view.xray ?? impliedXray(on),
      labels: view.labels ?? false,
    })
    if (view.side) get().setView(view.side)
    if (view.phase === undefined) {
      if (get().stride) get().setStride(false)
      return
    }
    const st = get()
    st.setLab({ ...TYPICAL_LAB, ...view.lab })
    if (view.lab) st.setLabOpen(true)
    st.setLabShowsTypical(false)
    st.setLoop(view.loop ?? null)
    if (view.speed) st.setSpeed(view.speed)
    st.setStride(true)
    st.seekTo(view.phase)
    // A loop plays (slowly) unless the reader asked for stillness; a single moment stays paused.
    if (view.loop && !prefersReducedMotion()) {
      strideClock.phase = view.phase
      st.play()
    }
  },
})
