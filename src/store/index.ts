/**
 * The one store. Scene and panels read it through narrow selectors (primitives, or useShallow) and change it
 * only through its actions. The vanilla store exists apart from the React hook so the embed layer and tests can
 * use it without React.
 */
import { createStore } from 'zustand/vanilla'
import { subscribeWithSelector } from 'zustand/middleware'
import { useStore } from 'zustand'
import { createDemoSlice } from './slices/demo.ts'
import { createFiltersSlice } from './slices/filters.ts'
import { createNoticesSlice } from './slices/notices.ts'
import { createPlanSlice } from './slices/plan.ts'
import { createTourSlice } from './slices/tour.ts'
import { createSelectionSlice } from './slices/selection.ts'
import { createStatusSlice } from './slices/status.ts'
import { createStrideSlice } from './slices/stride.ts'
import { createViewSlice } from './slices/view.ts'
import type { ExplorerState } from './types.ts'

export type { ExplorerState } from './types.ts'
export type ExplorerStore = ReturnType<typeof createExplorerStore>
export type { LoadStatus } from './slices/status.ts'
export { STRIDE_SPEEDS, type StrideSpeed } from './slices/stride.ts'
export { strideClock, demoClock, renderStats } from './clock.ts'
export { DEMO_SPEEDS, type DemoSpeed } from './slices/demo.ts'
export {
  areToursOpen,
  bodyViewOf,
  groupCard,
  isPlanOpen,
  isolatedMuscle,
  panelKind,
  planStepOf,
  selectedGroup,
  shownPart,
  tourOf,
  tourStepOf,
  type BodyView,
  type Panel,
  type PanelKind,
} from './panel.ts'

export function createExplorerStore() {
  // subscribeWithSelector: a listener names the slice of state it follows instead of diffing by hand.
  return createStore<ExplorerState>()(
    subscribeWithSelector((...a) => ({
      ...createSelectionSlice(...a),
      ...createViewSlice(...a),
      ...createStatusSlice(...a),
      ...createStrideSlice(...a),
      ...createFiltersSlice(...a),
      ...createNoticesSlice(...a),
      ...createPlanSlice(...a),
      ...createTourSlice(...a),
      ...createDemoSlice(...a),
    })),
  )
}

export const explorerStore = createExplorerStore()

/** Initial state, for tests that reset the store between cases. */
export const INITIAL_STATE = explorerStore.getState()

export function useExplorer<T>(selector: (state: ExplorerState) => T): T {
  return useStore(explorerStore, selector)
}
