import type { StateCreator } from 'zustand'
import { emptyPlan, isoDay, type PlanInputs, type PlanMarks, type PlanStep } from '../../domain/plan.ts'
import { PLAN_DRAFT_KEY, packDraft, packPlanCode } from '../../domain/plan-code.ts'
import { writeStored } from '../../platform/storage.ts'
import { WELCOME, moveTo } from '../panel.ts'
import type { ExplorerState } from '../types.ts'

const NOT_SAVED =
  'Your plan could not be saved on this device (storage is full or blocked). It still works here, and its link keeps it.'

export interface PlanSlice {
  planInputs: PlanInputs
  /** The step "My plan" reopens at: the one the reader left it on. */
  planReturnStep: PlanStep
  /** A `plan=` value from the link not yet read (the plan code loads on demand); it wins over any draft. */
  planPending: string | null
  /** The link's plan or the device's draft has been read this visit: reopening the panel keeps what is there. */
  planRead: boolean
  markPlanRead: () => void
  /** How the body colours the groups while the plan is open: tested, weak, asymmetric, fine. */
  planMarks: PlanMarks | null
  /** Open the plan in the panel, at `step` or where the reader left it. */
  openPlan: (step?: PlanStep) => void
  /** A plan link (`plan=1.…`): open at the plan, to be read once the plan code has loaded. */
  openPlanLink: (code: string) => void
  closePlan: () => void
  setPlanStep: (step: PlanStep) => void
  /** Change what the runner told us; the draft is saved on the device as they go. */
  editPlan: (change: (inputs: PlanInputs) => PlanInputs) => void
  /** Put a whole plan in place (a draft restored) without saving it over the draft. */
  loadPlan: (inputs: PlanInputs, step?: PlanStep) => void
  /** The link's plan has been read: its inputs open at the plan, or (refused) the plan starts at its first step. */
  settlePlanLink: (inputs: PlanInputs | null) => void
  setPlanMarks: (marks: PlanMarks | null) => void
  startNewPlan: () => void
}

export const createPlanSlice: StateCreator<ExplorerState, [], [], PlanSlice> = (set, get) => {
  /** The step on screen while the plan is open, else the one it reopens at. */
  const toStep = (s: ExplorerState, step: PlanStep): Partial<ExplorerState> =>
    s.panel.kind === 'plan' ? { panel: { kind: 'plan', step } } : { planReturnStep: step }
  return {
    planInputs: emptyPlan(isoDay(new Date())),
    planReturnStep: 'about',
    planPending: null,
    planRead: false,
    markPlanRead: () => set({ planRead: true }),
    planMarks: null,
    openPlan: (step) =>
      set((s) =>
        moveTo(s, {
          kind: 'plan',
          step: step ?? (s.panel.kind === 'plan' ? s.panel.step : s.planReturnStep),
        }),
      ),
    openPlanLink: (code) =>
      set((s) => ({ ...moveTo(s, { kind: 'plan', step: 'plan' }), planPending: code, planRead: false })),
    closePlan: () => set((s) => (s.panel.kind === 'plan' ? moveTo(s, WELCOME) : s)),
    setPlanStep: (step) => set((s) => toStep(s, step)),
    editPlan: (change) => {
      const planInputs = change(get().planInputs)
      set({ planInputs })
      if (!writeStored(PLAN_DRAFT_KEY, packDraft(planInputs))) get().addNotice(NOT_SAVED)
    },
    loadPlan: (planInputs, step) => set((s) => ({ planInputs, ...(step ? toStep(s, step) : {}) })),
    settlePlanLink: (inputs) =>
      set((s) => ({
        planPending: null,
        ...(inputs ? { planInputs: inputs, ...toStep(s, 'plan') } : toStep(s, 'about')),
      })),
    setPlanMarks: (planMarks) => set({ planMarks }),
    startNewPlan: () => {
      const planInputs = emptyPlan(isoDay(new Date()))
      set((s) => ({ planInputs, ...toStep(s, 'about') }))
      writeStored(PLAN_DRAFT_KEY, packDraft(planInputs))
    },
  }
}

/** Codes already written, by inputs: the link is rewritten on every store change, hover included. */
const codes = new WeakMap<PlanInputs, string>()
function codeOf(inputs: PlanInputs): string {
  let code = codes.get(inputs)
  if (code === undefined) codes.set(inputs, (code = packPlanCode(inputs)))
  return code
}

const blanks = new Map<string, string>()
function blankCodeOf(start: string): string {
  let code = blanks.get(start)
  if (code === undefined) blanks.set(start, (code = packPlanCode(emptyPlan(start))))
  return code
}

/** The code of the answers on screen (a link's `plan=` value for them). */
export function planCodeOf(s: ExplorerState): string {
  return codeOf(s.planInputs)
}

/** The link's `plan=` value: the pending link as it came, `new` before any answer, else the inputs. */
export function planLinkValue(s: ExplorerState): string | null {
  if (s.panel.kind !== 'plan') return null
  if (s.planPending !== null) return s.planPending
  const code = codeOf(s.planInputs)
  return code === blankCodeOf(s.planInputs.start) ? 'new' : code
}
