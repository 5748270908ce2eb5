/**
 * The muscles as DATA. Each entry says where a muscle runs (origin → via points → insertion, as landmarks
 * or points offset from them), how wide its belly is along the path, how far it rises above the surface it
 * lies on, and whether it is a superficial relief, a deep bundle or a deep sheet. Adding a muscle means
 * adding an entry here (and its id in src/domain/groups.ts), never writing geometry code.
 *
 * Attachments follow Gray's Anatomy (reference §3) and the Hamner/Delp points (§3.9). Coordinates are for
 * the LEFT side in metres of the 1.75 m reference body (x left, y up, z forward) and scale with stature;
 * superficial paths are projected onto the body surface, so their points only need to be near it.
 * Entries are ordered from the lowest layer up: a later muscle lies on the relief of earlier ones.
 */
import type { MuscleId } from '../../../src/domain/groups.ts'
import type { LandmarkId } from './landmarks.ts'
import type { Vec3 } from './sdf.ts'

/** A point: a landmark, a landmark plus an offset, a blend of two landmarks, or a plain position. */
export type Ref =
  | LandmarkId
  | { readonly at: LandmarkId; readonly offset: Vec3 }
  | { readonly lerp: readonly [LandmarkId, LandmarkId, number]; readonly offset?: Vec3 }
  | { readonly p: Vec3 }

/** Values along a path, t from 0 (origin) to 1 (insertion), eased between knots. */
export type Profile = readonly (readonly [number, number])[]

export interface FibreSpec {
  readonly path: readonly Ref[]
  /** Semi-width of the cross-section, metres. */
  readonly width: Profile
  /** How far the fibre rises above the surface beneath it, metres (negative: buried, e.g. tendons). */
  readonly rise: Profile
  /** Depth of the ellipse centre below the surface where rise = 0; semi-thickness = rise + depth. */
  readonly depth?: number
}

/** Fibres spread between an origin line and an insertion line (broad, fan-shaped muscles). */
export interface FanSpec {
  readonly origin: readonly Ref[]
  readonly via?: readonly (readonly Ref[])[]
  readonly insertion: readonly Ref[]
  readonly count: number
  readonly width: Profile
  readonly rise: Profile
  /** Scales the rise across the fan, s from 0 (first fibre) to 1 (last). */
  readonly riseAcross?: Profile
  readonly depth?: number
}

export interface ReliefShape {
  readonly kind: 'relief'
  readonly fibres: readonly (FibreSpec | { readonly fan: FanSpec })[]
  /** Smooth-union radius between this muscle's own fibres (small values keep heads apart). */
  readonly fibreBlend: number
  /** Nothing of it lies nearer the midline than this (metres, left side): a fan's edge stays off the sternum. */
  readonly medialLimit?: number
  /**
   * Over what share of each fibre's length, from its origin and from its insertion, the fibre blend ramps up
   * from none. For fibres that share an end (a fan from one epicondyle, onto one tendon): there they lie on
   * one another, and blended they swell into a knob.
   */
  readonly blendEnds?: readonly [number, number]
}

export interface BundleShape {
  readonly kind: 'bundle'
  readonly fibres: readonly {
    readonly path: readonly Ref[]
    readonly radius: Profile
    readonly flatten?: number
  }[]
  readonly fibreBlend: number
}

export interface ShellShape {
  readonly kind: 'shell'
  /** Depth of the sheet's mid-surface under the body surface beneath the muscles, metres. */
  readonly depth: number
  readonly thickness: number
  /** The sheet is kept where dot(p − through, normal) ≤ 0 for every bound. */
  readonly bounds: readonly { readonly through: Ref; readonly normal: Vec3 }[]
  readonly edgeBlend: number
  /** Box (left side, reference metres) that contains the sheet, for meshing. */
  readonly region: { readonly min: Vec3; readonly max: Vec3 }
}

export interface MuscleShape {
  readonly muscle: MuscleId
  readonly shape: ReliefShape | BundleShape | ShellShape
}

