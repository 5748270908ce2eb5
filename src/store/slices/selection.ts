import type { StateCreator } from 'zustand'
import { GROUPS, type GroupId } from '../../domain/groups.ts'
import type { ExplorerState } from '../types.ts'

export interface SelectionSlice {
  /** The selected group: both sides, all its muscles. */
  selected: GroupId | null
  /** glTF node name under the pointer (e.g. `soleus_L`), for the highlight and its label. */
  hovered: string | null
  select: (group: GroupId | null) => void
  setHovered: (meshName: string | null) => void
}

export const createSelectionSlice: StateCreator<ExplorerState, [], [], SelectionSlice> = (set) => ({
  selected: null,
  hovered: null,
  // A deep group would be invisible under the outer layer, so choosing one turns the X-ray on.
  select: (group) =>
    set(group && GROUPS[group].xrayOnSelect ? { selected: group, xray: true } : { selected: group }),
  setHovered: (meshName) => set((s) => (s.hovered === meshName ? s : { hovered: meshName })),
})
