import { arm, foot, feet, join, leg, plankFrom, trunk } from '../kit.ts'
import type { DemoKey, DemoTrack, Vec3 } from '../types.ts'
import type { Side } from '../../groups.ts'
import { march, MARCH_SEQ } from './upper-back.ts'
import { ABS, box, roles, seg, stand, tempoTrack } from './common.ts'

function supine(j: Parameters<typeof join>[0]): DemoKey {
  return { pelvis: [0, 0.11, 0], turn: [-90, 0, 0], j: join(j, trunk({ head: -10 })) }
}
function fours(j: Parameters<typeof join>[0], hands: 'both' | 'R'): DemoKey {
  const h = { L: [0.17, 0.035, 0.45] as const, R: [-0.17, 0.035, 0.45] as const }
  return {
    pelvis: [0, 0.5, -0.12],
    turn: [84, 0, 0],
    j: join(
      leg('both', { hip: 84, knee: 92, ankle: -30 }),
      arm('both', { flex: 84, abd: 8 }),
      j,
      trunk({ head: -5 }),
    ),
    hands: hands === 'both' ? h : { R: h.R },
  }
}
function plank(breath: number): DemoKey {
  const p = plankFrom(11 + breath, -0.6, 70)
  return {
    pelvis: p.pelvis,
    turn: p.turn,
    j: join(arm('both', { flex: 80, abd: 8, elbow: 90 }), trunk({ head: -5 })),
    feet: { L: foot('L', -0.01, -0.72, 0, 70), R: foot('R', 0.01, -0.72, 0, 70) },
    hands: { L: [0.12, 0.05, 0.86], R: [-0.12, 0.05, 0.86] },
  }
}

/** Both wrists on one handle centred at `at`: side by side, a fist's width apart. */
function oneHandle(at: Vec3): Partial<Record<Side, Vec3>> {
  return { L: [at[0] + HANDLE_HALF, at[1], at[2]], R: [at[0] - HANDLE_HALF, at[1], at[2]] }
}
/** Half the distance between the wrists of two hands on one handle, metres. */
export const HANDLE_HALF = 0.045

