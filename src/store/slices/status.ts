import type { StateCreator } from 'zustand'
import type { ExplorerState } from '../types.ts'

export type LoadStatus = 'loading' | 'ready' | 'error'

export interface StatusSlice {
  status: LoadStatus
  /** Model download progress, 0..1; null while the size is unknown. */
  progress: number | null
  /** Plain-language reason when status is `error`. */
  error: string | null
  /** False when the browser cannot give us WebGL: the panels and 2D map carry on alone. */
  webgl: boolean
  /** Bumped by retry() so the scene forgets the failed load and asks again. */
  attempt: number
  /** The GPU dropped our context; it comes back on its own and we say so meanwhile. */
  contextLost: boolean
  setProgress: (progress: number | null) => void
  markReady: () => void
  fail: (message: string) => void
  retry: () => void
  setWebgl: (available: boolean) => void
  setContextLost: (lost: boolean) => void
}

export const createStatusSlice: StateCreator<ExplorerState, [], [], StatusSlice> = (set) => ({
  status: 'loading',
  progress: null,
  error: null,
  webgl: true,
  attempt: 0,
  contextLost: false,
  setProgress: (progress) => set((s) => (s.progress === progress ? s : { progress })),
  markReady: () => {
    performance.mark('rae:ready')
    set({ status: 'ready', error: null, progress: 1 })
  },
  fail: (message) => set({ status: 'error', error: message }),
  retry: () => set((s) => ({ status: 'loading', error: null, progress: null, attempt: s.attempt + 1 })),
  // Without WebGL there is nothing left to load: the page is as ready as it will get.
  setWebgl: (webgl) => set(webgl ? { webgl } : { webgl, status: 'ready', error: null }),
  setContextLost: (contextLost) => set({ contextLost }),
})
