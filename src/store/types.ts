import type { DemoSlice } from './slices/demo.ts'
import type { FiltersSlice } from './slices/filters.ts'
import type { NoticesSlice } from './slices/notices.ts'
import type { PlanSlice } from './slices/plan.ts'
import type { TourSlice } from './slices/tour.ts'
import type { SelectionSlice } from './slices/selection.ts'
import type { StatusSlice } from './slices/status.ts'
import type { StrideSlice } from './slices/stride.ts'
import type { ViewSlice } from './slices/view.ts'

export type ExplorerState = SelectionSlice &
  ViewSlice &
  StatusSlice &
  StrideSlice &
  FiltersSlice &
  NoticesSlice &
  PlanSlice &
  TourSlice &
  DemoSlice
