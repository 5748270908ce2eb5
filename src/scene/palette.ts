/** Colours of the figure. Muscles vary a little in tone so neighbours read apart even before shading. */
import { Color } from 'three'
import { MUSCLES, musclesOf, type MuscleId } from '../domain/groups.ts'

export const SKIN = new Color('#d8c3b1')
export const MUSCLE = new Color('#b4544b')
/** Chosen and hovered muscles turn cool, so they stand out from the red of every other muscle. */
export const SELECTED = new Color('#4f8fd0')
export const HOVER_EMISSIVE = new Color('#3f86d8')
export const SELECTED_EMISSIVE = new Color('#1d4f86')
/** A working muscle glows a brighter, hotter red in the stride; a resting one keeps its plain colour. */
export const ACTIVE_EMISSIVE = new Color('#ff4a2a')
/** A demo's muscle lengthening under load (eccentric) glows violet-blue instead of red. */
export const ECCENTRIC_EMISSIVE = new Color('#7a4dff')
export const RECEDED = new Color('#c9bdb5')
/** "My plan" results on the body (the panel's legend uses the same colours): amber, violet and green. */
export const MARK_COLORS = {
  weak: new Color('#f0a020'),
  asymmetric: new Color('#9d5bd2'),
  fine: new Color('#2f9e6a'),
  testing: SELECTED,
} as const
/**
 * The écorché's other tissues: tendon and fascia a cool silver-white, bone a warm ivory (two near-identical whites
 * read as one jumble at the knee), the body between muscles dark.
 */
export const TENDON = new Color('#d2dbe4')
export const BONE = new Color('#e2cd9e')
export const INNER = new Color('#7a3b36')
export const OTHER_MUSCLE = new Color('#a84a42')

const SHADES = [
  { h: 0, l: 0 },
  { h: 0.018, l: 0.075 },
  { h: -0.012, l: -0.06 },
] as const

const cache = new Map<MuscleId, Color>()

export function baseColorFor(muscle: MuscleId): Color {
  let c = cache.get(muscle)
  if (!c) {
    // Muscles of one group sit side by side (the vasti, the hamstrings): give each its own shade.
    const i = musclesOf(MUSCLES[muscle].group).findIndex((m) => m.id === muscle)
    const hsl = { h: 0, s: 0, l: 0 }
    MUSCLE.getHSL(hsl)
    c = new Color().setHSL(hsl.h + SHADES[i % 3]!.h, hsl.s, hsl.l + SHADES[i % 3]!.l)
    cache.set(muscle, c)
  }
  return c
}
/** A structure outside the groups whose card is open: tinted as a selected group is. */
export const MARKED = OTHER_MUSCLE.clone().lerp(SELECTED, 0.6)
