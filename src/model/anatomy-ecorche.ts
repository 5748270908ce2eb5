/**
 * The rest of the écorché as DATA, in the same terms as anatomy.ts (left side, reference metres, paths
 * projected onto the surface they rest on): muscles outside the eight groups, tendons and fasciae, and the
 * bones left uncovered. LAYER_ORDER says what lies on what: each structure is laid on the surface of
 * everything before it, so the order runs from bone, deep to superficial.
 * Attachments: reference §1–2 (more-running-anatomy-facts.md) after Gray's Anatomy.
 */
import type { PartId, StructureId } from '../domain/groups.ts'
import type { FibreSpec, ReliefShape } from './anatomy.ts'

export interface StructureShape {
  readonly id: StructureId
  readonly shape: ReliefShape
}

/** A single-path relief with a constant-ish cross-section (tendons, bands, bony ridges). */
const strap = (
  path: FibreSpec['path'],
  width: number,
  rise: number,
  opts: { depth?: number; taper?: number } = {},
): ReliefShape => ({
  kind: 'relief',
  fibreBlend: 0.004,
  fibres: [
    {
      path,
      width: [
        [0, width * (opts.taper ?? 0.8)],
        [0.2, width],
        [0.8, width],
        [1, width * (opts.taper ?? 0.8)],
      ],
      rise: [
        [0, rise * 0.4],
        [0.15, rise],
        [0.85, rise],
        [1, rise * 0.4],
      ],
      ...(opts.depth === undefined ? {} : { depth: opts.depth }),
    },
  ],
})

export const STRUCTURE_SHAPES: readonly StructureShape[] = [
  // Bone: the clavicle's S along the top of the chest, under the skin from the sternum to the acromion.
  {
    id: 'clavicle',
    shape: strap(
      [
        { at: 'sternoclavicular', offset: [0.006, 0.004, 0.002] },
        { lerp: ['sternoclavicular', 'clavicleLateral', 0.35], offset: [0, 0.004, 0.006] },
        { lerp: ['sternoclavicular', 'clavicleLateral', 0.75], offset: [0, 0.004, 0.0] },
        { at: 'clavicleLateral', offset: [0, 0.004, -0.006] },
      ],
      0.008,
      0.003,
      { depth: 0.005 },
    ),
  },
  {
    // Tibialis anterior: fleshy beside the tibial crest in the upper two-thirds, its tendon across the front
    // of the ankle to the medial midfoot.
    id: 'tibialis-anterior',
    shape: {
      kind: 'relief',
      fibreBlend: 0.008,
      fibres: [
        {
          path: [
            { at: 'gerdyTubercle', offset: [-0.004, -0.01, 0.006] },
            { p: [0.086, 0.38, 0.032] },
            { p: [0.08, 0.24, 0.028] },
            { p: [0.07, 0.12, 0.03] },
            { at: 'ankle', offset: [-0.012, 0.012, 0.042] },
            { at: 'medialMalleolus', offset: [0.004, -0.03, 0.045] },
          ],
          width: [
            [0, 0.01],
            [0.2, 0.017],
            [0.5, 0.014],
            [0.7, 0.007],
            [1, 0.005],
          ],
          rise: [
            [0, -0.002],
            [0.2, 0.007],
            [0.5, 0.006],
            [0.7, 0.003],
            [1, 0.002],
          ],
          depth: 0.008,
        },
      ],
    },
  },
  {
    // Pectoralis major: a fan from the clavicle, sternum and upper costal cartilages converging on the
    // humerus under the deltoid; the lowest fibres fold up to make the front of the armpit.
    id: 'pectoralis-major',
    shape: {
      kind: 'relief',
      fibreBlend: 0.02,
      fibres: [
        {
          fan: {
            origin: [
              { lerp: ['sternoclavicular', 'clavicleLateral', 0.55], offset: [0, -0.008, 0.004] },
              { at: 'sternoclavicular', offset: [0.0, -0.01, 0.006] },
              { at: 'sternalNotch', offset: [0.012, -0.05, 0.03] },
              { at: 'xiphoid', offset: [0.014, 0.03, 0.0] },
              { at: 'rib5', offset: [-0.03, -0.02, 0.01] },
            ],
            via: [
              [
                { p: [0.13, 1.39, 0.07] },
                { p: [0.13, 1.365, 0.08] },
                { p: [0.13, 1.335, 0.088] },
                { p: [0.13, 1.3, 0.088] },
                { p: [0.13, 1.27, 0.08] },
              ],
            ],
            insertion: [
              { at: 'shoulder', offset: [-0.006, -0.05, 0.035] },
              { at: 'shoulder', offset: [-0.008, -0.055, 0.036] },
              { at: 'shoulder', offset: [-0.01, -0.06, 0.036] },
              { at: 'shoulder', offset: [-0.014, -0.052, 0.03] },
              { at: 'shoulder', offset: [-0.018, -0.045, 0.026] },
            ],
            count: 8,
            width: [
              [0, 0.018],
              [0.45, 0.022],
              [0.85, 0.014],
              [1, 0.008],
            ],
            rise: [
              [0, 0.0],
              [0.2, 0.005],
              [0.6, 0.008],
              [0.9, 0.005],
              [1, 0.001],
            ],
          },
        },
      ],
    },
  },
  {
    // Achilles tendon: from the gastrocnemius aponeurosis and the soleus down to the back of the calcaneus.
    id: 'achilles-tendon',
    shape: {
      kind: 'relief',
      fibreBlend: 0.004,
      fibres: [
        {
          path: [
            { p: [0.068, 0.24, -0.07] },
            { p: [0.072, 0.16, -0.056] },
            { p: [0.074, 0.1, -0.05] },
            { at: 'calcaneusInsertion', offset: [0, 0.01, -0.002] },
          ],
          width: [
            [0, 0.016],
            [0.4, 0.009],
            [0.8, 0.007],
            [1, 0.01],
          ],
          rise: [
            [0, -0.001],
            [0.3, 0.003],
            [0.8, 0.004],
            [1, 0.002],
          ],
          depth: 0.004,
        },
      ],
    },
  },
]

/**
 * Layering, deep to superficial. Target muscles keep the relative order of anatomy.ts; the structures of
 * this file slot in around them. Deep bundles and sheets (iliopsoas, transversus, vastus intermedius,
 * gluteus minimus) are meshed on their own and are not part of it.
 */
export const LAYER_ORDER: readonly PartId[] = [
  'clavicle',
  'tibialis-anterior',
  'soleus',
  'gastrocnemius',
  'achilles-tendon',
  'vastus-lateralis',
  'vastus-medialis',
  'rectus-femoris',
  'sartorius',
  'semimembranosus',
  'semitendinosus',
  'biceps-femoris',
  'gluteus-medius',
  'tensor-fasciae-latae',
  'gluteus-maximus',
  'external-oblique',
  'rectus-abdominis',
  'pectoralis-major',
  'trapezius',
  'deltoid',
]
