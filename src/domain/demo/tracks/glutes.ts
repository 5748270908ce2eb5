import { ARMS_DOWN, arm, feet, foot, join, leg, trunk } from '../kit.ts'
import type { DemoKey, DemoTrack } from '../types.ts'
import { CALVES, HAMS, QUADS, box, roles, seg, stand, tempoTrack } from './common.ts'

/** The hip thrust's wrists in the pelvis's rest frame: the grips just outside the hips, the bar on the crease. */
const THRUST_GRIP = { L: [0.3, 0.96, 0.165], R: [-0.3, 0.96, 0.165] } as const

function thrust(pelvis: [number, number, number]): DemoKey {
  const up = (Math.atan2(0.5 - pelvis[1], pelvis[2] + 0.45) * 180) / Math.PI
  return {
    pelvis,
    turn: [-90 + up, 0, 0],
    j: join(
      arm('both', { flex: 25, abd: 35, elbow: 45 }),
      leg('both', { hip: 60, knee: 90 }),
      trunk({ head: -up * 0.5 }),
    ),
    feet: feet(0.3, 0, 0, 0.04),
    // The bar lies across the hip crease and rides the pelvis; the hands only steady it there.
    hands: THRUST_GRIP,
    handsOn: 'pelvis',
  }
}

function sideLying(j: Parameters<typeof join>[0]): DemoKey {
  return {
    // The shoulders are wider than the hips: the pelvis a little higher and the trunk curved up off the floor,
    // the under arm along the floor beneath the head.
    pelvis: [0, 0.2, 0],
    turn: [0, 0, 90],
    j: join(
      j,
      arm('R', { flex: 165, abd: 12, elbow: 40 }),
      arm('L', { flex: 60, elbow: 60 }),
      leg('R', { hip: 35, knee: 60 }),
      trunk({ side: 12 }),
    ),
  }
}

function onRight(pelvis: [number, number, number], tilt: number, j: Parameters<typeof join>[0]): DemoKey {
  return {
    pelvis,
    turn: [0, 0, tilt],
    j: join(ARMS_DOWN, j, trunk({ side: -tilt * 0.6 })),
    feet: { R: foot('R', 0, 0, 0.2) },
  }
}

function bound(side: 'L' | 'R', x: number): DemoKey {
  const s = side === 'L' ? 1 : -1
  return {
    pelvis: [x, 0.76, -0.06],
    turn: [18, 0, 0],
    j: join(
      arm('both', { flex: 30, abd: 20, elbow: 40 }),
      leg(side, { hip: 45, knee: 60 }),
      leg(side === 'L' ? 'R' : 'L', { hip: 30, knee: 70, abd: -10 }),
      trunk({}),
    ),
    feet: { [side]: foot(side, x - s * 0.0, 0) },
  }
}

/** A bridge on the floor: shoulders down, feet flat, the hips raised to `y` (0.11 lies flat). */
function floorBridge(y: number): DemoKey {
  const up = (Math.atan2(y - 0.1, 0.5) * 180) / Math.PI
  return {
    pelvis: [0, y, 0],
    turn: [-90 - up, 0, 0],
    j: join(arm('both', { abd: 20 }), leg('both', { hip: 40 + up, knee: 90 }), trunk({ head: up * 0.6 })),
    feet: feet(0.5, 0, 0, 0.01),
  }
}

/** On the back, legs straight and hip-width apart, pressing out against a band above the knees. */
function pressOut(abd: number): DemoKey {
  return {
    pelvis: [0, 0.11, 0],
    turn: [-90, 0, 0],
    j: join(arm('both', { abd: 20 }), leg('both', { abd, ankle: 5 }), trunk({ head: -10 })),
  }
}

