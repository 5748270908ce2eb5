import { ARMS_DOWN, LEG, ankleOf, arm, feet, foot, join, leg, trunk } from '../kit.ts'
import type { DemoKey, DemoTrack } from '../types.ts'
import { march, MARCH_SEQ } from './upper-back.ts'
import { BAR_GRIP, BAR_ON_BACK, CALVES, box, roles, seg, tempoTrack } from './common.ts'

/** Standing on the right foot's ball (on a surface y), the heel raised `heel`°, the knee bent `knee`°. */
function oneFoot(heel: number, knee = 0, y = 0, j = ARMS_DOWN): DemoKey {
  const [ay] = ankleOf(y, 0.12, heel)
  const drop = knee ? 0.1 * (knee / 45) : 0.006
  return {
    pelvis: [0, ay + LEG - drop, knee ? -0.05 : 0],
    j: join(j, leg('L', { knee: 70, hip: 5 }), leg('R', { knee, hip: knee * 0.5 })),
    feet: { R: foot('R', 0.02, 0, y, heel) },
  }
}
function bothFeet(heel: number, y: number, bar = false): DemoKey {
  const [ay] = ankleOf(y, 0.12, heel)
  return {
    pelvis: [0, ay + LEG - 0.004, 0],
    j: bar ? BAR_ON_BACK : ARMS_DOWN,
    feet: { L: foot('L', 0, 0, y, heel), R: foot('R', 0, 0, y, heel) },
    // A bar on the upper traps rides the chest, as in the back squat.
    ...(bar ? { hands: BAR_GRIP, handsOn: 'chest' as const } : {}),
  }
}
const WALL = box('wall', [-0.6, 0, 0.55], [0.6, 1.9, 0.65])
const HANDS_ON_WALL = { L: [0.2, 1.25, 0.5] as const, R: [-0.2, 1.25, 0.5] as const }
const WALL_ARMS = arm('both', { flex: 75, abd: 15, elbow: 25 })

/** Seated on a bench, knees bent 90°, a dumbbell on each knee, heels raised `heel`°. */
function seated(heel: number): DemoKey {
  return {
    pelvis: [0, 0.53, -0.05],
    j: join(
      arm('both', { flex: 35, abd: 12, elbow: 60 }),
      leg('both', { hip: 90, knee: 90 }),
      trunk({ flex: 5 }),
    ),
    feet: feet(0.38, 0, heel, 0.02),
    // The hands hold the dumbbells on top of the knees.
    hands: { L: [0.12, 0.64, 0.3], R: [-0.12, 0.64, 0.3] },
  }
}
/** Toes raised over a rolled towel, standing on the right foot's ball with a hand on the wall. */
function onTowel(heel: number): DemoKey {
  const k = oneFoot(heel, 0, 0, WALL_ARMS)
  // The towel lies under the toes just ahead of the ball, so they stay bent up (extended) through the raise.
  return { ...k, feet: { R: { ...k.feet!.R!, toes: 30 } }, hands: HANDS_ON_WALL }
}
/** The rolled towel under the right foot's toes (the ball at x −0.069, z 0.12). */
const TOWEL_ROLL = box('towel', [-0.12, 0, 0.14], [-0.02, 0.028, 0.19])

