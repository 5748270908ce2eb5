/** Colours of the figure. Muscles vary a little in tone so neighbours read apart even before shading. */
import { Color } from 'three'
import { MUSCLE_IDS, type MuscleId } from '../domain/groups.ts'

export const SKIN = new Color('#d8c3b1')
export const MUSCLE = new Color('#b4544b')
export const SELECTED = new Color('#d8432e')
export const HOVER_EMISSIVE = new Color('#ff9a4d')
export const SELECTED_EMISSIVE = new Color('#ff5a2a')
export const ACTIVE_EMISSIVE = new Color('#ffcc33')
export const RECEDED = new Color('#c9bdb5')

const cache = new Map<MuscleId, Color>()

export function baseColorFor(muscle: MuscleId): Color {
  let c = cache.get(muscle)
  if (!c) {
    const i = MUSCLE_IDS.indexOf(muscle)
    // Alternate lightness by index so adjacent muscles in the list (often neighbours on the body) differ.
    const hsl = { h: 0, s: 0, l: 0 }
    MUSCLE.getHSL(hsl)
    c = new Color().setHSL(hsl.h + ((i % 3) - 1) * 0.012, hsl.s, hsl.l + ((i % 2) * 2 - 1) * 0.035)
    cache.set(muscle, c)
  }
  return c
}
