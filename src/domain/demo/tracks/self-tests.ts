/**
 * The six self-tests of My plan, posed: each shows its start and end position, moving between them, from the side
 * that shows what to watch (the heel's height, the level pelvis, the knee over the toe). Where an exercise's demo
 * already has the positions (a single-leg calf raise, the single-leg bridge, the single-leg squat) they are reused.
 */
import { arm, feet, foot, join, leg, trunk } from '../kit.ts'
import type { DemoKey, DemoSegment, DemoTrack } from '../types.ts'
import { CALF_TRACKS } from './calves.ts'
import { onBench } from './hamstrings.ts'
import { ABS, CALVES, HAMS, QUADS, box, roles } from './common.ts'

const keysOf = (tracks: readonly DemoTrack[], id: string) => tracks.find((t) => t.id === id)!.keys

/** Start held, the move, the end held, the way back: the end position is the one to watch. */
function startEnd(move: number, hold: number, work: DemoSegment['work']): readonly DemoSegment[] {
  return [
    { to: 'S', s: hold, work: 'rest' },
    { to: 'E', s: move, work },
    { to: 'E', s: hold, work: 'isometric' },
    { to: 'S', s: move, work: work === 'concentric' ? 'eccentric' : 'rest' },
  ]
}

/**
 * On the right forearm, elbow under the shoulder, feet stacked: the body a straight line 16° up (`drop` 0), or the
 * hips sagging towards the floor (`drop` 1), the chest and feet where they were.
 */
function sidePlank(drop: number): DemoKey {
  return {
    pelvis: [0, 0.385 - 0.095 * drop, 0],
    turn: [0, 0, 74 - drop],
    j: join(
      arm('R', { abd: 80, elbow: 90, rot: 80 }),
      arm('L', { abd: 5 }),
      leg('L', { hip: 8, abd: 6 * drop }),
      leg('R', { hip: -5, abd: -6 * drop }),
      trunk({ side: 18 * drop }),
    ),
    hands: { R: [-0.5, 0.04, 0.22] },
  }
}

/** Split stance facing a wall, the front (right) knee driven forward `t` of the way to the wall, heel down. */
function kneeToWall(t: number): DemoKey {
  return {
    pelvis: [0, 0.86 - 0.07 * t, -0.18 + 0.14 * t],
    turn: [4, 0, 0],
    j: join(arm('both', { flex: 15, abd: 8, elbow: 20 }), leg('R', { hip: 20, knee: 30 }), trunk({})),
    feet: { R: foot('R', 0, 0.04), L: foot('L', 0, -0.5, 0, 25) },
  }
}

/** Back on the wall, knees at a right angle; `lift` raises the left foot off the floor. */
function wallSit(lift: boolean): DemoKey {
  const both = feet(0.3)
  return {
    pelvis: [0, 0.5, -0.14],
    j: join(
      arm('both', { abd: 10, flex: 10 }),
      leg('both', { hip: 90, knee: 90 }),
      lift ? leg('L', { hip: 96, knee: 90 }) : {},
      trunk({}),
    ),
    feet: lift ? { R: both.R! } : both,
  }
}

/**
 * On the left leg on flat floor, arms folded across the chest, the free (right) leg held just forward with its foot
 * off the floor, squatting `t` of the way to about 60° of knee bend.
 */
function oneLegSquat(t: number): DemoKey {
  return {
    pelvis: [0, 0.905 - 0.105 * t, 0.0 - 0.1 * t],
    turn: [15 * t, 0, 0],
    j: join(
      arm('both', { flex: 40, abd: 20, elbow: 120, rot: -60 }),
      leg('R', { hip: 35 + 30 * t, knee: 25 + 5 * t }),
      leg('L', { hip: 45 * t, knee: 60 * t }),
      trunk({ head: -10 * t }),
    ),
    feet: { L: foot('L') },
    // Each wrist over the other side of the chest (the chest's rest frame), riding it as the trunk leans.
    hands: { L: [-0.1, 1.3, 0.17], R: [0.1, 1.33, 0.17] },
    handsOn: 'chest',
  }
}

/** The single-leg bridge test's box, about 60 cm high, and where the heel rests on it. */
const BRIDGE_BOX = 0.6
const BRIDGE_HEEL_Z = 0.66

