/**
 * Poses the rig for a moment of a demo: key poses eased into one another, forward kinematics from the pelvis, then
 * a two-bone solver for every limb that holds a target (a foot on the floor, a hand on a bar), so a planted foot
 * stays exactly where it is while the body moves over it. Pure three.js math on the rest joints (the GLB's, or the
 * manifest's in tests); one solver object is reused, so posing allocates nothing per frame.
 */
import { Euler, Matrix4, Quaternion, Vector3 } from 'three'
import { SIDES, type Side } from '../groups.ts'
import { ALL_BONES, boneName, type BoneName } from '../skeleton.ts'
import { parentOf, type RestJoints } from '../stride/kinematics.ts'
import { ROTATION_ORDER } from '../stride/pose.ts'
import { segmentAt, timelineOf, type Timeline } from './tempo.ts'
import type { DemoKey, DemoTrack, Vec3, Work } from './types.ts'

const DEG = Math.PI / 180
/** The heel's contact point behind the ankle, as a share of ankle-to-ball (stride/kinematics.ts footContacts). */
const HEEL_BACK = 0.28
/** How high a foot stepping between free and planted lifts midway, metres. */
const STEP_LIFT = 0.03
/** Below this many metres off the straight line, the knee or elbow takes the body's default direction. */
const POLE_BIAS = 0.08

export interface DemoPose {
  /** World position of the pelvis joint. */
  readonly pelvis: Vector3
  /** Local rotation of every bone. */
  readonly local: Record<BoneName, Quaternion>
  /** World rotation and position of every joint, after solving. */
  readonly world: Record<BoneName, Quaternion>
  readonly at: Record<BoneName, Vector3>
  /** Which limb ends are held this moment (both keys of the segment hold them). */
  readonly held: Record<'foot_L' | 'foot_R' | 'hand_L' | 'hand_R', boolean>
  /** The segment and its work at this moment. */
  segment: number
  work: Work
}

type Limb = 'leg' | 'arm'
const CHAIN: Record<Limb, readonly ['thigh' | 'upperarm', 'shin' | 'forearm', 'foot' | 'hand']> = {
  leg: ['thigh', 'shin', 'foot'],
  arm: ['upperarm', 'forearm', 'hand'],
}

const _e = new Euler()
const _q = new Quaternion()
const _q2 = new Quaternion()
const _v = new Vector3()
const _u = new Vector3()
const _w = new Vector3()
const _p = new Vector3()
const _k = new Vector3()
const _a = new Vector3()
const _x = new Vector3()
const _m0 = new Matrix4()
const _m1 = new Matrix4()
const _d0 = new Vector3()
const _x0 = new Vector3()
const _d1 = new Vector3()
const _s1 = new Vector3()
const _up = new Quaternion()

/** Each bone with the bones below it, in parent-first order, so a limb is re-posed without string work per frame. */
const BELOW = Object.fromEntries(
  ALL_BONES.map((a) => [a, ALL_BONES.filter((b) => descends(b, a))]),
) as unknown as Record<BoneName, readonly BoneName[]>
const PARENT = Object.fromEntries(ALL_BONES.map((b) => [b, parentOf(b)])) as Record<BoneName, BoneName | null>
const LIMB_BONES = Object.fromEntries(
  (['leg', 'arm'] as const).map((limb) => [
    limb,
    Object.fromEntries(SIDES.map((s) => [s, CHAIN[limb].map((b) => boneName(b, s))])),
  ]),
) as unknown as Record<Limb, Record<Side, readonly [BoneName, BoneName, BoneName]>>

function newPose(): DemoPose {
  const q = () =>
    Object.fromEntries(ALL_BONES.map((b) => [b, new Quaternion()])) as Record<BoneName, Quaternion>
  return {
    pelvis: new Vector3(),
    local: q(),
    world: q(),
    at: Object.fromEntries(ALL_BONES.map((b) => [b, new Vector3()])) as Record<BoneName, Vector3>,
    held: { foot_L: false, foot_R: false, hand_L: false, hand_R: false },
    segment: 0,
    work: 'rest',
  }
}

/** Cosine ease: a joint starts and ends each movement at rest, as a controlled repetition does. */
export function ease(f: number): number {
  return 0.5 - 0.5 * Math.cos(Math.PI * Math.min(1, Math.max(0, f)))
}

function lerp3(a: Vec3, b: Vec3, t: number, out: Vector3): Vector3 {
  return out.set(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t)
}

