import { arm, foot, join, kneelFrom, leg, supineBridge, trunk, type Joints } from '../kit.ts'
import { poseAt, createPose } from '../../stride/pose.ts'
import { ALL_BONES } from '../../skeleton.ts'
import type { Deg3, DemoKey, DemoTrack, FootPlant } from '../types.ts'
import { CALVES, HAMS, box, roles, seg, tempoTrack } from './common.ts'

function nordic(lean: number, hands: boolean, band = false): DemoKey {
  const k = kneelFrom(lean, 0)
  return {
    pelvis: k.pelvis,
    turn: k.turn,
    pivot: [0, 0.085, 0],
    j: join(
      leg('both', { knee: k.knee, ankle: -40 }),
      trunk({ head: -Math.min(lean, 50) * 0.6 }),
      band
        ? arm('both', { flex: 40, abd: 10, elbow: 130, rot: -40 })
        : hands
          ? arm('both', { flex: 80, abd: 25, elbow: 30 })
          : arm('both', { flex: 35, abd: 20, elbow: 80 }),
    ),
  }
}

/** The upper back's place on the floor in every bridge here: it stays put while the hips rise and fall. */
const BACK_Z = -0.45

/** A bridge: shoulder blades on the floor (kit.ts supineBridge), hips at `hipY`, arms resting on the floor. */
export function bridge(hipY: number, j: Joints | ((slope: number) => Joints)): DemoKey {
  const b = supineBridge(hipY, BACK_Z)
  return {
    pelvis: b.pelvis,
    turn: b.turn,
    // The arms lie back along the floor, against the upper back's slight slope; the legs may depend on the
    // trunk's slope too (a free thigh held upright flexes less as the hips rise).
    j: join(arm('both', { abd: 20, flex: -0.55 * b.slope }), typeof j === 'function' ? j(b.slope) : j, b.j),
  }
}

/** The heels on the slider (towel), toes up `toesUp`°, `dz` metres beyond the hips. */
function onSlider(hipY: number, dz: number, toesUp: number, j: Joints): DemoKey {
  const k = bridge(hipY, j)
  const heel = (x: number): FootPlant => ({
    at: [x, TOWEL_TOP, k.pelvis[2] + dz],
    pivot: 'heel',
    heel: toesUp,
  })
  return { ...k, feet: { L: heel(0.085), R: heel(-0.085) } }
}
const TOWEL_TOP = 0.008

/** The single-leg bridge's working heel kept on a bench or box top (a foot resting on its heel, toes up). */
export function onBench(
  hipY: number,
  top: number,
  heelZ: number,
  j: Joints | ((slope: number) => Joints),
): DemoKey {
  return {
    ...bridge(hipY, j),
    feet: { R: { at: [-0.089, top, heelZ], pivot: 'heel', heel: 15 } },
  }
}

const STRIDE_KEYS = Object.fromEntries(
  Array.from({ length: 8 }, (_, i) => {
    const pose = poseAt(i * 12.5, createPose())
    const j: Record<string, Deg3> = {}
    for (const b of ALL_BONES) {
      if (b === 'pelvis') continue
      const r = pose[b]
      j[b] = [(r.x * 180) / Math.PI, (r.y * 180) / Math.PI, (r.z * 180) / Math.PI]
    }
    const p = pose.pelvis
    // The body's height over the stride: lowest at mid-stance, highest in the float.
    const lift = [0.86, 0.84, 0.88, 0.95, 0.86, 0.84, 0.88, 0.95][i]!
    const key: DemoKey = { pelvis: [0, lift, 0], turn: [(p.x * 180) / Math.PI, 0, 0], j }
    return [`S${i}`, key]
  }),
)

/** The extender: on the back, the right thigh held upright with both hands, the knee bent `knee`°. */
function extender(knee: number): DemoKey {
  return {
    pelvis: [0, 0.11, 0],
    turn: [-90, 0, 0],
    j: join(
      // Shoulder blades drawn forward a little so both hands reach round the back of the thigh.
      arm('both', { flex: 95, abd: 8, elbow: 55, blade: -15 }),
      leg('R', { hip: 90, knee, ankle: 5 }),
      leg('L', { ankle: 5 }),
      trunk({ head: -15 }),
    ),
    hands: { L: [-0.03, 0.26, 0.02], R: [-0.16, 0.26, 0.02] },
  }
}

