import { ARMS_DOWN, arm, feet, foot, join, leg, plankFrom, trunk } from '../kit.ts'
import type { DemoKey, DemoTrack } from '../types.ts'
import { box, roles, seg, stand, tempoTrack } from './common.ts'

const DB = { kind: 'dumbbell', hand: 'both' } as const

/**
 * Push-up: straight body from the toes, hands flat under the shoulders. `flex` and `abd` only aim the elbows (back
 * towards the feet and a little out, as in a push-up, not forward into a forearm plank); the solver bends the arm.
 */
function pushUp(angle: number, elbow: number, blade: number, flex: number, abd: number): DemoKey {
  const p = plankFrom(angle, -0.62, angle > 15 ? 62 : 78)
  return {
    pelvis: p.pelvis,
    turn: p.turn,
    j: join(arm('both', { flex, abd, elbow, blade }), trunk({ head: -10 })),
    feet: { L: foot('L', -0.01, -0.74), R: foot('R', 0.01, -0.74) },
    hands: { L: [0.2, 0.035, 0.62], R: [-0.2, 0.035, 0.62] },
    palmsDown: true,
  }
}
function pushUpFeet(k: DemoKey, heel: number): DemoKey {
  return {
    ...k,
    feet: { L: { ...k.feet!.L!, heel }, R: { ...k.feet!.R!, heel } },
  }
}

/** Half-kneeling: right knee down on a pad, left foot forward. */
function halfKneel(armR: Parameters<typeof arm>[1]): DemoKey {
  return {
    pelvis: [0, 0.5, -0.02],
    j: join(
      arm('R', armR),
      arm('L', { abd: 35, elbow: 10 }),
      leg('R', { hip: -5, knee: 95, ankle: -35 }),
      leg('L', { hip: 90, knee: 90 }),
    ),
    feet: { L: foot('L', 0.03, 0.4) },
  }
}

/** The dumbbell press's wrists: over the shoulders at the top, at shoulder height a little in front at the bottom. */
const PRESS_TOP = { L: [0.17, 1.96, 0.0], R: [-0.17, 1.96, 0.0] } as const
const PRESS_RACK = { L: [0.36, 1.52, 0.16], R: [-0.36, 1.52, 0.16] } as const

export const SHOULDER_TRACKS: readonly DemoTrack[] = [
  {
    id: 'running-arm-drill',
    keys: {
      A: stand(join(arm('R', { flex: 50, elbow: 90, abd: 4 }), arm('L', { flex: -35, elbow: 90, abd: 6 }))),
      B: stand(join(arm('L', { flex: 50, elbow: 90, abd: 4 }), arm('R', { flex: -35, elbow: 90, abd: 6 }))),
    },
    seq: [seg('B', 0.4, 'concentric'), seg('A', 0.4, 'concentric')],
    hardest: 1,
    roles: roles(['deltoid'], ['trapezius']),
    camera: { azimuth: 90, elevation: 5 },
    props: [DB],
    cues: [0, 0, 1, 1],
  },
  tempoTrack(
    'dumbbell-overhead-press',
    '2-0-1-0',
    // The wrists ride a vertical path over the shoulders, so the elbows bend in front as the bells come down
    // (eased joint angles alone swung the straight arms out through a lateral raise); at the top the upper arms
    // are by the ears.
    { ...stand(join(arm('both', { flex: 170, abd: 10, elbow: 5 }), trunk({}))), hands: PRESS_TOP },
    { ...stand(arm('both', { abd: 60, flex: 45, elbow: 115, rot: 70 })), hands: PRESS_RACK },
    {
      roles: roles(['deltoid'], ['trapezius'], { also: 'triceps and serratus anterior' }),
      camera: { azimuth: 35, elevation: 5 },
      props: [DB],
      cues: [0, 2, 0],
    },
  ),
  tempoTrack(
    'band-external-rotation',
    '2-0-1-1',
    stand(join(arm('R', { abd: 6, elbow: 90, rot: 55 }), arm('L', { abd: 4 }))),
    stand(join(arm('R', { abd: 6, elbow: 90, rot: -20 }), arm('L', { abd: 4 }))),
    {
      hardest: 3,
      // The cuff turns the arm out and the figure cannot light it: the deltoid only steadies, so it glows softly.
      roles: roles([], ['deltoid', 'trapezius'], {
        side: 'R',
        also: 'infraspinatus and teres minor, the rotator cuff muscles that turn the arm out',
      }),
      camera: { azimuth: 10, elevation: 45 },
      props: [{ kind: 'band', hand: 'R', from: [0.55, 1.02, 0.3] }],
      cues: [0, 2, 2],
    },
  ),
  {
    id: 'push-up-plus',
    tempo: '2-0-1-1',
    keys: {
      // Top: arms straight and the blades spread wide (the "plus"). Bottom: chest near the floor, elbows bent back.
      A: pushUpFeet(pushUp(23.6, 0, -25, 45, 30), 62),
      B: pushUpFeet(pushUp(7, 95, 12, 45, 30), 72),
    },
    seq: [
      { to: 'B', slot: 'down', work: 'eccentric' },
      { to: 'B', slot: 'bottom', work: 'isometric' },
      { to: 'A', slot: 'up', work: 'concentric' },
      { to: 'A', slot: 'top', work: 'isometric' },
    ],
    hardest: 0,
    roles: roles(['deltoid'], ['rectus-abdominis', 'external-oblique', 'trapezius'], {
      also: 'chest (pectoralis major), triceps and serratus anterior, which spreads the shoulder blades at the top',
    }),
    camera: { azimuth: 90, elevation: 10 },
    props: [],
    cues: [0, 3, 3],
  },
  tempoTrack(
    'half-kneeling-kettlebell-press',
    '2-0-1-0',
    // As the dumbbell press: the wrist on a path over the shoulder, so the elbow bends in front on the way down.
    { ...halfKneel({ flex: 170, abd: 10, elbow: 5 }), hands: { R: [-0.17, 1.57, 0.0] } },
    { ...halfKneel({ abd: 45, flex: 45, elbow: 120, rot: 60 }), hands: { R: [-0.27, 1.04, 0.14] } },
    {
      roles: roles(['deltoid'], ['trapezius', 'gluteus-maximus', 'external-oblique'], {
        side: 'R',
        also: 'triceps and serratus anterior',
      }),
      camera: { azimuth: 30, elevation: 5 },
      props: [{ kind: 'kettlebell', hand: 'R' }, box('pad', [-0.25, 0, -0.35], [0.1, 0.03, 0.0])],
      cues: [0, 2, 2],
    },
  ),
  tempoTrack(
    'cable-reverse-fly',
    '2-0-1-1',
    stand(arm('both', { abd: 88, flex: 2, elbow: 15 })),
    stand(arm('both', { flex: 88, abd: 12, elbow: 15 })),
    {
      hardest: 3,
      roles: roles(['deltoid'], ['trapezius'], { also: 'rhomboids and infraspinatus' }),
      camera: { azimuth: 155, elevation: 20 },
      props: [
        { kind: 'cable', hand: 'L', from: [-0.45, 1.4, 0.9] },
        { kind: 'cable', hand: 'R', from: [0.45, 1.4, 0.9] },
        box('machine', [-0.7, 0, 0.9], [0.7, 1.9, 1.0]),
      ],
      cues: [0, 2, 3],
    },
  ),
]
void ARMS_DOWN
void feet
