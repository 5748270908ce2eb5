// Review 24 (the coach's and physiotherapist's watch of every demo): the rows marked wrong, as pose checks on the
// solved skeleton, sampled through the loop. Each failed before its fix.
import { describe, expect, it } from 'vitest'
import { Vector3 } from 'three'
import { createDemoSolver, posedPointOf, type DemoPose } from '../../../src/domain/demo/solve.ts'
import type { BoneName } from '../../../src/domain/skeleton.ts'
import { footContacts } from '../../../src/domain/stride/kinematics.ts'
import { demoTrackOf } from '../../../src/domain/demo/tracks/index.ts'
import type { DemoId } from '../../../src/domain/demo/types.ts'
import { BODY_MANIFEST } from '../../../src/generated/body-manifest.ts'

const joints = BODY_MANIFEST.landmarks.joints
const points = BODY_MANIFEST.landmarks.points
const SAMPLES = 48
const contacts = footContacts(joints)

/** Calls `check` at each sampled moment of a demo's loop. */
function sample(
  id: DemoId,
  check: (pose: ReturnType<ReturnType<typeof createDemoSolver>['at']>, t: number) => void,
) {
  const solver = createDemoSolver(demoTrackOf(id)!, joints)
  for (let i = 0; i < SAMPLES; i++) {
    const t = (solver.timeline.total * i) / SAMPLES
    check(solver.at(t), t)
  }
}

describe('review 24: bridges lie on the shoulder blades, not the neck', () => {
  const v = new Vector3()
  for (const id of ['slider-leg-curl', 'single-leg-hamstring-bridge', 'test:single-leg-bridge'] as const)
    it(`${id}: the upper back on the floor, the shoulders low and the head resting, in every frame`, () => {
      const wrong: string[] = []
      sample(id, (pose, t) => {
        const back = posedPointOf(pose, joints, 'chest', points.t3, v).y
        if (back > 0.03 || back < -0.01)
          wrong.push(`${t.toFixed(2)} s: the back between the blades at ${back.toFixed(3)} m`)
        // Lying flat, the shoulder joints are 0.10 m up; a bridge keeps them within a few cm of that.
        for (const s of ['L', 'R'] as const) {
          const y = pose.at[`upperarm_${s}`].y
          if (Math.abs(y - 0.104) > 0.03) wrong.push(`${t.toFixed(2)} s: ${s} shoulder at ${y.toFixed(3)} m`)
        }
        const occiput = posedPointOf(pose, joints, 'head', points.occiput, v).y
        if (occiput < -0.01)
          wrong.push(`${t.toFixed(2)} s: the back of the head ${occiput.toFixed(3)} m into the floor`)
      })
      expect(wrong.slice(0, 10), `${wrong.length} faults`).toEqual([])
    })

  it('slider-leg-curl: both heels on the towel in every frame', () => {
    const track = demoTrackOf('slider-leg-curl')!
    const towel = track.props.find((p) => p.kind === 'towel')!.box!
    const wrong: string[] = []
    sample('slider-leg-curl', (pose, t) => {
      for (const s of ['L', 'R'] as const) {
        // The heel: behind the ankle at its rest height (the foot's lowest point when the toes are up).
        const ankle = pose.at[`foot_${s}`]
        if (!pose.held[`foot_${s}`]) wrong.push(`${t.toFixed(2)} s: ${s} foot not held`)
        if (ankle.y > towel[1][1] + 0.1)
          wrong.push(`${t.toFixed(2)} s: ${s} ankle ${ankle.y.toFixed(3)} m up`)
        if (ankle.z < towel[0][2] || ankle.z > towel[1][2])
          wrong.push(`${t.toFixed(2)} s: ${s} heel off the towel`)
      }
    })
    expect(wrong.slice(0, 10), `${wrong.length} faults`).toEqual([])
  })

  it('test:single-leg-bridge: the heel on a box about 60 cm high, arms crossed over the chest', () => {
    const track = demoTrackOf('test:single-leg-bridge')!
    const box = track.props.find((p) => p.kind === 'box' || p.kind === 'bench')!.box!
    expect(box[1][1]).toBeGreaterThanOrEqual(0.55)
    expect(box[1][1]).toBeLessThanOrEqual(0.65)
    sample('test:single-leg-bridge', (pose, t) => {
      expect(pose.held.foot_R, `${t}`).toBe(true)
      // Crossed: each hand past the body's midline, over the chest.
      expect(pose.at.hand_L.x, `${t} L hand`).toBeLessThan(0.05)
      expect(pose.at.hand_R.x, `${t} R hand`).toBeGreaterThan(-0.05)
      expect(pose.at.hand_L.y, `${t} L hand height`).toBeGreaterThan(pose.at.chest.y)
    })
  })
})

