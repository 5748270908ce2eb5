import type { StateCreator } from 'zustand'
import { emptyPlan, isoDay, type PlanInputs, type PlanMarks, type PlanStep } from '../../domain/plan.ts'
import { PLAN_DRAFT_KEY, packDraft, packPlanCode } from '../../domain/plan-code.ts'
import { writeStored } from '../../platform/storage.ts'
import type { ExplorerState } from '../types.ts'

const NOT_SAVED =
  'Your plan could not be saved on this device (storage is full or blocked). It still works here, and its link keeps it.'

export interface PlanSlice {
  /** The "My plan" flow is open in the panel. */
  planOpen: boolean
  planStep: PlanStep
  planInputs: PlanInputs
  /** A `plan=` value from the link not yet read (the plan code loads on demand); it wins over any draft. */
  planPending: string | null
  /** The link's plan or the device's draft has been read this visit: reopening the panel keeps what is there. */
  planRead: boolean
  markPlanRead: () => void
  /** How the body colours the groups while the plan is open: tested, weak, asymmetric, fine. */
  planMarks: PlanMarks | null
  openPlan: (step?: PlanStep) => void
  /** A plan link (`plan=1.…`): open at the plan, to be read once the plan code has loaded. */
  openPlanLink: (code: string) => void
  closePlan: () => void
  setPlanStep: (step: PlanStep) => void
  /** Change what the runner told us; the draft is saved on the device as they go. */
  editPlan: (change: (inputs: PlanInputs) => PlanInputs) => void
  /** Put a whole plan in place (a link read, a draft restored) without saving it over the draft. */
  loadPlan: (inputs: PlanInputs, step?: PlanStep) => void
  /** The link's plan has been read (or refused). */
  settlePlanLink: () => void
  setPlanMarks: (marks: PlanMarks | null) => void
  startNewPlan: () => void
}

/** Opening the plan: it takes the panel, and a group, a muscle alone, a tour or a stride loop would compete. */
const TAKE_PANEL = {
  planOpen: true,
  selected: null,
  part: null,
  card: null,
  isolated: null,
  tourOpen: false,
  tour: null,
  loop: null,
} as const

export const createPlanSlice: StateCreator<ExplorerState, [], [], PlanSlice> = (set, get) => ({
  planOpen: false,
  planStep: 'about',
  planInputs: emptyPlan(isoDay(new Date())),
  planPending: null,
  planRead: false,
  markPlanRead: () => set({ planRead: true }),
  planMarks: null,
  openPlan: (step) => set((s) => ({ ...TAKE_PANEL, planStep: step ?? s.planStep })),
  openPlanLink: (code) => set({ ...TAKE_PANEL, planStep: 'plan', planPending: code, planRead: false }),
  closePlan: () => set({ planOpen: false, planMarks: null, planPending: null }),
  setPlanStep: (planStep) => set({ planStep }),
  editPlan: (change) => {
    const planInputs = change(get().planInputs)
    set({ planInputs })
    if (!writeStored(PLAN_DRAFT_KEY, packDraft(planInputs))) get().addNotice(NOT_SAVED)
  },
  loadPlan: (planInputs, step) => set((s) => ({ planInputs, planStep: step ?? s.planStep })),
  settlePlanLink: () => set({ planPending: null }),
  setPlanMarks: (planMarks) => set({ planMarks }),
  startNewPlan: () => {
    const planInputs = emptyPlan(isoDay(new Date()))
    set({ planInputs, planStep: 'about' })
    writeStored(PLAN_DRAFT_KEY, packDraft(planInputs))
  },
})

/** The link's `plan=` value: the pending link as it came, `new` before any answer, else the inputs. */
export function planLinkValue(s: ExplorerState): string | null {
  if (!s.planOpen) return null
  if (s.planPending !== null) return s.planPending
  const blank = packPlanCode(emptyPlan(s.planInputs.start))
  const code = packPlanCode(s.planInputs)
  return code === blank ? 'new' : code
}