/**
 * The single-leg bridge test: the right heel on the box, the knee about 20° bent at the top, the other thigh
 * upright and the arms crossed over the chest; the hips lowered to touch the floor, or lifted until straight.
 */
function testBridge(up: boolean): DemoKey {
  const k = onBench(up ? 0.38 : 0.15, BRIDGE_BOX, BRIDGE_HEEL_Z, (slope) =>
    join(
      arm('both', { flex: 60, abd: 10, elbow: 130, rot: 40 }),
      leg('R', { hip: up ? 10 : 60, knee: up ? 20 : 50, ankle: -10 }),
      leg('L', { hip: 90 - slope, knee: 80 }),
    ),
  )
  // Arms crossed: each wrist over the other shoulder's front, where the upper chest lies still on the floor.
  return { ...k, hands: { L: [-0.1, 0.25, -0.36], R: [0.1, 0.22, -0.34] } }
}

const WALL_BEHIND = box('wall', [-0.6, 0, -0.38], [0.6, 1.9, -0.285])

export const SELF_TEST_TRACKS: readonly DemoTrack[] = [
  {
    id: 'test:heel-rise',
    keys: {
      S: keysOf(CALF_TRACKS, 'single-leg-calf-raise').B!,
      E: keysOf(CALF_TRACKS, 'single-leg-calf-raise').A!,
    },
    seq: startEnd(1, 0.5, 'concentric'),
    hardest: 1,
    roles: roles([...CALVES], [], { side: 'R', sources: ['Gray18', 'HL12'] }),
    camera: { azimuth: -90, elevation: 5 },
    props: [],
    cues: [],
    watch: 'Watch the heel: every rise as high as the first, one every two seconds.',
  },
  {
    id: 'test:single-leg-bridge',
    keys: { S: testBridge(false), E: testBridge(true) },
    seq: startEnd(1, 0.5, 'concentric'),
    hardest: 1,
    roles: roles([...HAMS, 'gluteus-maximus'], [], { side: 'R' }),
    camera: { azimuth: -90, elevation: 10 },
    props: [box('box', [-0.3, 0, BRIDGE_HEEL_Z - 0.12], [0.3, BRIDGE_BOX, BRIDGE_HEEL_Z + 0.25])],
    cues: [],
    watch: 'Watch the hips: each lift counts only when they straighten fully.',
  },
  {
    id: 'test:side-plank',
    keys: { S: sidePlank(1), E: sidePlank(0) },
    seq: startEnd(1, 1.5, 'concentric'),
    hardest: 1,
    roles: roles(['gluteus-medius', 'external-oblique'], [...ABS.slice(0, 1), 'transversus-abdominis']),
    camera: { azimuth: 0, elevation: 10 },
    props: [],
    cues: [],
    watch: 'Watch the line from head to feet: the test ends when the hips drop.',
  },
  {
    id: 'test:single-leg-squat',
    keys: { S: oneLegSquat(0), E: oneLegSquat(1) },
    seq: startEnd(1, 0.5, 'eccentric'),
    hardest: 1,
    roles: roles(['gluteus-medius', 'gluteus-maximus', ...QUADS], [], { side: 'L' }),
    camera: { azimuth: 0, elevation: 8 },
    props: [],
    cues: [],
    watch: 'Watch from the front: the knee over the second toe, the pelvis level, the trunk upright.',
  },
  {
    id: 'test:knee-to-wall',
    keys: { S: kneeToWall(0), E: kneeToWall(1) },
    seq: startEnd(1, 1, 'rest'),
    hardest: 1,
    roles: roles([], [], {
      also: 'no muscle is tested: this is how far the ankle bends forward with weight on it',
    }),
    camera: { azimuth: -90, elevation: 5 },
    props: [box('wall', [-0.6, 0, 0.26], [0.6, 1.9, 0.36])],
    cues: [],
    watch: 'Watch the heel: the knee touches the wall while the heel stays down.',
  },
  {
    id: 'test:wall-sit',
    keys: { S: wallSit(false), E: wallSit(true) },
    seq: startEnd(0.6, 2, 'isometric'),
    hardest: 2,
    roles: roles([...QUADS], ['gluteus-maximus'], { side: 'R' }),
    camera: { azimuth: 90, elevation: 5 },
    props: [WALL_BEHIND],
    cues: [],
    watch: 'Watch the knee: a right angle, the lifted foot a hand’s width off the floor.',
  },
]