/** A world point in a bone's rest frame (where it sits on the standing figure). */
function restOf(pose: DemoPose, bone: BoneName, world: Vector3): Vector3 {
  return world
    .clone()
    .sub(pose.at[bone])
    .applyQuaternion(pose.world[bone].clone().invert())
    .add(new Vector3(...joints[bone]))
}
/** The middle of a hand's grip, 7.5 cm along the hand from the wrist (solve.ts GRIP, where the scene draws kit). */
function gripOf(pose: DemoPose, side: 'L' | 'R'): Vector3 {
  const hand = side === 'L' ? 'hand_L' : 'hand_R'
  return new Vector3(0, -0.075, 0.015).applyQuaternion(pose.world[hand]).add(pose.at[hand])
}
/** The middle of a bar held in both hands, as the scene draws it. */
const barOf = (pose: DemoPose) => gripOf(pose, 'L').add(gripOf(pose, 'R')).multiplyScalar(0.5)

describe('review 24: bars and handles where the card puts them', () => {
  for (const id of ['heavy-half-squat', 'heavy-slow-calf-raise'] as const)
    it(`${id}: the bar on the upper traps, below the skull and behind the neck base, hands just outside the shoulders`, () => {
      const wrong: string[] = []
      const [, c7y, c7z] = points.c7
      const acromion = points.acromion[0]
      sample(id, (pose, t) => {
        const bar = restOf(pose, 'chest', barOf(pose))
        if (bar.y > points.occiput[1] - 0.1)
          wrong.push(`${t.toFixed(2)} s: bar at the head (${bar.y.toFixed(3)})`)
        if (Math.abs(bar.y - c7y) > 0.06)
          wrong.push(`${t.toFixed(2)} s: bar ${(bar.y - c7y).toFixed(3)} m from C7's height`)
        if (bar.z > c7z - 0.03 || bar.z < c7z - 0.09)
          wrong.push(`${t.toFixed(2)} s: bar not just behind the neck base (z ${bar.z.toFixed(3)})`)
        for (const s of ['L', 'R'] as const) {
          const x = Math.abs(restOf(pose, 'chest', gripOf(pose, s)).x)
          if (x < acromion + 0.02 || x > acromion + 0.2)
            wrong.push(`${t.toFixed(2)} s: ${s} hand ${x.toFixed(3)} m out`)
        }
      })
      expect(wrong.slice(0, 10), `${wrong.length} faults`).toEqual([])
    })

  it('barbell-hip-thrust: the bar across the hip crease in every frame', () => {
    const wrong: string[] = []
    sample('barbell-hip-thrust', (pose, t) => {
      const bar = restOf(pose, 'pelvis', barOf(pose))
      // In front of the pubic bone, at the height of the hip joints.
      if (bar.z < points.pubicSymphysis[2] + 0.02 || bar.z > points.pubicSymphysis[2] + 0.12)
        wrong.push(`${t.toFixed(2)} s: bar ${bar.z.toFixed(3)} m in front`)
      if (Math.abs(bar.y - joints.thigh_L[1]) > 0.06)
        wrong.push(`${t.toFixed(2)} s: bar at height ${bar.y.toFixed(3)}`)
    })
    expect(wrong.slice(0, 10), `${wrong.length} faults`).toEqual([])
  })

  it('towel-heel-raise: the toes rest on the rolled towel, bent up, in every frame', () => {
    const towel = demoTrackOf('towel-heel-raise')!.props.find((p) => p.kind === 'towel')!.box!
    const tip = contacts.filter((c) => c.bone === 'toes_R')
    const v = new Vector3()
    const wrong: string[] = []
    sample('towel-heel-raise', (pose, t) => {
      const mtp = posedPointOf(pose, joints, 'toes_R', tip[0]!.rest, new Vector3())
      const end = posedPointOf(pose, joints, 'toes_R', tip[1]!.rest, v)
      // The ball behind the roll, the toes reaching over it and lifted off the floor onto it.
      if (mtp.z > towel[0][2]) wrong.push(`${t.toFixed(2)} s: the ball of the foot on the towel`)
      if (end.z < towel[0][2] || end.x < towel[0][0] || end.x > towel[1][0])
        wrong.push(`${t.toFixed(2)} s: toe tip not over the towel (${end.x.toFixed(3)}, ${end.z.toFixed(3)})`)
      if (end.y < towel[1][1] - 0.005)
        wrong.push(`${t.toFixed(2)} s: toes ${end.y.toFixed(3)} m up, under the towel's top`)
      if (end.y > towel[1][1] + 0.03)
        wrong.push(`${t.toFixed(2)} s: toes ${end.y.toFixed(3)} m up, off the towel`)
    })
    expect(wrong.slice(0, 10), `${wrong.length} faults`).toEqual([])
  })

  it('cable-chop: both hands on the one handle through the whole diagonal', () => {
    const wrong: string[] = []
    let high = -Infinity
    let low = Infinity
    sample('cable-chop', (pose, t) => {
      const apart = gripOf(pose, 'L').distanceTo(gripOf(pose, 'R'))
      if (apart > 0.1) wrong.push(`${t.toFixed(2)} s: hands ${apart.toFixed(3)} m apart`)
      high = Math.max(high, pose.at.hand_R.y)
      low = Math.min(low, pose.at.hand_R.y)
    })
    expect(wrong.slice(0, 10), `${wrong.length} faults`).toEqual([])
    // High to low: from above the shoulders to the hip.
    expect(high).toBeGreaterThan(joints.upperarm_R[1])
    expect(low).toBeLessThan(joints.pelvis[1] + 0.15)
  })

  it('pallof-press: hands together at breastbone height, pressing straight out from it', () => {
    const track = demoTrackOf('pallof-press')!
    const sternum = (points.sternalNotch[1] + points.xiphoid[1]) / 2
    const wrong: string[] = []
    sample('pallof-press', (pose, t) => {
      const apart = gripOf(pose, 'L').distanceTo(gripOf(pose, 'R'))
      if (apart > 0.1) wrong.push(`${t.toFixed(2)} s: hands ${apart.toFixed(3)} m apart`)
      for (const s of ['L', 'R'] as const) {
        const h = pose.at[`hand_${s}`]
        if (Math.abs(h.y - sternum) > 0.08) wrong.push(`${t.toFixed(2)} s: ${s} hand at ${h.y.toFixed(3)} m`)
        if (Math.abs(h.x) > 0.08) wrong.push(`${t.toFixed(2)} s: ${s} hand off the midline`)
      }
    })
    expect(wrong.slice(0, 10), `${wrong.length} faults`).toEqual([])
    const solver = createDemoSolver(track, joints)
    // The hold (hardest) with the arms out; the start at the breastbone.
    const out = solver.at(solver.timeline.hardest).at.hand_L.z
    const home = solver.at(solver.timeline.segments[0]!.seconds).at.hand_L.z
    expect(out - points.xiphoid[2]).toBeGreaterThan(0.3)
    expect(home - points.xiphoid[2]).toBeLessThan(0.15)
  })
})

