/**
 * Compact cards for the figure's structures outside the eight groups: muscles that run with them, the
 * thoracolumbar fascia, the bones left uncovered. Each says what the part does, one line on its part in running
 * (with the same sources and flags as the panels), and the target group it works with. Facts from the reference's
 * écorché tables (more-running-anatomy-facts §1–2), in our own words.
 */
import type { GroupId, StructureId } from '../domain/groups.ts'
import type { Claim, SourcedText } from './types.ts'

/** A structure that belongs to no group (a tendon of a group's muscle opens that group instead). */
export type CardPartId = Exclude<
  StructureId,
  | 'achilles-tendon'
  | 'patellar-tendon'
  | 'quadriceps-tendon'
  | 'hamstring-tendons'
  | 'pes-anserinus'
  | 'iliotibial-band'
  | 'linea-alba'
  | 'rectus-sheath'
  | 'patella'
>

export interface PartCard {
  /** What it does, or for a bone what it is and what attaches there. */
  readonly does: SourcedText
  /** Its part in running, or that none was found. */
  readonly running: Claim
  /** The target group it works alongside, opened from the card. */
  readonly worksWith: GroupId
}

const gray = (text: string): SourcedText => ({ text, sources: ['Gray18'], flags: [] })
const none = (text: string): Claim => ({ text, sources: [], flags: ['UE'], claim: 'mechanism' })
const sim = (text: string): Claim => ({ text, sources: ['Hamner10'], flags: ['SIM'], claim: 'timing' })

