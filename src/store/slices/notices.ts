import type { StateCreator } from 'zustand'
import type { ExplorerState } from '../types.ts'

export interface NoticesSlice {
  /** Short plain-text notes (a bad link, a copied link). Never markup. */
  notices: readonly string[]
  addNotice: (text: string) => void
  dismissNotice: (text: string) => void
}

export const createNoticesSlice: StateCreator<ExplorerState, [], [], NoticesSlice> = (set) => ({
  notices: [],
  addNotice: (text) =>
    set((s) => (s.notices.includes(text) ? s : { notices: [...s.notices, text].slice(-4) })),
  dismissNotice: (text) => set((s) => ({ notices: s.notices.filter((n) => n !== text) })),
})
