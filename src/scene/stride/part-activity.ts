import { TYPICAL_LAB, isTypicalLab, type LabSettings } from '../../domain/lab.ts'
import { activationAt } from '../../domain/stride/activation.ts'
import { labActivationAt } from '../../domain/stride/lab-data.ts'
import type { MusclePart } from '../body-rig.ts'

const moment: { percent: number; lab: LabSettings } = { percent: 0, lab: TYPICAL_LAB }
const ofPart = (part: MusclePart) => activationAt(part.muscle, part.side, moment.percent)
const ofPartInLab = (part: MusclePart) => labActivationAt(part.muscle, part.side, moment.percent, moment.lab)

/**
 * A part's activity at a moment of the right leg's cycle (percent of the typical cycle), from the activation
 * tables, at the stride lab's setting. Called every animated frame, so it moves one shared moment and hands back
 * the same function instead of allocating.
 */
export function partActivityAt(
  percent: number,
  lab: LabSettings = TYPICAL_LAB,
): (part: MusclePart) => number {
  moment.percent = percent
  moment.lab = lab
  return isTypicalLab(lab) ? ofPart : ofPartInLab
}
