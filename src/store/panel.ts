/**
 * What the side panel shows, as one value, and the one place that says what else changes when it changes.
 *
 * Every panel action (select, openCard, openPart, isolate, openPlan, startTour, closeTours, showView…) names the
 * panel it goes to and hands it to `moveTo`, which adds what leaving the old panel or entering the new one does:
 * the plan's body colours go with the plan, a tour's loop and speed go with the tour, and a view that would be
 * hidden under the outer layer turns the X-ray on. No action lists the fields it must clear.
 */
import {
  GROUPS,
  MUSCLES,
  STRUCTURES,
  type GroupId,
  type MuscleId,
  type StructureId,
} from '../domain/groups.ts'
import type { PlanStep } from '../domain/plan.ts'
import { TOUR_STEP_COUNT, type TourId } from '../domain/tour.ts'
import type { StrideSpeed } from './slices/stride.ts'
import type { ExplorerState } from './types.ts'

/** What the body shows and the panel explains: nothing chosen, a group, or a structure outside the groups. */
export type BodyView =
  | { readonly kind: 'welcome' }
  | {
      readonly kind: 'group'
      readonly group: GroupId
      /**
       * One muscle of this group shown alone, the rest faded; null = the whole group. It lives here because it
       * means nothing without its group: any other panel lets go of it by being another panel.
       */
      readonly isolated: MuscleId | null
      /**
       * The card of this group's panel to bring into view (`exercise:<id>`, `injury:<n>`, `section:<id>`), for
       * the same reason. How often it was asked for is `cardSeq`, outside the panel: a repeated request is
       * a new one even when the panel is unchanged.
       */
      readonly card: string | null
    }
  | { readonly kind: 'part'; readonly part: StructureId }

export type Panel =
  | BodyView
  /** "My plan" at one of its steps; the body wears the plan's colours instead of a group. */
  | { readonly kind: 'plan'; readonly step: PlanStep }
  /** The tours list, over what the body showed when it opened: closing it goes back there. */
  | { readonly kind: 'tours'; readonly on: BodyView }
  /** A tour at a step (from 0, always within the tour); `on` is what that step put on the body. */
  | { readonly kind: 'tour'; readonly tour: TourId; readonly step: number; readonly on: BodyView }

export type PanelKind = Panel['kind']
export type TourPanel = Extract<Panel, { kind: 'tour' }>

export const WELCOME: BodyView = { kind: 'welcome' }

export function groupView(
  group: GroupId,
  card: string | null = null,
  isolated: MuscleId | null = null,
): BodyView {
  return { kind: 'group', group, isolated, card }
}

/** A tour at a step, kept within the tour (a link's step past the end is the last step). */
export function tourAt(tour: TourId, step: number, on: BodyView): TourPanel {
  return { kind: 'tour', tour, step: Math.min(TOUR_STEP_COUNT[tour] - 1, Math.max(0, Math.trunc(step))), on }
}

/** What the body shows under a panel: the tours carry it, the plan shows none (its colours instead). */
export function bodyViewOf(panel: Panel): BodyView {
  switch (panel.kind) {
    case 'tours':
    case 'tour':
      return panel.on
    case 'plan':
      return WELCOME
    default:
      return panel
  }
}

/** The same panel showing another view on the body: a tour keeps its place, any other panel becomes the view. */
export function withBodyView(panel: Panel, view: BodyView): Panel {
  return panel.kind === 'tours' || panel.kind === 'tour' ? { ...panel, on: view } : view
}

type PanelState = Pick<ExplorerState, 'panel'>

// Narrow selectors for scene and panels: each returns a primitive, so a component re-renders only when its
// own answer changes.

/** The group on the body (both sides, all its muscles): chosen, or shown by a tour. */
export function selectedGroup(s: PanelState): GroupId | null {
  const view = bodyViewOf(s.panel)
  return view.kind === 'group' ? view.group : null
}

/** The muscle shown alone, if any. */
export function isolatedMuscle(s: PanelState): MuscleId | null {
  const view = bodyViewOf(s.panel)
  return view.kind === 'group' ? view.isolated : null
}

