import { ARMS_DOWN, arm, feet, foot, join, leg, trunk } from '../kit.ts'
import type { DemoKey, DemoTrack } from '../types.ts'
import { ABS, CALVES, QUADS, box, roles, seg, stand, tempoTrack } from './common.ts'

const HIPFLEX = ['iliopsoas', 'rectus-femoris'] as const
/**
 * The adductors are outside the eight groups (context muscles sharing one material), so the figure cannot light
 * them; the card's working muscles are named in words instead.
 */
const ADDUCTORS_ALSO =
  'the adductors (adductor longus and magnus, gracilis, pectineus), the working muscles, which the figure cannot light'

/** On the back, knees bent and feet flat, a ball between the knees (squeezed `squeeze`° inwards). */
function crookLying(squeeze: number): DemoKey {
  return {
    pelvis: [0, 0.11, 0],
    turn: [-90, 0, 0],
    j: join(
      arm('both', { abd: 20 }),
      leg('both', { hip: 50, knee: 95, abd: -squeeze }),
      trunk({ head: -10 }),
    ),
    feet: feet(0.56, 0, 0, 0.01),
  }
}

/** On the right side, the top (left) foot planted in front of the bottom knee, the bottom leg lifted `lift`°. */
function sideLyingAdduction(lift: number): DemoKey {
  return {
    // Shoulders are wider than hips: the trunk bends a little to lie along the floor, the head on the lower arm.
    pelvis: [0, 0.19, 0],
    turn: [0, 0, 90],
    j: join(
      arm('R', { flex: 165, abd: -15, elbow: 60 }),
      arm('L', { flex: 80, abd: -30, elbow: 20 }),
      leg('L', { hip: 75, knee: 90, abd: -25 }),
      leg('R', { abd: -lift }),
      trunk({ side: 6 }),
    ),
  }
}

/** Standing on the left foot, the right knee driven up (or down), arms in opposition. */
function kneeDrive(hip: number, knee: number, ankle = 0): DemoKey {
  const k = stand(
    join(
      arm('L', { flex: hip * 0.45, elbow: 85, abd: 6 }),
      arm('R', { flex: -hip * 0.35, elbow: 85, abd: 6 }),
    ),
  )
  return { ...k, j: join(k.j ?? {}, leg('R', { hip, knee, ankle })), feet: { L: k.feet!.L! } }
}

function supine(j: Parameters<typeof join>[0], y = 0.11): DemoKey {
  return { pelvis: [0, y, 0], turn: [-90, 0, 0], j: join(j, trunk({ head: -10 })) }
}

function aSkip(up: 'L' | 'R'): DemoKey {
  const down = up === 'L' ? 'R' : 'L'
  const k = stand(
    join(arm(down, { flex: 55, elbow: 90, abd: 6 }), arm(up, { flex: -40, elbow: 90, abd: 6 })),
    [0, 0.92, 0],
  )
  return {
    ...k,
    j: join(k.j ?? {}, leg(up, { hip: 88, knee: 95, ankle: 10 })),
    feet: { [down]: { ...k.feet![down]!, heel: 12 } },
  }
}

/** The underside of the Copenhagen's bench top. */
const COPENHAGEN_UNDER = 0.38

