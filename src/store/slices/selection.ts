import type { StateCreator } from 'zustand'
import {
  GROUPS,
  MUSCLES,
  STRUCTURES,
  type GroupId,
  type MuscleId,
  type StructureId,
} from '../../domain/groups.ts'
import type { ExplorerState } from '../types.ts'

export interface SelectionSlice {
  /** The selected group: both sides, all its muscles. */
  selected: GroupId | null
  /** glTF node name under the pointer (e.g. `soleus_L`), for the highlight and its label. */
  hovered: string | null
  /** A structure outside the groups whose card is open (pectoralis major, the tibia…); never with a group. */
  part: StructureId | null
  /** The card inside the selected group's panel to bring into view (`exercise:<id>`, `injury:<n>`). */
  card: string | null
  /** Counts openCard calls, so asking for the same card twice brings it back into view. */
  cardSeq: number
  select: (group: GroupId | null) => void
  /** Open a group at one of its cards, as a search result does. */
  openCard: (group: GroupId, card: string | null) => void
  /** Open a structure's card (the panel shows it, the body marks it); null closes it. */
  openPart: (part: StructureId | null) => void
  /** One muscle of the selected group shown alone, the rest of the body faded; null shows the whole group. */
  isolated: MuscleId | null
  /** Show one muscle alone (its group becomes the selection); null brings the whole group back. */
  isolate: (muscle: MuscleId | null) => void
  setHovered: (meshName: string | null) => void
}

/** Choosing a group or a structure leaves the plan (its answers stay; "My plan" goes back to them). */
const LEAVE_PLAN = {
  planOpen: false,
  planMarks: null,
  isolated: null,
  tourOpen: false,
  tour: null,
} as const

export const createSelectionSlice: StateCreator<ExplorerState, [], [], SelectionSlice> = (set) => ({
  selected: null,
  part: null,
  card: null,
  cardSeq: 0,
  hovered: null,
  isolated: null,
  // A deep group would be invisible under the outer layer, so choosing one turns the X-ray on.
  select: (group) =>
    set(
      group && GROUPS[group].xrayOnSelect
        ? { selected: group, part: null, card: null, xray: true, ...LEAVE_PLAN }
        : { selected: group, part: null, card: null, ...LEAVE_PLAN },
    ),
  // An exercise asked for by name must be on screen: the kit and level filters could hide it.
  openCard: (group, card) =>
    set((s) => ({
      selected: group,
      part: null,
      card,
      ...LEAVE_PLAN,
      cardSeq: s.cardSeq + 1,
      ...(GROUPS[group].xrayOnSelect ? { xray: true } : {}),
      ...(card?.startsWith('exercise:') ? { equipment: [], level: null } : {}),
    })),
  // A deep structure (the rhomboids under the trapezius) needs the X-ray to be seen, as a deep group does.
  openPart: (part) =>
    set(
      part && STRUCTURES[part].deep
        ? { part, selected: null, card: null, xray: true, ...LEAVE_PLAN }
        : { part, selected: null, card: null, ...LEAVE_PLAN },
    ),
  isolate: (muscle) =>
    set((s) =>
      muscle === null
        ? { isolated: null }
        : {
            isolated: muscle,
            selected: MUSCLES[muscle].group,
            part: null,
            planOpen: false,
            planMarks: null,
            // Asking for one muscle is asking to see it: a deep one needs the X-ray.
            xray: MUSCLES[muscle].deep
              ? true
              : s.selected === MUSCLES[muscle].group
                ? s.xray
                : GROUPS[MUSCLES[muscle].group].xrayOnSelect,
          },
    ),
  setHovered: (meshName) => set((s) => (s.hovered === meshName ? s : { hovered: meshName })),
})
