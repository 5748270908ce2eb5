/**
 * How a link maps onto the store and back, and the start-up both pages share (index.html and embed.html):
 * below both shells, so neither imports the other.
 */
import {
  panelSectionOf,
  parseLink,
  type LinkState,
  type PanelSectionId,
  type ParsedLink,
} from '../domain/links.ts'
import { isExerciseId } from '../domain/exercises.ts'
import { isTypicalLab } from '../domain/lab.ts'
import { prefersReducedMotion } from '../platform/motion.ts'
import { renderStats } from './clock.ts'
import {
  bodyViewOf,
  groupCard,
  impliedXray,
  isolatedMuscle,
  selectedGroup,
  shownPart,
  tourOf,
  tourStepOf,
} from './panel.ts'
import type { ExplorerState } from './types.ts'
import { planLinkValue } from './slices/plan.ts'
import type { ExplorerStore as Store } from './index.ts'

/**
 * Apply the values a link names, leaving everything else as it is. Shared by the start-up, the embed's
 * attributes and host messages.
 */
export function applyLinkState(store: Store, link: Partial<LinkState>): void {
  const s = store.getState()
  if (link.muscle !== undefined) s.select(link.muscle)
  if (link.part) s.openPart(link.part)
  if (link.view) s.setView(link.view)
  if (link.phase !== undefined && link.phase !== null) {
    s.setStride(true)
    s.seek(link.phase)
  }
  // With an exercise, play belongs to its demo (below); otherwise to the stride. Reduced motion wins over a
  // link's play=1: the stride waits for the reader's own Play.
  if (link.exercise) s.showDemo(link.exercise, { play: link.play !== false })
  else if (link.play === true && !prefersReducedMotion()) s.play()
  else if (link.play === false) s.pause()
  if (link.plan === 'new') s.openPlan('about')
  else if (link.plan) s.openPlanLink(link.plan)
  if (link.isolate) s.isolate(link.isolate)
  if (link.xray !== undefined && link.xray !== null) s.setXray(link.xray)
  if (link.labels !== undefined && link.labels !== null) s.setLabels(link.labels)
  // A loop is a range of the running stride: without stride mode it would only surprise the next Play.
  if (link.loop && store.getState().stride) s.setLoop(link.loop)
  if (link.camera) s.requestCamera(link.camera)
  // A lab setting is a way of running: it opens stride mode, with the lab's controls in view.
  if (link.lab) {
    s.setLab(link.lab)
    if (!store.getState().stride) s.setStride(true)
    s.setLabOpen(true)
  }
  // A tour's own step sets the view once its words have loaded; the link's other values then describe it.
  if (link.tour) s.startTour(link.tour, (link.step ?? 1) - 1)
}

export function linkStateOf(s: ExplorerState): LinkState {
  const isolate = isolatedMuscle(s)
  const tour = tourOf(s)
  return {
    muscle: selectedGroup(s),
    part: shownPart(s),
    view: s.viewChosen ? s.view : null,
    phase: s.stride ? s.phase : null,
    // A demo plays unless told otherwise: only its held moment is written (`play=0`).
    play: s.stride ? s.playing : s.demo && isExerciseId(s.demo) && !s.demoPlaying ? false : null,
    plan: planLinkValue(s),
    // Written only where the reader changed it from what the view brings by itself.
    xray: s.xray !== impliedXray(bodyViewOf(s.panel)) ? s.xray : null,
    isolate,
    labels: s.labels ? true : null,
    loop: s.stride ? s.loop : null,
    camera: s.camera,
    tour,
    step: tour ? tourStepOf(s) + 1 : null,
    // A self-test's pose is part of My plan's step, not a link of its own.
    exercise: s.demo && isExerciseId(s.demo) ? s.demo : null,
    lab: s.stride && !isTypicalLab(s.lab) ? s.lab : null,
  }
}

/** The address's `#section`: the section of the group's panel asked for last, if it is one. */
export function sectionOf(s: ExplorerState): PanelSectionId | null {
  const card = groupCard(s)
  return card?.startsWith('section:') ? panelSectionOf(card.slice('section:'.length)) : null
}

/**
 * The one start-up path of both pages, run before anything renders: exposes the frame counter to tests and the
 * bench (window.__RAE_STATS__), then applies the page's link, so a deep link never flashes the welcome view, and
 * turns its bad values into notices.
 */
export function bootFromLink(
  store: Store,
  search: string = window.location.search,
  hash: string = window.location.hash,
): ParsedLink {
  ;(window as Window & { __RAE_STATS__?: typeof renderStats }).__RAE_STATS__ = renderStats
  // Start-up milestones for the bench (rae:boot, rae:model-decoded, rae:renderer, rae:ready).
  performance.mark('rae:boot')
  const parsed = parseLink(search)
  applyLinkState(store, parsed.state)
  // `#exercises` after a group opens its panel at that section (a tour's step sets its own).
  const section = panelSectionOf(hash)
  const panel = store.getState().panel
  if (section && panel.kind === 'group') store.getState().openCard(panel.group, `section:${section}`)
  for (const p of parsed.problems) store.getState().addNotice(p)
  return parsed
}