/** The diver: on the right leg, knee soft, tipped `tip`° forward from the hip, arms ahead and the free leg back. */
function diver(tip: number): DemoKey {
  return {
    pelvis: [0, 0.895 - 0.05 * (tip / 70), -0.1 * (tip / 70)],
    turn: [tip, 0, 0],
    j: join(
      arm('both', { flex: 30 + tip * 1.7, abd: 8 }),
      leg('R', { hip: tip, knee: 15 }),
      leg('L', { hip: 0, knee: 5, ankle: 10 }),
      trunk({ head: -tip * 0.4 }),
    ),
    feet: { R: foot('R') },
  }
}

/** The glider: weight on the right heel, the left foot slid back `slide` m on a towel, a hand on a support. */
function glider(slide: number): DemoKey {
  const t = slide / 0.6
  return {
    pelvis: [0, 0.9 - 0.17 * t, -0.25 * t],
    turn: [12 * t, 0, 0],
    j: join(
      arm('R', { abd: 35, flex: 20, elbow: 10 }),
      arm('L', { abd: 10 }),
      leg('R', { hip: 30 * t, knee: 12 }),
      leg('L', { hip: -20 * t }),
      trunk({}),
    ),
    feet: { R: foot('R'), L: foot('L', 0, -slide, 0.01) },
    hands: { R: [-0.46, 0.9, -0.05] },
  }
}

