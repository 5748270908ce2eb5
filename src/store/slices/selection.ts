import type { StateCreator } from 'zustand'
import { GROUPS, STRUCTURES, type GroupId, type StructureId } from '../../domain/groups.ts'
import type { ExplorerState } from '../types.ts'

export interface SelectionSlice {
  /** The selected group: both sides, all its muscles. */
  selected: GroupId | null
  /** glTF node name under the pointer (e.g. `soleus_L`), for the highlight and its label. */
  hovered: string | null
  /** A structure outside the groups whose card is open (pectoralis major, the tibia…); never with a group. */
  part: StructureId | null
  select: (group: GroupId | null) => void
  /** Open a structure's card (the panel shows it, the body marks it); null closes it. */
  openPart: (part: StructureId | null) => void
  setHovered: (meshName: string | null) => void
}

export const createSelectionSlice: StateCreator<ExplorerState, [], [], SelectionSlice> = (set) => ({
  selected: null,
  part: null,
  hovered: null,
  // A deep group would be invisible under the outer layer, so choosing one turns the X-ray on.
  select: (group) =>
    set(
      group && GROUPS[group].xrayOnSelect
        ? { selected: group, part: null, xray: true }
        : { selected: group, part: null },
    ),
  // A deep structure (the rhomboids under the trapezius) needs the X-ray to be seen, as a deep group does.
  openPart: (part) =>
    set(part && STRUCTURES[part].deep ? { part, selected: null, xray: true } : { part, selected: null }),
  setHovered: (meshName) => set((s) => (s.hovered === meshName ? s : { hovered: meshName })),
})
