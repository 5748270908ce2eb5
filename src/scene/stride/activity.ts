/**
 * The stride's glow, kept at module level so every restyle (Body re-applies styles on hover, selection or
 * X-ray changes) uses the same activity the animation last set, instead of wiping the glow.
 */
import { GROUP_IDS, type GroupId } from '../../domain/groups.ts'
import { explorerStore, renderStats } from '../../store/index.ts'
import type { BodyRig, MusclePart } from '../body-rig.ts'
import { applyActivity, styleStateOf, type ActivityOf } from '../materials.ts'

const glow: { on: boolean; of: ((part: MusclePart) => number) | null } = { on: false, of: null }

/** The activity function for applyStyles/applyActivity: null outside stride mode. */
export function currentActivity(): ActivityOf {
  return glow.on ? glow.of : null
}

/**
 * Set by the stride driver, which loads with stride mode (with the activation tables), so the page's first
 * load carries neither: `of` gives a part's activity at the moment the driver last showed.
 */
export function setGlow(on: boolean, of: ((part: MusclePart) => number) | null = null): void {
  glow.on = on
  glow.of = on ? of : null
}

/** Group → strongest muscle activity (either side), the read-only hook tests use. Filled in place. */
export const glowStats: Record<GroupId, number> = Object.fromEntries(GROUP_IDS.map((g) => [g, 0])) as Record<
  GroupId,
  number
>
renderStats.glow = glowStats

export function updateGlowStats(rig: BodyRig): void {
  for (const g of GROUP_IDS) glowStats[g] = 0
  const of = currentActivity()
  if (!of) return
  for (const part of rig.parts) {
    const a = of(part)
    if (a > glowStats[part.group]) glowStats[part.group] = a
  }
}

/**
 * Show the glow last set on the figure's materials. Here rather than in the demo's chunk: a lazy chunk that imports
 * materials.ts itself made the bundler split the page's first load into more files.
 */
export function applyGlow(rig: BodyRig): void {
  applyActivity(rig, styleStateOf(explorerStore.getState()), currentActivity())
}
