/** Fast checks of the generator's parts: landmarks, field primitives, label splitting, skin weights. */
import { describe, expect, it } from 'vitest'
import { MUSCLE_IDS, MUSCLES, STRUCTURE_IDS } from '../../../src/domain/groups.ts'
import { ALL_BONES, STATURE } from '../../../src/domain/skeleton.ts'
import { MUSCLE_SHAPES } from '../src/anatomy.ts'
import { evalProfile, sampleCurve } from '../src/anatomy-compile.ts'
import { buildBodyDocument } from '../src/build.ts'
import { ARM_ABDUCTION_DEG, PAIRED_LANDMARKS, computeLandmarks, landmarkOn } from '../src/landmarks.ts'
import { removeIslands, splitByLabel } from '../src/patches.ts'
import { Fibre } from '../src/fibre.ts'
import { RoundCone, smin } from '../src/sdf.ts'
import { leftHalfWeights, mirroredJointIndex, weightsFromSkin } from '../src/skinning.ts'
import { describeDocument } from '../src/stats.ts'

describe('landmarks', () => {
  const lm = computeLandmarks()
  it('places the joints at the reference fractions of stature', () => {
    expect(lm.joints.shin_L[1] / STATURE).toBeCloseTo(0.285, 3)
    expect(lm.joints.upperarm_L[1] / STATURE).toBeGreaterThan(0.79)
    expect(lm.points.acromion[1] / STATURE).toBeCloseTo(0.818, 3)
    expect((lm.joints.thigh_L[0] * 2) / STATURE).toBeGreaterThan(0.09) // hip centres 0.09–0.10H apart
    expect((lm.joints.thigh_L[0] * 2) / STATURE).toBeLessThan(0.1)
  })

  it('has every joint, mirrored across x = 0, and the left side on +X', () => {
    for (const b of ALL_BONES) expect(lm.joints[b]).toBeDefined()
    expect(lm.joints.thigh_L[0]).toBeGreaterThan(0)
    expect(lm.joints.thigh_R).toEqual([-lm.joints.thigh_L[0], lm.joints.thigh_L[1], lm.joints.thigh_L[2]])
    for (const id of PAIRED_LANDMARKS) expect(landmarkOn(lm, id, 'R')[0]).toBeCloseTo(-lm.points[id][0], 12)
  })

  it('hangs the arms away from the trunk by the rest abduction', () => {
    const [x, y] = [lm.armAxes.upper[0], -lm.armAxes.upper[1]]
    expect((Math.atan2(x, y) * 180) / Math.PI).toBeCloseTo(ARM_ABDUCTION_DEG, 0)
    expect(ARM_ABDUCTION_DEG).toBeGreaterThanOrEqual(15)
    expect(ARM_ABDUCTION_DEG).toBeLessThanOrEqual(20)
  })

  it('scales with stature', () => {
    const small = computeLandmarks(1.6)
    expect(small.joints.shin_L[1]).toBeCloseTo(0.285 * 1.6, 3)
    expect(small.points.acromion[0] / lm.points.acromion[0]).toBeCloseTo(1.6 / STATURE, 6)
  })
})

describe('muscle table', () => {
  it('describes every domain muscle once, in the layer the domain gives it', () => {
    expect(MUSCLE_SHAPES.map((s) => s.muscle).sort()).toEqual([...MUSCLE_IDS].sort())
    for (const { muscle, shape } of MUSCLE_SHAPES)
      expect(shape.kind !== 'relief', muscle).toBe(MUSCLES[muscle].deep)
  })
})

describe('field primitives', () => {
  it('smooth-min is exactly min beyond its radius and below both inside it', () => {
    expect(smin(1, 0.5, 0.2)).toBe(0.5)
    expect(smin(0.5, 0.55, 0.2)).toBeLessThan(0.5)
  })

  it('round cone distance is exact at its ends and on its side', () => {
    const c = new RoundCone([0, 0, 0], [0, 1, 0], 0.2, 0.1)
    expect(c.dist(0, -0.5, 0)).toBeCloseTo(0.3, 9)
    expect(c.dist(0, 1.5, 0)).toBeCloseTo(0.4, 9)
    expect(c.dist(0, 0.5, 0)).toBeLessThan(0)
  })

  it('a fibre whose path zigzags reaches no further than its sections: no spike off the bend', () => {
    // Five samples of the clavicle's lateral end as laid on the chest of 8 Dec, where the path steps forward
    // and back: the section frames there turn past each other, and the fibre counted as "inside" points
    // 3 cm off it, meshed as white slivers through the deltoid.
    const centres: [number, number, number][] = [
      [0.1657, 1.4644, 0.0265],
      [0.1798, 1.4648, 0.0228],
      [0.182, 1.454, 0.0369],
      [0.1899, 1.4558, 0.0327],
      [0.2014, 1.4559, 0.0249],
    ]
    const normals: [number, number, number][] = [
      [0.1433, 0.7214, 0.6776],
      [0.189, 0.7506, 0.6331],
      [0.2331, 0.7568, 0.6107],
      [0.2807, 0.7681, 0.5756],
      [0.3274, 0.7955, 0.5099],
    ]
    const f = new Fibre({
      centres,
      normals,
      semiWidth: [0.008, 0.008, 0.0083, 0.0086, 0.0089],
      semiThickness: [0.008, 0.008, 0.0077, 0.0074, 0.0071],
    })
    let nearest = Infinity
    for (let x = 0.12; x <= 0.26; x += 0.003)
      for (let y = 1.4; y <= 1.52; y += 0.003)
        for (let z = -0.03; z <= 0.09; z += 0.003) {
          const far = Math.min(...centres.map((c) => Math.hypot(x - c[0], y - c[1], z - c[2])))
          if (far >= 0.03) nearest = Math.min(nearest, f.dist(x, y, z))
        }
    // Every such point lies at least 3 cm less the section's radius (9 mm) from the surface, within a margin.
    expect(nearest).toBeGreaterThan(0.01)
  })

  it('fibres that share an end blend only where the samples let them: no swell at a common origin', () => {
    const centres: [number, number, number][] = [
      [0, 0, 0],
      [0, -0.05, 0],
      [0, -0.1, 0],
    ]
    const normals: [number, number, number][] = centres.map(() => [0, 0, 1])
    const base = { centres, normals, semiWidth: [0.01, 0.01, 0.01], semiThickness: [0.01, 0.01, 0.01] }
    const ramped = new Fibre({ ...base, blendScale: [0, 1, 1] })
    const twin = new Fibre({ ...base, blendScale: [0, 1, 1] })
    // Folded as the layers fold a structure's fibres: each fibre blends by its own share at that point.
    const union = (x: number, y: number, z: number): number => {
      const a = ramped.dist(x, y, z)
      return smin(a, twin.dist(x, y, z), 0.012 * twin.blendScale)
    }
    // At the shared origin the two coincide and the union is the fibre itself; halfway down, they swell.
    expect(union(0.01, 0, 0)).toBeCloseTo(0, 9)
    expect(union(0.01, -0.05, 0)).toBeLessThan(-0.002)
  })

  it('profiles ease between knots and curves pass through their ends', () => {
    const p = [
      [0, 0],
      [1, 2],
    ] as const
    expect(evalProfile(p, 0.5)).toBeCloseTo(1, 9)
    expect(evalProfile(p, -1)).toBe(0)
    const pts = sampleCurve(
      [
        [0, 0, 0],
        [1, 0, 0],
        [1, 1, 0],
      ],
      9,
    )
    expect(pts[0]).toEqual([0, 0, 0])
    expect(pts[8]![1]).toBeCloseTo(1, 9)
  })
})