export const CALF_TRACKS: readonly DemoTrack[] = [
  tempoTrack('single-leg-calf-raise', '2-1-2-0', oneFoot(38), oneFoot(0), {
    hardest: 2,
    roles: roles([...CALVES], [], { side: 'R', sources: ['Gray18', 'HL12'] }),
    camera: { azimuth: -90, elevation: 5 },
    props: [],
    cues: [2, 0, 2],
  }),
  tempoTrack(
    'bent-knee-calf-raise',
    '2-0-2-1',
    { ...oneFoot(35, 45, 0, WALL_ARMS), hands: HANDS_ON_WALL },
    { ...oneFoot(0, 45, 0, WALL_ARMS), hands: HANDS_ON_WALL },
    {
      hardest: 3,
      roles: roles(['soleus'], ['gastrocnemius'], { side: 'R', sources: ['Gray18', 'HL12'] }),
      camera: { azimuth: -90, elevation: 5 },
      props: [WALL],
      cues: [0, 3, 0],
    },
  ),
  // Down to flat ground, as the card says: below it presses an insertional tendon on the heel bone (review 21 r11).
  tempoTrack('heavy-slow-calf-raise', '3-0-3-0', bothFeet(40, 0.06, true), bothFeet(0, 0.06, true), {
    hardest: 2,
    roles: roles([...CALVES], [], { sources: ['Gray18', 'Beyer15'] }),
    // From behind: the heels and the lit calves show, and from the side the bar's plate stood in front of the head.
    camera: { azimuth: 180, elevation: 5 },
    props: [box('step', [-0.35, 0, 0.08], [0.35, 0.06, 0.4]), { kind: 'barbell', hand: 'both' }],
    cues: [0, 0, 2],
    note: 'Shown down to flat on the plate: the version for pain where the tendon meets the heel, or if you did not say where; below flat presses the tendon against the heel bone. With pain in the middle of the tendon, as in the trial, your plan lets the heels drop below the plate while the pain rule holds.',
  }),
  {
    id: 'isometric-calf-hold',
    keys: {
      A: { ...oneFoot(20, 0, 0, WALL_ARMS), hands: HANDS_ON_WALL },
      B: { ...oneFoot(21, 0, 0, WALL_ARMS), hands: HANDS_ON_WALL },
    },
    seq: [seg('B', 2, 'isometric'), seg('A', 2, 'isometric')],
    hardest: 0,
    roles: roles([...CALVES], [], { side: 'R', sources: ['Gray18', 'Rio15'] }),
    camera: { azimuth: -90, elevation: 5 },
    props: [WALL],
    cues: [0, 0, 1],
  },
  {
    id: 'hop-progression',
    keys: {
      A: { ...bothFeet(8, 0), j: join(ARMS_DOWN, leg('both', { knee: 10, hip: 5 })) },
      B: { pelvis: [0, 1.0, 0], j: join(ARMS_DOWN, leg('both', { knee: 5, ankle: -35 })) },
    },
    seq: [seg('B', 0.22, 'ballistic'), seg('A', 0.22, 'ballistic')],
    hardest: 1,
    roles: roles([...CALVES], ['vastus-lateralis']),
    camera: { azimuth: 90, elevation: 5 },
    props: [],
    cues: [1, 1, 1],
  },
  {
    id: 'eccentric-heel-drop',
    tempo: '3-0-X-0',
    keys: {
      A: { ...bothFeet(35, 0.2), j: ARMS_DOWN },
      B: { ...oneFoot(-15, 0, 0.2), pelvis: [0, ankleOf(0.2, 0.12, -15)[0] + LEG - 0.006, 0] },
    },
    seq: [
      { to: 'B', slot: 'down', work: 'eccentric' },
      { to: 'B', slot: 'bottom', work: 'isometric' },
      { to: 'A', slot: 'up', work: 'concentric' },
      { to: 'A', slot: 'top', work: 'isometric' },
    ],
    hardest: 0,
    roles: roles([...CALVES], [], { side: 'R', sources: ['Gray18', 'Alf98'] }),
    camera: { azimuth: -90, elevation: 5 },
    props: [box('step', [-0.35, 0, 0.06], [0.35, 0.2, 0.45])],
    cues: [2, 0, 0],
    note: 'The lift is done on both feet; only the lowering is on the working leg. With pain at the heel, lower only to level.',
  },
  {
    id: 'tiptoe-farmer-walk',
    keys: march(arm('both', { abd: 8 }), 28),
    seq: MARCH_SEQ,
    hardest: 0,
    roles: roles([...CALVES], ['trapezius']),
    camera: { azimuth: 60, elevation: 5 },
    props: [{ kind: 'dumbbell', hand: 'both' }],
    cues: [0, 0, 2],
  },
  tempoTrack(
    'banded-ankle-push',
    '2-0-2-1',
    {
      pelvis: [0, 0.12, 0],
      j: join(
        arm('both', { flex: 45, elbow: 40, abd: 10 }),
        leg('both', { hip: 88 }),
        leg('R', { hip: 88, ankle: -40 }),
      ),
    },
    {
      pelvis: [0, 0.12, 0],
      j: join(
        arm('both', { flex: 45, elbow: 40, abd: 10 }),
        leg('both', { hip: 88 }),
        leg('R', { hip: 88, ankle: 10 }),
      ),
    },
    {
      hardest: 3,
      roles: roles([...CALVES], [], { side: 'R' }),
      camera: { azimuth: -90, elevation: 15 },
      props: [{ kind: 'band', foot: 'R', hand: 'both' }],
      cues: [0, 0],
    },
  ),
  tempoTrack('heavy-slow-seated-calf-raise', '3-0-3-0', seated(35), seated(0), {
    hardest: 2,
    roles: roles(['soleus'], ['gastrocnemius'], { sources: ['Gray18', 'Beyer15'] }),
    camera: { azimuth: 90, elevation: 5 },
    props: [box('bench', [-0.3, 0, -0.35], [0.3, 0.44, 0.1]), { kind: 'dumbbell', hand: 'both' }],
    cues: [0, 2, 0],
    note: 'Seated with dumbbells on the knees; a seated calf machine or a bent-knee raise on one leg does the same work.',
  }),
  tempoTrack('towel-heel-raise', '3-0-3-2', onTowel(38), onTowel(0), {
    hardest: 3,
    roles: roles([...CALVES], [], { side: 'R', sources: ['Gray18', 'Rath15'] }),
    camera: { azimuth: -90, elevation: 5 },
    props: [WALL, TOWEL_ROLL],
    cues: [3, 3, 0],
    note: 'The rolled towel lifts the toes, so the arch is stretched at the top of the raise.',
  }),
  {
    id: 'pogo-hops',
    keys: {
      A: { ...bothFeet(10, 0), j: join(ARMS_DOWN, leg('both', { knee: 8, hip: 4 })) },
      B: { pelvis: [0, 0.96, 0], j: join(ARMS_DOWN, leg('both', { knee: 4, ankle: -30 })) },
    },
    seq: [seg('B', 0.18, 'ballistic'), seg('A', 0.18, 'ballistic')],
    hardest: 1,
    roles: roles([...CALVES], ['vastus-lateralis'], { sources: ['Gray18', 'Hamner10'] }),
    camera: { azimuth: 90, elevation: 5 },
    props: [],
    cues: [0, 1],
  },
]
