/**
 * The stride's glow, kept at module level so every restyle (Body re-applies styles on hover, selection or
 * X-ray changes) uses the same activity the animation last set, instead of wiping the glow.
 */
import { GROUP_IDS, type GroupId } from '../../domain/groups.ts'
import { activationAt } from '../../domain/stride/activation.ts'
import { renderStats } from '../../store/index.ts'
import type { BodyRig, MusclePart } from '../body-rig.ts'
import type { ActivityOf } from '../materials.ts'

const glow = {
  on: false,
  /** Percent of the right leg's cycle the glow shows. */
  percent: 0,
}

function activityOfPart(part: MusclePart): number {
  return activationAt(part.muscle, part.side, glow.percent)
}

/** The activity function for applyStyles/applyActivity: null outside stride mode. */
export function currentActivity(): ActivityOf {
  return glow.on ? activityOfPart : null
}

export function setGlow(on: boolean, percent: number): void {
  glow.on = on
  glow.percent = percent
}

/** Group → strongest muscle activity (either side), the read-only hook tests use. Filled in place. */
export const glowStats: Record<GroupId, number> = Object.fromEntries(GROUP_IDS.map((g) => [g, 0])) as Record<
  GroupId,
  number
>
renderStats.glow = glowStats

export function updateGlowStats(rig: BodyRig): void {
  for (const g of GROUP_IDS) glowStats[g] = 0
  if (!glow.on) return
  for (const part of rig.parts) {
    const a = activityOfPart(part)
    if (a > glowStats[part.group]) glowStats[part.group] = a
  }
}
