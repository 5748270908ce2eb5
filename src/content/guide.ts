/** Page-level content: the five benefits and the text around the group panels. */
import { BENEFIT_IDS, BENEFIT_NAMES, type BenefitId } from '../domain/training.ts'
import type { BenefitContent, Guide } from './types.ts'

type BenefitText = Omit<BenefitContent, 'id' | 'name'>

const BENEFIT_TEXT: Readonly<Record<BenefitId, BenefitText>> = {
  power: {
    definition:
      'Producing a lot of force in a short time: a quicker, stronger push against the ground for surges, hills and sprint finishes.',
    sources: ['Stor08', 'Paav99', 'Blag18'],
    flags: ['SEC'],
  },
  balance: {
    definition:
      'Keeping the pelvis and trunk steady over one foot at every landing, so the leg does not collapse inward and the hips stay level.',
    sources: ['Foch20', 'Saun05'],
    flags: [],
  },
  coordination: {
    definition:
      'Switching the right muscles on and off at the right moment of the stride; each group has its own on and off windows, shown in the stride mode.',
    sources: ['Gaz07', 'Capp06', 'Saun05'],
    flags: [],
  },
  economy: {
    definition:
      'How much energy you use at a given pace. Heavy, explosive and jump training improve it by about 2–8%, even though VO₂max barely changes.',
    sources: ['Blag18', 'Bals16', 'Stor08'],
    flags: [],
  },
  'injury-prevention': {
    definition:
      'Lowering the chance of getting hurt. In sports in general, strength training cut injuries to about a third, while stretching made no difference.',
    sources: ['Laue14', 'Laue18'],
    flags: [],
  },
}

export const BENEFITS: Readonly<Record<BenefitId, BenefitContent>> = Object.fromEntries(
  BENEFIT_IDS.map((id) => [id, { id, name: BENEFIT_NAMES[id], ...BENEFIT_TEXT[id] }]),
) as Record<BenefitId, BenefitContent>

export const GUIDE: Guide = {
  intro: {
    text: 'Running is more than legs and lungs: eight muscle groups share the work of every stride, and strength training makes them better at it. Done two or three times a week, it can make you more powerful, steadier, better coordinated, more economical and less likely to get hurt.',
    sources: ['Blag18', 'Laue18', 'Hamner10'],
    flags: [],
  },
  closing: {
    text: 'No two runners have the same weak spots, and a past injury or high weekly mileage changes what you need most. Use these groups as a map, not a prescription: a coach or physiotherapist can help you tailor a plan to your own body.',
    sources: ['vGent07', 'ACSM09'],
    flags: [],
  },
  tempoNotation:
    'Tempo is written as three numbers: seconds lowering (the muscle lengthening), seconds paused at the bottom, seconds lifting. So 3-0-1 means three seconds down, no pause, one second up. X means as fast as you can while staying in control; "hold" means a static hold, with the time given in place of reps.',
  editorialNote: {
    text: 'Difficulty levels and coaching cues are coaching judgement rather than research findings, and doses marked as estimates follow general strength-training guidance: 8–12 repetitions for beginners, 2–3 sessions a week, adding 2–10% load once you can do one or two reps more than the target.',
    sources: ['ACSM09'],
    flags: ['UE'],
  },
  flagLegend: {
    UE: 'Estimate: no source gives this exact number or advice; it is our editorial or typical-practice value.',
    NV: 'Not re-verified: this is how the named source is usually quoted, but we could not check its original text again.',
    SIM: 'Simulation: worked out from one simulated runner in an open research model, not measured muscle activity.',
    SEC: 'Secondary source: taken from a paper or page that cites the original study, not from the study itself.',
  },
}