/** Deep muscles stay at least this far inside the skin. */
export const DEEP_CLEARANCE = 0.005

export const MUSCLE_SHAPES: readonly MuscleShape[] = [
  // Calf: soleus under the two gastrocnemius heads, both into the Achilles tendon.
  {
    muscle: 'soleus',
    shape: {
      kind: 'relief',
      fibreBlend: 0.02,
      // Its fibres gather into the Achilles tendon: blended there they would swell.
      blendEnds: [0, 0.3],
      fibres: [
        {
          // Broad and flat under the heads; it shows on both sides of the lower calf and below the heads.
          fan: {
            origin: [
              { at: 'fibularHead', offset: [0.004, -0.03, -0.014] },
              { at: 'knee', offset: [0.004, -0.08, -0.055] },
              { at: 'medialTibialCondyle', offset: [-0.002, -0.07, -0.012] },
            ],
            via: [
              [{ p: [0.122, 0.3, -0.026] }, { p: [0.076, 0.29, -0.082] }, { p: [0.026, 0.3, -0.028] }],
              [{ p: [0.1, 0.17, -0.036] }, { p: [0.074, 0.17, -0.062] }, { p: [0.05, 0.17, -0.034] }],
            ],
            insertion: [{ at: 'calcaneusInsertion', offset: [0, 0.075, 0.002] }],
            count: 3,
            width: [
              [0, 0.01],
              [0.4, 0.028],
              [0.7, 0.022],
              [1, 0.01],
            ],
            // Its top comes up flush from the fibular head and the soleal line: begun buried, it surfaced at
            // mid-calf along a ragged, saw-toothed edge.
            rise: [
              [0, 0.0008],
              [0.3, 0.004],
              [0.55, 0.007],
              [0.8, 0.003],
              [1, -0.004],
            ],
            riseAcross: [
              [0, 1],
              [0.5, 0.7],
              [1, 1],
            ],
          },
        },
      ],
    },
  },
  {
    muscle: 'gastrocnemius',
    shape: {
      kind: 'relief',
      fibreBlend: 0.002,
      fibres: [
        {
          // Medial head: the larger one, reaching lower down the calf.
          path: [
            // From the back of the condyle, under the semimembranosus's end (a buried start read as a flat cut).
            { at: 'medialFemoralCondyle', offset: [0.004, 0.025, -0.018] },
            { p: [0.048, 0.43, -0.075] },
            { p: [0.05, 0.34, -0.092] },
            { p: [0.06, 0.25, -0.08] },
            { at: 'calcaneusInsertion', offset: [-0.006, 0.15, 0.0] },
          ],
          width: [
            [0, 0.008],
            [0.3, 0.026],
            [0.58, 0.026],
            [0.82, 0.014],
            [1, 0.006],
          ],
          rise: [
            [0, 0.0008],
            [0.15, 0.005],
            [0.5, 0.014],
            [0.72, 0.008],
            [0.88, 0.0],
            [1, -0.008],
          ],
        },
        {
          // Lateral head: smaller and ending higher.
          path: [
            { at: 'lateralFemoralCondyle', offset: [-0.004, 0.025, -0.018] },
            { p: [0.104, 0.43, -0.07] },
            { p: [0.104, 0.36, -0.08] },
            { p: [0.094, 0.3, -0.072] },
            { at: 'calcaneusInsertion', offset: [0.008, 0.19, 0.0] },
          ],
          width: [
            [0, 0.008],
            [0.3, 0.022],
            [0.55, 0.021],
            [0.8, 0.01],
            [1, 0.005],
          ],
          rise: [
            [0, 0.0008],
            [0.15, 0.004],
            [0.45, 0.011],
            [0.68, 0.006],
            [0.84, -0.001],
            [1, -0.008],
          ],
        },
      ],
    },
  },
  // Quadriceps: the two visible vasti first, rectus femoris down the middle on top of them.
  {
    muscle: 'vastus-lateralis',
    shape: {
      kind: 'relief',
      fibreBlend: 0.025,
      // Its fibres converge on the tendon and the kneecap's border: blended there, they ended in a flat face.
      blendEnds: [0, 0.35],
      fibres: [
        {
          // A broad band over the outer front of the thigh, from beside the rectus round to the side.
          fan: {
            origin: [
              { at: 'greaterTrochanter', offset: [0.0, -0.03, 0.045] },
              { at: 'greaterTrochanter', offset: [0.006, -0.05, -0.02] },
            ],
            via: [
              [{ p: [0.13, 0.76, 0.07] }, { p: [0.156, 0.74, -0.022] }],
              [{ p: [0.118, 0.64, 0.07] }, { p: [0.142, 0.63, -0.02] }],
            ],
            insertion: [
              { at: 'patellaTop', offset: [0.016, 0.0, 0.004] },
              { at: 'patella', offset: [0.038, 0.012, -0.022] },
            ],
            count: 4,
            // Narrowing and thinning onto the tendon and the lateral retinaculum (it ended as a square block).
            width: [
              [0, 0.018],
              [0.35, 0.034],
              [0.7, 0.03],
              [1, 0.009],
            ],
            rise: [
              [0, -0.004],
              [0.22, 0.004],
              [0.55, 0.009],
              [0.8, 0.004],
              [1, 0.0008],
            ],
          },
        },
      ],
    },
  },
  {
    muscle: 'vastus-medialis',
    shape: {
      kind: 'relief',
      fibreBlend: 0.02,
      // Its upper fibres run up together under the sartorius, and all converge on the kneecap's border: blended
      // at either end they ended in a square stub and a flat face.
      blendEnds: [0.3, 0.35],
      fibres: [
        {
          // The teardrop above the inner knee, reaching up the inner thigh under the sartorius, thinning to
          // nothing there (buried at its top, it showed as a square-cut red end beside the sartorius).
          fan: {
            origin: [{ p: [0.074, 0.76, 0.076] }, { p: [0.06, 0.76, 0.056] }],
            via: [[{ p: [0.062, 0.63, 0.08] }, { p: [0.036, 0.62, 0.045] }]],
            insertion: [
              { at: 'patellaTop', offset: [-0.014, -0.004, 0.002] },
              { at: 'patella', offset: [-0.03, 0.0, -0.015] },
            ],
            count: 3,
            width: [
              [0, 0.009],
              [0.45, 0.024],
              [0.74, 0.032],
              [0.92, 0.022],
              [1, 0.012],
            ],
            rise: [
              [0, 0.0008],
              [0.35, 0.002],
              [0.76, 0.014],
              [0.92, 0.007],
              // Onto the kneecap's medial border, not short of it.
              [1, 0.002],
            ],
          },
        },
      ],
    },
  },
  {
    muscle: 'rectus-femoris',
    shape: {
      kind: 'relief',
      fibreBlend: 0.01,
      fibres: [
        {
          // Down the middle, over the vasti, from the AIIS to the top of the kneecap.
          path: [
            { at: 'aiis', offset: [0.0, -0.02, 0.03] },
            { p: [0.098, 0.8, 0.09] },
            { p: [0.088, 0.68, 0.09] },
            { at: 'patellaTop', offset: [0, 0.07, 0.014] },
            // Its fleshy end tapers onto the quadriceps tendon a few centimetres above the kneecap.
            { at: 'patellaTop', offset: [0, 0.04, 0.012] },
          ],
          width: [
            [0, 0.01],
            [0.25, 0.034],
            [0.55, 0.036],
            [0.85, 0.022],
            [1, 0.01],
          ],
          rise: [
            [0, 0.0008],
            [0.2, 0.005],
            [0.5, 0.011],
            [0.78, 0.006],
            [1, 0.0008],
          ],
        },
        {
          // Its tendon of origin on up under the sartorius to the AIIS: the belly alone ended in a point in
          // mid-air in the groin.
          path: [
            { at: 'aiis', offset: [0.0, 0.004, 0.014] },
            { at: 'aiis', offset: [0.0, -0.02, 0.026] },
            { at: 'aiis', offset: [0.0, -0.05, 0.036] },
          ],
          width: [
            [0, 0.005],
            [0.5, 0.008],
            [1, 0.012],
          ],
          rise: [
            [0, 0.0008],
            [0.5, 0.0015],
            [1, 0.004],
          ],
        },
      ],
    },
  },
  {
    // The long strap from the ASIS across the front of the thigh to the inside of the knee.
    muscle: 'sartorius',
    shape: {
      kind: 'relief',
      fibreBlend: 0.01,
      fibres: [
        {
          path: [
            { at: 'asis', offset: [0.0, -0.008, 0.004] },
            { p: [0.1, 0.86, 0.088] },
            { p: [0.06, 0.74, 0.075] },
            { p: [0.028, 0.63, 0.035] },
            { at: 'medialFemoralCondyle', offset: [-0.012, 0.0, 0.012] },
            { at: 'pesAnserinus', offset: [0.0, 0.004, 0.0] },
          ],
          width: [
            [0, 0.008],
            [0.15, 0.015],
            [0.7, 0.014],
            [0.9, 0.01],
            [1, 0.007],
          ],
          // From the ASIS itself (its start was buried below it) to the pes anserinus.
          rise: [
            [0, 0.0008],
            [0.12, 0.0045],
            [0.75, 0.004],
            [0.92, 0.002],
            [1, -0.003],
          ],
        },
      ],
    },
  },
  // Hamstrings: semimembranosus under semitendinosus medially, biceps femoris laterally; their tendons
  // part around the popliteal fossa.
  {
    muscle: 'semimembranosus',
    shape: {
      kind: 'relief',
      fibreBlend: 0.01,
      fibres: [
        {
          // Broad and low on the inner back of the thigh, showing either side of the semitendinosus.
          path: [
            { at: 'ischialTuberosity', offset: [0.002, -0.03, -0.02] },
            { p: [0.05, 0.72, -0.072] },
            { p: [0.048, 0.6, -0.07] },
            { p: [0.052, 0.525, -0.062] },
            // Its tendon down the back of the knee onto the medial tibial condyle, flush (it ended in a stump).
            { at: 'medialTibialCondyle', offset: [-0.004, 0.004, -0.024] },
          ],
          // The bulkiest of the medial hamstrings: broader than the semitendinosus over it in the lower half.
          width: [
            [0, 0.012],
            [0.3, 0.026],
            [0.58, 0.04],
            [0.78, 0.026],
            [0.9, 0.012],
            [1, 0.007],
          ],
          rise: [
            [0, -0.008],
            [0.3, 0.004],
            [0.58, 0.011],
            [0.76, 0.006],
            [0.9, 0.002],
            [1, 0.0008],
          ],
        },
      ],
    },
  },
  {
    muscle: 'semitendinosus',
    shape: {
      kind: 'relief',
      fibreBlend: 0.01,
      fibres: [
        {
          // Fleshy above, a long cord-like tendon below, over the semimembranosus.
          path: [
            { at: 'ischialTuberosity', offset: [0.002, -0.012, -0.024] },
            { p: [0.068, 0.74, -0.086] },
            { p: [0.066, 0.62, -0.078] },
            { p: [0.054, 0.545, -0.064] },
          ],
          width: [
            [0, 0.016],
            [0.25, 0.03],
            [0.55, 0.028],
            [0.8, 0.016],
            [1, 0.007],
          ],
          rise: [
            [0, -0.004],
            [0.25, 0.01],
            [0.55, 0.007],
            [0.8, 0.002],
            [1, -0.004],
          ],
        },
      ],
    },
  },
  {
    muscle: 'biceps-femoris',
    shape: {
      kind: 'relief',
      fibreBlend: 0.018,
      fibres: [
        {
          // Long head from the ischial tuberosity over the outer back of the thigh.
          path: [
            { at: 'ischialTuberosity', offset: [0.014, -0.012, -0.026] },
            { p: [0.1, 0.74, -0.086] },
            { p: [0.102, 0.6, -0.076] },
            // The belly ends above the knee on its tendon (hamstring-tendons), flush.
            { at: 'fibularHead', offset: [-0.006, 0.055, -0.026] },
          ],
          width: [
            [0, 0.016],
            [0.3, 0.032],
            [0.62, 0.033],
            [0.85, 0.019],
            [1, 0.007],
          ],
          rise: [
            [0, -0.005],
            [0.3, 0.01],
            [0.62, 0.007],
            [0.85, 0.002],
            [1, 0.0008],
          ],
        },
        {
          // Short head from the lower linea aspera, beside and under the long head.
          path: [
            { p: [0.13, 0.7, -0.05] },
            { p: [0.132, 0.6, -0.05] },
            { at: 'fibularHead', offset: [0.0, 0.05, -0.02] },
          ],
          width: [
            [0, 0.012],
            [0.5, 0.022],
            [1, 0.012],
          ],
          rise: [
            [0, -0.004],
            [0.5, 0.006],
            [1, 0.0],
          ],
        },
      ],
    },
  },
  // Glutes: medius fanning from the iliac crest to the greater trochanter, maximus over its back half.
  {
    muscle: 'gluteus-medius',
    shape: {
      kind: 'relief',
      fibreBlend: 0.02,
      // Its fibres converge on the greater trochanter: blended there, they swelled through the IT band over it.
      blendEnds: [0, 0.3],
      fibres: [
        {
          fan: {
            origin: [
              { at: 'iliacCrestAnterior', offset: [0.0, -0.008, -0.01] },
              { at: 'iliacCrestTop', offset: [0.0, -0.012, 0.0] },
              { at: 'iliacCrestPosterior', offset: [0.0, -0.012, 0.0] },
            ],
            insertion: [{ at: 'greaterTrochanter', offset: [0.01, 0.0, 0.0] }],
            count: 4,
            width: [
              [0, 0.014],
              [0.4, 0.024],
              [1, 0.01],
            ],
            // Ends flush with the crest and the trochanter (buried, they stopped short of both).
            rise: [
              [0, 0.0008],
              [0.35, 0.006],
              [0.75, 0.003],
              [1, 0.0008],
            ],
          },
        },
      ],
    },
  },
  {
    muscle: 'tensor-fasciae-latae',
    shape: {
      kind: 'relief',
      fibreBlend: 0.01,
      fibres: [
        {
          path: [
            { at: 'asis', offset: [0.008, 0.005, -0.015] },
            { p: [0.145, 0.905, 0.045] },
            // Its lower end inside the IT band's upper part, which is laid over it.
            { p: [0.153, 0.79, 0.03] },
          ],
          width: [
            [0, 0.01],
            [0.45, 0.019],
            [1, 0.01],
          ],
          // Its top flush on the iliac crest behind the ASIS, not a few centimetres short of it; its lower end
          // flush too (buried, it meshed as chips under the band's torn top).
          rise: [
            [0, 0.0008],
            [0.45, 0.006],
            [0.85, 0.002],
            [1, 0.0008],
          ],
        },
      ],
    },
  },
  {
    muscle: 'gluteus-maximus',
    shape: {
      kind: 'relief',
      // Coarse fascicles: a small blend keeps a shallow groove between bundles (at 0.03 it was one balloon).
      fibreBlend: 0.012,
      fibres: [
        {
          fan: {
            origin: [
              { at: 'iliacCrestPosterior', offset: [-0.012, -0.02, -0.02] },
              { at: 'psis', offset: [0, -0.005, -0.005] },
              { at: 'sacrum', offset: [0.018, -0.03, 0.0] },
              { at: 'coccyx', offset: [0.014, 0.0, 0.0] },
            ],
            via: [
              [
                { p: [0.11, 0.96, -0.1] },
                { p: [0.09, 0.93, -0.13] },
                { p: [0.08, 0.87, -0.135] },
                { p: [0.075, 0.82, -0.12] },
              ],
            ],
            insertion: [
              { at: 'greaterTrochanter', offset: [0.012, -0.05, -0.03] },
              { at: 'glutealTuberosity', offset: [0.01, -0.02, -0.02] },
            ],
            count: 6,
            width: [
              [0, 0.018],
              [0.45, 0.025],
              [1, 0.012],
            ],
            rise: [
              [0, 0.0],
              [0.25, 0.007],
              [0.5, 0.009],
              [0.8, 0.005],
              // Flush where it passes into the IT band, which is laid over its lateral edge.
              [1, 0.0008],
            ],
          },
        },
      ],
    },
  },
  // Core: external oblique on the flank, rectus abdominis over its sheath edge.
  {
    // A broad sheet on the flank from the lower ribs to the iliac crest and the rectus sheath.
    muscle: 'external-oblique',
    shape: {
      kind: 'relief',
      fibreBlend: 0.02,
      fibres: [
        {
          fan: {
            origin: [
              { at: 'rib5', offset: [0.008, -0.03, -0.012] },
              'rib8',
              'rib10',
              { at: 'rib12', offset: [0, 0.01, 0] },
            ],
            insertion: [
              { p: [0.088, 1.17, 0.108] },
              { p: [0.094, 1.04, 0.1] },
              { at: 'iliacCrestAnterior', offset: [0, 0.008, 0.0] },
              { at: 'iliacCrestTop', offset: [0, 0.006, 0.0] },
            ],
            count: 6,
            // Narrower at the ends: a wide flat fibre end just under the skin shows as a nick.
            width: [
              [0, 0.016],
              [0.2, 0.024],
              [0.4, 0.028],
              [0.8, 0.026],
              [1, 0.016],
            ],
            rise: [
              [0, -0.003],
              [0.25, 0.005],
              [0.65, 0.005],
              [0.9, 0.002],
              [1, -0.004],
            ],
            depth: 0.007,
          },
        },
      ],
    },
  },
  {
    // Two long straps beside the linea alba; the tendinous intersections are shallow grooves.
    muscle: 'rectus-abdominis',
    shape: {
      kind: 'relief',
      fibreBlend: 0.01,
      fibres: [
        {
          path: [
            { at: 'pubicTubercle', offset: [0.006, 0.01, 0.0] },
            { p: [0.034, 0.98, 0.105] },
            { p: [0.042, 1.1, 0.11] },
            { p: [0.05, 1.18, 0.118] },
            { p: [0.058, 1.222, 0.116] },
          ],
          // Down onto the pubic crest, flush with the bone (a buried start left it 6-8 cm short).
          width: [
            [0, 0.014],
            [0.25, 0.03],
            [0.7, 0.036],
            [0.88, 0.034],
            [1, 0.026],
          ],
          rise: [
            [0, 0.0008],
            [0.1, 0.004],
            [0.45, 0.007],
            [0.52, 0.007],
            [0.56, 0.0035],
            [0.6, 0.007],
            [0.7, 0.007],
            [0.74, 0.0035],
            [0.78, 0.007],
            [0.86, 0.007],
            [0.9, 0.0035],
            [0.94, 0.005],
            [1, -0.004],
          ],
          depth: 0.006,
        },
      ],
    },
  },
  // Shoulder girdle: trapezius from the skull and spine to the shoulder blade, deltoid capping the joint.
  {
    muscle: 'trapezius',
    shape: {
      kind: 'relief',
      fibreBlend: 0.025,
      fibres: [
        {
          // Upper and middle parts: from the skull, the nuchal ligament and the upper thoracic spines to the
          // clavicle, the acromion and the scapular spine.
          fan: {
            origin: [
              { at: 'occiput', offset: [-0.004, -0.006, 0.004] },
              { at: 'c7', offset: [-0.012, 0, -0.004] },
              { at: 't3', offset: [-0.012, 0, 0.0] },
            ],
            via: [[{ p: [0.05, 1.54, -0.06] }, { p: [0.095, 1.455, -0.06] }, { p: [0.11, 1.38, -0.105] }]],
            insertion: [
              { at: 'clavicleLateral', offset: [0, 0.004, -0.008] },
              { at: 'acromion', offset: [-0.01, 0.004, 0] },
              'scapularSpineMid',
            ],
            count: 10,
            width: [
              [0, 0.02],
              [0.2, 0.026],
              [0.5, 0.03],
              [1, 0.018],
            ],
            rise: [
              [0, 0.003],
              [0.3, 0.004],
              [0.7, 0.004],
              [1, -0.002],
            ],
            depth: 0.005,
            riseAcross: [
              [0, 1.5],
              [0.6, 1.1],
              [1, 0.9],
            ],
          },
        },
        {
          // Lower part: a triangle from the lower thoracic spines converging on the root of the scapular spine.
          // Its lateral border runs from T12 up to the root: as one fan with the upper part, the lower fibres
          // were as broad as those and covered the whole shoulder blade.
          fan: {
            origin: [
              { at: 't3', offset: [-0.012, -0.01, 0.0] },
              { at: 't7', offset: [-0.012, 0, 0.0] },
              { at: 't12', offset: [-0.006, 0, 0.0] },
            ],
            via: [[{ p: [0.08, 1.36, -0.108] }, { p: [0.055, 1.27, -0.112] }, { p: [0.034, 1.2, -0.104] }]],
            insertion: [
              { lerp: ['scapularSpineRoot', 'scapularSpineMid', 0.6] },
              { lerp: ['scapularSpineRoot', 'scapularSpineMid', 0.2] },
              'scapularSpineRoot',
            ],
            count: 7,
            // Full width at the spine, so the two sides meet over it with no gap.
            width: [
              [0, 0.024],
              [0.3, 0.022],
              [0.6, 0.02],
              [1, 0.012],
            ],
            rise: [
              [0, 0.003],
              [0.3, 0.0035],
              [0.7, 0.003],
              [1, -0.002],
            ],
            depth: 0.005,
            riseAcross: [
              [0, 0.9],
              [1, 0.8],
            ],
          },
        },
      ],
    },
  },
  {
    muscle: 'deltoid',
    shape: {
      kind: 'relief',
      fibreBlend: 0.02,
      // Eight fibres converge on the tuberosity: blended there, they swelled into a blunt knob (with a hole in
      // it) instead of the V of its insertion.
      blendEnds: [0, 0.25],
      fibres: [
        {
          // A cap over the shoulder's point: from the clavicle's outer third over the acromion to the
          // scapular spine, its upper border raised so it meets the trapezius without a strip of skin.
          fan: {
            origin: [
              // From the clavicle's front edge: the bone, laid over it, runs on level instead of stepping up.
              { lerp: ['sternoclavicular', 'clavicleLateral', 0.64], offset: [0, -0.004, 0.006] },
              { at: 'clavicleLateral', offset: [-0.008, 0.0, 0.006] },
              { at: 'acromion', offset: [-0.008, 0.008, 0] },
              { at: 'scapularSpineMid', offset: [0.006, 0.004, -0.002] },
            ],
            via: [
              [
                { at: 'shoulder', offset: [-0.006, -0.004, 0.054] },
                { at: 'shoulder', offset: [0.052, 0.006, 0.0] },
                { at: 'shoulder', offset: [-0.006, -0.008, -0.054] },
              ],
            ],
            insertion: ['deltoidTuberosity'],
            count: 8,
            width: [
              [0, 0.02],
              [0.4, 0.024],
              [0.85, 0.016],
              [1, 0.012],
            ],
            rise: [
              [0, 0.001],
              [0.15, 0.005],
              [0.4, 0.008],
              [0.7, 0.006],
              [0.88, 0.004],
              // Its tip lies on the arm at the tuberosity: a buried tip meshed as a hole with loose chips.
              [1, 0.0008],
            ],
          },
        },
      ],
    },
  },
  // Deep: iliopsoas from the lumbar spine and iliac fossa to the lesser trochanter.
  {
    muscle: 'iliopsoas',
    shape: {
      kind: 'bundle',
      fibreBlend: 0.015,
      fibres: [
        {
          // Psoas major.
          path: [
            { at: 'lumbarL1', offset: [0, 0.01, 0] },
            'lumbarL4',
            { p: [0.055, 0.95, 0.0] },
            { at: 'inguinalMid', offset: [0.0, -0.03, -0.03] },
            { at: 'lesserTrochanter', offset: [0, 0.0, 0.01] },
          ],
          radius: [
            [0, 0.012],
            [0.4, 0.024],
            [0.75, 0.02],
            [1, 0.01],
          ],
        },
        {
          // Iliacus, filling the iliac fossa.
          path: [
            { at: 'iliacFossa', offset: [0.01, 0.01, 0.0] },
            { p: [0.085, 0.95, 0.02] },
            { at: 'inguinalMid', offset: [0.008, -0.03, -0.03] },
            { at: 'lesserTrochanter', offset: [0, 0.0, 0.01] },
          ],
          radius: [
            [0, 0.022],
            [0.35, 0.024],
            [1, 0.01],
          ],
          flatten: 0.6,
        },
      ],
    },
  },
  // Deep: vastus intermedius on the front and outer femoral shaft, under the rectus and between the vasti.
  {
    muscle: 'vastus-intermedius',
    shape: {
      kind: 'bundle',
      fibreBlend: 0.015,
      fibres: [
        {
          path: [
            { at: 'greaterTrochanter', offset: [-0.018, -0.06, 0.028] },
            { p: [0.118, 0.76, 0.04] },
            { p: [0.104, 0.66, 0.045] },
            { p: [0.086, 0.59, 0.045] },
            { at: 'patellaTop', offset: [0, 0.012, -0.012] },
          ],
          radius: [
            [0, 0.014],
            [0.25, 0.028],
            [0.65, 0.028],
            [0.9, 0.018],
            [1, 0.008],
          ],
          // Wide and thin: it wraps the shaft rather than rounding out under the rectus.
          flatten: 0.55,
        },
      ],
    },
  },
  // Deep: gluteus minimus, a small fan under the medius from the outer ilium to the front of the trochanter.
  {
    muscle: 'gluteus-minimus',
    shape: {
      kind: 'bundle',
      fibreBlend: 0.025,
      fibres: [
        {
          path: [
            { at: 'iliacCrestAnterior', offset: [-0.008, -0.045, -0.014] },
            { p: [0.132, 0.945, 0.024] },
            { at: 'greaterTrochanter', offset: [0.0, 0.008, 0.018] },
          ],
          radius: [
            [0, 0.012],
            [0.45, 0.016],
            [1, 0.008],
          ],
        },
        {
          path: [
            { p: [0.128, 0.985, -0.012] },
            { p: [0.136, 0.95, 0.004] },
            { at: 'greaterTrochanter', offset: [0.0, 0.008, 0.018] },
          ],
          radius: [
            [0, 0.014],
            [0.45, 0.018],
            [1, 0.008],
          ],
        },
        {
          path: [
            { p: [0.115, 0.975, -0.045] },
            { p: [0.132, 0.945, -0.02] },
            { at: 'greaterTrochanter', offset: [0.0, 0.008, 0.018] },
          ],
          radius: [
            [0, 0.012],
            [0.45, 0.016],
            [1, 0.008],
          ],
        },
      ],
    },
  },
  // Deep: transversus abdominis, a sheet under the abdominal wall from the ribs to the inguinal line.
  {
    muscle: 'transversus-abdominis',
    shape: {
      kind: 'shell',
      depth: 0.012,
      thickness: 0.007,
      edgeBlend: 0.01,
      region: { min: [0, 0.86, -0.12], max: [0.2, 1.26, 0.16] },
      bounds: [
        { through: { at: 'xiphoid', offset: [0, -0.01, 0] }, normal: [0, 1, 0.35] },
        { through: 'asis', normal: [0.68, -0.73, 0] },
        { through: { p: [0, 1.0, -0.055] }, normal: [0, 0, -1] },
        { through: { p: [0.006, 1.0, 0] }, normal: [-1, 0, 0] },
        { through: { p: [0, 0.9, 0] }, normal: [0, -1, 0] },
      ],
    },
  },
]