/** The inside angle at `b` of the bend a–b–c turned into flexion: 0 is straight. */
function flexion(a: Vector3, b: Vector3, c: Vector3): number {
  return 180 - (180 / Math.PI) * a.clone().sub(b).angleTo(c.clone().sub(b))
}

describe('review 24: keyframes that showed another exercise', () => {
  it('bulgarian-split-squat: front foot about 60 cm ahead of the bench, thigh level at the bottom, soft knee on top', () => {
    const track = demoTrackOf('bulgarian-split-squat')!
    const bench = track.props.find((p) => p.kind === 'bench')!.box!
    const solver = createDemoSolver(track, joints)
    const wrong: string[] = []
    sample('bulgarian-split-squat', (pose, t) => {
      const ahead = pose.at.foot_L.z - bench[1][2]
      if (ahead < 0.55 || ahead > 0.75)
        wrong.push(`${t.toFixed(2)} s: front ankle ${ahead.toFixed(3)} m ahead of the bench`)
      // Never below a level thigh (the old bottom knelt on it).
      if (pose.at.thigh_L.y < pose.at.shin_L.y - 0.06)
        wrong.push(`${t.toFixed(2)} s: hip below the front knee`)
    })
    expect(wrong.slice(0, 10), `${wrong.length} faults`).toEqual([])
    const bottom = solver.at(solver.timeline.segments[1]!.start)
    const thigh = (180 / Math.PI) * Math.asin((bottom.at.thigh_L.y - bottom.at.shin_L.y) / 0.41)
    expect(Math.abs(thigh), 'front thigh from level at the bottom').toBeLessThan(15)
    expect(bottom.at.shin_R.y, 'rear knee just off the floor').toBeLessThan(0.15)
    expect(bottom.at.shin_R.y).toBeGreaterThan(0.06)
    const top = solver.at(0)
    const soft = flexion(top.at.thigh_L, top.at.shin_L, top.at.foot_L)
    expect(soft, 'front knee at the top').toBeGreaterThan(8)
    expect(soft).toBeLessThan(30)
  })

  for (const [id, arms] of [
    ['dumbbell-overhead-press', ['L', 'R']],
    ['half-kneeling-kettlebell-press', ['R']],
  ] as const)
    it(`${id}: the elbows bend as the bells come down (no straight-arm lateral path), arms by the ears on top`, () => {
      const solver = createDemoSolver(demoTrackOf(id)!, joints)
      const wrong: string[] = []
      sample(id, (pose, t) => {
        for (const s of arms) {
          const sh = pose.at[`upperarm_${s}`]
          const el = pose.at[`forearm_${s}`]
          const wr = pose.at[`hand_${s}`]
          const out = Math.abs(wr.x) - Math.abs(sh.x)
          if (out > 0.2) wrong.push(`${t.toFixed(2)} s: ${s} bell ${out.toFixed(3)} m out to the side`)
          // Below the lockout the elbow is bent: a straight arm lower down is a lateral raise.
          if (wr.y < sh.y + 0.45 && flexion(sh, el, wr) < 40)
            wrong.push(`${t.toFixed(2)} s: ${s} straight arm at ${wr.y.toFixed(2)} m`)
        }
      })
      expect(wrong.slice(0, 10), `${wrong.length} faults`).toEqual([])
      const top = solver.at(0)
      for (const s of arms) {
        const upper = top.at[`forearm_${s}`].clone().sub(top.at[`upperarm_${s}`])
        expect(
          (180 / Math.PI) * upper.angleTo(new Vector3(0, 1, 0)),
          `${s} upper arm from vertical`,
        ).toBeLessThan(20)
      }
    })

  it('test:single-leg-squat: arms folded across the chest, the free leg forward off the floor, about 60° at the knee', () => {
    const track = demoTrackOf('test:single-leg-squat')!
    const solver = createDemoSolver(track, joints)
    const wrong: string[] = []
    sample('test:single-leg-squat', (pose, t) => {
      if (pose.at.hand_L.x > 0 || pose.at.hand_R.x < 0) wrong.push(`${t.toFixed(2)} s: arms not crossed`)
      if (pose.at.hand_L.y < pose.at.chest.y || pose.at.hand_L.y > pose.at.neck.y)
        wrong.push(`${t.toFixed(2)} s: hands not on the chest`)
      const free = pose.at.foot_R
      if (free.y < 0.08) wrong.push(`${t.toFixed(2)} s: free foot down`)
      if (free.z < pose.at.foot_L.z + 0.1) wrong.push(`${t.toFixed(2)} s: free foot not forward`)
      if (Math.abs(free.x - pose.at.thigh_R.x) > 0.06)
        wrong.push(`${t.toFixed(2)} s: free leg out to the side`)
    })
    expect(wrong.slice(0, 10), `${wrong.length} faults`).toEqual([])
    const end = solver.at(solver.timeline.hardest)
    const knee = flexion(end.at.thigh_L, end.at.shin_L, end.at.foot_L)
    expect(knee).toBeGreaterThan(50)
    expect(knee).toBeLessThan(70)
  })
})

