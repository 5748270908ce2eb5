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
import type { MuscleId } from '../domain/groups.ts'
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
      fibres: [
        {
          fan: {
            origin: [
              { at: 'fibularHead', offset: [0.004, -0.02, -0.012] },
              { at: 'knee', offset: [0.002, -0.065, -0.05] },
              { at: 'medialTibialCondyle', offset: [-0.004, -0.05, -0.01] },
            ],
            via: [[{ p: [0.118, 0.27, -0.03] }, { p: [0.076, 0.27, -0.07] }, { p: [0.03, 0.27, -0.025] }]],
            insertion: [{ at: 'calcaneusInsertion', offset: [0, 0.09, 0.004] }],
            count: 3,
            width: [
              [0, 0.012],
              [0.45, 0.026],
              [0.75, 0.02],
              [1, 0.01],
            ],
            rise: [
              [0, -0.006],
              [0.3, 0.003],
              [0.55, 0.006],
              [0.8, 0.003],
              [1, -0.004],
            ],
            riseAcross: [
              [0, 1],
              [0.5, 0.6],
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
      fibreBlend: 0.003,
      fibres: [
        {
          // Medial head: the larger one, reaching lower down the calf.
          path: [
            { at: 'medialFemoralCondyle', offset: [0.002, 0.0, -0.02] },
            { p: [0.05, 0.42, -0.07] },
            { p: [0.06, 0.33, -0.075] },
            { p: [0.07, 0.24, -0.062] },
            { at: 'calcaneusInsertion', offset: [-0.002, 0.13, 0.006] },
          ],
          width: [
            [0, 0.012],
            [0.35, 0.026],
            [0.6, 0.022],
            [0.85, 0.01],
            [1, 0.006],
          ],
          rise: [
            [0, -0.004],
            [0.15, 0.004],
            [0.45, 0.01],
            [0.68, 0.005],
            [0.85, -0.002],
            [1, -0.008],
          ],
        },
        {
          // Lateral head: shorter and higher.
          path: [
            { at: 'lateralFemoralCondyle', offset: [-0.002, 0.0, -0.02] },
            { p: [0.1, 0.42, -0.066] },
            { p: [0.095, 0.34, -0.07] },
            { p: [0.082, 0.26, -0.06] },
            { at: 'calcaneusInsertion', offset: [0.002, 0.13, 0.006] },
          ],
          width: [
            [0, 0.011],
            [0.33, 0.022],
            [0.55, 0.018],
            [0.8, 0.008],
            [1, 0.006],
          ],
          rise: [
            [0, -0.004],
            [0.15, 0.004],
            [0.4, 0.009],
            [0.6, 0.004],
            [0.78, -0.002],
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
      fibreBlend: 0.02,
      fibres: [
        {
          fan: {
            origin: [
              { at: 'greaterTrochanter', offset: [0.008, -0.04, 0.03] },
              { at: 'greaterTrochanter', offset: [0.004, -0.06, -0.01] },
            ],
            via: [[{ p: [0.142, 0.72, 0.055] }, { p: [0.152, 0.7, 0.005] }]],
            insertion: [
              { at: 'patellaTop', offset: [0.026, -0.01, 0.0] },
              { at: 'patella', offset: [0.036, 0.01, -0.018] },
            ],
            count: 3,
            width: [
              [0, 0.016],
              [0.5, 0.038],
              [0.8, 0.036],
              [1, 0.016],
            ],
            rise: [
              [0, -0.004],
              [0.25, 0.003],
              [0.62, 0.008],
              [0.85, 0.005],
              [1, -0.002],
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
      fibres: [
        {
          fan: {
            origin: [{ p: [0.04, 0.77, 0.055] }, { p: [0.025, 0.74, 0.02] }],
            via: [[{ p: [0.03, 0.62, 0.05] }, { p: [0.018, 0.61, 0.02] }]],
            insertion: [
              { at: 'patellaTop', offset: [-0.024, -0.016, -0.004] },
              { at: 'patella', offset: [-0.03, 0.004, -0.015] },
            ],
            count: 2,
            width: [
              [0, 0.012],
              [0.45, 0.026],
              [0.72, 0.037],
              [0.92, 0.025],
              [1, 0.012],
            ],
            rise: [
              [0, -0.004],
              [0.35, 0.002],
              [0.72, 0.01],
              [0.9, 0.006],
              [1, -0.002],
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
          path: [
            { at: 'aiis', offset: [0.0, -0.02, 0.03] },
            { p: [0.098, 0.8, 0.09] },
            { p: [0.085, 0.68, 0.088] },
            { at: 'patellaTop', offset: [0, 0.03, 0.012] },
            { at: 'patellaTop', offset: [0, -0.004, 0.006] },
          ],
          width: [
            [0, 0.012],
            [0.3, 0.035],
            [0.55, 0.035],
            [0.85, 0.02],
            [1, 0.012],
          ],
          rise: [
            [0, -0.006],
            [0.22, 0.004],
            [0.5, 0.009],
            [0.78, 0.004],
            [1, -0.003],
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
          rise: [
            [0, -0.003],
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
          path: [
            { at: 'ischialTuberosity', offset: [0.004, -0.01, -0.02] },
            { p: [0.052, 0.72, -0.07] },
            { p: [0.036, 0.6, -0.055] },
            { at: 'medialTibialCondyle', offset: [0.0, 0.01, -0.022] },
          ],
          width: [
            [0, 0.008],
            [0.4, 0.016],
            [0.68, 0.024],
            [0.9, 0.014],
            [1, 0.008],
          ],
          rise: [
            [0, -0.008],
            [0.4, 0.002],
            [0.68, 0.007],
            [0.9, 0.003],
            [1, -0.002],
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
          path: [
            { at: 'ischialTuberosity', offset: [0.0, -0.01, -0.024] },
            { p: [0.068, 0.74, -0.08] },
            { p: [0.05, 0.62, -0.068] },
            { at: 'medialFemoralCondyle', offset: [-0.002, 0.03, -0.028] },
            { at: 'pesAnserinus', offset: [-0.004, 0.01, -0.01] },
          ],
          width: [
            [0, 0.012],
            [0.3, 0.022],
            [0.55, 0.014],
            [0.75, 0.008],
            [1, 0.007],
          ],
          rise: [
            [0, -0.003],
            [0.28, 0.008],
            [0.55, 0.005],
            [0.75, 0.0035],
            [0.92, 0.002],
            [1, -0.003],
          ],
        },
      ],
    },
  },
  {
    muscle: 'biceps-femoris',
    shape: {
      kind: 'relief',
      fibreBlend: 0.012,
      fibres: [
        {
          // Long head from the ischial tuberosity.
          path: [
            { at: 'ischialTuberosity', offset: [0.012, -0.012, -0.024] },
            { p: [0.105, 0.74, -0.08] },
            { p: [0.122, 0.6, -0.06] },
            { at: 'fibularHead', offset: [0.002, 0.025, -0.016] },
            { at: 'fibularHead', offset: [0.002, -0.002, -0.006] },
          ],
          width: [
            [0, 0.012],
            [0.35, 0.024],
            [0.65, 0.018],
            [0.85, 0.009],
            [1, 0.008],
          ],
          rise: [
            [0, -0.004],
            [0.3, 0.007],
            [0.65, 0.006],
            [0.85, 0.0035],
            [1, -0.002],
          ],
        },
        {
          // Short head from the lower linea aspera, under the long head.
          path: [
            { p: [0.128, 0.68, -0.045] },
            { p: [0.13, 0.58, -0.04] },
            { at: 'fibularHead', offset: [0.002, 0.03, -0.012] },
          ],
          width: [
            [0, 0.008],
            [0.5, 0.016],
            [1, 0.008],
          ],
          rise: [
            [0, -0.006],
            [0.5, 0.004],
            [1, -0.003],
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
            rise: [
              [0, -0.002],
              [0.35, 0.006],
              [0.75, 0.003],
              [1, -0.006],
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
            { p: [0.152, 0.8, 0.03] },
          ],
          width: [
            [0, 0.01],
            [0.45, 0.019],
            [1, 0.008],
          ],
          rise: [
            [0, -0.003],
            [0.45, 0.006],
            [0.85, 0.002],
            [1, -0.004],
          ],
        },
      ],
    },
  },
  {
    muscle: 'gluteus-maximus',
    shape: {
      kind: 'relief',
      fibreBlend: 0.03,
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
            count: 5,
            width: [
              [0, 0.02],
              [0.45, 0.028],
              [1, 0.012],
            ],
            rise: [
              [0, 0.0],
              [0.25, 0.008],
              [0.5, 0.011],
              [0.8, 0.005],
              [1, -0.004],
            ],
          },
        },
      ],
    },
  },
  // Core: rectus abdominis with its tendinous intersections, external oblique on the flank.
  {
    muscle: 'rectus-abdominis',
    shape: {
      kind: 'relief',
      fibreBlend: 0.01,
      fibres: [
        {
          path: [
            { at: 'pubicTubercle', offset: [0.008, 0.01, 0.0] },
            { p: [0.036, 0.98, 0.105] },
            { p: [0.042, 1.1, 0.11] },
            { p: [0.046, 1.2, 0.118] },
            { p: [0.05, 1.245, 0.118] },
          ],
          width: [
            [0, 0.016],
            [0.3, 0.03],
            [0.7, 0.034],
            [1, 0.034],
          ],
          rise: [
            [0, -0.004],
            [0.12, 0.003],
            [0.45, 0.005],
            [0.52, 0.005],
            [0.56, 0.0015],
            [0.6, 0.005],
            [0.7, 0.005],
            [0.74, 0.0015],
            [0.78, 0.005],
            [0.86, 0.005],
            [0.9, 0.0015],
            [0.94, 0.004],
            [1, -0.002],
          ],
        },
      ],
    },
  },
  {
    muscle: 'external-oblique',
    shape: {
      kind: 'relief',
      fibreBlend: 0.018,
      fibres: [
        {
          fan: {
            origin: ['rib5', 'rib8', 'rib10', { at: 'rib12', offset: [0, 0.01, 0] }],
            insertion: [
              { p: [0.085, 1.1, 0.102] },
              { p: [0.092, 1.0, 0.095] },
              { at: 'iliacCrestAnterior', offset: [0, 0.006, 0.0] },
              { at: 'iliacCrestTop', offset: [0, 0.004, 0.0] },
            ],
            count: 5,
            width: [
              [0, 0.016],
              [0.4, 0.024],
              [1, 0.018],
            ],
            rise: [
              [0, -0.001],
              [0.25, 0.004],
              [0.65, 0.004],
              [0.92, 0.0],
              [1, -0.003],
            ],
          },
        },
      ],
    },
  },
  // Shoulder girdle: trapezius from the skull and spine to the shoulder blade, deltoid capping the joint.
  {
    muscle: 'trapezius',
    shape: {
      kind: 'relief',
      fibreBlend: 0.02,
      fibres: [
        {
          fan: {
            origin: [
              { at: 'occiput', offset: [0.008, -0.006, 0.004] },
              { at: 'c7', offset: [0.006, 0, -0.004] },
              { at: 't3', offset: [0.006, 0, 0.0] },
              { at: 't7', offset: [0.006, 0, 0.0] },
              { at: 't12', offset: [0.006, 0, 0.0] },
            ],
            via: [
              [
                { p: [0.05, 1.54, -0.06] },
                { p: [0.095, 1.455, -0.06] },
                { p: [0.1, 1.37, -0.11] },
                { p: [0.07, 1.27, -0.115] },
                { p: [0.05, 1.2, -0.105] },
              ],
            ],
            insertion: [
              { at: 'clavicleLateral', offset: [0, 0.004, -0.008] },
              { at: 'acromion', offset: [-0.01, 0.004, 0] },
              'scapularSpineMid',
              'scapularSpineRoot',
            ],
            count: 8,
            width: [
              [0, 0.026],
              [0.5, 0.03],
              [1, 0.018],
            ],
            rise: [
              [0, 0.001],
              [0.3, 0.0035],
              [0.7, 0.004],
              [1, -0.002],
            ],
            riseAcross: [
              [0, 1.5],
              [0.3, 1.1],
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
      fibreBlend: 0.014,
      fibres: [
        {
          fan: {
            origin: [
              { at: 'clavicleLateral', offset: [-0.01, 0.0, 0.008] },
              { at: 'acromion', offset: [0.004, 0.004, 0] },
              { at: 'scapularSpineMid', offset: [0.01, 0.0, 0.0] },
            ],
            via: [
              [
                { at: 'shoulder', offset: [-0.004, -0.005, 0.052] },
                { at: 'shoulder', offset: [0.05, 0.004, 0.0] },
                { at: 'shoulder', offset: [-0.004, -0.01, -0.052] },
              ],
            ],
            insertion: ['deltoidTuberosity'],
            count: 5,
            width: [
              [0, 0.018],
              [0.4, 0.024],
              [1, 0.01],
            ],
            rise: [
              [0, -0.002],
              [0.35, 0.008],
              [0.7, 0.006],
              [1, -0.003],
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
