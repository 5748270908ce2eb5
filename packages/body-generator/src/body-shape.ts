/**
 * The neutral body as DATA: field primitives placed on the landmark skeleton, folded in order with a
 * smooth union ('add'), a smooth subtraction ('carve') or a smooth intersection with a half-space
 * ('clip'). Paired entries are authored for the left side and mirrored by the field compiler.
 * Sizes are for the 1.75 m reference runner (lean girths: thigh ~0.34H, calf ~0.21H, waist ~0.45H [UE])
 * before the muscles add their relief, and scale with stature.
 */
import { STATURE } from '../../../src/domain/skeleton.ts'
import type { Landmarks } from './landmarks.ts'
import { add, cross, lerp3, normalize, scale, type LoftSection, type Vec3 } from './sdf.ts'

export type PrimSpec =
  | { readonly kind: 'sphere'; readonly c: Vec3; readonly r: number }
  | {
      readonly kind: 'roundCone'
      readonly a: Vec3
      readonly b: Vec3
      readonly ra: number
      readonly rb: number
    }
  | {
      readonly kind: 'ellipsoid'
      readonly c: Vec3
      readonly r: Vec3
      readonly axisX?: Vec3
      readonly axisY?: Vec3
    }
  | { readonly kind: 'loft'; readonly sections: readonly LoftSection[] }
  | { readonly kind: 'halfSpace'; readonly point: Vec3; readonly normal: Vec3 }

export interface ShapeOp {
  readonly name: string
  readonly op: 'add' | 'carve' | 'clip'
  readonly prim: PrimSpec
  /** Smooth-blend radius with everything folded before it, metres. */
  readonly blend: number
  /** Authored on the left; the compiler adds the mirrored right copy. */
  readonly paired: boolean
}

