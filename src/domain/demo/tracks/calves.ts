import { ARMS_DOWN, PELVIS, arm, feet, foot, join, leg, trunk } from '../kit.ts'
import { tempoSeq } from '../tempo.ts'
import type { DemoTrack } from '../types.ts'

const CALF = { prime: ['gastrocnemius', 'soleus'], synergist: [], sources: ['Gray18', 'HL12'] } as const
const STEP = {
  kind: 'step',
  box: [
    [-0.3, 0, 0.02],
    [0.3, 0.18, 0.4],
  ],
} as const

export const CALF_TRACKS: readonly DemoTrack[] = [
  {
    id: 'single-leg-calf-raise',
    tempo: '2-1-2-0',
    keys: {
      // Top: right heel high on the ball of the foot, left foot hooked behind.
      A: {
        pelvis: [0, 0.905 + 0.085, 0],
        j: join(ARMS_DOWN, leg('L', { knee: 70, hip: 5 })),
        feet: { R: foot('R', 0.02, 0, 0, 38) },
      },
      B: {
        pelvis: [0, 0.905, 0],
        j: join(ARMS_DOWN, leg('L', { knee: 70, hip: 5 })),
        feet: { R: foot('R', 0.02, 0, 0, 0) },
      },
    },
    seq: tempoSeq(),
    hardest: 3,
    roles: { ...CALF, synergist: [], side: 'R' },
    camera: { azimuth: -90, elevation: 5 },
    props: [],
    cues: [3, 0, 2],
  },
]
void PELVIS
void trunk
void arm
void feet
void STEP