export const CORE_TRACKS: readonly DemoTrack[] = [
  tempoTrack(
    'dead-bug',
    '3-0-1-0',
    supine(join(arm('both', { flex: 90 }), leg('both', { hip: 90, knee: 90 }))),
    supine(
      join(
        arm('R', { flex: 90 }),
        arm('L', { flex: 170 }),
        leg('L', { hip: 90, knee: 90 }),
        leg('R', { hip: 20, knee: 5 }),
      ),
    ),
    {
      roles: roles([...ABS], ['iliopsoas']),
      camera: { azimuth: 90, elevation: 20 },
      props: [],
      cues: [0, 0, 0],
    },
  ),
  tempoTrack(
    'pallof-press',
    '1-0-1-2',
    // Pressed: both hands on the handle straight out from the breastbone at chest height, elbows soft.
    { ...stand(arm('both', { flex: 85, abd: 5, elbow: 10 })), hands: oneHandle([0, 1.28, 0.48]) },
    // Drawn in: the handle at the breastbone, elbows bent down by the ribs.
    { ...stand(arm('both', { flex: 30, abd: 10, elbow: 110 })), hands: oneHandle([0, 1.26, 0.2]) },
    {
      hardest: 3,
      roles: roles(['external-oblique', 'transversus-abdominis', 'rectus-abdominis'], ['gluteus-medius']),
      // From the side away from the anchor: the press straight out from the chest reads (head-on it did not).
      camera: { azimuth: 90, elevation: 20 },
      props: [
        { kind: 'band', hand: 'both', from: [-0.85, 1.27, 0.3] },
        box('machine', [-1.0, 0, 0.05], [-0.85, 1.7, 0.25]),
      ],
      cues: [0, 2, 3],
    },
  ),
  {
    id: 'front-side-plank',
    keys: { A: plank(0), B: plank(0.6) },
    seq: [seg('B', 2, 'isometric'), seg('A', 2, 'isometric')],
    hardest: 0,
    roles: roles([...ABS], ['gluteus-maximus', 'deltoid']),
    camera: { azimuth: 90, elevation: 10 },
    props: [],
    cues: [0, 0, 1],
    note: 'The front plank on the forearms; the side plank is the same straight line turned onto one forearm.',
  },
  {
    id: 'medicine-ball-rotational-throw',
    keys: {
      A: {
        ...stand(join(trunk({ twist: -45 }), arm('both', { flex: 40, abd: 10, elbow: 60 }))),
        feet: { L: foot('L', 0.12), R: foot('R', -0.12, 0, 0, 25) },
      },
      B: {
        ...stand(join(trunk({ twist: 40 }), arm('both', { flex: 85, abd: 10, elbow: 10 }))),
        feet: { L: foot('L', 0.12), R: foot('R', -0.12, 0, 0, 35) },
      },
    },
    seq: [seg('B', 0.35, 'ballistic'), seg('A', 1.0, 'rest'), seg('A', 0.4, 'isometric')],
    hardest: 0,
    roles: roles(['external-oblique', 'transversus-abdominis'], ['gluteus-maximus', 'rectus-abdominis']),
    camera: { azimuth: 0, elevation: 15 },
    props: [{ kind: 'medicine-ball', hand: 'both' }, box('wall', [1.3, 0, -0.8], [1.4, 2.0, 0.8])],
    cues: [0, 0, 0],
  },
  tempoTrack(
    'cable-chop',
    '2-0-1-0',
    // Finished low by the left hip, the pelvis turned with the ribs; both hands stay on the one handle.
    {
      ...stand(join(trunk({ twist: 20 }), arm('both', { flex: 35, abd: 8, elbow: 10 }))),
      turn: [0, 20, 0],
      feet: feet(0, 0, 0, 0.08),
      hands: oneHandle([0.17, 1.02, 0.3]),
    },
    // Started high towards the pulley on the right.
    {
      ...stand(join(trunk({ twist: -25 }), arm('both', { flex: 130, abd: 20, elbow: 10 }))),
      turn: [0, -20, 0],
      feet: feet(0, 0, 0, 0.08),
      hands: oneHandle([-0.3, 1.72, 0.25]),
    },
    {
      hardest: 2,
      roles: roles(['external-oblique', 'rectus-abdominis'], ['transversus-abdominis', 'gluteus-maximus']),
      camera: { azimuth: 20, elevation: 10 },
      props: [
        { kind: 'cable', hand: 'both', from: [-0.8, 2.0, 0.3] },
        box('machine', [-1.0, 0, 0.2], [-0.8, 2.1, 0.4]),
      ],
      cues: [2, 2, 0],
    },
  ),
  tempoTrack(
    'bird-dog',
    '1-0-1-2',
    fours(join(arm('L', { flex: 175, abd: 5 }), leg('R', { hip: 0, knee: 5 })), 'R'),
    fours({}, 'both'),
    {
      hardest: 3,
      roles: roles(
        ['gluteus-maximus', 'external-oblique', 'transversus-abdominis'],
        ['deltoid', 'gluteus-medius'],
        {
          also: 'the erector spinae along the back',
        },
      ),
      camera: { azimuth: 90, elevation: 15 },
      props: [],
      cues: [2, 3, 3],
    },
  ),
  {
    id: 'suitcase-carry',
    keys: march(join(arm('both', { abd: 8 }), trunk({}))),
    seq: MARCH_SEQ,
    hardest: 0,
    roles: roles(['external-oblique', 'transversus-abdominis'], ['gluteus-medius', 'trapezius']),
    camera: { azimuth: 0, elevation: 5 },
    props: [{ kind: 'kettlebell', hand: 'R' }],
    cues: [0, 1, 2],
  },
]
void feet
