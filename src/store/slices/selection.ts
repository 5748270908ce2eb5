import type { StateCreator } from 'zustand'
import { MUSCLES, type GroupId, type MuscleId, type StructureId } from '../../domain/groups.ts'
import {
  WELCOME,
  bodyViewOf,
  cardRequest,
  groupView,
  moveTo,
  withBodyView,
  type BodyView,
  type Panel,
} from '../panel.ts'
import type { ExplorerState } from '../types.ts'

export interface SelectionSlice {
  /** What the side panel shows, and with it what the body shows (panel.ts; read it through its selectors). */
  panel: Panel
  /**
   * Counts openCard calls, so asking for the same card twice brings it back into view. A request counter, not a
   * view: it stays outside the panel and out of the link.
   */
  cardSeq: number
  /** glTF node name under the pointer (e.g. `soleus_L`), for the highlight and its label. */
  hovered: string | null
  /** Choose a group (both sides, all its muscles), or nothing: the whole body and the welcome. */
  select: (group: GroupId | null) => void
  /** Open a group at one of its cards, as a search result or the section bar does. */
  openCard: (group: GroupId, card: string | null) => void
  /** Open a structure's card (the panel shows it, the body marks it); null closes it. */
  openPart: (part: StructureId | null) => void
  /**
   * Show one muscle alone (its group becomes the one shown); null brings the whole group back. Inside the tours
   * the tour keeps its place while the reader singles out a muscle of the group it shows.
   */
  isolate: (muscle: MuscleId | null) => void
  /** Put a whole panel in place as a link describes it (store/link.ts); components use the actions above. */
  showPanel: (panel: Panel) => void
  setHovered: (meshName: string | null) => void
}

function isolating(panel: Panel, muscle: MuscleId | null): Panel {
  const view = bodyViewOf(panel)
  if (muscle === null)
    return view.kind === 'group' && view.isolated !== null
      ? withBodyView(panel, { ...view, isolated: null })
      : panel
  const group = MUSCLES[muscle].group
  const sameGroup = view.kind === 'group' && view.group === group
  const next: BodyView = groupView(group, sameGroup ? view.card : null, muscle)
  return sameGroup ? withBodyView(panel, next) : next
}

export const createSelectionSlice: StateCreator<ExplorerState, [], [], SelectionSlice> = (set) => ({
  panel: WELCOME,
  cardSeq: 0,
  hovered: null,
  select: (group) => set((s) => moveTo(s, group ? groupView(group) : WELCOME)),
  openCard: (group, card) =>
    set((s) => {
      // A card of the group already shown keeps the muscle shown alone (a link's `#section`, the section bar).
      const view = bodyViewOf(s.panel)
      const isolated = view.kind === 'group' && view.group === group ? view.isolated : null
      return { ...moveTo(s, groupView(group, card, isolated)), ...cardRequest(s, card) }
    }),
  openPart: (part) => set((s) => moveTo(s, part ? { kind: 'part', part } : WELCOME)),
  isolate: (muscle) =>
    set((s) => {
      const next = isolating(s.panel, muscle)
      return next === s.panel ? s : moveTo(s, next)
    }),
  showPanel: (panel) => set((s) => moveTo(s, panel)),
  setHovered: (meshName) => set((s) => (s.hovered === meshName ? s : { hovered: meshName })),
})