export const HIP_FLEXOR_TRACKS: readonly DemoTrack[] = [
  tempoTrack('standing-knee-drive', '3-0-X-0', kneeDrive(92, 90, 10), kneeDrive(-12, 25), {
    hardest: 2,
    roles: roles([...HIPFLEX], ['tensor-fasciae-latae', 'sartorius', ...ABS.slice(0, 1)], { side: 'R' }),
    camera: { azimuth: -90, elevation: 5 },
    props: [{ kind: 'band', foot: 'R', from: [-0.09, 0.12, -0.75] }],
    cues: [3, 2, 0],
  }),
  tempoTrack(
    'hanging-knee-raise',
    '3-0-1-0',
    {
      pelvis: [0, 1.06, 0.06],
      turn: [-15, 0, 0],
      j: join(arm('both', { flex: 172, abd: 22 }), leg('both', { hip: 100, knee: 100 }), trunk({ flex: 8 })),
      hands: { L: [0.26, 2.1, 0.02], R: [-0.26, 2.1, 0.02] },
    },
    {
      pelvis: [0, 1.03, 0],
      j: join(arm('both', { flex: 175, abd: 22 }), leg('both', { hip: 5, knee: 10, ankle: -20 })),
      hands: { L: [0.26, 2.1, 0.02], R: [-0.26, 2.1, 0.02] },
    },
    {
      hardest: 2,
      roles: roles(
        ['iliopsoas', 'rectus-abdominis'],
        ['rectus-femoris', 'external-oblique', 'transversus-abdominis'],
        {
          also: 'the grip and latissimus dorsi, which hold the body on the bar',
        },
      ),
      camera: { azimuth: 90, elevation: 0 },
      props: [box('bar', [-0.65, 2.12, 0], [0.65, 2.16, 0.04])],
      cues: [2, 0, 0],
    },
  ),
  tempoTrack(
    'banded-psoas-march',
    '2-0-1-1',
    supine(join(ARMS_DOWN, leg('R', { hip: 95, knee: 90 }), leg('L', { hip: 12, ankle: 10 }))),
    supine(join(ARMS_DOWN, leg('both', { hip: 12, ankle: 10 }))),
    {
      hardest: 3,
      roles: roles(['iliopsoas'], ['rectus-femoris', 'rectus-abdominis', 'transversus-abdominis'], {
        side: 'R',
      }),
      camera: { azimuth: 90, elevation: 20 },
      props: [{ kind: 'band', foot: 'R', from: [0.089, 0.1, 1.0] }],
      cues: [0, 2, 2],
    },
  ),
  {
    id: 'a-skip',
    keys: { A: aSkip('R'), B: aSkip('L') },
    seq: [seg('B', 0.45, 'ballistic'), seg('A', 0.45, 'ballistic')],
    hardest: 1,
    roles: roles([...HIPFLEX], [...CALVES, 'gluteus-maximus']),
    camera: { azimuth: 90, elevation: 5 },
    props: [],
    cues: [0, 1, 1],
    note: 'Shown as the A-march, the walking start of the drill; the skip adds a small hop on the standing foot.',
  },
  tempoTrack(
    'copenhagen-adduction',
    '2-0-2-0',
    // On the right forearm, elbow under the shoulder, the top knee on the bench: the body turns about the
    // shoulder and the knee, which stay put, while the hips drop (trunk and top hip bending) and rise. The bottom
    // leg stays under the bench top, drawn up towards it as the hips rise.
    {
      pelvis: [0.05, 0.485, 0],
      turn: [0, 0, 82],
      j: join(
        arm('R', { abd: 90, elbow: 90, rot: 80 }),
        arm('L', { abd: 10 }),
        leg('L', { knee: 15, abd: 4 }),
        leg('R', { hip: 5, abd: 2, knee: 10 }),
      ),
      hands: { R: [-0.47, 0.04, 0.25] },
    },
    {
      pelvis: [0.07, 0.36, 0],
      turn: [0, 0, 80],
      j: join(
        arm('R', { abd: 90, elbow: 90, rot: 80 }),
        arm('L', { abd: 10 }),
        leg('L', { knee: 15, abd: 16 }),
        leg('R', { hip: 5, abd: -8, knee: 10 }),
        trunk({ side: 18 }),
      ),
      hands: { R: [-0.47, 0.04, 0.25] },
    },
    {
      hardest: 2,
      // The adductors do the work and the figure cannot light them: nothing is lit as a prime mover, the hip and
      // trunk muscles that hold the side plank softly.
      roles: roles([], ['gluteus-medius', 'external-oblique', 'transversus-abdominis'], {
        also: 'the adductors of the top leg (adductor longus and magnus), the main working muscles, which the figure cannot light',
      }),
      camera: { azimuth: 0, elevation: 15 },
      // A bench top on a post behind the body: the bottom leg passes under it, not through it.
      props: [
        box('bench', [0.4, COPENHAGEN_UNDER, -0.25], [0.9, 0.45, 0.25]),
        box('machine', [0.6, 0, -0.25], [0.7, COPENHAGEN_UNDER, -0.17]),
      ],
      cues: [0, 2, 0],
      note: 'Short lever: the top knee on the bench; the ankle on the bench is the long-lever progression.',
    },
  ),
  tempoTrack(
    'reverse-lunge-knee-drive',
    '2-0-X-0',
    kneeDriveLeft(),
    {
      pelvis: [0, 0.52, -0.12],
      turn: [8, 0, 0],
      j: join(ARMS_DOWN, leg('R', { hip: -10, knee: 80 }), leg('L', { hip: 70, knee: 85 })),
      feet: { L: foot('L', 0, 0), R: foot('R', 0, -0.72, 0, 55) },
    },
    {
      roles: roles(
        ['gluteus-maximus', 'iliopsoas', ...QUADS.slice(0, 2)],
        ['rectus-femoris', 'gluteus-medius'],
      ),
      camera: { azimuth: -90, elevation: 5 },
      props: [],
      cues: [0, 2, 3],
    },
  ),
]

export const ADDUCTOR_TRACKS: readonly DemoTrack[] = [
  {
    id: 'adductor-ball-squeeze',
    keys: { A: crookLying(6), B: crookLying(7) },
    seq: [seg('B', 5, 'isometric'), seg('A', 5, 'isometric')],
    hardest: 0,
    roles: roles([], [], { sources: ['Gray18', 'Holm99'], also: ADDUCTORS_ALSO }),
    camera: { azimuth: 60, elevation: 25 },
    props: [box('medicine-ball', [-0.05, 0.36, 0.28], [0.05, 0.46, 0.38])],
    cues: [0, 1],
    note: 'Shown with the ball between the knees; the card starts with it between the feet.',
  },
  tempoTrack('side-lying-adduction', '2-0-2-1', sideLyingAdduction(15), sideLyingAdduction(2), {
    hardest: 3,
    roles: roles([], [], { side: 'R', sources: ['Gray18', 'Holm99'], also: ADDUCTORS_ALSO }),
    camera: { azimuth: 20, elevation: 25 },
    props: [],
    cues: [0, 2],
  }),
]

function kneeDriveLeft(): DemoKey {
  const k = kneeDrive(90, 90, 25)
  return k
}
void box
