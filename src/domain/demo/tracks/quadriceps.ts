import { ARMS_DOWN, LEG, ankleOf, arm, feet, foot, join, leg, trunk } from '../kit.ts'
import type { DemoKey, DemoTrack, Vec3 } from '../types.ts'
import { BAR_GRIP, BAR_ON_BACK, CALVES, HAMS, QUADS, box, roles, seg, stand, tempoTrack } from './common.ts'

const GOBLET = arm('both', { flex: 35, abd: 18, elbow: 135, rot: -25 })

function squat(pelvis: [number, number, number], lean: number, armsJ = BAR_ON_BACK, width = 0.05): DemoKey {
  return {
    pelvis,
    turn: [lean, 0, 0],
    j: join(
      armsJ,
      trunk({ flex: lean * 0.4, head: -lean * 0.8 }),
      leg('both', { hip: 60 + lean, knee: 90, abd: 8 }),
    ),
    feet: feet(0, 0, 0, width),
    ...(armsJ === BAR_ON_BACK ? { hands: BAR_GRIP, handsOn: 'chest' as const } : {}),
  }
}

/** Split stance: left foot forward, right foot back on its ball. */
function split(pelvisY: number, z: number, backHeel = 55, j = ARMS_DOWN): DemoKey {
  return {
    pelvis: [0, pelvisY, z],
    j: join(j, leg('R', { hip: -10, knee: 70 }), leg('L', { hip: 40, knee: 60 })),
    feet: { L: foot('L', 0.02, 0.3), R: foot('R', -0.02, -0.58, 0, backHeel) },
  }
}

/** Bulgarian: the right foot's laces rest on a bench behind, the front foot about 60 cm ahead of it. */
function bulgarian(pelvis: Vec3, lean: number, hip: number, knee: number, front: number): DemoKey {
  return {
    pelvis,
    turn: [lean, 0, 0],
    j: join(ARMS_DOWN, leg('R', { hip, knee, ankle: -45 }), leg('L', { hip: front, knee: front }), trunk({})),
    // The rear foot laces down on the bench (its heel turned past upright about the ball), held there by the
    // solver while the knee sinks towards the floor.
    feet: { L: foot('L', 0.02, BULGARIAN_FRONT), R: { at: [-0.089, 0.45, -0.72], heel: 150 } },
  }
}
/** The front foot's ball this far from where it stands at rest: the ankle about 0.6 m ahead of the bench. */
const BULGARIAN_FRONT = -0.03

/** The leg press's seat back, reclined this many degrees from upright. */
const PRESS_RECLINE = 35

/** Seated on the leg press, back on the seat back, hands on the seat's handles; the knees bent `knee`°. */
function legPress(knee: number, ankle: number): DemoKey {
  return {
    pelvis: [0, 0.45, -0.25],
    turn: [-PRESS_RECLINE, 0, 0],
    j: join(
      arm('both', { abd: 22, flex: 0, elbow: 15 }),
      leg('both', { hip: 100 + (knee - 10) * 0.4, knee, ankle }),
      trunk({}),
    ),
  }
}