export function bodyShape(lm: Landmarks): ShapeOp[] {
  const k = lm.stature / STATURE
  const m = (x: number, y: number, z: number): Vec3 => [x * k, y * k, z * k]
  const P = lm.points
  const J = lm.joints
  const ops: ShapeOp[] = []
  const addOp = (name: string, prim: PrimSpec, blend: number, paired = true): void => {
    ops.push({ name, op: 'add', prim, blend: blend * k, paired })
  }
  const carve = (name: string, prim: PrimSpec, blend: number, paired = true): void => {
    ops.push({ name, op: 'carve', prim, blend: blend * k, paired })
  }
  const cone = (a: Vec3, b: Vec3, ra: number, rb: number): PrimSpec => ({
    kind: 'roundCone',
    a,
    b,
    ra: ra * k,
    rb: rb * k,
  })
  const ell = (c: Vec3, rx: number, ry: number, rz: number, axisX?: Vec3, axisY?: Vec3): PrimSpec =>
    axisX && axisY
      ? { kind: 'ellipsoid', c, r: [rx * k, ry * k, rz * k], axisX, axisY }
      : { kind: 'ellipsoid', c, r: [rx * k, ry * k, rz * k] }
  const sphere = (c: Vec3, r: number): PrimSpec => ({ kind: 'sphere', c, r: r * k })

  // Trunk: one loft from the crotch to the base of the neck (half-widths and depths in metres).
  const sec = (y: number, z: number, halfWidth: number, front: number, back: number): LoftSection => ({
    y: y * k,
    z: z * k,
    halfWidth: halfWidth * k,
    front: front * k,
    back: back * k,
  })
  addOp(
    'trunk',
    {
      kind: 'loft',
      sections: [
        sec(0.825, 0.0, 0.07, 0.05, 0.05),
        sec(0.865, -0.004, 0.145, 0.078, 0.092),
        sec(0.92, -0.004, 0.158, 0.083, 0.094),
        sec(0.98, 0.0, 0.15, 0.09, 0.09),
        sec(1.045, 0.0, 0.142, 0.094, 0.086),
        sec(1.1, 0.0, 0.145, 0.097, 0.088),
        sec(1.17, 0.0, 0.15, 0.104, 0.094),
        sec(1.24, 0.0, 0.155, 0.11, 0.1),
        sec(1.31, -0.004, 0.158, 0.105, 0.104),
        sec(1.37, -0.01, 0.148, 0.092, 0.098),
        sec(1.42, -0.018, 0.115, 0.07, 0.082),
        sec(1.462, -0.024, 0.065, 0.05, 0.058),
      ],
    },
    0,
    false,
  )
  // Chest, back and flank masses that are not target muscles.
  // The medial tips stop short of the midline: meeting there they raised a ridge over the sternum that
  // ended in a pinch at the xiphoid. The pectoral's is a low plate that rises to the clavicle along the chest:
  // as a 22 mm deep dome centred lower, it read as a breast, with a ledge under the clavicle.
  addOp('pectoral', ell(m(0.08, 1.33, 0.074), 0.072, 0.075, 0.02, [1, -0.15, -0.45], [0.15, 1, -0.3]), 0.04)
  addOp('latissimus', ell(m(0.118, 1.24, -0.055), 0.045, 0.11, 0.045, [1, 0, 0.3], [0, 1, 0]), 0.04)
  addOp('scapula', ell(m(0.095, 1.33, -0.072), 0.065, 0.08, 0.036, [1, 0, 0.35], [0, 1, 0]), 0.05)
  addOp('upper-back', ell(m(0.07, 1.41, -0.055), 0.075, 0.05, 0.045, [1, 0, 0.3], [0, 1, 0]), 0.04)
  addOp('erector', cone(m(0.03, 0.97, -0.078), m(0.032, 1.3, -0.088), 0.026, 0.02), 0.03)
  carve('spine-groove', cone(m(0, 0.98, -0.103), m(0, 1.36, -0.118), 0.01, 0.01), 0.02, false)
  addOp('clavicle', cone(add(P.sternoclavicular, m(0, 0.005, 0)), P.clavicleLateral, 0.009, 0.01), 0.014)
  addOp('buttock', ell(m(0.066, 0.872, -0.07), 0.072, 0.085, 0.062, [1, 0, 0.2], [0, 1, 0.15]), 0.03)
  addOp('groin', ell(m(0, 0.84, 0.066), 0.034, 0.036, 0.026), 0.035, false)
  carve('navel', sphere(m(0, 1.045, 0.105), 0.007), 0.006, false)

  // Shoulder girdle: the neck-to-acromion slope and the humeral head under the deltoid.
  addOp(
    'shoulder-slope',
    cone(m(0.03, 1.455, -0.028), add(P.acromion, m(-0.02, -0.012, 0)), 0.05, 0.04),
    0.035,
  )
  addOp('shoulder-ball', sphere(add(J.upperarm_L, m(0.004, 0.002, 0)), 0.047), 0.03)

  // Arm: upper arm, biceps and triceps, forearm tapering to a flat wrist.
  const { upper, fore, hand } = lm.armAxes
  const sh = J.upperarm_L
  const el = J.forearm_L
  const wr = J.hand_L
  addOp('upper-arm', cone(sh, el, 0.044, 0.034), 0.03)
  const armSide = normalize(cross(upper, [0, 0, 1]))
  addOp('biceps', ell(add(lerp3(sh, el, 0.55), m(0, 0, 0.018)), 0.026, 0.075, 0.026, armSide, upper), 0.02)
  addOp('triceps', ell(add(lerp3(sh, el, 0.4), m(0, 0, -0.02)), 0.03, 0.085, 0.027, armSide, upper), 0.02)
  addOp('elbow', sphere(el, 0.036), 0.02)
  addOp('forearm', cone(el, wr, 0.038, 0.024), 0.02)
  addOp(
    'forearm-flexors',
    ell(add(lerp3(el, wr, 0.28), m(0, 0, 0.006)), 0.034, 0.075, 0.03, armSide, fore),
    0.025,
  )
  const palmN = lm.palm.normal
  const palmF = lm.palm.forward
  addOp('wrist', ell(wr, 0.028, 0.02, 0.017, palmF, hand), 0.015)

  // Hand: palm, four slightly curled fingers and the thumb.
  const hp = (d: number, f: number, n: number): Vec3 =>
    add(add(add(wr, scale(hand, d * k)), scale(palmF, f * k)), scale(palmN, n * k))
  addOp('palm', ell(hp(0.048, 0, 0), 0.04, 0.05, 0.015, palmF, hand), 0.012)
  const fingers: [string, number, number, number][] = [
    ['index', 0.029, 0.074, 0.0092],
    ['middle', 0.01, 0.082, 0.0095],
    ['ring', -0.009, 0.077, 0.009],
    ['little', -0.026, 0.061, 0.008],
  ]
  for (const [name, f, len, r] of fingers) {
    const base = hp(0.092, f, 0.002)
    const spread = f * 0.15
    const d1 = normalize(add(add(hand, scale(palmN, 0.18)), scale(palmF, spread)))
    const mid = add(base, scale(d1, len * 0.5 * k))
    const d2 = normalize(add(add(hand, scale(palmN, 0.55)), scale(palmF, spread)))
    const tip = add(mid, scale(d2, len * 0.5 * k))
    addOp(`finger-${name}-1`, cone(base, mid, r, r * 0.88), 0.008)
    addOp(`finger-${name}-2`, cone(mid, tip, r * 0.88, r * 0.75), 0.003)
  }
  const thumbBase = hp(0.022, 0.026, 0.01)
  const thumbMid = hp(0.058, 0.05, 0.022)
  const thumbTip = hp(0.088, 0.056, 0.036)
  addOp('thumb-1', cone(thumbBase, thumbMid, 0.014, 0.0105), 0.012)
  addOp('thumb-2', cone(thumbMid, thumbTip, 0.0105, 0.0085), 0.004)

  // Neck, with the sternocleidomastoids and the larynx.
  addOp('neck', cone(m(0, 1.445, -0.03), m(0, 1.57, -0.016), 0.058, 0.05), 0.04, false)
  addOp(
    'sternocleidomastoid',
    cone(P.mastoid, add(P.sternoclavicular, m(-0.006, 0.01, 0)), 0.013, 0.011),
    0.015,
  )
  addOp('larynx', ell(m(0, 1.5, 0.036), 0.009, 0.014, 0.009), 0.014, false)

  // Head: a calm, neutral face. Cranium, a flat brow, the maxilla and cheekbones, the jaw and chin, shallow
  // sockets with closed lids over the eyeballs, a straight nose, small lips, ears flat against the skull.
  addOp('cranium', ell(m(0, 1.657, -0.013), 0.073, 0.095, 0.097), 0.03, false)
  addOp('brow', ell(m(0, 1.667, 0.068), 0.048, 0.018, 0.017), 0.02, false)
  // A ridge over each eye and the glabella between: the brow reads as a plane above the sockets.
  addOp('brow-ridge', ell(m(0.028, 1.662, 0.081), 0.024, 0.0065, 0.011, [1, 0, -0.35], [0, 1, 0]), 0.01)
  addOp('face', ell(m(0, 1.6, 0.036), 0.052, 0.064, 0.055), 0.03, false)
  addOp('jaw', cone(m(0.05, 1.578, -0.01), m(0.016, 1.538, 0.066), 0.012, 0.012), 0.024)
  // The angle of the jaw below the ear, so the jawline turns a corner instead of melting into the neck.
  addOp('jaw-angle', cone(m(0.052, 1.592, -0.012), m(0.05, 1.56, 0.004), 0.009, 0.011), 0.01)
  addOp('chin', ell(m(0, 1.54, 0.073), 0.017, 0.015, 0.013), 0.018, false)
  addOp('cheekbone', ell(m(0.049, 1.622, 0.054), 0.019, 0.01, 0.017, [1, -0.1, 0.45], [0, 1, 0]), 0.012)
  // The hollow under the cheekbone gives the face its planes.
  carve('cheek-hollow', ell(m(0.052, 1.598, 0.052), 0.01, 0.01, 0.008), 0.014)
  carve('eye-socket', ell(m(0.033, 1.641, 0.093), 0.016, 0.011, 0.01), 0.01)
  addOp('eyeball', sphere(m(0.033, 1.639, 0.068), 0.0125), 0.006)
  // An upper lid over the top of an open eye: the ball shows below it.
  addOp('eyelid', ell(m(0.033, 1.646, 0.077), 0.0135, 0.006, 0.0062), 0.004)
  addOp('nose', cone(m(0, 1.653, 0.087), m(0, 1.615, 0.1), 0.0065, 0.0075), 0.01, false)
  addOp('nose-tip', sphere(m(0, 1.612, 0.099), 0.008), 0.006, false)
  addOp('nose-wing', sphere(m(0.01, 1.607, 0.092), 0.0065), 0.008)
  addOp('upper-lip', ell(m(0, 1.585, 0.087), 0.019, 0.0065, 0.007), 0.01, false)
  addOp('lower-lip', ell(m(0, 1.572, 0.084), 0.016, 0.0065, 0.007), 0.01, false)
  const earTilt: Vec3 = [0, 1, -0.25]
  // The ear stands a little off the skull; a deep bowl inside leaves a rim (the helix) round it.
  addOp('ear', ell(add(P.ear, m(0.002, 0, -0.004)), 0.009, 0.03, 0.018, [1, 0, 0.3], earTilt), 0.005)
  carve('ear-bowl', ell(add(P.ear, m(0.01, -0.003, 0.0)), 0.006, 0.019, 0.011, [1, 0, 0.3], earTilt), 0.003)

  // Leg: thigh, adductors, knee and kneecap, shin with the tibial crest, calf base, Achilles, ankle bones.
  const hip = J.thigh_L
  const knee = J.shin_L
  const ankle = J.foot_L
  addOp('thigh', cone(add(hip, m(-0.004, -0.005, 0.004)), add(knee, m(0.002, 0.045, 0)), 0.085, 0.053), 0.04)
  addOp('adductors', ell(m(0.045, 0.79, 0.004), 0.048, 0.12, 0.058, [1, 0, 0], [0.25, 1, 0]), 0.03)
  // Keep a gap between the inner thighs below the crotch, so the legs never share skin when they swing.
  carve('thigh-gap', cone(m(0, 0.795, 0.0), m(0, 0.45, 0.0), 0.008, 0.008), 0.02, false)
  addOp('knee', ell(add(knee, m(0, 0.004, 0)), 0.049, 0.05, 0.046), 0.03)
  addOp('kneecap', ell(P.patella, 0.024, 0.027, 0.013), 0.012)
  addOp('patellar-tendon', cone(P.patella, P.tibialTuberosity, 0.011, 0.01), 0.012)
  addOp('shin', cone(add(knee, m(0, -0.02, -0.002)), add(ankle, m(0, 0.035, -0.002)), 0.045, 0.026), 0.03)
  addOp('tibial-crest', cone(m(0.067, 0.45, 0.034), m(0.07, 0.12, 0.016), 0.012, 0.01), 0.02)
  addOp('calf-base', ell(m(0.074, 0.375, -0.034), 0.047, 0.11, 0.05), 0.04)
  addOp(
    'achilles',
    cone(m(0.074, 0.2, -0.036), add(P.calcaneusInsertion, m(0, 0, 0.004)), 0.013, 0.011),
    0.02,
  )
  addOp('malleolus-medial', sphere(P.medialMalleolus, 0.014), 0.012)
  addOp('malleolus-lateral', sphere(P.lateralMalleolus, 0.014), 0.012)
  carve('popliteal-fossa', ell(add(knee, m(0, 0.012, -0.058)), 0.02, 0.045, 0.02), 0.02)

  // Foot in its own frame: u forward from the back of the heel, v up, w lateral.
  const heelBack: Vec3 = [ankle[0], 0, P.heel[2] - 0.028 * k]
  const fwd = normalize([P.toeTip[0] - heelBack[0], 0, P.toeTip[2] - heelBack[2]])
  const lat: Vec3 = [fwd[2], 0, -fwd[0]]
  const fp = (u: number, v: number, w: number): Vec3 =>
    add(add(add(heelBack, scale(fwd, u * k)), [0, v * k, 0]), scale(lat, w * k))
  addOp('heel', ell(fp(0.032, 0.034, 0), 0.027, 0.034, 0.03, lat, [0, 1, 0]), 0.02)
  addOp('foot', cone(fp(0.05, 0.042, 0), fp(0.185, 0.024, 0.004), 0.034, 0.025), 0.025)
  addOp('instep', ell(fp(0.11, 0.044, -0.004), 0.034, 0.03, 0.07, lat, [0, 1, 0.25]), 0.025)
  addOp('ball', ell(fp(0.19, 0.021, 0.002), 0.045, 0.021, 0.028, lat, [0, 1, 0]), 0.015)
  addOp('big-toe', cone(fp(0.205, 0.021, -0.027), fp(0.26, 0.017, -0.029), 0.0125, 0.011), 0.006)
  // Four small toes, each narrower than its spacing so the grooves between them survive the meshing; the
  // fifth within the ball's outer edge (3 mm further out, it stuck out of the foot's border like a thumb).
  const toes: [number, number, number][] = [
    [-0.003, 0.046, 0.0078],
    [0.013, 0.041, 0.0074],
    [0.026, 0.035, 0.007],
    [0.038, 0.028, 0.0066],
  ]
  for (const [i, [w, len, r]] of toes.entries()) {
    const base = fp(0.2 - i * 0.01, 0.017, w)
    addOp(
      `toe-${i + 2}`,
      cone(
        base,
        add(base, scale(normalize(add(add(fwd, [0, -0.12, 0]), scale(lat, w * 1.5))), len * k)),
        r,
        r * 0.9,
      ),
      0.004,
    )
  }
  carve('arch', ell(fp(0.12, 0.0, -0.04), 0.032, 0.018, 0.055, lat, [0, 1, 0]), 0.012)
  // Flat soles standing on y = 0.
  ops.push({
    name: 'floor',
    op: 'clip',
    prim: { kind: 'halfSpace', point: [0, 0, 0], normal: [0, -1, 0] },
    blend: 0.003 * k,
    paired: false,
  })
  return ops
}