describe('review 24: the Copenhagen keeps its knee on the bench and its bottom leg under it', () => {
  it('copenhagen-adduction: the top knee and lower leg rest on the bench, the bottom leg stays under its top', () => {
    const track = demoTrackOf('copenhagen-adduction')!
    const bench = track.props.find((p) => p.kind === 'bench')!.box!
    const [min, max] = bench
    const wrong: string[] = []
    sample('copenhagen-adduction', (pose, t) => {
      const knee = pose.at.shin_L
      const ankle = pose.at.foot_L
      if (knee.x < min[0] || knee.x > max[0] || knee.z < min[2] || knee.z > max[2])
        wrong.push(`${t.toFixed(2)} s: top knee off the bench`)
      // A joint centre sits 3–8 cm above what the limb rests on.
      for (const [name, p] of [
        ['knee', knee],
        ['ankle', ankle],
      ] as const)
        if (p.y < max[1] + 0.015 || p.y > max[1] + 0.09)
          wrong.push(`${t.toFixed(2)} s: top ${name} ${(p.y - max[1]).toFixed(3)} m above the bench top`)
      for (const b of ['shin_R', 'foot_R', 'toes_R'] as const)
        if (pose.at[b].y > min[1] - 0.02) wrong.push(`${t.toFixed(2)} s: bottom leg ${b} up in the bench`)
    })
    expect(wrong.slice(0, 10), `${wrong.length} faults`).toEqual([])
  })

  for (const [id, muscle, worker] of [
    ['copenhagen-adduction', 'gluteus-medius', 'adductor'],
    ['band-external-rotation', 'deltoid', 'infraspinatus'],
    ['side-lying-external-rotation', 'deltoid', 'infraspinatus'],
  ] as const)
    it(`${id}: ${muscle} is not lit as the prime mover; the legend names the ${worker} first`, () => {
      const track = demoTrackOf(id)!
      expect(track.roles.prime).not.toContain(muscle)
      expect(track.roles.synergist).toContain(muscle)
      expect(track.roles.also).toContain(worker)
    })
})

