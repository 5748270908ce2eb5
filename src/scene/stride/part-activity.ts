import { activationAt } from '../../domain/stride/activation.ts'
import type { MusclePart } from '../body-rig.ts'

const moment = { percent: 0 }
const ofPart = (part: MusclePart) => activationAt(part.muscle, part.side, moment.percent)

/**
 * A part's activity at a moment of the right leg's cycle (percent), from the activation tables. Called every
 * animated frame, so it moves one shared moment and hands back the same function instead of allocating.
 */
export function partActivityAt(percent: number): (part: MusclePart) => number {
  moment.percent = percent
  return ofPart
}