/** The structure outside the groups whose card is open (or that the tours list was opened over). */
export function shownPart(s: PanelState): StructureId | null {
  const view = bodyViewOf(s.panel)
  return view.kind === 'part' ? view.part : null
}

/** The card of the group's panel asked for (`section:exercises`, `exercise:<id>`…). */
export function groupCard(s: PanelState): string | null {
  const view = bodyViewOf(s.panel)
  return view.kind === 'group' ? view.card : null
}

export function panelKind(s: PanelState): PanelKind {
  return s.panel.kind
}

export function isPlanOpen(s: PanelState): boolean {
  return s.panel.kind === 'plan'
}

export function planStepOf(s: PanelState): PlanStep | null {
  return s.panel.kind === 'plan' ? s.panel.step : null
}

/** The tours list or a tour is in the panel. */
export function areToursOpen(s: PanelState): boolean {
  return s.panel.kind === 'tours' || s.panel.kind === 'tour'
}

export function tourOf(s: PanelState): TourId | null {
  return s.panel.kind === 'tour' ? s.panel.tour : null
}

/** The tour's step on screen (from 0), or 0 outside a tour. */
export function tourStepOf(s: PanelState): number {
  return s.panel.kind === 'tour' ? s.panel.step : 0
}

/**
 * The X-ray this view brings by itself: a deep group (the hip flexors, the core), a deep muscle shown alone or a
 * deep structure would be invisible under the outer layer without it. A link writes `xray` only where the
 * reader's X-ray differs from this.
 */
export function impliedXray(view: BodyView): boolean {
  if (view.kind === 'part') return STRUCTURES[view.part].deep
  if (view.kind !== 'group') return false
  return GROUPS[view.group].xrayOnSelect || (view.isolated !== null && MUSCLES[view.isolated].deep)
}

/** Whether arriving at `now` from `was` should turn the X-ray on: only for what has just come into view. */
function xrayComesOn(was: BodyView, now: BodyView): boolean {
  if (now.kind === 'part') return STRUCTURES[now.part].deep && !(was.kind === 'part' && was.part === now.part)
  if (now.kind !== 'group') return false
  const sameGroup = was.kind === 'group' && was.group === now.group
  if (!sameGroup && GROUPS[now.group].xrayOnSelect) return true
  const sameMuscle = sameGroup && was.isolated === now.isolated
  return now.isolated !== null && MUSCLES[now.isolated].deep && !sameMuscle
}

/**
 * Asking for a card of a group's panel: counted, so the same card asked for again comes back into view; an
 * exercise asked for by name must be on screen, and the kit and level filters could hide it.
 */
export function cardRequest(s: ExplorerState, card: string | null): Partial<ExplorerState> {
  return {
    cardSeq: s.cardSeq + 1,
    ...(card?.startsWith('exercise:') ? { equipment: [], level: null } : {}),
  }
}

/** The stride speed a tour leaves behind it. */
const USUAL_SPEED: StrideSpeed = 1

/**
 * The state that goes with moving the panel to `next`: the panel itself and whatever leaving the old one or
 * entering the new one changes. The one place for those side effects; every panel action goes through here.
 */
export function moveTo(s: ExplorerState, next: Panel): Partial<ExplorerState> {
  const prev = s.panel
  let change: Partial<ExplorerState> = { panel: next }
  if (prev.kind === 'plan' && next.kind !== 'plan')
    // The plan's colours leave with it and an unread link is dropped; its answers stay, and "My plan" reopens
    // at the step it was on.
    change = { ...change, planMarks: null, planPending: null, planReturnStep: prev.step }
  // The plan's colours need the body to themselves: a stride loop would compete with them.
  if (next.kind === 'plan' && prev.kind !== 'plan') change = { ...change, loop: null }
  // A tour's slow loop and speed were the tour's, not the reader's.
  if (prev.kind === 'tour' && next.kind !== 'tour') change = { ...change, loop: null, speed: USUAL_SPEED }
  if (xrayComesOn(bodyViewOf(prev), bodyViewOf(next))) change = { ...change, xray: true }
  return change
}