describe('review 24: the chest-supported row', () => {
  it('chest-supported-row: on an incline with the feet on the floor, the elbow behind the trunk at the top', () => {
    const track = demoTrackOf('chest-supported-row')!
    const solver = createDemoSolver(track, joints)
    sample('chest-supported-row', (pose, t) => {
      expect(pose.held.foot_L && pose.held.foot_R, `${t} s: feet on the floor`).toBe(true)
      // The trunk inclined, neither upright nor flat.
      const up = pose.at.neck.clone().sub(pose.at.pelvis)
      const incline = (180 / Math.PI) * Math.asin(up.y / up.length())
      expect(incline, `${t} s: trunk above the floor`).toBeGreaterThan(25)
      expect(incline).toBeLessThan(65)
    })
    // The top (end of the pull): the elbow past the back of the trunk, not still forward of the chest.
    const top = solver.at(solver.timeline.segments[2]!.start + solver.timeline.segments[2]!.seconds - 0.01)
    const forward = new Vector3(0, 0, 1).applyQuaternion(top.world.chest)
    for (const s of ['L', 'R'] as const) {
      const elbow = top.at[`forearm_${s}`].clone().sub(top.at[`upperarm_${s}`])
      expect(elbow.dot(forward), `${s} elbow in front of the shoulder`).toBeLessThan(-0.05)
    }
  })
})

