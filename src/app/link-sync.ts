/**
 * Keeps the address bar and the store in step, both ways. The link restores the view on load; every change
 * rewrites the address: a deliberate move to another view (a group, a structure's card, a muscle alone, a tour
 * or its step, the plan or its step, a preset) is a new history entry, and anything else (the camera turning,
 * the stride playing or scrubbed, a filter, an answer typed) rewrites the entry the reader is on, so Back goes
 * to the previous view rather than through every frame of it. Back and Forward (popstate) put the whole view
 * of that address back. Only index.html runs this: the embed has no address bar of its own, and an entry it
 * pushed would be one the blog's own Back button walks through.
 */
import { panelSectionOf, parseLink, writeLink } from '../domain/links.ts'
import { PLAN_STEPS, type PlanStep } from '../domain/plan-options.ts'
import { explorerStore, planStepOf, type ExplorerState } from '../store/index.ts'
import { bootFromLink, linkStateOf, sectionOf } from '../store/link.ts'
import { resetToLink } from '../store/restore-link.ts'

type Store = typeof explorerStore

/**
 * What this app keeps in its own history entries besides the address: the plan step on screen and whether the
 * tours list was open (the address has neither). Its presence also marks an entry as ours, whose plan answers
 * are older copies of the reader's own.
 */
export interface EntryState {
  readonly rae: 1
  readonly planStep: PlanStep | null
  readonly toursList: boolean
}

function entryStateOf(s: ExplorerState): EntryState {
  return { rae: 1, planStep: planStepOf(s), toursList: s.panel.kind === 'tours' }
}

function isEntryState(value: unknown): value is EntryState {
  if (typeof value !== 'object' || value === null) return false
  const { rae, planStep, toursList } = value as Partial<Record<keyof EntryState, unknown>>
  const step = planStep === null || (PLAN_STEPS as readonly unknown[]).includes(planStep)
  return rae === 1 && step && typeof toursList === 'boolean'
}

const sameEntry = (a: EntryState, b: EntryState) => a.planStep === b.planStep && a.toursList === b.toursList

/**
 * Which view the reader is on, for history: a change of it is a new entry. In the tours and the plan only the
 * tour, the plan and their steps count: the app turns the body for them (a step's view arrives after the step,
 * a self-test turns the body to its muscles), and that belongs to the step. A plan link not yet read has no
 * view yet, so reading it is never an entry of its own.
 */
export function historyKeyOf(s: ExplorerState): string | null {
  const p = s.panel
  switch (p.kind) {
    case 'tour':
      return `tour:${p.tour}:${p.step}`
    case 'tours':
      return 'tours'
    case 'plan':
      return s.planPending !== null ? null : `plan:${p.step}`
    case 'group':
      return `group:${p.group}:${p.isolated ?? ''}:${s.viewRequest}`
    case 'part':
      return `part:${p.part}:${s.viewRequest}`
    case 'welcome':
      return `welcome:${s.viewRequest}`
  }
}

export function startLinkSync(store: Store = explorerStore): () => void {
  bootFromLink(store)

  const addressOf = (s: ExplorerState) => {
    // The open section is the hash; any other hash is left alone.
    const here = window.location.hash
    const section = sectionOf(s)
    const hash = section ? `#${section}` : panelSectionOf(here) ? '' : here
    return `${window.location.pathname}${writeLink(window.location.search, linkStateOf(s))}${hash}`
  }

  let key = historyKeyOf(store.getState())
  let restoring = false

  const write = (s: ExplorerState, mode: 'auto' | 'replace') => {
    const before = key
    key = historyKeyOf(s)
    const url = addressOf(s)
    const entry = entryStateOf(s)
    const here = `${window.location.pathname}${window.location.search}${window.location.hash}`
    const held: unknown = window.history.state
    const same = url === here && isEntryState(held) && sameEntry(held, entry)
    if (same) return
    // A view left behind is an entry to come back to; a view still settling (a plan link being read) is not.
    const push = mode === 'auto' && before !== null && key !== null && key !== before
    if (push) window.history.pushState(entry, '', url)
    else window.history.replaceState(entry, '', url)
  }

  const onPopState = (event: PopStateEvent) => {
    const ours = isEntryState(event.state) ? event.state : null
    restoring = true
    try {
      resetToLink(store, parseLink(window.location.search).state, {
        section: panelSectionOf(window.location.hash),
        planStep: ours?.planStep ?? null,
        toursList: ours?.toursList ?? false,
        keepAnswers: ours !== null,
      })
    } finally {
      restoring = false
    }
    // The entry now says what is on screen (canonical values, our mark), and stays where it is in history.
    write(store.getState(), 'replace')
  }
  window.addEventListener('popstate', onPopState)

  write(store.getState(), 'replace')
  const unsubscribe = store.subscribe((s) => {
    if (!restoring) write(s, 'auto')
  })
  return () => {
    unsubscribe()
    window.removeEventListener('popstate', onPopState)
  }
}
