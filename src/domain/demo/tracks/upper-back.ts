import { arm, feet, join, leg, trunk } from '../kit.ts'
import type { DemoKey, DemoTrack } from '../types.ts'
import { ABS, box, roles, seg, stand, tempoTrack } from './common.ts'

/** Marching in place with steady short steps: a carry seen from the side. */
export function march(j: Parameters<typeof join>[0], heel = 0): Record<string, DemoKey> {
  const base = stand(j)
  const lift = (side: 'L' | 'R'): DemoKey => ({
    ...base,
    pelvis: [0, 0.9 + heel * 0.0019, 0],
    j: join(base.j ?? {}, leg(side, { hip: 28, knee: 45, ankle: heel ? -heel : 0 })),
    feet: { [side === 'L' ? 'R' : 'L']: { ...base.feet![side === 'L' ? 'R' : 'L']!, heel } },
  })
  const both: DemoKey = {
    ...base,
    pelvis: [0, 0.905 + heel * 0.0019, 0],
    feet: { L: { ...base.feet!.L!, heel }, R: { ...base.feet!.R!, heel } },
  }
  return { A: both, L: lift('L'), R: lift('R') }
}
export const MARCH_SEQ = [
  seg('L', 0.35, 'isometric'),
  seg('A', 0.3, 'isometric'),
  seg('R', 0.35, 'isometric'),
  seg('A', 0.3, 'isometric'),
]

/** Face down on the floor: thighs and knees resting on it, the feet pointed, their tops on the floor. */
const PRONE_LEGS = leg('both', { hip: 8, knee: 9, ankle: -55 })

/** Face down on a flat bench, chest on it, arms free to hang. */
/**
 * Chest down on an incline bench, feet on the floor: the trunk 45° forward from the hips, the sternum on the pad's
 * top edge (the pad is narrower than the shoulders, so the arms hang either side of it).
 */
function onIncline(j: Parameters<typeof join>[0]): DemoKey {
  return {
    pelvis: [0, 0.85, -0.15],
    turn: [INCLINE, 0, 0],
    j: join(j, trunk({ head: -20 }), leg('both', { hip: INCLINE, knee: 15 })),
    feet: feet(-0.05),
  }
}
/** The incline of the chest-supported row's trunk (and bench), degrees forward from upright. */
const INCLINE = 45

/**
 * Lying on the right side, head to −X, left side up. The shoulders are wider than the hips: the pelvis a little
 * higher and the trunk curved up off the floor, the under arm along the floor beneath the head.
 */
function sideLying(j: Parameters<typeof join>[0]): DemoKey {
  return {
    pelvis: [0, 0.2, 0],
    turn: [0, 0, 90],
    j: join(
      j,
      arm('R', { flex: 165, abd: 12, elbow: 40 }),
      leg('both', { hip: 35, knee: 60 }),
      trunk({ side: 12 }),
    ),
  }
}

export const UPPER_BACK_TRACKS: readonly DemoTrack[] = [
  tempoTrack(
    'face-pull',
    '2-0-1-1',
    stand(arm('both', { abd: 85, flex: 15, elbow: 105, rot: 75 })),
    stand(arm('both', { flex: 95, abd: 12, elbow: 10 })),
    {
      hardest: 3,
      roles: roles(['trapezius', 'deltoid'], [], { also: 'rhomboids and infraspinatus' }),
      camera: { azimuth: 60, elevation: 15 },
      props: [
        { kind: 'cable', hand: 'both', from: [0, 1.6, 0.95] },
        box('machine', [-0.3, 0, 0.95], [0.3, 2.0, 1.05]),
      ],
      cues: [2, 3, 3],
    },
  ),
  tempoTrack(
    'prone-y-t-raise',
    '2-0-1-2',
    {
      pelvis: [0, 0.12, 0],
      turn: [90, 0, 0],
      j: join(arm('both', { flex: 200, abd: 40, rot: 60, blade: 12 }), trunk({ head: 15 }), PRONE_LEGS),
    },
    {
      pelvis: [0, 0.12, 0],
      turn: [90, 0, 0],
      j: join(arm('both', { flex: 186, abd: 40, rot: 60 }), trunk({ head: 15 }), PRONE_LEGS),
    },
    {
      hardest: 3,
      roles: roles(['trapezius'], ['deltoid'], { also: 'rhomboids and the rotator cuff' }),
      camera: { azimuth: 70, elevation: 25 },
      props: [],
      cues: [2, 2, 3],
    },
  ),
  tempoTrack(
    'chest-supported-row',
    '2-0-1-1',
    // Rowed: the upper arm extended behind the trunk line, elbow bent, blades drawn back.
    onIncline(arm('both', { flex: -35, abd: 20, elbow: 95, blade: 15 })),
    // Hanging: the arms straight down from the shoulders.
    onIncline(arm('both', { flex: INCLINE, abd: 8, elbow: 5 })),
    {
      hardest: 3,
      roles: roles(['trapezius', 'deltoid'], [], { also: 'latissimus dorsi, rhomboids and biceps' }),
      camera: { azimuth: 90, elevation: 10 },
      props: [{ kind: 'dumbbell', hand: 'both' }, box('bench', [-0.13, 0, 0.12], [0.13, 0.96, 0.5])],
      note: 'The incline bench is drawn as a narrow pad whose top edge takes the chest.',
      cues: [0, 2, 3],
    },
  ),
  tempoTrack(
    'side-lying-external-rotation',
    '3-0-1-0',
    sideLying(arm('L', { abd: 4, elbow: 90, rot: 45 })),
    sideLying(arm('L', { abd: 4, elbow: 90, rot: -55 })),
    {
      hardest: 2,
      // As the band external rotation: the cuff does the work (not lit), the deltoid glows softly.
      roles: roles([], ['deltoid', 'trapezius'], {
        side: 'L',
        also: 'infraspinatus and teres minor, the rotator cuff muscles that turn the arm out',
      }),
      camera: { azimuth: 0, elevation: 30 },
      props: [{ kind: 'dumbbell', hand: 'L' }],
      cues: [2, 0],
    },
  ),
  tempoTrack(
    'band-pull-apart',
    '2-0-1-1',
    stand(arm('both', { abd: 88, flex: 5, elbow: 3 })),
    stand(arm('both', { flex: 90, abd: 8, elbow: 3 })),
    {
      hardest: 3,
      roles: roles(['trapezius', 'deltoid'], [], { also: 'rhomboids' }),
      camera: { azimuth: 25, elevation: 40 },
      props: [{ kind: 'band', hand: 'both' }],
      cues: [2, 3, 0],
    },
  ),
  {
    id: 'farmer-carry',
    keys: march(join(arm('both', { abd: 8 }), trunk({}))),
    seq: MARCH_SEQ,
    hardest: 0,
    roles: roles(['trapezius'], [...ABS, 'gluteus-medius'], { also: 'forearm grip muscles' }),
    camera: { azimuth: 45, elevation: 5 },
    props: [
      { kind: 'kettlebell', hand: 'L' },
      { kind: 'kettlebell', hand: 'R' },
    ],
    cues: [0, 0, 2],
  },
]