describe('review 24: the leg press has its machine', () => {
  it('leg-press: the back on a reclined seat back and both whole feet on one plate, in every frame', () => {
    const track = demoTrackOf('leg-press')!
    const back = track.props.find((p) => p.tilt !== undefined)
    expect(back, 'a seat back').toBeDefined()
    expect(track.props.some((p) => p.kind === 'machine' && p.plate)).toBe(true)
    const [min, max] = back!.box!
    const centre = new Vector3(...min).add(new Vector3(...max)).multiplyScalar(0.5)
    // The seat back's front face: its +Z face, turned with it.
    const normal = new Vector3(0, 0, 1).applyAxisAngle(new Vector3(1, 0, 0), (back!.tilt! * Math.PI) / 180)
    const face = centre.clone().addScaledVector(normal, (max[2] - min[2]) / 2)
    const v = new Vector3()
    const wrong: string[] = []
    sample('leg-press', (pose, t) => {
      for (const [bone, name] of [
        ['pelvis', 'sacrum'],
        ['chest', 't7'],
      ] as const) {
        const d = posedPointOf(pose, joints, bone, points[name], v).sub(face).dot(normal)
        if (Math.abs(d) > 0.03) wrong.push(`${t.toFixed(2)} s: ${name} ${d.toFixed(3)} m off the seat back`)
      }
      // Both soles in one plane (the plate's): the right foot's heel and ball on the left sole's plane.
      const sole = new Vector3(0, 1, 0).applyQuaternion(pose.world.foot_L)
      const heelL = posedPointOf(
        pose,
        joints,
        'foot_L',
        contacts.find((c) => c.bone === 'foot_L')!.rest,
        new Vector3(),
      )
      for (const c of contacts.filter((c) => c.side === 'R' && c.rest[1] === 0)) {
        const d = posedPointOf(pose, joints, c.bone, c.rest, v).sub(heelL).dot(sole)
        if (Math.abs(d) > 0.015) wrong.push(`${t.toFixed(2)} s: right foot ${d.toFixed(3)} m off the plate`)
      }
    })
    expect(wrong.slice(0, 10), `${wrong.length} faults`).toEqual([])
  })
})

describe('review 24: the push-up plus', () => {
  it('push-up-plus: hands flat on the floor through the loop, a real push-up bottom and a visible plus on top', () => {
    const solver = createDemoSolver(demoTrackOf('push-up-plus')!, joints)
    const v = new Vector3()
    const wrong: string[] = []
    sample('push-up-plus', (pose, t) => {
      for (const s of ['L', 'R'] as const) {
        if (!pose.held[`hand_${s}`]) wrong.push(`${t.toFixed(2)} s: ${s} hand not planted`)
        const tip = posedPointOf(pose, joints, `hand_${s}`, points.fingertip, v).y
        // The fingertip was the rest left's; mirror it for the right.
        if (s === 'R') {
          const f = points.fingertip
          const r = posedPointOf(pose, joints, 'hand_R', [-f[0], f[1], f[2]], v).y
          if (r < -0.005 || r > 0.045) wrong.push(`${t.toFixed(2)} s: R fingertips at ${r.toFixed(3)} m`)
        } else if (tip < -0.005 || tip > 0.045)
          wrong.push(`${t.toFixed(2)} s: L fingertips at ${tip.toFixed(3)} m`)
        // The elbows bend back towards the feet, never forward into a forearm plank.
        if (pose.at[`forearm_${s}`].z > pose.at[`hand_${s}`].z + 0.02)
          wrong.push(`${t.toFixed(2)} s: ${s} elbow ahead of the hand`)
      }
    })
    expect(wrong.slice(0, 10), `${wrong.length} faults`).toEqual([])
    // The solver reuses its pose: read each moment before posing the next.
    const spread = (pose: DemoPose) =>
      pose.at.upperarm_L
        .clone()
        .sub(pose.at.chest)
        .dot(new Vector3(0, 0, 1).applyQuaternion(pose.world.chest))
    const bottom = solver.at(solver.timeline.segments[0]!.seconds - 0.01)
    expect(
      flexion(bottom.at.upperarm_L, bottom.at.forearm_L, bottom.at.hand_L),
      'elbow at the bottom',
    ).toBeGreaterThan(75)
    expect(posedPointOf(bottom, joints, 'chest', points.xiphoid, v).y, 'chest near the floor').toBeLessThan(
      0.22,
    )
    const low = spread(bottom)
    const top = solver.at(0)
    expect(flexion(top.at.upperarm_L, top.at.forearm_L, top.at.hand_L), 'elbow at the top').toBeLessThan(15)
    // The plus: the shoulders pushed further from the chest (towards the floor) on top than at the bottom.
    expect(spread(top) - low, 'protraction on top').toBeGreaterThan(0.03)
  })
})
