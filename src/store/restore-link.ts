/**
 * Back and Forward: the whole view of an address put back on screen. Apart from link.ts, which both pages load
 * first, because only the app has history to walk (the embed never needs it).
 */
import { MUSCLES } from '../domain/groups.ts'
import type { LinkState, PanelSectionId } from '../domain/links.ts'
import type { PlanStep } from '../domain/plan.ts'
import { TYPICAL_LAB } from '../domain/lab.ts'
import { prefersReducedMotion } from '../platform/motion.ts'
import { WELCOME, bodyViewOf, groupView, impliedXray, tourAt, type BodyView, type Panel } from './panel.ts'
import { planCodeOf } from './slices/plan.ts'
import type { ExplorerStore as Store } from './index.ts'

/** What the body shows for a link's muscle, structure and muscle alone (one muscle alone wins, as it always did). */
function bodyViewOfLink(link: LinkState): BodyView {
  if (link.isolate) return groupView(MUSCLES[link.isolate].group, null, link.isolate)
  if (link.part) return { kind: 'part', part: link.part }
  return link.muscle ? groupView(link.muscle) : WELCOME
}

export interface WholeLinkOptions {
  /** The address's `#section`, which opens the group's panel there. */
  section?: PanelSectionId | null
  /** The plan step the history entry was on (the address does not carry it). */
  planStep?: PlanStep | null
  /** The entry was the tours list (the address shows only what is under it). */
  toursList?: boolean
  /**
   * Keep the plan's answers on screen rather than read the link's plan: Back never takes back an answer, and
   * an entry of our own holds only an older copy of them.
   */
  keepAnswers?: boolean
}

/**
 * Put the whole view a link describes on screen, from whatever is there now: what a fresh load of that address
 * gives (without its notes), every linked value set, those the link leaves out back at their defaults. Back and
 * Forward come through here.
 */
export function resetToLink(store: Store, link: LinkState, options: WholeLinkOptions = {}): void {
  const { section = null, planStep = null, toursList = false, keepAnswers = false } = options
  const s = store.getState()
  const view = bodyViewOfLink(link)

  let panel: Panel = view
  if (link.tour) panel = tourAt(link.tour, (link.step ?? 1) - 1, view)
  else if (!link.isolate && link.plan) {
    const code = link.plan
    // Another plan than the answers on screen, from outside this page's own history: read it as a load would.
    if (code !== 'new' && !keepAnswers && code !== planCodeOf(s)) {
      s.openPlanLink(code)
      panel = store.getState().panel
    } else panel = { kind: 'plan', step: planStep ?? (code === 'new' ? 'about' : 'plan') }
  } else if (toursList) panel = { kind: 'tours', on: view }
  s.showPanel(panel)
  // The section the link names: the group's panel opens there, as on a fresh load.
  if (section && panel.kind === 'group') s.openCard(panel.group, `section:${section}`)

  if (link.exercise) s.showDemo(link.exercise, { play: link.play !== false })
  else if (store.getState().demo) s.closeDemo()

  if (link.phase === null) s.setStride(false)
  else {
    s.setStride(true)
    if (link.play === true && !prefersReducedMotion()) {
      s.seek(link.phase)
      s.play()
    } else s.seekTo(link.phase)
  }
  s.setLoop(link.loop && store.getState().stride ? link.loop : null)
  // The lab's setting as the address has it (typical when it names none), as a fresh load would.
  if (link.lab && !store.getState().stride) {
    s.setStride(true)
    s.seekTo(0)
  }
  s.setLab(link.lab ?? TYPICAL_LAB)
  if (link.lab) s.setLabOpen(true)
  s.setLabels(link.labels ?? false)
  const after = store.getState()
  s.setXray(link.xray ?? impliedXray(bodyViewOf(after.panel)))

  // The camera: the link's preset, or the framing of what is chosen, and then the link's own pose if it kept
  // one. A camera the reader had turned goes back too.
  const turned = after.camera !== null
  if (link.view) {
    if (!after.viewChosen || after.view !== link.view || turned) s.setView(link.view)
  } else if (after.viewChosen || turned) s.unchooseView()
  s.noteCamera(link.camera ?? null)
  if (link.camera) s.requestCamera(link.camera)
}