export const GLUTE_TRACKS: readonly DemoTrack[] = [
  tempoTrack('barbell-hip-thrust', '2-0-1-1', thrust([0, 0.48, -0.02]), thrust([0, 0.2, -0.08]), {
    hardest: 3,
    roles: roles(['gluteus-maximus'], [...HAMS, ...QUADS.slice(0, 2)]),
    camera: { azimuth: 90, elevation: 8 },
    props: [box('bench', [-0.4, 0, -0.85], [0.4, 0.42, -0.5]), { kind: 'barbell', hand: 'both' }],
    cues: [0, 2, 3],
  }),
  tempoTrack(
    'trap-bar-deadlift',
    '2-0-1-0',
    stand(arm('both', { abd: 10 })),
    {
      pelvis: [0, 0.62, -0.12],
      turn: [42, 0, 0],
      j: join(
        arm('both', { abd: 10, flex: 42 }),
        trunk({ flex: 3, head: -25 }),
        leg('both', { hip: 80, knee: 80 }),
      ),
      feet: feet(),
    },
    {
      roles: roles(['gluteus-maximus', ...QUADS], [...HAMS]),
      camera: { azimuth: 75, elevation: 8 },
      props: [{ kind: 'trap-bar', hand: 'both' }],
      cues: [0, 2, 2],
    },
  ),
  tempoTrack(
    'single-leg-romanian-deadlift',
    '3-0-1-0',
    { ...stand(join(arm('R', { abd: 5 }), leg('R', { hip: -5, knee: 20 }))), feet: { L: foot('L') } },
    {
      pelvis: [0, 0.85, -0.12],
      turn: [78, 0, 0],
      j: join(
        arm('both', { flex: 78, abd: 5 }),
        leg('R', { hip: 0, knee: 5, ankle: 10 }),
        leg('L', { hip: 70, knee: 18 }),
        trunk({ head: -35 }),
      ),
      feet: { L: foot('L') },
    },
    {
      roles: roles(['gluteus-maximus', ...HAMS], ['gluteus-medius'], { side: 'L' }),
      camera: { azimuth: 90, elevation: 5 },
      props: [{ kind: 'dumbbell', hand: 'R' }],
      cues: [0, 0, 0],
    },
  ),
  tempoTrack(
    'single-leg-squat',
    '3-0-1-0',
    {
      pelvis: [0, 0.2 + 0.9, 0.02],
      j: join(arm('both', { flex: 40, abd: 10 }), leg('R', { hip: 35, knee: 15 })),
      feet: { L: foot('L', -0.02, 0.0, 0.2) },
    },
    {
      pelvis: [0, 0.2 + 0.56, -0.14],
      turn: [28, 0, 0],
      j: join(
        arm('both', { flex: 75, abd: 10 }),
        // The free leg reaches forward past the step, its heel just above the floor.
        leg('R', { hip: 70, knee: 10, ankle: 10 }),
        leg('L', { hip: 80, knee: 90 }),
        trunk({ head: -15 }),
      ),
      feet: { L: foot('L', -0.02, 0.0, 0.2) },
    },
    {
      roles: roles(['gluteus-maximus', 'gluteus-medius', ...QUADS], ['gluteus-minimus', 'soleus'], {
        side: 'L',
      }),
      camera: { azimuth: 25, elevation: 8 },
      props: [box('step', [-0.05, 0, -0.25], [0.35, 0.2, 0.3])],
      cues: [0, 0, 0],
    },
  ),
  tempoTrack(
    'side-lying-hip-abduction',
    '2-0-1-1',
    sideLying(leg('L', { abd: 35, hip: -8 })),
    sideLying(leg('L', { abd: 2, hip: -8 })),
    {
      hardest: 3,
      roles: roles(['gluteus-medius', 'gluteus-minimus'], ['tensor-fasciae-latae'], { side: 'L' }),
      camera: { azimuth: 0, elevation: 20 },
      props: [],
      cues: [0, 0, 3],
    },
  ),
  tempoTrack(
    'cable-hip-abduction',
    '2-0-1-1',
    {
      ...stand(join(leg('L', { abd: 32 }), arm('R', { abd: 40, flex: 20, elbow: 20 }))),
      feet: { R: foot('R') },
      hands: { R: [-0.45, 1.0, 0.15] },
    },
    {
      ...stand(join(leg('L', { abd: -4 }), arm('R', { abd: 40, flex: 20, elbow: 20 }))),
      feet: { R: foot('R') },
      hands: { R: [-0.45, 1.0, 0.15] },
    },
    {
      hardest: 3,
      roles: roles(['gluteus-medius', 'gluteus-minimus'], ['tensor-fasciae-latae'], { side: 'L' }),
      camera: { azimuth: 0, elevation: 10 },
      props: [
        { kind: 'cable', foot: 'L', from: [-0.55, 0.1, 0.05] },
        box('machine', [-0.75, 0, -0.2], [-0.55, 1.7, 0.3]),
      ],
      cues: [0, 1, 3],
    },
  ),
  tempoTrack(
    'pelvic-drop',
    '2-0-2-1',
    onRight([0, 0.2 + 0.905, 0], 7, leg('L', { knee: 5 })),
    onRight([0, 0.2 + 0.89, 0], -8, leg('L', { knee: 5 })),
    {
      hardest: 3,
      roles: roles(['gluteus-medius'], ['gluteus-minimus', 'tensor-fasciae-latae'], { side: 'R' }),
      camera: { azimuth: 180, elevation: 5 },
      props: [box('step', [-0.35, 0, -0.2], [-0.02, 0.2, 0.3])],
      cues: [0, 1, 3],
    },
  ),
  {
    id: 'lateral-bound',
    keys: {
      R: bound('R', -0.35),
      F: {
        pelvis: [0, 0.98, 0],
        j: join(arm('both', { flex: 30, abd: 30 }), leg('both', { hip: 30, knee: 50 })),
      },
      L: bound('L', 0.35),
      G: {
        pelvis: [0, 0.98, 0],
        j: join(arm('both', { flex: 30, abd: 30 }), leg('both', { hip: 30, knee: 50 })),
      },
    },
    seq: [
      seg('F', 0.25, 'ballistic'),
      seg('L', 0.25, 'ballistic'),
      seg('L', 1, 'isometric'),
      seg('G', 0.25, 'ballistic'),
      seg('R', 0.25, 'ballistic'),
      seg('R', 1, 'isometric'),
    ],
    hardest: 1,
    roles: roles(['gluteus-medius', 'gluteus-maximus'], [...QUADS.slice(0, 2), ...CALVES]),
    camera: { azimuth: 0, elevation: 8 },
    props: [],
    cues: [0, 1, 2],
  },
  tempoTrack('glute-bridge', '2-1-2-0', floorBridge(0.4), floorBridge(0.16), {
    hardest: 2,
    roles: roles(['gluteus-maximus'], [...HAMS, 'gluteus-medius']),
    camera: { azimuth: 90, elevation: 10 },
    props: [],
    cues: [2, 2, 1],
  }),
  {
    id: 'isometric-hip-abduction',
    keys: { A: pressOut(6), B: pressOut(7) },
    seq: [seg('B', 5, 'isometric'), seg('A', 5, 'isometric')],
    hardest: 0,
    roles: roles(['gluteus-medius', 'gluteus-minimus'], ['tensor-fasciae-latae'], {
      sources: ['Gray18', 'Mell18'],
    }),
    camera: { azimuth: 90, elevation: 35 },
    props: [{ kind: 'band', knees: true }],
    cues: [0, 0, 1],
    note: 'Held still for the whole 30 s: a band or belt just above the knees stops the thighs moving apart.',
  },
]