describe('label splitting', () => {
  // A unit square of two triangles: vertex 0 labelled 1, the rest 0.
  const positions = Float64Array.from([0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0])
  const indices = Uint32Array.from([0, 1, 2, 0, 2, 3])
  const labelOf = Int32Array.from([1, 0, 0, 0])
  const score = (v: number, l: number): number => (l === 0 ? 0 : v === 0 ? 1 : -1)
  it('cuts along the zero of the score difference and shares the cut points', () => {
    const m = splitByLabel(positions, indices, labelOf, score)
    const cuts = (m.positions.length - positions.length) / 3
    expect(cuts).toBe(3) // edges 0-1, 0-2, 0-3, each cut once
    expect(m.positions[12]).toBeCloseTo(0.5, 9) // first cut point: midway along 0-1
    expect([...m.triLabel].filter((l) => l === 1).length).toBe(2)
    expect(m.indices.length / 3).toBe(m.triLabel.length)
  })

  it('merges specks smaller than the minimum area into their surroundings', () => {
    const m = splitByLabel(positions, indices, labelOf, score)
    removeIslands(m, 0.5)
    expect([...m.triLabel].every((l) => l === 0)).toBe(true)
  })
})

describe('skin weights', () => {
  it('picks same-side bones only, fading paired bones out at the midline', () => {
    const lm = computeLandmarks()
    const shin = lm.joints.shin_L
    const w = leftHalfWeights(lm, Float64Array.from([shin[0], shin[1] - 0.12, shin[2] + 0.04, 0, 1.2, 0.1]))
    expect(ALL_BONES[w.joints[0]!]).toBe('shin_L')
    for (let k = 4; k < 8; k++)
      if (w.weights[k]! > 0) expect(ALL_BONES[w.joints[k]!]!.includes('_')).toBe(false)
    const mirror = mirroredJointIndex()
    expect(ALL_BONES[mirror[ALL_BONES.indexOf('thigh_L')]!]).toBe('thigh_R')
    expect(ALL_BONES[mirror[ALL_BONES.indexOf('chest')]!]).toBe('chest')
  })
})

describe('coarse build for another stature', () => {
  it('builds every mesh at 1.6 m on a coarse grid', async () => {
    const doc = await buildBodyDocument({ resolution: 0.008, stature: 1.6 })
    const stats = describeDocument(doc)
    // Skin, inner body, and every muscle and other structure on both sides.
    expect(stats.meshes).toHaveLength(2 + (MUSCLE_IDS.length + STRUCTURE_IDS.length) * 2)
    for (const m of stats.meshes) expect(m.triangles, m.name).toBeGreaterThan(0)
  })

  it('gives a deep vertex the weights of the skin around it, not of the nearest bone', () => {
    const lm = computeLandmarks()
    const hip = lm.joints.thigh_L
    // Two skin points in the groin, one bound to the pelvis and one to the thigh; the deep point lies
    // right under the pelvis one.
    const skin = Float64Array.from([hip[0], hip[1] + 0.02, 0.1, hip[0], hip[1] - 0.1, 0.1])
    const pelvis = ALL_BONES.indexOf('pelvis')
    const thigh = ALL_BONES.indexOf('thigh_L')
    const set = {
      joints: Uint16Array.from([pelvis, 0, 0, 0, thigh, 0, 0, 0]),
      weights: Float32Array.from([1, 0, 0, 0, 1, 0, 0, 0]),
    }
    const deep = Float64Array.from([hip[0], hip[1] + 0.015, 0.09])
    const w = weightsFromSkin(deep, skin, set, ALL_BONES.length)
    expect(w.joints[0]).toBe(pelvis)
    expect(w.weights[0]!).toBeGreaterThan(0.8)
    expect(w.weights[0]! + w.weights[1]! + w.weights[2]! + w.weights[3]!).toBeCloseTo(1, 6)
  })
})
