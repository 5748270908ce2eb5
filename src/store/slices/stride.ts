import type { StateCreator } from 'zustand'
import { roundPhase } from '../../domain/gait.ts'
import type { LoopRange } from '../../domain/tour.ts'
import { TYPICAL_LAB, sameLab, type LabSettings } from '../../domain/lab.ts'
import { prefersReducedMotion } from '../../platform/motion.ts'
import { strideClock } from '../clock.ts'
import type { ExplorerState } from '../types.ts'

export const STRIDE_SPEEDS = [0.25, 0.5, 1] as const
export type StrideSpeed = (typeof STRIDE_SPEEDS)[number]

export interface StrideSlice {
  /** Stride mode: the body runs in place and muscles glow by activity. */
  stride: boolean
  playing: boolean
  /**
   * The settled moment of the cycle (percent). While playing, the live value is in strideClock and this is
   * only refreshed on pause, so React does not re-render every frame.
   */
  phase: number
  speed: StrideSpeed
  /** Repeat this range of the cycle while playing (a tour's slow look at late swing); null runs the whole. */
  loop: LoopRange | null
  setLoop: (loop: LoopRange | null) => void
  setStride: (on: boolean) => void
  /** Stride mode on, running at once unless the reader prefers reduced motion (then it waits for Play). */
  startStride: () => void
  play: () => void
  pause: () => void
  togglePlay: () => void
  /** Show one moment: any number, rounded to a tenth and wrapped into the cycle. */
  seek: (phase: number) => void
  /** Scrubbing or jumping to a phase stops the animation first, so the moment chosen stays on screen. */
  seekTo: (phase: number) => void
  setSpeed: (speed: StrideSpeed) => void
  /** The stride lab's setting (running speed, step rate, foot strike); TYPICAL_LAB is the simulated runner. */
  lab: LabSettings
  /** Change part of the lab's setting; the moment on screen stays where it is. */
  setLab: (lab: Partial<LabSettings>) => void
  /**
   * Compare: the body shows the typical runner instead of the lab's setting, at the same moment, so a coach can
   * flip between the two (the read-outs show both side by side either way).
   */
  labShowsTypical: boolean
  setLabShowsTypical: (on: boolean) => void
  /** The lab's controls and read-outs are open under the stride bar. */
  labOpen: boolean
  setLabOpen: (open: boolean) => void
}

const NO_DEMO = { demo: null, demoPlaying: false, demoTime: null } as const

export const createStrideSlice: StateCreator<ExplorerState, [], [], StrideSlice> = (set, get) => ({
  stride: false,
  playing: false,
  phase: 0,
  speed: 1,
  loop: null,
  setLoop: (loop) => set({ loop }),
  setStride: (stride) => {
    if (!stride) strideClock.phase = get().phase
    // One animation at a time: a demo ends when the stride starts.
    set(stride ? { stride, ...NO_DEMO } : { stride, playing: false, loop: null })
  },
  startStride: () => (prefersReducedMotion() ? get().setStride(true) : get().play()),
  play: () => {
    strideClock.phase = get().phase
    set({ stride: true, playing: true, ...NO_DEMO })
  },
  pause: () => set({ playing: false, phase: roundPhase(strideClock.phase) }),
  togglePlay: () => (get().playing ? get().pause() : get().play()),
  seek: (phase) => {
    const p = roundPhase(phase)
    strideClock.phase = p
    set({ phase: p })
  },
  seekTo: (phase) => {
    const p = roundPhase(phase)
    strideClock.phase = p
    set({ playing: false, phase: p })
  },
  setSpeed: (speed) => set({ speed }),
  lab: TYPICAL_LAB,
  setLab: (lab) =>
    set((s) => {
      const next = { ...s.lab, ...lab }
      return sameLab(next, s.lab) ? s : { lab: next }
    }),
  labShowsTypical: false,
  setLabShowsTypical: (labShowsTypical) => set({ labShowsTypical }),
  labOpen: false,
  setLabOpen: (labOpen) => set({ labOpen }),
})
