/** Colours of the figure. Muscles vary a little in tone so neighbours read apart even before shading. */
import { Color } from 'three'
import { MUSCLES, musclesOf, type MuscleId } from '../domain/groups.ts'

export const SKIN = new Color('#d8c3b1')
export const MUSCLE = new Color('#b4544b')
export const SELECTED = new Color('#d8432e')
export const HOVER_EMISSIVE = new Color('#ff9a4d')
export const SELECTED_EMISSIVE = new Color('#ff5a2a')
export const ACTIVE_EMISSIVE = new Color('#ffcc33')
export const RECEDED = new Color('#c9bdb5')

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
