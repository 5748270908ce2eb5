import type { StateCreator } from 'zustand'
import type { EquipmentId, LevelId } from '../../domain/training.ts'
import type { ExplorerState } from '../types.ts'

export interface FiltersSlice {
  /** Text typed in the group search box. */
  query: string
  /** Kit the runner owns; empty = show everything. */
  equipment: readonly EquipmentId[]
  level: LevelId | null
  setQuery: (query: string) => void
  toggleEquipment: (id: EquipmentId) => void
  setLevel: (level: LevelId | null) => void
  clearFilters: () => void
}

export const createFiltersSlice: StateCreator<ExplorerState, [], [], FiltersSlice> = (set) => ({
  query: '',
  equipment: [],
  level: null,
  setQuery: (query) => set({ query: query.slice(0, 80) }),
  toggleEquipment: (id) =>
    set((s) => ({
      equipment: s.equipment.includes(id) ? s.equipment.filter((e) => e !== id) : [...s.equipment, id],
    })),
  setLevel: (level) => set({ level }),
  clearFilters: () => set({ equipment: [], level: null }),
})