export const HAMSTRING_TRACKS: readonly DemoTrack[] = [
  {
    id: 'nordic-hamstring-curl',
    tempo: '4-0-X-0',
    keys: {
      A: nordic(0, false),
      B: nordic(62, true),
      // The catch: palms on the floor under the shoulders, elbows giving.
      C: { ...nordic(74, true), hands: { L: [0.25, 0.04, 0.95], R: [-0.25, 0.04, 0.95] } },
    },
    seq: [
      { to: 'B', slot: 'down', work: 'eccentric' },
      { to: 'C', s: 0.5, work: 'rest' },
      { to: 'A', slot: 'up', work: 'concentric' },
      { to: 'A', slot: 'top', work: 'isometric' },
    ],
    hardest: 0,
    roles: roles([...HAMS], ['gastrocnemius', 'gluteus-maximus'], { sources: ['Gray18', 'Pete11'] }),
    camera: { azimuth: 90, elevation: 5 },
    props: [
      box('pad', [-0.25, 0, -0.15], [0.25, 0.03, 0.2]),
      box('partner', [-0.2, 0, -0.75], [0.2, 0.5, -0.5]),
    ],
    cues: [3, 0, 1],
  },
  {
    id: 'nordic-regression',
    tempo: '4-0-X-0',
    keys: { A: nordic(0, false, true), B: nordic(45, false, true) },
    seq: [
      { to: 'B', slot: 'down', work: 'eccentric' },
      { to: 'B', slot: 'bottom', work: 'isometric' },
      { to: 'A', slot: 'up', work: 'concentric' },
      { to: 'A', slot: 'top', work: 'isometric' },
    ],
    hardest: 0,
    roles: roles([...HAMS], ['gastrocnemius', 'gluteus-maximus']),
    camera: { azimuth: 90, elevation: 5 },
    props: [
      box('pad', [-0.25, 0, -0.15], [0.25, 0.03, 0.2]),
      box('partner', [-0.2, 0, -0.75], [0.2, 0.3, -0.5]),
      { kind: 'band', hand: 'both', from: [0, 1.1, -0.9] },
      box('machine', [-0.1, 0, -1.0], [0.1, 1.2, -0.9]),
    ],
    cues: [0, 0, 1],
    note: 'With a band from behind to the chest; lowering part-way to a cushion is the other way in.',
  },
  tempoTrack(
    'romanian-deadlift',
    '3-0-1-0',
    {
      pelvis: [0, 0.895, 0],
      j: join(arm('both', { abd: 3, flex: 5 }), trunk({})),
      feet: { L: foot('L'), R: foot('R') },
    },
    {
      pelvis: [0, 0.85, -0.2],
      turn: [72, 0, 0],
      j: join(
        arm('both', { abd: 3, flex: 72 }),
        trunk({ flex: 4, head: -35 }),
        leg('both', { hip: 70, knee: 15 }),
      ),
      feet: { L: foot('L'), R: foot('R') },
    },
    {
      roles: roles([...HAMS, 'gluteus-maximus'], ['gastrocnemius'], {
        also: 'the erector spinae, holding the back long',
      }),
      camera: { azimuth: 90, elevation: 5 },
      props: [{ kind: 'dumbbell', hand: 'both' }],
      cues: [0, 0, 2],
    },
  ),
  tempoTrack(
    'machine-leg-curl',
    '3-0-1-0',
    {
      pelvis: [0, 0.66, 0],
      turn: [90, 0, 0],
      j: join(arm('both', { flex: 150, abd: 30, elbow: 80 }), leg('both', { knee: 115, ankle: 10 })),
    },
    {
      pelvis: [0, 0.66, 0],
      turn: [90, 0, 0],
      j: join(arm('both', { flex: 150, abd: 30, elbow: 80 }), leg('both', { knee: 8, ankle: 10 })),
    },
    {
      roles: roles([...HAMS], ['gastrocnemius']),
      camera: { azimuth: 90, elevation: 10 },
      props: [box('machine', [-0.22, 0, -0.45], [0.22, 0.55, 0.75]), { kind: 'machine', foot: 'L' }],
      cues: [0, 0],
    },
  ),
  tempoTrack(
    'slider-leg-curl',
    '3-0-1-0',
    onSlider(0.34, 0.45, 40, leg('both', { hip: 30, knee: 95 })),
    onSlider(0.22, 0.76, 15, leg('both', { hip: 5, knee: 20 })),
    {
      roles: roles([...HAMS], ['gluteus-maximus', 'gastrocnemius']),
      camera: { azimuth: 90, elevation: 10 },
      props: [box('towel', [-0.2, 0, 0.2], [0.2, TOWEL_TOP, 1.2])],
      cues: [2, 0],
    },
  ),
  tempoTrack(
    'single-leg-hamstring-bridge',
    '2-0-1-1',
    onBench(0.34, 0.42, 0.74, (up) =>
      join(leg('R', { hip: 20, knee: 30, ankle: -10 }), leg('L', { hip: 90 - up, knee: 30 })),
    ),
    onBench(0.16, 0.42, 0.74, (up) =>
      join(leg('R', { hip: 55, knee: 35, ankle: -10 }), leg('L', { hip: 90 - up, knee: 30 })),
    ),
    {
      hardest: 3,
      roles: roles([...HAMS, 'gluteus-maximus'], ['gluteus-medius'], { side: 'R' }),
      camera: { azimuth: -90, elevation: 10 },
      props: [box('bench', [-0.3, 0, 0.55], [0.3, 0.42, 0.95])],
      cues: [0, 2, 3],
    },
  ),
  {
    id: 'strides-sprint-drills',
    keys: STRIDE_KEYS,
    seq: Array.from({ length: 8 }, (_, i) => seg(`S${(i + 1) % 8}`, 0.09, i % 4 < 2 ? 'concentric' : 'rest')),
    hardest: 1,
    roles: roles([...HAMS], ['gluteus-maximus', ...CALVES]),
    camera: { azimuth: 90, elevation: 5 },
    props: [],
    cues: [0, 2, 0],
    note: 'Relaxed fast running, shown in place; the hamstrings work hardest as they brake the swinging leg before landing.',
  },
  // Askling's lengthening exercises (Askling 2013): the hamstring of the strained (right) leg is lengthened slowly;
  // "down" is the lengthening, shown in the eccentric colour.
  tempoTrack('askling-extender', '3-0-3-0', extender(95), extender(12), {
    hardest: 0,
    roles: roles([...HAMS], ['rectus-femoris', 'vastus-lateralis', 'vastus-medialis'], {
      side: 'R',
      sources: ['Gray18', 'Askl13'],
    }),
    camera: { azimuth: -90, elevation: 10 },
    props: [],
    cues: [0, 0, 2],
    note: 'The front of the thigh straightens the knee; the hamstring is the muscle being lengthened.',
  }),
  tempoTrack('askling-diver', '3-0-3-0', diver(0), diver(70), {
    hardest: 0,
    roles: roles([...HAMS, 'gluteus-maximus'], ['gluteus-medius'], {
      side: 'R',
      sources: ['Gray18', 'Askl13'],
    }),
    camera: { azimuth: -90, elevation: 5 },
    props: [],
    cues: [0, 0, 0],
  }),
  tempoTrack('askling-glider', '3-0-3-0', glider(0), glider(0.6), {
    hardest: 0,
    roles: roles([...HAMS], ['gluteus-maximus'], {
      side: 'R',
      sources: ['Gray18', 'Askl13'],
    }),
    camera: { azimuth: 90, elevation: 5 },
    props: [
      box('box', [-0.85, 0, -0.3], [-0.5, 0.85, 0.2]),
      box('towel', [0.0, 0, -0.65], [0.2, 0.008, 0.25]),
    ],
    cues: [0, 0, 2],
    note: 'The right leg is the strained one; the arms pull the body back up.',
  }),
]
