import { ARMS_DOWN, arm, feet, join, leg, trunk } from '../kit.ts'
import { tempoSeq } from '../tempo.ts'
import type { DemoTrack } from '../types.ts'

const QUADS = ['vastus-lateralis', 'vastus-medialis', 'rectus-femoris'] as const

export const QUAD_TRACKS: readonly DemoTrack[] = [
  {
    id: 'heavy-half-squat',
    tempo: '3-0-1-0',
    keys: {
      A: {
        pelvis: [0, 0.9, 0],
        j: join(arm('both', { abd: 70, flex: 10, elbow: 120, rot: 60 }), trunk({})),
        feet: feet(0, 0, 0, 0.05),
      },
      B: {
        pelvis: [0, 0.66, -0.16],
        turn: [22, 0, 0],
        j: join(
          arm('both', { abd: 70, flex: 10, elbow: 120, rot: 60 }),
          trunk({ flex: 12, head: -25 }),
          leg('both', { hip: 75, knee: 85, abd: 8 }),
        ),
        feet: feet(0, 0, 0, 0.05),
      },
    },
    seq: tempoSeq(),
    hardest: 0,
    roles: {
      prime: [...QUADS, 'gluteus-maximus'],
      synergist: ['soleus', 'biceps-femoris'],
      sources: ['Gray18', 'NSCA'],
    },
    camera: { azimuth: 70, elevation: 8 },
    props: [{ kind: 'barbell', hand: 'both' }],
    cues: [0, 0, 0, 2],
  },
]
void ARMS_DOWN