export const PART_CARDS: Readonly<Record<CardPartId, PartCard>> = {
  'pectoralis-major': {
    does: gray(
      'The fan over the front of the chest: draws the arm across the body and turns it inward; its upper part lifts the arm forward.',
    ),
    running: {
      text: 'No study of this muscle in running was found; running with the arms held still cost 3–13 % more energy than swinging them.',
      sources: ['Arel14'],
      flags: [],
      claim: 'performance',
    },
    worksWith: 'shoulders',
  },
  'latissimus-dorsi': {
    does: gray(
      'The broad sheet of the lower back, from the spine, sacrum and iliac crest up to the arm: pulls the arm down and back and turns it inward.',
    ),
    running: none(
      'No running study was found; by its action it helps stop the arm swinging forward and pull it back.',
    ),
    worksWith: 'shoulders',
  },
  'serratus-anterior': {
    does: gray(
      'The saw-toothed slips on the side of the ribs: holds the shoulder blade against the chest wall and turns it upward.',
    ),
    running: none('No running data was found; it keeps the shoulder blade steady while the arms swing.'),
    worksWith: 'upper-back',
  },
  rhomboids: {
    does: gray(
      'Bands from the spine to the inner edge of the shoulder blade, under the trapezius: draw the blade in toward the spine.',
    ),
    running: none('No running data was found; with the trapezius they hold the shoulder blades back.'),
    worksWith: 'upper-back',
  },
  infraspinatus: {
    does: gray(
      'Fills the back of the shoulder blade below its spine: turns the arm outward and keeps the ball of the shoulder centred.',
    ),
    running: none(
      'No running data was found; it is the rotator-cuff muscle that band external rotations train.',
    ),
    worksWith: 'shoulders',
  },
  'teres-major': {
    does: gray(
      'A thick band from the lower corner of the shoulder blade to the front of the arm bone: draws the arm down, back and inward.',
    ),
    running: none('No running data was found; it works with the latissimus on the back-swing.'),
    worksWith: 'shoulders',
  },
  'erector-spinae': {
    does: gray(
      'Two columns either side of the spine, under the thoracolumbar fascia: straighten the trunk and bend it to the side, and brake it when it folds forward.',
    ),
    running: {
      text: 'Fires in bursts near each foot strike, holding the trunk upright as the body lands.',
      sources: ['Saun05'],
      flags: [],
      claim: 'timing',
    },
    worksWith: 'core',
  },
  'internal-oblique': {
    does: gray(
      'The middle layer of the side wall of the abdomen, fibres at right angles to the external oblique: turns and bends the trunk and raises the pressure inside the abdomen.',
    ),
    running: {
      text: 'Trunk muscles switch on in two bursts tied to each foot strike.',
      sources: ['Saun05'],
      flags: [],
      claim: 'timing',
    },
    worksWith: 'core',
  },
  sternocleidomastoid: {
    does: gray(
      'The strap from the breastbone and collarbone to behind the ear: tilts the head to its side and turns the face away; both together bend the neck forward.',
    ),
    running: none('No running data was found.'),
    worksWith: 'upper-back',
  },
  'biceps-brachii': {
    does: gray('The front of the upper arm: bends the elbow and turns the palm up.'),
    running: sim('Holds the elbow bent, at roughly 79–115°, through the whole stride.'),
    worksWith: 'shoulders',
  },
  'triceps-brachii': {
    does: gray(
      'The back of the upper arm, three heads onto the point of the elbow: straightens the elbow; its long head also draws the arm back.',
    ),
    running: none('No running study was found; with the biceps it holds the bent elbow as the arm swings.'),
    worksWith: 'shoulders',
  },
  brachialis: {
    does: gray(
      'The flat muscle under the biceps on the lower half of the upper arm, from the front of the humerus to the ulna just below the elbow: the elbow’s main bender, whichever way the palm faces.',
    ),
    running: none('No running data was found.'),
    worksWith: 'shoulders',
  },
  brachioradialis: {
    does: gray(
      'The strap along the thumb side of the forearm: bends the elbow, strongest with the thumb up.',
    ),
    running: none('No running data was found.'),
    worksWith: 'shoulders',
  },
  'forearm-flexors': {
    does: gray(
      'The bellies from the inner elbow down the palm side of the forearm: bend the wrist and fingers and turn the palm down.',
    ),
    running: none('Only a light grip and the carriage of the hand; no running data was found.'),
    worksWith: 'shoulders',
  },
  'forearm-extensors': {
    does: gray(
      'The bellies from the outer elbow down the back of the forearm: straighten the wrist and fingers.',
    ),
    running: none('No running data was found.'),
    worksWith: 'shoulders',
  },
  'adductor-longus': {
    does: gray(
      'A triangle from the front of the pubis to the middle of the thigh bone: draws the thigh in, and forward from behind the body.',
    ),
    running: sim(
      'Works from late stance into mid swing (about 40–69 % of the stride) as the thigh swings through.',
    ),
    worksWith: 'hip-flexors',
  },
  'adductor-magnus': {
    does: gray(
      'The largest adductor, from the pubis and sitting bone to the whole back of the thigh bone: draws the thigh in; its lower, hamstring-like part extends the hip.',
    ),
    running: sim(
      'Its hamstring part works in late swing and early stance (about 81 % of the stride through the next 27 %), with the hamstrings.',
    ),
    worksWith: 'hamstrings',
  },
  gracilis: {
    does: gray(
      'A long thin strap down the inner thigh to the pes anserinus below the knee: draws the thigh in and bends the knee.',
    ),
    running: sim('Works mainly in swing (about 36–79 % of the stride).'),
    worksWith: 'hamstrings',
  },
  pectineus: {
    does: gray(
      'A flat square at the top of the inner thigh, between the iliopsoas and adductor longus: lifts the thigh and draws it in.',
    ),
    running: sim('Works as the thigh swings forward (about 39–69 % of the stride), with the hip flexors.'),
    worksWith: 'hip-flexors',
  },
  'tibialis-anterior': {
    does: gray(
      'The muscle just outside the shin bone: lifts the foot and turns its sole inward; its tendon crosses the front of the ankle.',
    ),
    running: {
      text: 'Lifts the toes clear in swing and lowers the foot after a heel landing.',
      sources: ['Yong14'],
      flags: [],
      claim: 'timing',
    },
    worksWith: 'calves',
  },
  'extensor-digitorum-longus': {
    does: gray(
      'A narrow belly beside the tibialis anterior, with four tendons to the toes: lifts the toes and the foot.',
    ),
    running: sim('Works lightly through most of the stride, most at foot strike.'),
    worksWith: 'calves',
  },
  'fibularis-longus': {
    does: gray(
      'On the outside of the leg; its tendon curls behind the outer ankle bone and under the foot: turns the sole outward, points the foot and supports the arch.',
    ),
    running: sim(
      'Works in mid to late stance (about 16–34 % of the stride), steadying the foot for push-off.',
    ),
    worksWith: 'calves',
  },
  'fibularis-brevis': {
    does: gray(
      'Under the fibularis longus in the lower leg, to the outside of the foot: turns the sole outward and points the foot.',
    ),
    running: sim('Works in mid to late stance (about 15–33 % of the stride).'),
    worksWith: 'calves',
  },
  'tibialis-posterior': {
    does: gray(
      'The deepest calf muscle; its tendon passes behind the inner ankle bone to the midfoot: turns the sole inward, points the foot and holds up the inner arch.',
    ),
    running: sim('Works in mid to late stance (about 16–32 % of the stride) as the arch takes the load.'),
    worksWith: 'calves',
  },
  'thoracolumbar-fascia': {
    does: gray(
      'The diamond of tough fascia over the lower back: fixed to the spine and the back of the iliac crest; the latissimus starts from it, and the deep abdominal muscles pull on its sides.',
    ),
    running: none('No running data was found; it ties the back muscles to the abdominal wall.'),
    worksWith: 'core',
  },
  clavicle: {
    does: gray(
      'The collarbone, an S-shaped bar just under the skin from the breastbone to the shoulder; deltoid, trapezius and pectoralis attach to it.',
    ),
    running: none('A bone: it moves with the shoulder girdle as the arms swing.'),
    worksWith: 'shoulders',
  },
  acromion: {
    does: gray('The bony tip of the shoulder, where the deltoid starts and the trapezius ends.'),
    running: none('A bone: the point the deltoid swings the arm from.'),
    worksWith: 'shoulders',
  },
  'scapular-spine': {
    does: gray(
      'The ridge across the back of the shoulder blade, between the trapezius above and the deltoid and infraspinatus below.',
    ),
    running: none('A bone: the trapezius pulls on it to steady the shoulder blade.'),
    worksWith: 'upper-back',
  },
  olecranon: {
    does: gray('The point of the elbow, where the triceps inserts.'),
    running: none('A bone: the elbow stays bent through the stride.'),
    worksWith: 'shoulders',
  },
  'iliac-crest': {
    does: gray(
      'The rim of the pelvis at the waist; the abdominal wall, the latissimus and the gluteus medius hang from it.',
    ),
    running: none(
      'A bone: when the hip drops on landing, this rim tilts; the gluteus medius keeps it level.',
    ),
    worksWith: 'glutes',
  },
  sacrum: {
    does: gray(
      'The triangle of fused vertebrae at the back of the pelvis, between the two gluteal origins; the erector spinae and gluteus maximus start here.',
    ),
    running: none('A bone: the anchor of the back and buttock muscles that steady the trunk on landing.'),
    worksWith: 'glutes',
  },
  fibula: {
    does: gray(
      'The thin outer bone of the leg. Its head, felt just below the outer side of the knee, takes the biceps femoris tendon and the knee’s lateral ligament; the fibularis muscles start on its shaft.',
    ),
    running: none(
      'A bone: it carries little of your weight, but the muscles that steady the ankle hang from it.',
    ),
    worksWith: 'hamstrings',
  },
  tibia: {
    does: gray(
      'The shin bone: its front crest and inner face lie just under the skin from below the knee to the inner ankle.',
    ),
    running: {
      text: 'A bone: its inner border is where shin splints hurt. Current thinking puts that pain down mostly to overload of the bone itself rather than muscles pulling on it; see the calves for bone stress.',
      sources: ['Frank15'],
      flags: [],
      claim: 'injury',
    },
    worksWith: 'calves',
  },
  malleoli: {
    does: gray(
      'The ankle bones you can feel either side: the inner one is the end of the tibia, the lower outer one the end of the fibula; tendons curve behind both.',
    ),
    running: none('Bones: the tendons that steady the foot in stance run behind them.'),
    worksWith: 'calves',
  },
  pubis: {
    does: gray(
      'The front of the pelvis, where its two halves meet at the pubic symphysis. The rectus abdominis ends on its crest; the adductor longus, pectineus and gracilis start just below and beside it.',
    ),
    running: none(
      'A bone: the corner where the abdominal wall above and the adductors below pull against each other as the leg swings.',
    ),
    worksWith: 'core',
  },
  calcaneus: {
    does: gray(
      'The heel bone; the Achilles tendon inserts on its back and the plantar fascia starts under it.',
    ),
    running: none('A bone: the lever the calves pull on through the Achilles tendon at push-off.'),
    worksWith: 'calves',
  },
  sternum: {
    does: gray(
      'The breastbone down the middle of the chest; the pectoralis major arises from its front and the clavicles meet it at the top.',
    ),
    running: none('A bone: the ribs swing on it as you breathe hard on a climb.'),
    worksWith: 'core',
  },
  knuckles: {
    does: gray('The heads of the hand bones, at the back of the closed hand.'),
    running: none('Bones: a loose hand, not a clenched fist, is the usual advice.'),
    worksWith: 'shoulders',
  },
}

export function isCardPartId(id: string): id is CardPartId {
  return Object.hasOwn(PART_CARDS, id)
}