const ZERO: Vec3 = [0, 0, 0]

/** Rotation that carries the rest frame (limb direction d0, hinge x0) onto the posed one (d1, x1). */
function frameRotation(d0: Vector3, x0: Vector3, d1: Vector3, x1: Vector3, out: Quaternion): Quaternion {
  basis(d0, x0, _m0)
  basis(d1, x1, _m1)
  return out.setFromRotationMatrix(_m1.multiply(_m0.transpose()))
}

function basis(d: Vector3, x: Vector3, m: Matrix4): Matrix4 {
  const e1 = _p.copy(d).normalize()
  const e2 = _k.copy(x).addScaledVector(e1, -x.dot(e1)).normalize()
  const e3 = _a.crossVectors(e1, e2)
  return m.makeBasis(e1, e2, e3)
}

export interface DemoSolver {
  readonly track: DemoTrack
  readonly timeline: Timeline
  /** Pose the figure at a time into the repetition (seconds; wrapped). The returned pose is reused. */
  at(seconds: number): DemoPose
}

export function createDemoSolver(track: DemoTrack, joints: RestJoints): DemoSolver {
  const timeline = timelineOf(track)
  const pose = newPose()
  const rest = (b: BoneName) => joints[b]
  const len = (a: BoneName, b: BoneName) =>
    Math.hypot(rest(a)[0] - rest(b)[0], rest(a)[1] - rest(b)[1], rest(a)[2] - rest(b)[2])

  function fk(from: BoneName) {
    // Every bone after `from` in parent-first order whose chain passes through it (or all, from the pelvis).
    for (const b of BELOW[from]) {
      const p = PARENT[b]
      if (p === null) {
        pose.world.pelvis.copy(pose.local.pelvis)
        pose.at.pelvis.copy(pose.pelvis)
        continue
      }
      const r = rest(b)
      const rp = rest(p)
      pose.at[b]
        .set(r[0] - rp[0], r[1] - rp[1], r[2] - rp[2])
        .applyQuaternion(pose.world[p])
        .add(pose.at[p])
      pose.world[b].multiplyQuaternions(pose.world[p], pose.local[b])
    }
  }

  /** Solve one limb so its end (ankle or wrist) reaches `target`; the end's world rotation becomes `endRot`. */
  function reach(limb: Limb, side: Side, target: Vector3, endRot: Quaternion | null) {
    const [rootB, midB, endB] = LIMB_BONES[limb][side]
    const parent = PARENT[rootB]!
    const a = len(rootB, midB)
    const b = len(midB, endB)
    const H = pose.at[rootB]
    // The pole: where the authored pose put the knee or elbow.
    _w.subVectors(pose.at[midB], H)
    _u.subVectors(target, H)
    const dist = Math.min(Math.max(_u.length(), Math.abs(a - b) + 1e-4), a + b - 1e-4)
    _u.normalize()
    _w.addScaledVector(_u, -_w.dot(_u))
    // A limb authored nearly straight says little about where its knee or elbow points: lean on the body's
    // own forward (knees) or backward (elbows) so a small authoring error never turns a knee inward.
    const bias = POLE_BIAS - _w.length()
    if (bias > 0) {
      _a.set(0, 0, limb === 'leg' ? 1 : -1).applyQuaternion(pose.world[limb === 'leg' ? 'pelvis' : 'chest'])
      _w.addScaledVector(_a.addScaledVector(_u, -_a.dot(_u)).normalize(), bias)
    }
    _w.normalize()
    const cos = Math.min(1, Math.max(-1, (a * a + dist * dist - b * b) / (2 * a * dist)))
    const sin = Math.sqrt(1 - cos * cos)
    const knee = _v
      .copy(H)
      .addScaledVector(_u, a * cos)
      .addScaledVector(_w, a * sin)
    // Hinge axis: +X for the knee (it bends the shin back), −X for the elbow (it brings the hand forward).
    _x.crossVectors(_w, _u).normalize()
    const sign = limb === 'leg' ? 1 : -1
    // Upper segment.
    _d0.set(rest(midB)[0] - rest(rootB)[0], rest(midB)[1] - rest(rootB)[1], rest(midB)[2] - rest(rootB)[2])
    _x0.set(sign, 0, 0)
    frameRotation(_d0, _x0, _d1.subVectors(knee, H), _x, _q)
    pose.local[rootB].copy(_q2.copy(pose.world[parent]).invert().multiply(_q))
    const upper = _up.copy(_q)
    // Lower segment.
    _d0.set(rest(endB)[0] - rest(midB)[0], rest(endB)[1] - rest(midB)[1], rest(endB)[2] - rest(midB)[2])
    frameRotation(_d0, _x0, _s1.subVectors(target, knee), _x, _q)
    pose.local[midB].copy(upper.invert().multiply(_q))
    if (endRot) pose.local[endB].copy(_q2.copy(_q).invert().multiply(endRot))
    fk(rootB)
  }

  const footRot = new Quaternion()
  const toesRot = new Quaternion()
  const target = new Vector3()
  const fkRot = new Quaternion()
  const fkToes = new Quaternion()

  function footTarget(key: DemoKey, side: Side, out: Vector3, rot: Quaternion, toes: Quaternion): boolean {
    const plant = key.feet?.[side]
    if (!plant) return false
    const ankle = rest(boneName('foot', side))
    const ball = rest(boneName('toes', side))
    const yaw = (side === 'L' ? 1 : -1) * (plant.yaw ?? 0) * DEG
    if (plant.pivot === 'heel') {
      // Toes up about the heel: the whole foot, toes included, turns as one.
      rot.setFromEuler(_e.set(-(plant.heel ?? 0) * DEG, yaw, 0, 'YXZ'))
      toes.copy(rot)
      const back = HEEL_BACK * Math.hypot(ball[0] - ankle[0], ball[2] - ankle[2])
      out
        .set(0, ankle[1], back)
        .applyQuaternion(rot)
        .add(_w.set(...plant.at))
      return true
    }
    toes.setFromEuler(_e.set(-(plant.toes ?? 0) * DEG, yaw, 0, 'YXZ'))
    rot.setFromEuler(_e.set((plant.heel ?? 0) * DEG, yaw, 0, 'YXZ'))
    out
      .set(ankle[0] - ball[0], ankle[1] - ball[1], ankle[2] - ball[2])
      .applyQuaternion(rot)
      .add(_w.set(plant.at[0], plant.at[1] + ball[1], plant.at[2]))
    return true
  }

  const t0 = new Vector3()
  const t1 = new Vector3()
  const r0 = new Quaternion()
  const r1 = new Quaternion()
  const o0 = new Quaternion()
  const o1 = new Quaternion()

  // A flat hand's world turn: the rest hand (continuing the forearm, thumb side forward) carried onto fingers
  // to +Z with the thumb side to the midline, so the palm faces down.
  const palmDown = Object.fromEntries(
    SIDES.map((side) => {
      const f = rest(boneName('forearm', side))
      const h = rest(boneName('hand', side))
      const q = frameRotation(
        new Vector3(h[0] - f[0], h[1] - f[1], h[2] - f[2]),
        new Vector3(0, 0, 1),
        new Vector3(0, 0, 1),
        new Vector3(side === 'L' ? -1 : 1, 0, 0),
        new Quaternion(),
      )
      return [side, q]
    }),
  ) as Record<Side, Quaternion>
  const boneRest = new Vector3()
  /** A rest-pose point carried by a bone, in the world of this frame's pose (in place); none: already world. */
  function onBone(p: Vector3, bone: BoneName | undefined) {
    if (!bone) return p
    return p
      .sub(boneRest.set(...rest(bone)))
      .applyQuaternion(pose.world[bone])
      .add(pose.at[bone])
  }

  function at(seconds: number): DemoPose {
    const { index, f } = segmentAt(timeline, seconds)
    const seg = timeline.segments[index]!
    const k0 = track.keys[seg.from]!
    const k1 = track.keys[seg.to]!
    const t = ease(f)
    pose.segment = index
    pose.work = seg.work
    lerp3(k0.pelvis, k1.pelvis, t, pose.pelvis)
    const pv = k0.pivot
    const pv1 = k1.pivot
    if (pv && pv1 && pv.every((v, i) => v === pv1[i])) {
      // Round the pivot: the pelvis's offset from it turns and stretches from one key's to the other's.
      _d0.set(k0.pelvis[0] - pv[0], k0.pelvis[1] - pv[1], k0.pelvis[2] - pv[2])
      _d1.set(k1.pelvis[0] - pv[0], k1.pelvis[1] - pv[1], k1.pelvis[2] - pv[2])
      const length = _d0.length() + (_d1.length() - _d0.length()) * t
      _q.setFromUnitVectors(_d0.normalize(), _d1.normalize())
      _q2.identity().slerp(_q, t)
      pose.pelvis.copy(_d0.applyQuaternion(_q2).multiplyScalar(length)).add(_w.set(...pv))
    }
    const turn0 = k0.turn ?? ZERO
    const turn1 = k1.turn ?? ZERO
    lerp3(turn0, turn1, t, _p)
    pose.local.pelvis.setFromEuler(_e.set(_p.x * DEG, _p.y * DEG, _p.z * DEG, 'XYZ'))
    for (const b of ALL_BONES) {
      if (b === 'pelvis') continue
      lerp3(k0.j?.[b] ?? ZERO, k1.j?.[b] ?? ZERO, t, _p)
      pose.local[b].setFromEuler(_e.set(_p.x * DEG, _p.y * DEG, _p.z * DEG, ROTATION_ORDER[b]))
    }
    fk('pelvis')
    for (const side of SIDES) {
      // Feet: held in both keys, the target moves between them (usually it stays); held in one, the foot
      // eases from its plant to where the authored angles carry it.
      const h0 = footTarget(k0, side, t0, r0, o0)
      const h1 = footTarget(k1, side, t1, r1, o1)
      pose.held[`foot_${side}`] = h0 && h1
      if (h0 || h1) {
        const foot = boneName('foot', side)
        const toes = boneName('toes', side)
        fkRot.copy(pose.world[foot])
        fkToes.copy(pose.world[toes])
        const free = pose.at[foot]
        if (!h0) {
          t0.copy(free)
          r0.copy(fkRot)
          o0.copy(fkToes)
        }
        if (!h1) {
          t1.copy(free)
          r1.copy(fkRot)
          o1.copy(fkToes)
        }
        target.lerpVectors(t0, t1, t)
        // A foot stepping off or onto a surface lifts a little on the way, as a step does: its toes, still
        // turning, would otherwise graze the floor just before they land.
        if (h0 !== h1) target.y += STEP_LIFT * Math.sin(Math.PI * t)
        footRot.slerpQuaternions(r0, r1, t)
        toesRot.slerpQuaternions(o0, o1, t)
        reach('leg', side, target, footRot)
        pose.local[toes].copy(_q2.copy(pose.world[foot]).invert().multiply(toesRot))
        fk(foot)
      }
      const hand = boneName('hand', side)
      const g0 = k0.hands?.[side]
      const g1 = k1.hands?.[side]
      pose.held[`hand_${side}`] = !!g0 && !!g1
      if (g0 || g1) {
        const free = pose.at[hand]
        if (g0) onBone(t0.set(...g0), k0.handsOn)
        else t0.copy(free)
        if (g1) onBone(t1.set(...g1), k1.handsOn)
        else t1.copy(free)
        // The hand keeps its authored turn relative to the forearm, unless both keys lay it flat on the floor.
        const flat = g0 && g1 && k0.palmsDown && k1.palmsDown ? palmDown[side] : null
        reach('arm', side, target.lerpVectors(t0, t1, t), flat)
      }
    }
    return pose
  }

  return { track, timeline, at }
}

/** Whether `bone` is `ancestor` or lies below it. */
export function descends(bone: BoneName, ancestor: BoneName): boolean {
  for (let b: BoneName | null = bone; b !== null; b = parentOf(b)) if (b === ancestor) return true
  return false
}

/** World position of a rest-pose point carried by a bone, in a solved pose. */
export function posedPointOf(
  pose: DemoPose,
  joints: RestJoints,
  bone: BoneName,
  point: Vec3,
  out = new Vector3(),
): Vector3 {
  const j = joints[bone]
  return out
    .set(point[0] - j[0], point[1] - j[1], point[2] - j[2])
    .applyQuaternion(pose.world[bone])
    .add(pose.at[bone])
}

/** From the wrist joint to the middle of the grip, in the hand's own (rest-aligned) axes. */
export const GRIP: Vec3 = [0, -0.075, 0.015]

/** The middle of a hand's grip in a solved pose: where a held bar or handle runs (the scene draws it there). */
export function gripOf(pose: DemoPose, side: Side, out = new Vector3()): Vector3 {
  const hand = side === 'L' ? 'hand_L' : 'hand_R'
  return out
    .set(...GRIP)
    .applyQuaternion(pose.world[hand])
    .add(pose.at[hand])
}
