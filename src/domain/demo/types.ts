/**
 * A demonstration: one exercise performed by the figure as a loop of key poses on the rig of skeleton.ts, in its
 * conventions (metres, Y up, feet on y = 0, facing +Z, the body's left on +X; joint angles are the local Euler
 * angles stride/pose.ts uses, here in degrees). Limbs that must stay put (a planted foot, a hand on a bar) name a
 * target, and a two-bone solver (solve.ts) bends the limb to reach it; everything else is forward kinematics.
 */
import type { MuscleId, Side } from '../groups.ts'
import type { ExerciseId } from '../exercises.ts'
import type { SelfTestId } from '../plan-options.ts'
import type { BoneName } from '../skeleton.ts'

export type Vec3 = readonly [number, number, number]
/** Local rotation in degrees about X, Y, Z (in the bone's ROTATION_ORDER). */
export type Deg3 = readonly [number, number, number]

/** A foot kept on a surface: the point under the ball of the foot, the heel's rise and the foot's turn. */
export interface FootPlant {
  /** World point under the ball of the foot (y is the surface it stands on). */
  readonly at: Vec3
  /** Heel raised by this many degrees about the ball of the foot (a calf raise); 0 is flat. */
  readonly heel?: number
  /** Toes turned out (+) or in (−) about the vertical, degrees, as seen from above for that side. */
  readonly yaw?: number
  /**
   * 'heel': the foot rests on its heel instead (a heel on a bench or a slider): `at` is the point under the heel and
   * `heel` lifts the toes by that many degrees.
   */
  readonly pivot?: 'ball' | 'heel'
  /** Toes held up by this many degrees off the surface (resting on a rolled towel); 0 is flat. */
  readonly toes?: number
}

export interface DemoKey {
  /** World position of the pelvis joint (the rig's root; at rest [0, 0.91, 0]). */
  readonly pelvis: Vec3
  /** Rotation of the whole body about the pelvis, degrees XYZ: x +90 lies face down head to +Z, −90 face up. */
  readonly turn?: Deg3
  /**
   * A world point the body turns about between two keys that both name it (the knees of a Nordic curl): the
   * pelvis swings round it on an arc instead of cutting the chord, which would sink the knees midway.
   */
  readonly pivot?: Vec3
  /** Local joint angles; a bone not named is at rest. */
  readonly j?: Partial<Record<BoneName, Deg3>>
  /** Feet held on a surface. */
  readonly feet?: Partial<Record<Side, FootPlant>>
  /** Wrists held at these world points (a bar, the floor, a handle). */
  readonly hands?: Partial<Record<Side, Vec3>>
  /**
   * The hands are given in this bone's rest pose instead, and ride it (a bar on the upper back rides the chest, a
   * bar across the hips the pelvis), so the kit stays on its landmark however the body between the keys turns.
   */
  readonly handsOn?: BoneName
  /** Held hands lie flat on what they hold, palms down and fingers to +Z (a push-up's hands on the floor). */
  readonly palmsDown?: boolean
}

/** Seconds of each part of a repetition as the card writes them: lowering, pause, lifting, pause. */
export type TempoSlot = 'down' | 'bottom' | 'up' | 'top'

/** What the working muscles do in a segment: lengthen under load, shorten, hold, spring, or rest. */
export type Work = 'eccentric' | 'concentric' | 'isometric' | 'ballistic' | 'rest'

export interface DemoSegment {
  /** The key pose reached at the end of the segment. */
  readonly to: string
  /** The card's tempo gives the seconds (tempo tracks). */
  readonly slot?: TempoSlot
  /** Seconds, for tracks without a tempo (drills, jumps, carries, holds). */
  readonly s?: number
  readonly work: Work
}

/** Muscles lit by role: prime movers strongly, synergists softly. */
export interface DemoRoles {
  readonly prime: readonly MuscleId[]
  readonly synergist: readonly MuscleId[]
  /** The side that works when only one does (a single-leg exercise): the other side stays dark. */
  readonly side?: Side
  /** Source ids (src/content/sources.ts) for the roles; a test checks they exist. */
  readonly sources: readonly string[]
  /** Working muscles the figure cannot light on its own (chest, triceps, adductors...), in words. */
  readonly also?: string
}

export type PropKind =
  | 'step'
  | 'bench'
  | 'box'
  | 'wall'
  | 'bar'
  | 'pad'
  | 'dumbbell'
  | 'kettlebell'
  | 'barbell'
  | 'trap-bar'
  | 'medicine-ball'
  | 'band'
  | 'cable'
  | 'partner'
  | 'towel'
  | 'machine'

export interface DemoProp {
  readonly kind: PropKind
  /** A fixed prop: its box in world space, [min, max]. */
  readonly box?: readonly [Vec3, Vec3]
  /** Held in one hand, or between both (a barbell, a goblet bell, a ball, a rope). */
  readonly hand?: Side | 'both'
  /** A band or cable: from this fixed world point to the hand (or both hands, or a foot). */
  readonly from?: Vec3
  readonly foot?: Side
  /** A band round both thighs just above the knees (a side-hip hold). */
  readonly knees?: boolean
  /** A fixed box turned this many degrees about the X axis through its centre (+ tips its top to +Z): a seat back. */
  readonly tilt?: number
  /** A machine part that moves with the feet: a plate flat under both soles (a leg press), not an ankle roller. */
  readonly plate?: boolean
}

/** A self-test of My plan posed on the body: its own namespace, since `single-leg-squat` is an exercise too. */
export type SelfTestDemoId = `test:${SelfTestId}`
/** What the body can perform: an exercise, or a self-test's start and end positions. */
export type DemoId = ExerciseId | SelfTestDemoId

export interface DemoTrack {
  readonly id: DemoId
  /** The card's starting tempo (lowering-pause-lifting-pause), copied here so the scene needs no content. */
  readonly tempo?: string
  readonly keys: Readonly<Record<string, DemoKey>>
  /** The loop; it starts at the last segment's pose. */
  readonly seq: readonly DemoSegment[]
  /** The hardest moment (what `play=0` holds and a still picture shows): the end of this segment. */
  readonly hardest: number
  readonly roles: DemoRoles
  /** Where the camera stands to see the movement best: degrees round the body (0 = front, 90 = its left) and up. */
  readonly camera: { readonly azimuth: number; readonly elevation: number }
  readonly props: readonly DemoProp[]
  /** For each of the card's cues, the segment during which it applies. */
  readonly cues: readonly number[]
  /** For a progression or a card with variants: what the demo shows and what else the card covers. */
  readonly note?: string
  /** A self-test's: what to watch in its end position. */
  readonly watch?: string
}