export const QUAD_TRACKS: readonly DemoTrack[] = [
  tempoTrack('heavy-half-squat', '3-0-1-0', squat([0, 0.9, 0], 0), squat([0, 0.64, -0.17], 24), {
    roles: roles([...QUADS, 'gluteus-maximus'], ['soleus', 'biceps-femoris', 'external-oblique']),
    camera: { azimuth: 60, elevation: 8 },
    props: [{ kind: 'barbell', hand: 'both' }],
    cues: [3, 0, 0, 2],
  }),
  tempoTrack('split-squat', '3-0-1-0', split(0.83, -0.06), split(0.5, -0.1), {
    roles: roles([...QUADS, 'gluteus-maximus'], ['soleus', ...HAMS.slice(0, 1)]),
    camera: { azimuth: 90, elevation: 5 },
    props: [],
    cues: [3, 0, 2],
  }),
  tempoTrack(
    'bulgarian-split-squat',
    '3-0-1-0',
    // Top: standing tall on a soft front knee. Bottom: the front thigh about level, the rear knee just off the floor.
    bulgarian([0, 0.86, -0.28], 4, -15, 40, 20),
    bulgarian([0, 0.5, -0.33], 10, -5, 100, 90),
    {
      roles: roles([...QUADS, 'gluteus-maximus'], ['gluteus-medius', 'soleus'], { side: 'L' }),
      camera: { azimuth: 90, elevation: 8 },
      props: [box('bench', [-0.25, 0, -0.95], [0.25, 0.45, -0.62])],
      cues: [0, 0, 0],
    },
  ),
  tempoTrack('leg-press', '2-0-1-0', legPress(10, 0), legPress(95, 15), {
    roles: roles([...QUADS, 'gluteus-maximus'], ['soleus']),
    camera: { azimuth: 90, elevation: 10 },
    props: [
      box('machine', [-0.25, 0, -0.45], [0.25, 0.35, 0.05]),
      // The seat back along the reclined trunk, and the plate under both whole feet.
      { ...box('machine', [-0.2, 0.266, -0.567], [0.2, 0.966, -0.507]), tilt: -PRESS_RECLINE },
      { kind: 'machine', foot: 'L', plate: true },
    ],
    cues: [0, 2, 0],
    note: 'A seated leg press: the plate moves with the feet.',
  }),
  {
    id: 'step-up',
    tempo: '2-0-1-0',
    keys: {
      A: {
        pelvis: [0, 0.3 + 0.9, 0.24],
        // The trailing foot hangs behind the step's edge, never through it on the way down.
        j: join(ARMS_DOWN, leg('R', { hip: -5, knee: 45, ankle: -10 })),
        feet: { L: foot('L', 0.0, 0.2, 0.3) },
      },
      B: {
        pelvis: [0, 0.84, -0.02],
        turn: [10, 0, 0],
        j: join(ARMS_DOWN, leg('L', { hip: 70, knee: 90 })),
        feet: { L: foot('L', 0.0, 0.2, 0.3), R: foot('R', 0, -0.12) },
      },
    },
    seq: [
      { to: 'B', slot: 'down', work: 'eccentric' },
      { to: 'B', slot: 'bottom', work: 'isometric' },
      { to: 'A', slot: 'up', work: 'concentric' },
      { to: 'A', slot: 'top', work: 'isometric' },
    ],
    hardest: 0,
    roles: roles([...QUADS, 'gluteus-maximus'], ['gluteus-medius', 'soleus'], { side: 'L' }),
    camera: { azimuth: 90, elevation: 8 },
    props: [box('step', [-0.35, 0, 0.12], [0.35, 0.3, 0.55])],
    cues: [2, 2, 2],
  },
  {
    id: 'isometric-knee-hold',
    keys: {
      A: {
        pelvis: [0, 0.5, -0.22],
        j: join(ARMS_DOWN, leg('both', { hip: 90, knee: 90, abd: 6 }), trunk({})),
        feet: feet(0.2, 0, 0, 0.04),
      },
      B: {
        pelvis: [0, 0.505, -0.22],
        j: join(ARMS_DOWN, leg('both', { hip: 90, knee: 90, abd: 6 }), trunk({ flex: -1 })),
        feet: feet(0.2, 0, 0, 0.04),
      },
    },
    seq: [seg('B', 2, 'isometric'), seg('A', 2, 'isometric')],
    hardest: 0,
    roles: roles([...QUADS], ['gluteus-maximus']),
    camera: { azimuth: 90, elevation: 5 },
    props: [box('wall', [-0.6, 0, -0.45], [0.6, 1.8, -0.35])],
    cues: [0, 0],
    note: 'A wall sit shown at its deepest, thighs level with the floor. Start at a comfortable depth (a shallower knee bend, about 60°, as in the study’s hold) and go deeper only as the pain rule allows; breathe steadily.',
  },
  {
    id: 'plyometric-jumps',
    keys: {
      A: stand(arm('both', { abd: 6 })),
      B: {
        pelvis: [0, 0.7, -0.12],
        turn: [28, 0, 0],
        j: join(
          arm('both', { flex: -40, abd: 8, elbow: 10 }),
          leg('both', { hip: 70, knee: 90 }),
          trunk({ flex: 10 }),
        ),
        feet: feet(),
      },
      C: {
        pelvis: [0, 1.18, 0.18],
        turn: [10, 0, 0],
        j: join(
          arm('both', { flex: 110, abd: 10, elbow: 20 }),
          leg('both', { hip: 60, knee: 80, ankle: -20 }),
        ),
      },
      D: {
        pelvis: [0, 0.3 + 0.72, 0.36],
        turn: [22, 0, 0],
        j: join(
          arm('both', { flex: 60, abd: 10, elbow: 30 }),
          leg('both', { hip: 70, knee: 90 }),
          trunk({ flex: 8 }),
        ),
        feet: feet(0.36, 0.3),
      },
      E: { ...stand(arm('both', { abd: 6 }), [0, 0.3 + 0.905, 0.36]), feet: feet(0.36, 0.3) },
      F: {
        pelvis: [0, 0.3 + 0.86, 0.2],
        j: join(
          arm('both', { abd: 8 }),
          leg('R', { hip: 30, knee: 70, ankle: -10 }),
          leg('L', { hip: 20, knee: 30 }),
        ),
        feet: { L: foot('L', 0, 0.36, 0.3) },
      },
      G: {
        pelvis: [0, 0.88, 0.1],
        j: join(arm('both', { abd: 8 }), leg('L', { hip: 40, knee: 60 })),
        feet: { L: foot('L', 0, 0.36, 0.3), R: foot('R', 0, -0.02) },
      },
      // The second foot lifted off the box and brought back clear of its edge before it comes down.
      G2: {
        pelvis: [0, 0.89, 0.08],
        j: join(arm('both', { abd: 8 }), leg('L', { hip: 90, knee: 95, ankle: 20 })),
        feet: { R: foot('R', 0, -0.02) },
      },
      H: {
        pelvis: [0, 0.89, 0.02],
        j: join(arm('both', { abd: 8 }), leg('L', { hip: 30, knee: 95, ankle: -5 })),
        feet: { R: foot('R', 0, -0.02) },
      },
    },
    seq: [
      seg('B', 0.45, 'eccentric'),
      seg('C', 0.25, 'ballistic'),
      seg('D', 0.25, 'ballistic'),
      seg('E', 0.6, 'concentric'),
      seg('F', 0.5, 'rest'),
      seg('G', 0.4, 'rest'),
      seg('G2', 0.2, 'rest'),
      seg('H', 0.2, 'rest'),
      seg('A', 0.3, 'rest'),
    ],
    hardest: 2,
    roles: roles([...QUADS, 'gluteus-maximus', ...CALVES], ['biceps-femoris']),
    camera: { azimuth: 90, elevation: 8 },
    props: [box('box', [-0.35, 0, 0.22], [0.35, 0.3, 0.62])],
    cues: [2, 1, 2],
    note: 'A box jump: jump up, land softly, then step down one foot at a time.',
  },
  tempoTrack(
    'goblet-squat',
    '3-0-1-0',
    squat([0, 0.9, 0], 0, GOBLET, 0.07),
    squat([0, 0.52, -0.12], 18, GOBLET, 0.07),
    {
      roles: roles([...QUADS, 'gluteus-maximus'], ['soleus', 'external-oblique']),
      camera: { azimuth: 55, elevation: 8 },
      props: [{ kind: 'kettlebell', hand: 'both' }],
      cues: [0, 0, 2],
    },
  ),
]
void LEG
void ankleOf
