import { arm, join, kneelFrom, leg, trunk } from '../kit.ts'
import type { DemoKey, DemoTrack } from '../types.ts'

const HAMS = ['biceps-femoris', 'semitendinosus', 'semimembranosus'] as const

function nordic(lean: number, hands = false): DemoKey {
  const k = kneelFrom(lean, 0)
  return {
    pelvis: k.pelvis,
    turn: k.turn,
    j: join(
      leg('both', { knee: k.knee, ankle: -40 }),
      trunk({ head: -Math.min(lean, 50) * 0.6 }),
      hands ? arm('both', { flex: 80, abd: 25, elbow: 30 }) : arm('both', { flex: 35, abd: 20, elbow: 80 }),
    ),
  }
}

export const HAMSTRING_TRACKS: readonly DemoTrack[] = [
  {
    id: 'nordic-hamstring-curl',
    tempo: '4-0-X-0',
    keys: { A: nordic(0), B: nordic(62, true), C: nordic(75, true) },
    seq: [
      { to: 'B', slot: 'down', work: 'eccentric' },
      { to: 'C', s: 0.5, work: 'rest' },
      { to: 'A', slot: 'up', work: 'concentric' },
      { to: 'A', slot: 'top', work: 'isometric' },
    ],
    hardest: 0,
    roles: {
      prime: [...HAMS],
      synergist: ['gastrocnemius', 'gluteus-maximus'],
      sources: ['Gray18', 'Pete11'],
    },
    camera: { azimuth: 90, elevation: 5 },
    props: [
      {
        kind: 'pad',
        box: [
          [-0.25, 0, -0.15],
          [0.25, 0.03, 0.2],
        ],
      },
      {
        kind: 'partner',
        box: [
          [-0.2, 0, -0.75],
          [0.2, 0.5, -0.5],
        ],
      },
    ],
    cues: [3, 0, 2],
  },
]
