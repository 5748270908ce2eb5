/**
 * The rest of the écorché as DATA, in the same terms as anatomy.ts (left side, reference metres, paths
 * projected onto the surface they rest on): muscles outside the eight groups, tendons and fasciae, and the
 * bones left uncovered. LAYER_ORDER says what lies on what: each structure is laid on the surface of
 * everything before it, so the order runs from bone, deep to superficial.
 * Attachments: reference §1–2 (more-running-anatomy-facts.md) after Gray's Anatomy.
 */
import type { PartId, StructureId } from '../../../src/domain/groups.ts'
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
      // Ends come down flush with what they join, tapered: an end buried under the surface meshes as loose
      // chips where the surface beneath undulates.
      rise: [
        [0, 0.0008],
        [0.2, rise],
        [0.8, rise],
        [1, 0.0008],
      ],
      ...(opts.depth === undefined ? {} : { depth: opts.depth }),
    },
  ],
})

/** A long tendon to a digit, over the back of the hand or foot: a narrow flat cord, flush at its end. */
const digitTendon = (path: FibreSpec['path']): FibreSpec => ({
  path,
  width: [
    [0, 0.003],
    [0.5, 0.0025],
    [1, 0.002],
  ],
  rise: [
    [0, 0.0015],
    [0.8, 0.0015],
    [1, 0.0008],
  ],
  depth: 0.003,
})

export const STRUCTURE_SHAPES: readonly StructureShape[] = [
  // Bone: the clavicle's S along the top of the chest, under the skin from the sternum to the acromion.
  {
    id: 'clavicle',
    shape: {
      kind: 'relief',
      fibreBlend: 0.004,
      fibres: [
        {
          path: [
            { at: 'sternoclavicular', offset: [0.006, 0.004, 0.002] },
            { lerp: ['sternoclavicular', 'clavicleLateral', 0.35], offset: [0, 0.004, 0.006] },
            // Its lateral third on the front of the trapezius's insertion, level with the medial part, not
            // stepping up onto the muscle's top.
            { lerp: ['sternoclavicular', 'clavicleLateral', 0.75], offset: [0, 0.0, 0.012] },
            // Level with its neighbours front to back: 1 cm further back here, the lateral third zigzagged.
            { at: 'clavicleLateral', offset: [0.006, 0.002, 0.012] },
            // Its flat lateral end meets the acromion (the acromioclavicular joint), at the surface, guided over
            // the deltoid's top: straight to the acromion it hooked back over the trapezius.
            { lerp: ['clavicleLateral', 'acromion', 0.4], offset: [0, 0.0, 0.014] },
            { lerp: ['clavicleLateral', 'acromion', 0.75], offset: [0, 0.004, 0.014] },
            { lerp: ['clavicleLateral', 'acromion', 0.95], offset: [0, 0.006, 0.012] },
          ],
          width: [
            [0, 0.0064],
            [0.2, 0.008],
            [0.8, 0.008],
            [1, 0.009],
          ],
          rise: [
            [0, -0.002],
            [0.2, 0.003],
            [0.8, 0.003],
            [1, 0.002],
          ],
          depth: 0.005,
        },
      ],
    },
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
            // From under the lateral retinaculum's lower end.
            { at: 'gerdyTubercle', offset: [-0.004, 0.006, 0.01] },
            { p: [0.086, 0.38, 0.032] },
            { p: [0.08, 0.24, 0.028] },
            { p: [0.07, 0.12, 0.03] },
            { at: 'ankle', offset: [-0.012, 0.012, 0.042] },
            { at: 'medialMalleolus', offset: [0.004, -0.03, 0.045] },
            // On to the medial cuneiform and the first metatarsal's base, tapering: it ended as a cut stub.
            { at: 'medialMalleolus', offset: [0.006, -0.042, 0.068] },
          ],
          // Fleshy from a narrow start on the lateral condyle (no cut-off top), as broad as the real belly.
          width: [
            [0, 0.005],
            [0.08, 0.011],
            [0.2, 0.02],
            [0.5, 0.017],
            [0.7, 0.008],
            [0.92, 0.005],
            [1, 0.003],
          ],
          rise: [
            [0, 0.0008],
            [0.2, 0.007],
            [0.5, 0.006],
            [0.7, 0.003],
            [0.92, 0.002],
            [1, 0.0008],
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
      // Fibres merged, so the sheet has no creases between them, but not broadly: sixteen overlapping fibres
      // each add to a smooth union's swell, and at 0.027 the sheet rose into two domes.
      fibreBlend: 0.016,
      // They converge on one tendon at the humerus: unblended there, it stays a flat band.
      blendEnds: [0, 0.4],
      // Its sternal origin stops at the breastbone's edge; the widest fibres crossed it as a bar.
      medialLimit: 0.012,
      fibres: [
        {
          fan: {
            origin: [
              // Just under the clavicle's front, flush with it: its clavicular head bulged up through the bone.
              { lerp: ['sternoclavicular', 'clavicleLateral', 0.42], offset: [0, -0.013, 0.004] },
              { at: 'sternoclavicular', offset: [0.0, -0.013, 0.006] },
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
            // Close enough that neighbouring fibres merge into one sheet along the whole sternal origin (at
            // eleven, the inner body showed between them there).
            count: 16,
            // Narrow at the origin (sixteen fibres still overlap along it): full width there, the clavicular
            // fibres reached above the clavicle and showed as chips. Narrowing to the tendon, where the fibres
            // gather into one band under the deltoid.
            width: [
              [0, 0.014],
              [0.2, 0.026],
              [0.45, 0.026],
              [0.75, 0.014],
              [1, 0.005],
            ],
            rise: [
              [0, 0.0008],
              [0.2, 0.004],
              [0.6, 0.006],
              [0.9, 0.005],
              [1, 0.001],
            ],
            // The lowest fibres thin to the sheet's free lower border on the ribs (full, it overhung them).
            riseAcross: [
              [0, 1],
              [0.55, 1],
              [1, 0.25],
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
            { at: 'calcaneusInsertion', offset: [0, -0.002, -0.014] },
          ],
          // Its top comes up flush out of the calf's aponeurosis: begun buried, its open top showed as a hollow
          // frame.
          width: [
            [0, 0.006],
            [0.12, 0.011],
            [0.4, 0.009],
            [0.8, 0.007],
            [1, 0.01],
          ],
          rise: [
            [0, 0.0008],
            [0.3, 0.003],
            [0.8, 0.004],
            [1, 0.002],
          ],
          depth: 0.004,
        },
      ],
    },
  },

  // ---- Bone left uncovered ----
  {
    // The fibula's head below the outer knee, where the biceps femoris tendon ends and the fibularis longus and
    // extensor digitorum longus begin, and its neck running down under them.
    id: 'fibula',
    shape: {
      kind: 'relief',
      fibreBlend: 0.006,
      fibres: [
        {
          path: [
            { at: 'fibularHead', offset: [0.002, 0.012, 0.0] },
            { at: 'fibularHead', offset: [0.004, -0.006, 0.002] },
            // Only the top of its neck: drawn 4 cm down, tapering, it read as the biceps tendon running on past
            // the head as a loose spike.
            { at: 'fibularHead', offset: [0.004, -0.022, 0.004] },
          ],
          width: [
            [0, 0.008],
            [0.35, 0.012],
            [0.7, 0.009],
            [1, 0.006],
          ],
          rise: [
            [0, 0.0008],
            [0.3, 0.003],
            [0.6, 0.0015],
            [1, 0.0008],
          ],
          depth: 0.006,
        },
        {
          // Its lower shaft, under the skin for the last few centimetres, widening into the lateral malleolus.
          path: [
            { at: 'lateralMalleolus', offset: [0.01, 0.1, -0.002] },
            { at: 'lateralMalleolus', offset: [0.013, 0.04, 0.0] },
            { at: 'lateralMalleolus', offset: [0.014, 0.006, 0.0] },
          ],
          width: [
            [0, 0.003],
            [0.4, 0.006],
            [1, 0.009],
          ],
          rise: [
            [0, 0.0008],
            [0.5, 0.0015],
            [1, 0.0015],
          ],
          depth: 0.005,
        },
      ],
    },
  },
  {
    // The breastbone between the two pectorals (each side makes half): the broad manubrium, narrowing at the
    // sternal angle, the body, and the small xiphoid reaching down to the linea alba.
    id: 'sternum',
    shape: {
      kind: 'relief',
      fibreBlend: 0.004,
      fibres: [
        {
          path: [
            { at: 'sternalNotch', offset: [0.008, -0.006, 0.0] },
            { lerp: ['sternalNotch', 'xiphoid', 0.25], offset: [0.007, 0, 0.0] },
            { lerp: ['sternalNotch', 'xiphoid', 0.6], offset: [0.007, 0, 0.0] },
            { at: 'xiphoid', offset: [0.005, 0.01, 0.0] },
            { at: 'xiphoid', offset: [0.003, -0.012, 0.0] },
          ],
          width: [
            [0, 0.017],
            [0.12, 0.02],
            [0.25, 0.013],
            [0.5, 0.015],
            [0.8, 0.013],
            [1, 0.005],
          ],
          rise: [
            [0, 0.0008],
            [0.15, 0.0025],
            [0.8, 0.0025],
            [1, 0.0008],
          ],
          depth: 0.004,
        },
      ],
    },
  },
  {
    id: 'tibia',
    // The bone under the skin at the knee and shin: Gerdy's tubercle, the tuberosity the patellar tendon inserts
    // on, and the medial face down to the medial malleolus. The condyles' front is under the retinacula.
    shape: {
      kind: 'relief',
      fibreBlend: 0.01,
      fibres: [
        {
          path: [
            { at: 'medialTibialCondyle', offset: [0.0, -0.001, 0.03] },
            { lerp: ['medialTibialCondyle', 'medialMalleolus', 0.12], offset: [0.012, 0, 0.03] },
            { p: [0.062, 0.3, 0.028] },
            { p: [0.058, 0.16, 0.022] },
            // Into the medial malleolus's knob (it stopped beside it, which read as a loose pebble).
            { at: 'medialMalleolus', offset: [-0.006, 0.014, 0.005] },
            { at: 'medialMalleolus', offset: [-0.011, -0.002, 0.002] },
          ],
          width: [
            [0, 0.015],
            [0.12, 0.013],
            [0.3, 0.011],
            [0.85, 0.011],
            [1, 0.012],
          ],
          rise: [
            [0, 0.0008],
            [0.2, 0.002],
            [0.8, 0.002],
            [1, 0.003],
          ],
          depth: 0.004,
        },
        {
          // Gerdy's tubercle on the lateral condyle, where the IT band inserts.
          path: [
            { at: 'gerdyTubercle', offset: [0.0, 0.006, 0.004] },
            { at: 'gerdyTubercle', offset: [0.002, -0.014, 0.002] },
          ],
          width: [
            [0, 0.01],
            [0.5, 0.013],
            [1, 0.009],
          ],
          rise: [
            [0, 0.001],
            [0.5, 0.003],
            [1, 0.001],
          ],
          depth: 0.005,
        },
        {
          // The tibial tuberosity: a rounded bump where the patellar tendon ends.
          path: [
            { at: 'tibialTuberosity', offset: [0, 0.008, 0.004] },
            { at: 'tibialTuberosity', offset: [0, -0.005, 0.0] },
          ],
          // Low, under the tendon's end (proud, it read as a separate ball below the tendon).
          width: [
            [0, 0.011],
            [0.5, 0.012],
            [1, 0.007],
          ],
          rise: [
            [0, 0.0008],
            [0.4, 0.0012],
            [1, 0.0008],
          ],
          depth: 0.005,
        },
      ],
    },
  },
  {
    // Rounded knobs either side of the ankle; the lateral one lower and further back.
    id: 'malleoli',
    shape: {
      kind: 'relief',
      fibreBlend: 0.004,
      fibres: [
        {
          path: [
            { at: 'medialMalleolus', offset: [-0.014, 0.016, 0.002] },
            { at: 'medialMalleolus', offset: [-0.014, 0.002, 0] },
            { at: 'medialMalleolus', offset: [-0.012, -0.01, 0] },
          ],
          width: [
            [0, 0.008],
            [0.5, 0.012],
            [1, 0.006],
          ],
          rise: [
            [0, 0.001],
            [0.5, 0.003],
            [1, 0.0008],
          ],
          depth: 0.006,
        },
        {
          path: [
            { at: 'lateralMalleolus', offset: [0.014, 0.03, 0] },
            { at: 'lateralMalleolus', offset: [0.014, 0.004, 0] },
            { at: 'lateralMalleolus', offset: [0.012, -0.012, 0] },
          ],
          width: [
            [0, 0.006],
            [0.6, 0.012],
            [1, 0.006],
          ],
          rise: [
            [0, 0.001],
            [0.6, 0.003],
            [1, 0.0008],
          ],
          depth: 0.006,
        },
      ],
    },
  },
  {
    // The heel bone's back, from above the Achilles insertion round under the heel: broad and rounded.
    id: 'calcaneus',
    shape: {
      kind: 'relief',
      fibreBlend: 0.006,
      fibres: [
        {
          path: [
            { at: 'calcaneusInsertion', offset: [0, 0.014, -0.018] },
            { at: 'heel', offset: [0, 0.004, -0.034] },
            { at: 'heel', offset: [0, -0.016, -0.024] },
          ],
          width: [
            [0, 0.014],
            [0.4, 0.024],
            [1, 0.018],
          ],
          rise: [
            [0, 0.001],
            [0.4, 0.003],
            [1, 0.001],
          ],
          depth: 0.008,
        },
      ],
    },
  },
  {
    // The front of the pubis. The rectus abdominis ends on its crest and the adductors arise below it: with no
    // bone there, each started or stopped in mid-air.
    id: 'pubis',
    shape: {
      kind: 'relief',
      fibreBlend: 0.006,
      fibres: [
        {
          // One bar from the symphysis out to the tubercle and on along the superior ramus under the
          // pectineus, its body below the crest (as a crest and a separate inferior ramus, the two halves
          // made a four-armed star at the midline).
          path: [
            { at: 'pubicTubercle', offset: [-0.019, -0.008, 0.003] },
            { at: 'pubicTubercle', offset: [0, -0.004, 0] },
            { at: 'pubicTubercle', offset: [0.024, 0.006, -0.01] },
          ],
          width: [
            [0, 0.011],
            [0.5, 0.01],
            [1, 0.006],
          ],
          rise: [
            [0, 0.002],
            [0.5, 0.003],
            [1, 0.0008],
          ],
          depth: 0.005,
        },
      ],
    },
  },
  {
    id: 'sacrum',
    shape: strap(
      [{ p: [0.013, 1.0, -0.112] }, { p: [0.012, 0.95, -0.11] }, { p: [0.008, 0.9, -0.1] }],
      0.022,
      0.003,
      { depth: 0.006, taper: 0.6 },
    ),
  },
  {
    // The heads of the four metacarpals: a bump over each, where the fingers start on the back of the hand.
    id: 'knuckles',
    shape: {
      kind: 'relief',
      fibreBlend: 0.002,
      fibres: [0.028, 0.009, -0.01, -0.026].map((z) => ({
        path: [
          { lerp: ['wrist', 'fingertip', 0.5], offset: [0.012, 0, z] },
          { lerp: ['wrist', 'fingertip', 0.56], offset: [0.012, 0, z] },
        ],
        // Low and broad under the extensor tendons, which now run over them: proud and narrow, they read as
        // pebbles on the skin.
        width: [[0, 0.0055]],
        rise: [
          [0, 0.0],
          [0.5, 0.0018],
          [1, 0.0],
        ],
        depth: 0.003,
      })),
    },
  },
  {
    // The kneecap: a rounded lens, widest a third of the way down, its rim sinking into the tendons.
    id: 'patella',
    shape: {
      kind: 'relief',
      fibreBlend: 0.004,
      fibres: [
        {
          path: [
            { at: 'patellaTop', offset: [0, 0.002, 0.03] },
            { at: 'patellaTop', offset: [0, -0.014, 0.032] },
            { at: 'patella', offset: [0, -0.016, 0.03] },
          ],
          // About 4.5 cm across and 5 cm long, widest a third of the way down (it read as a small knob).
          width: [
            [0, 0.014],
            [0.35, 0.024],
            [0.7, 0.02],
            [1, 0.008],
          ],
          rise: [
            [0, 0.0],
            [0.3, 0.006],
            [0.6, 0.006],
            [1, 0.0],
          ],
          depth: 0.01,
        },
      ],
    },
  },
  {
    id: 'iliac-crest',
    shape: strap(
      ['asis', 'iliacCrestAnterior', 'iliacCrestTop', 'iliacCrestPosterior', 'psis'],
      0.011,
      0.002,
      { depth: 0.004 },
    ),
  },
  {
    id: 'scapular-spine',
    shape: strap(
      // Its lateral part only, between the trapezius and the deltoid: the rest lies under the trapezius (drawn from the root,
      // it lay on the muscle as a rod ending in a hook).
      [
        { lerp: ['scapularSpineRoot', 'scapularSpineMid', 0.85] },
        'scapularSpineMid',
        { at: 'acromion', offset: [-0.012, 0.0, -0.012] },
      ],
      0.01,
      0.002,
      { depth: 0.004 },
    ),
  },
  {
    // The flat top of the shoulder's point: a small rounded plate where the spine of the scapula ends.
    id: 'acromion',
    shape: {
      kind: 'relief',
      fibreBlend: 0.004,
      fibres: [
        {
          path: [
            { at: 'acromion', offset: [-0.016, 0.004, -0.01] },
            { at: 'acromion', offset: [-0.004, 0.006, 0.0] },
            { at: 'acromion', offset: [0.006, 0.004, 0.008] },
            // Its front edge, where the clavicle meets it.
            { lerp: ['acromion', 'clavicleLateral', 0.12], offset: [0.0, 0.004, 0.014] },
          ],
          width: [
            [0, 0.01],
            [0.5, 0.016],
            [1, 0.01],
          ],
          // Standing clear of the deltoid's top along its whole length: lower, it showed only in patches
          // where the muscle dipped (a scatter of splinters, not a plate).
          rise: [
            [0, 0.003],
            [0.5, 0.005],
            [1, 0.003],
          ],
          depth: 0.006,
        },
      ],
    },
  },

  {
    // The point of the elbow and the ulna's subcutaneous border running on from it down the forearm.
    id: 'olecranon',
    shape: {
      kind: 'relief',
      fibreBlend: 0.006,
      fibres: [
        {
          path: [
            // From under the triceps's tendon, rounded over the point of the elbow.
            { at: 'elbow', offset: [0.004, 0.02, -0.035] },
            { at: 'elbow', offset: [0.005, 0.006, -0.037] },
            { at: 'elbow', offset: [0.006, -0.012, -0.036] },
            { lerp: ['elbow', 'wrist', 0.3], offset: [0.004, 0, -0.028] },
            { lerp: ['elbow', 'wrist', 0.6], offset: [0.0, 0, -0.022] },
            { lerp: ['elbow', 'wrist', 0.85], offset: [-0.002, 0, -0.018] },
          ],
          // The ulna's border runs on down the forearm between the flexors and extensors at one width: tapering
          // to a point halfway down, it read as a horn hooked off the elbow.
          width: [
            [0, 0.005],
            [0.12, 0.01],
            [0.22, 0.011],
            [0.4, 0.0055],
            [0.9, 0.005],
            [1, 0.004],
          ],
          rise: [
            [0, 0.0008],
            [0.22, 0.004],
            [0.4, 0.0015],
            [0.9, 0.0012],
            [1, 0.0008],
          ],
          depth: 0.006,
        },
      ],
    },
  },
  // ---- Trunk, deep to superficial ----
  {
    id: 'rhomboids',
    shape: {
      kind: 'relief',
      fibreBlend: 0.015,
      fibres: [
        {
          fan: {
            origin: [
              { at: 'c7', offset: [0.008, -0.01, 0] },
              { at: 't3', offset: [0.008, -0.0, 0] },
              { at: 't7', offset: [0.008, 0.05, 0] },
            ],
            insertion: [
              { at: 'scapularSpineRoot', offset: [-0.008, 0.01, 0] },
              { at: 'scapularSpineRoot', offset: [-0.004, -0.04, 0] },
              { at: 'scapulaInferiorAngle', offset: [-0.006, 0.01, 0] },
            ],
            count: 4,
            width: [[0, 0.016]],
            rise: [
              [0, 0.001],
              [0.5, 0.004],
              [1, 0.001],
            ],
          },
        },
      ],
    },
  },
  {
    id: 'internal-oblique',
    shape: {
      kind: 'relief',
      fibreBlend: 0.02,
      fibres: [
        {
          fan: {
            origin: [
              { at: 'iliacCrestTop', offset: [0, 0.004, 0] },
              { at: 'iliacCrestAnterior', offset: [0, 0.004, 0] },
              { at: 'asis', offset: [-0.01, -0.01, 0] },
            ],
            insertion: [
              { at: 'rib10', offset: [0, -0.01, 0] },
              { p: [0.08, 1.12, 0.108] },
              { p: [0.06, 0.98, 0.1] },
            ],
            count: 4,
            width: [[0, 0.024]],
            rise: [
              [0, 0.0],
              [0.5, 0.003],
              [1, 0.0],
            ],
            depth: 0.006,
          },
        },
      ],
    },
  },
  {
    // Two cords either side of the lumbar spine, from the sacrum up the back.
    id: 'erector-spinae',
    shape: {
      kind: 'relief',
      fibreBlend: 0.012,
      fibres: [
        {
          path: [
            { p: [0.024, 0.975, -0.108] },
            { p: [0.03, 1.06, -0.1] },
            { p: [0.034, 1.18, -0.1] },
            { p: [0.03, 1.33, -0.108] },
          ],
          width: [
            [0, 0.012],
            [0.3, 0.022],
            [0.7, 0.018],
            [1, 0.01],
          ],
          rise: [
            [0, 0.001],
            [0.3, 0.007],
            [0.7, 0.005],
            [1, 0.0],
          ],
        },
      ],
    },
  },
  {
    // The diamond of aponeurosis over the lower back and the back of the sacrum, from which the latissimus
    // arises: one sheet, its fibres close enough to merge, thick enough to drape over the erector spinae.
    id: 'thoracolumbar-fascia',
    shape: {
      kind: 'relief',
      fibreBlend: 0.02,
      fibres: [
        {
          fan: {
            origin: [
              // Past the midline, so the two halves overlap into one flat sheet (meeting at it, their rounded
              // edges made a valley between two white pillows).
              { p: [-0.008, 1.15, -0.104] },
              { p: [-0.008, 1.05, -0.116] },
              { p: [-0.008, 0.96, -0.114] },
            ],
            // Down to the posterior superior iliac spines; below them the sacrum. (Fibres from the midline to
            // a point 2 cm out ended as spikes over the sacrum.)
            insertion: [
              { p: [0.05, 1.13, -0.104] },
              { p: [0.072, 1.05, -0.1] },
              { at: 'psis', offset: [0.012, 0.01, 0.0] },
            ],
            count: 8,
            // Tapered and flush at the lateral edge: full-width ends left a ragged, spiky border.
            width: [
              [0, 0.026],
              [0.75, 0.026],
              [1, 0.016],
            ],
            // Enough rise to stay over the erector spinae's bumps: at 3 mm they showed through as red islands.
            rise: [
              [0, 0.0045],
              [0.8, 0.0045],
              [1, 0.0015],
            ],
            depth: 0.006,
          },
        },
      ],
    },
  },

  {
    // Saw-tooth slips on the side of the ribs, wrapping back towards the scapula under the latissimus.
    id: 'serratus-anterior',
    shape: {
      kind: 'relief',
      fibreBlend: 0.004,
      fibres: [
        {
          fan: {
            origin: [{ p: [0.125, 1.3, 0.075] }, { p: [0.135, 1.24, 0.07] }, { p: [0.145, 1.18, 0.052] }],
            insertion: [{ p: [0.16, 1.31, 0.0] }, { p: [0.165, 1.25, -0.01] }, { p: [0.16, 1.2, -0.02] }],
            count: 5,
            // Flat slips on the ribs, edge to edge behind their pointed costal origins (a serrated front edge),
            // not separate fingers standing off the chest wall.
            width: [
              [0, 0.006],
              [0.3, 0.016],
              [1, 0.017],
            ],
            rise: [
              [0, 0.0008],
              [0.3, 0.002],
              [1, 0.002],
            ],
          },
        },
      ],
    },
  },
  {
    // The rectus sheath's lateral border, and below the external oblique's fleshy part its aponeurosis, down to
    // the inguinal ligament from the ASIS to the pubic tubercle (the lower belly wall was bare without it).
    id: 'rectus-sheath',
    shape: {
      kind: 'relief',
      fibreBlend: 0.006,
      fibres: [
        ...strap(
          [
            { p: [0.088, 1.2, 0.128] },
            { p: [0.078, 1.08, 0.124] },
            { p: [0.06, 0.96, 0.12] },
            { at: 'pubicTubercle', offset: [0.012, 0.012, 0.02] },
          ],
          0.007,
          0.0015,
          { depth: 0.003 },
        ).fibres,
        {
          fan: {
            origin: [{ p: [0.094, 1.04, 0.1] }, { at: 'iliacCrestAnterior', offset: [0, 0.004, 0.004] }],
            insertion: [
              { at: 'pubicTubercle', offset: [0.014, 0.014, 0.012] },
              { at: 'asis', offset: [-0.006, -0.004, 0.002] },
            ],
            count: 4,
            width: [
              [0, 0.012],
              [0.5, 0.014],
              [1, 0.01],
            ],
            rise: [
              [0, 0.0008],
              [0.5, 0.001],
              [1, 0.0008],
            ],
            depth: 0.003,
          },
        },
        {
          // The inguinal ligament: the aponeurosis's rolled lower edge.
          path: [
            { at: 'asis', offset: [-0.004, -0.004, 0.002] },
            { lerp: ['asis', 'pubicTubercle', 0.5], offset: [0, -0.004, 0.006] },
            { at: 'pubicTubercle', offset: [0.01, 0.008, 0.01] },
          ],
          width: [[0, 0.004]],
          rise: [
            [0, 0.0008],
            [0.5, 0.0015],
            [1, 0.0008],
          ],
          depth: 0.003,
        },
      ],
    },
  },
  {
    id: 'linea-alba',
    shape: strap(
      [
        { at: 'xiphoid', offset: [0.003, -0.012, 0] },
        { at: 'navel', offset: [0.003, 0.02, 0.004] },
        { at: 'navel', offset: [0.003, -0.02, 0.004] },
        { at: 'pubicSymphysis', offset: [0.003, 0.004, 0] },
      ],
      // The two halves overlap across the midline: one flat band, not two rods. Thinner than this is under
      // the grid spacing and meshes into folds.
      0.01,
      0.001,
      { depth: 0.004 },
    ),
  },
  {
    // A broad, thin sheet from the spine and iliac crest converging up and out into the armpit.
    id: 'latissimus-dorsi',
    shape: {
      kind: 'relief',
      fibreBlend: 0.02,
      fibres: [
        {
          fan: {
            origin: [
              { at: 't7', offset: [0.012, -0.02, -0.015] },
              { at: 't12', offset: [0.012, 0, -0.015] },
              // Below T12 it arises from the thoracolumbar fascia's lateral border: the diamond stays bare.
              { p: [0.068, 1.05, -0.1] },
              { at: 'iliacCrestPosterior', offset: [0.006, 0.006, 0] },
            ],
            via: [
              [
                { p: [0.1, 1.27, -0.1] },
                { p: [0.12, 1.2, -0.09] },
                { p: [0.14, 1.13, -0.07] },
                { p: [0.152, 1.1, -0.04] },
              ],
            ],
            insertion: [
              { at: 'shoulder', offset: [-0.02, -0.075, -0.026] },
              { at: 'shoulder', offset: [-0.022, -0.08, -0.02] },
              { at: 'shoulder', offset: [-0.024, -0.085, -0.014] },
              { at: 'shoulder', offset: [-0.026, -0.09, -0.008] },
            ],
            count: 7,
            width: [
              [0, 0.022],
              [0.6, 0.022],
              [1, 0.01],
            ],
            rise: [
              [0, 0.0],
              [0.3, 0.003],
              [0.8, 0.006],
              [1, 0.003],
            ],
            depth: 0.006,
          },
        },
      ],
    },
  },
  {
    id: 'infraspinatus',
    shape: {
      kind: 'relief',
      fibreBlend: 0.015,
      fibres: [
        {
          fan: {
            origin: [
              { at: 'scapularSpineRoot', offset: [0.004, -0.02, 0] },
              { at: 'scapulaInferiorAngle', offset: [0.0, 0.03, 0] },
            ],
            insertion: [{ at: 'shoulder', offset: [-0.004, -0.01, -0.045] }],
            count: 4,
            width: [
              [0, 0.016],
              [0.6, 0.016],
              [1, 0.008],
            ],
            rise: [
              [0, 0.001],
              [0.4, 0.005],
              [1, 0.002],
            ],
          },
        },
      ],
    },
  },
  {
    id: 'teres-major',
    shape: {
      kind: 'relief',
      fibreBlend: 0.01,
      fibres: [
        {
          path: [
            { at: 'scapulaInferiorAngle', offset: [0.004, 0.006, 0.004] },
            { p: [0.14, 1.26, -0.085] },
            { at: 'shoulder', offset: [-0.012, -0.07, -0.03] },
          ],
          // A flat band from the scapula's lower angle (at 7 mm proud it read as a sausage lying on the latissimus).
          width: [
            [0, 0.014],
            [0.5, 0.017],
            [1, 0.01],
          ],
          rise: [
            [0, 0.0008],
            [0.5, 0.0035],
            [1, 0.0008],
          ],
        },
      ],
    },
  },
  {
    id: 'sternocleidomastoid',
    shape: {
      kind: 'relief',
      fibreBlend: 0.008,
      // The two heads join and share the insertion: blended there they would swell into a knob.
      blendEnds: [0, 0.25],
      fibres: [
        {
          // Sternal head: a rounded tendon from the front of the manubrium beside the jugular notch.
          path: [
            { at: 'sternalNotch', offset: [0.01, -0.01, 0.002] },
            { at: 'sternoclavicular', offset: [-0.002, 0.03, 0.004] },
            { p: [0.036, 1.52, 0.016] },
            { at: 'mastoid', offset: [0.002, -0.004, 0.006] },
          ],
          width: [
            [0, 0.005],
            [0.3, 0.008],
            [0.6, 0.011],
            [1, 0.009],
          ],
          rise: [
            [0, 0.0008],
            [0.3, 0.004],
            [0.7, 0.003],
            [1, 0.0008],
          ],
        },
        {
          // Clavicular head: broad and flat from the clavicle's medial third, behind the sternal head, joining
          // it halfway up (as one thin cord from the sternoclavicular joint, the muscle read as a rod).
          path: [
            { lerp: ['sternoclavicular', 'clavicleLateral', 0.3], offset: [0, -0.002, 0.002] },
            { lerp: ['sternoclavicular', 'clavicleLateral', 0.26], offset: [0, 0.035, -0.004] },
            { p: [0.044, 1.52, 0.006] },
            // On over the mastoid onto the skull behind the ear, flush: it stopped short below the ear.
            { at: 'mastoid', offset: [0.006, 0.004, -0.006] },
          ],
          width: [
            [0, 0.011],
            [0.3, 0.01],
            [0.6, 0.01],
            [1, 0.01],
          ],
          rise: [
            [0, 0.0008],
            [0.3, 0.0025],
            [0.7, 0.003],
            [1, 0.0008],
          ],
        },
      ],
    },
  },
  // ---- Arm ----
  {
    id: 'biceps-brachii',
    shape: {
      kind: 'relief',
      fibreBlend: 0.01,
      fibres: [
        {
          path: [
            { lerp: ['shoulder', 'elbow', 0.18], offset: [-0.004, 0, 0.04] },
            { lerp: ['shoulder', 'elbow', 0.55], offset: [0, 0, 0.045] },
            { at: 'elbow', offset: [0, 0.014, 0.03] },
            // Its tendon down into the crook of the elbow, between brachioradialis and the flexors, to the radius.
            { at: 'elbow', offset: [0.022, -0.036, 0.016] },
          ],
          width: [
            [0, 0.01],
            [0.5, 0.02],
            [0.8, 0.009],
            [1, 0.005],
          ],
          rise: [
            [0, 0.0],
            [0.55, 0.008],
            [0.8, 0.002],
            [1, 0.0008],
          ],
        },
      ],
    },
  },
  {
    // Brachialis: under the biceps on the lower half of the arm, showing either side of it above the elbow, down
    // into the crook of the elbow (without it the bare arm showed between the biceps and the triceps).
    id: 'brachialis',
    shape: {
      kind: 'relief',
      fibreBlend: 0.012,
      fibres: [
        {
          path: [
            { lerp: ['shoulder', 'elbow', 0.42], offset: [0.03, 0, 0.006] },
            { lerp: ['shoulder', 'elbow', 0.72], offset: [0.026, 0, 0.024] },
            { at: 'elbow', offset: [0.012, -0.01, 0.026] },
            // On down as the floor of the elbow's crook to the ulna, under the biceps tendon (ending at the
            // crease, it left the crook bare and its end stood as a point in mid-air).
            { at: 'elbow', offset: [0.004, -0.04, 0.016] },
          ],
          width: [
            [0, 0.007],
            [0.4, 0.02],
            [0.8, 0.017],
            [1, 0.006],
          ],
          rise: [
            [0, 0.0008],
            [0.4, 0.004],
            [0.8, 0.003],
            [1, 0.0008],
          ],
        },
        {
          path: [
            { lerp: ['shoulder', 'elbow', 0.5], offset: [-0.022, 0, 0.014] },
            { lerp: ['shoulder', 'elbow', 0.78], offset: [-0.024, 0, 0.02] },
            { at: 'elbow', offset: [-0.006, -0.01, 0.026] },
            { at: 'elbow', offset: [-0.002, -0.04, 0.016] },
          ],
          width: [
            [0, 0.006],
            [0.4, 0.015],
            [0.8, 0.013],
            [1, 0.006],
          ],
          rise: [
            [0, 0.0008],
            [0.4, 0.003],
            [0.8, 0.003],
            [1, 0.0008],
          ],
        },
      ],
    },
  },
  {
    id: 'triceps-brachii',
    shape: {
      kind: 'relief',
      fibreBlend: 0.012,
      fibres: [
        {
          path: [
            { lerp: ['shoulder', 'elbow', 0.15], offset: [0, 0, -0.045] },
            { lerp: ['shoulder', 'elbow', 0.5], offset: [0.006, 0, -0.05] },
            { at: 'elbow', offset: [0.004, 0.03, -0.036] },
            // Its tendon over the back of the elbow onto the olecranon.
            { at: 'elbow', offset: [0.004, 0.004, -0.035] },
          ],
          width: [
            [0, 0.014],
            [0.45, 0.022],
            [0.85, 0.014],
            [1, 0.011],
          ],
          rise: [
            [0, 0.0],
            [0.45, 0.007],
            [0.85, 0.002],
            [1, 0.0],
          ],
        },
        {
          // Its lateral head, from under the back of the deltoid round the outer arm to the common tendon (the
          // long head alone left the outer back of the arm bare).
          path: [
            { lerp: ['shoulder', 'elbow', 0.3], offset: [0.03, 0, -0.03] },
            { lerp: ['shoulder', 'elbow', 0.6], offset: [0.03, 0, -0.03] },
            { at: 'elbow', offset: [0.012, 0.03, -0.032] },
          ],
          width: [
            [0, 0.009],
            [0.35, 0.02],
            [0.8, 0.015],
            [1, 0.008],
          ],
          rise: [
            [0, 0.0008],
            [0.35, 0.005],
            [0.8, 0.003],
            [1, 0.0008],
          ],
        },
      ],
    },
  },
  {
    id: 'brachioradialis',
    shape: {
      kind: 'relief',
      fibreBlend: 0.01,
      fibres: [
        {
          path: [
            { lerp: ['shoulder', 'elbow', 0.72], offset: [0.03, 0, 0.012] },
            { lerp: ['elbow', 'wrist', 0.3], offset: [0.026, 0, 0.02] },
            { at: 'wrist', offset: [0.016, 0, 0.014] },
          ],
          // From a narrow start on the humerus's lateral ridge (not a cut-off tube).
          width: [
            [0, 0.004],
            [0.3, 0.013],
            [1, 0.006],
          ],
          rise: [
            [0, 0.0008],
            [0.3, 0.006],
            [1, 0.001],
          ],
        },
      ],
    },
  },
  {
    id: 'forearm-flexors',
    shape: {
      kind: 'relief',
      fibreBlend: 0.012,
      // The fibres share the epicondyle: blended there they swelled into a flat-topped knob.
      blendEnds: [0.3, 0],
      fibres: [
        {
          fan: {
            // From the medial epicondyle (a narrow common origin, not a cut end) to tendons at the wrist.
            origin: [{ at: 'elbow', offset: [-0.03, 0.01, 0.004] }],
            // Spread round the front and inner forearm (as three nearly parallel fibres they made one narrow
            // strip, with the bare forearm showing either side).
            via: [
              [
                { lerp: ['elbow', 'wrist', 0.4], offset: [-0.004, 0, 0.03] },
                { lerp: ['elbow', 'wrist', 0.4], offset: [-0.03, 0, 0.008] },
                { lerp: ['elbow', 'wrist', 0.4], offset: [-0.026, 0, -0.02] },
              ],
            ],
            insertion: [
              { at: 'wrist', offset: [-0.004, -0.006, 0.02] },
              { at: 'wrist', offset: [-0.016, -0.006, 0.006] },
              { at: 'wrist', offset: [-0.018, -0.006, -0.008] },
            ],
            count: 4,
            width: [
              [0, 0.005],
              [0.25, 0.014],
              [0.5, 0.013],
              [0.8, 0.006],
              [1, 0.003],
            ],
            rise: [
              [0, 0.0008],
              [0.25, 0.006],
              [0.75, 0.002],
              [1, 0.0008],
            ],
          },
        },
      ],
    },
  },
  {
    id: 'forearm-extensors',
    shape: {
      kind: 'relief',
      fibreBlend: 0.012,
      // The fibres share the epicondyle, and the hand's tendons part at the wrist: blended there, each end
      // swelled into a knob.
      blendEnds: [0.3, 0.1],
      fibres: [
        {
          fan: {
            // From the lateral epicondyle, narrow at the start (not a cut-off tube), to the back of the wrist.
            origin: [{ at: 'lateralEpicondyleHumerus', offset: [0.002, 0.0, -0.01] }],
            // Spread round the outer and back of the forearm to the ulna's border.
            via: [
              [
                { lerp: ['elbow', 'wrist', 0.4], offset: [0.03, 0, -0.004] },
                { lerp: ['elbow', 'wrist', 0.4], offset: [0.02, 0, -0.026] },
                { lerp: ['elbow', 'wrist', 0.4], offset: [0.002, 0, -0.032] },
              ],
            ],
            insertion: [
              { at: 'wrist', offset: [0.018, -0.006, -0.002] },
              { at: 'wrist', offset: [0.012, -0.006, -0.014] },
              { at: 'wrist', offset: [0.002, -0.006, -0.02] },
            ],
            count: 4,
            width: [
              [0, 0.005],
              [0.25, 0.013],
              [0.5, 0.012],
              [0.8, 0.006],
              [1, 0.004],
            ],
            rise: [
              [0, 0.0008],
              [0.25, 0.005],
              [0.75, 0.002],
              [1, 0.0008],
            ],
          },
        },
        // Its tendons on the back of the hand, from the wrist over the knuckles onto the fingers (the muscle
        // stopped at the wrist and the back of the hand was bare).
        ...([0.0275, 0.0078, -0.0112, -0.027] as const).map((z) =>
          digitTendon([
            { at: 'wrist', offset: [0.016, -0.008, -0.008 + z * 0.2] },
            { lerp: ['wrist', 'fingertip', 0.3], offset: [0.014, 0, z * 0.75] },
            { lerp: ['wrist', 'fingertip', 0.53], offset: [0.014, 0, z] },
            { lerp: ['wrist', 'fingertip', 0.7], offset: [0.01, 0, z] },
          ]),
        ),
      ],
    },
  },
  // ---- Thigh ----
  {
    id: 'adductor-magnus',
    shape: {
      kind: 'relief',
      fibreBlend: 0.015,
      fibres: [
        {
          path: [
            { p: [0.04, 0.8, -0.03] },
            { p: [0.038, 0.74, -0.03] },
            { p: [0.038, 0.64, -0.03] },
            { at: 'medialFemoralCondyle', offset: [0, 0.06, 0.004] },
          ],
          width: [
            [0, 0.024],
            [0.4, 0.04],
            [1, 0.016],
          ],
          rise: [
            [0, 0.001],
            [0.4, 0.007],
            [1, 0.001],
          ],
        },
      ],
    },
  },
  {
    id: 'adductor-longus',
    shape: {
      kind: 'relief',
      fibreBlend: 0.012,
      // Its fibres share the tendon at the pubis: blended there they swelled into a club-shaped top.
      blendEnds: [0.35, 0],
      fibres: [
        {
          // A triangle: a narrow tendon at the pubis fanning out to the middle third of the femur, wide
          // enough to meet the pectineus and gracilis beside it, with no strip of the body between them.
          fan: {
            origin: [
              { at: 'pubicTubercle', offset: [0.0, -0.008, -0.002] },
              { at: 'pubicTubercle', offset: [0.006, -0.006, -0.002] },
            ],
            insertion: [{ p: [0.052, 0.76, 0.044] }, { p: [0.066, 0.68, 0.036] }],
            count: 4,
            width: [
              [0, 0.004],
              [0.5, 0.016],
              [1, 0.016],
            ],
            rise: [
              [0, 0.001],
              [0.5, 0.006],
              [1, 0.002],
            ],
          },
        },
      ],
    },
  },
  {
    id: 'pectineus',
    shape: {
      kind: 'relief',
      fibreBlend: 0.01,
      blendEnds: [0.3, 0.3],
      fibres: [
        {
          // From a line along the pubis's upper ramus (from one point it began as a round cap beside the
          // bone) to below the lesser trochanter.
          fan: {
            origin: [
              { at: 'pubicTubercle', offset: [0.008, 0.002, -0.004] },
              { at: 'pubicTubercle', offset: [0.026, 0.008, -0.012] },
            ],
            insertion: [{ p: [0.064, 0.842, 0.052] }, { p: [0.072, 0.838, 0.048] }],
            count: 3,
            // Narrowing to its insertion, where it passes deep (full width there, its end was a cut face).
            width: [
              [0, 0.006],
              [0.3, 0.012],
              [0.75, 0.01],
              [1, 0.004],
            ],
            rise: [
              [0, 0.0008],
              [0.5, 0.003],
              [1, 0.0],
            ],
          },
        },
      ],
    },
  },
  {
    id: 'gracilis',
    shape: {
      kind: 'relief',
      fibreBlend: 0.01,
      fibres: [
        {
          // From the lower pubis, the most medial strap of the thigh, down to the pes anserinus.
          path: [
            { p: [0.03, 0.785, 0.02] },
            { p: [0.028, 0.74, 0.006] },
            { p: [0.03, 0.68, -0.004] },
            { at: 'medialFemoralCondyle', offset: [-0.008, 0.02, 0.0] },
            // Its tendon behind the medial condyles, forward into the pes anserinus.
            { at: 'medialTibialCondyle', offset: [-0.008, 0.0, 0.004] },
            { at: 'medialTibialCondyle', offset: [-0.006, -0.012, 0.012] },
          ],
          width: [
            [0, 0.022],
            [0.25, 0.018],
            [0.6, 0.011],
            [0.8, 0.006],
            [1, 0.006],
          ],
          rise: [
            [0, 0.001],
            [0.3, 0.005],
            [0.7, 0.003],
            [1, 0.0],
          ],
        },
      ],
    },
  },
  {
    // The quadriceps tendon: a flat band from the front of the thigh muscles down over the top of the kneecap.
    id: 'quadriceps-tendon',
    shape: {
      kind: 'relief',
      fibreBlend: 0.004,
      fibres: [
        {
          path: [
            // From under the rectus femoris's tapering end (its top 3.5 cm higher rose either side of the muscle's
            // tip, a notched block).
            { at: 'patellaTop', offset: [0, 0.052, 0.031] },
            { at: 'patellaTop', offset: [0, 0.035, 0.032] },
            { at: 'patellaTop', offset: [0, 0.01, 0.034] },
            // Onto the upper pole of the kneecap, flush.
            { at: 'patellaTop', offset: [0, -0.012, 0.032] },
          ],
          // About 3 cm across, narrowing onto the kneecap's upper pole, and proud enough to bridge the groove
          // between the vasti (4 cm wide and 1.5 mm proud, its edges sank into it and showed as thorns).
          width: [
            [0, 0.007],
            [0.4, 0.016],
            [0.75, 0.016],
            [1, 0.014],
          ],
          rise: [
            [0, 0.0008],
            [0.4, 0.003],
            [0.75, 0.003],
            [1, 0.0008],
          ],
          depth: 0.005,
        },
      ],
    },
  },
  {
    // The patellar tendon: from the kneecap's lower pole, narrowing to the tibial tuberosity; beside it the
    // patellar retinacula, the vasti's aponeuroses passing the kneecap's borders to the tibial condyles, which
    // the vasti end on and which cover the front of the joint.
    id: 'patellar-tendon',
    shape: {
      kind: 'relief',
      fibreBlend: 0.004,
      fibres: [
        {
          path: [
            // From over the kneecap's lower pole (it lies in the tendon) down over the whole tuberosity.
            { at: 'patella', offset: [0, -0.004, 0.036] },
            { at: 'patella', offset: [0, -0.016, 0.034] },
            { lerp: ['patella', 'tibialTuberosity', 0.5], offset: [0, 0, 0.024] },
            { at: 'tibialTuberosity', offset: [0, -0.002, 0.014] },
            // On over the tuberosity's lower half, narrowing into it: cut off square at its top, the tendon
            // ended as a slab with the bone's knob showing under its edge.
            { at: 'tibialTuberosity', offset: [0, -0.008, 0.012] },
          ],
          width: [
            [0, 0.01],
            [0.25, 0.0115],
            [0.6, 0.0105],
            [0.85, 0.009],
            [1, 0.005],
          ],
          // Flat and flush at both ends: buried ends meshed as a jagged top edge.
          // Thick enough to stand out from the thin retinacula beside it.
          rise: [
            [0, 0.0008],
            [0.25, 0.0035],
            [0.6, 0.0035],
            [0.85, 0.002],
            [1, 0.0008],
          ],
          depth: 0.005,
        },
        ...(
          [
            // Lateral retinaculum: from under the vastus lateralis's end, past the kneecap, to the lateral condyle.
            [
              { at: 'patellaTop', offset: [0.034, -0.004, -0.002] },
              { at: 'patella', offset: [0.036, 0.0, 0.0] },
              { lerp: ['patella', 'gerdyTubercle', 0.6], offset: [-0.008, 0, 0.01] },
              // Down in front of Gerdy's tubercle (the IT band's own insertion), over the anterior leg muscles'
              // upper ends.
              { at: 'gerdyTubercle', offset: [-0.014, -0.008, 0.016] },
            ],
            // Medial retinaculum: from under the vastus medialis's teardrop to the medial condyle.
            [
              { at: 'patellaTop', offset: [-0.032, -0.006, -0.002] },
              { at: 'patella', offset: [-0.034, 0.0, 0.0] },
              { lerp: ['patella', 'medialTibialCondyle', 0.6], offset: [0.006, 0, 0.012] },
              { at: 'medialTibialCondyle', offset: [0.01, 0.002, 0.026] },
            ],
          ] as const
        ).map((path) => ({
          path,
          // Tapered at both ends into what they join (full width there, each ended in a square-cut plate).
          width: [
            [0, 0.008],
            [0.3, 0.016],
            [0.7, 0.014],
            [1, 0.005],
          ] as const,
          rise: [
            [0, 0.0008],
            [0.5, 0.001],
            [1, 0.0008],
          ] as const,
          depth: 0.003,
        })),
      ],
    },
  },
  {
    // Semitendinosus cord to the pes anserinus; biceps femoris tendon to the fibular head.
    id: 'hamstring-tendons',
    shape: {
      kind: 'relief',
      fibreBlend: 0.004,
      fibres: [
        {
          path: [
            // Down the back of the medial condyles in one smooth curve, forward into the pes anserinus's upper
            // part under the sheet, so the three tendons read as one.
            { p: [0.054, 0.575, -0.066] },
            { at: 'medialFemoralCondyle', offset: [-0.012, 0.0, -0.02] },
            { at: 'medialTibialCondyle', offset: [-0.014, -0.004, 0.0] },
            { at: 'medialTibialCondyle', offset: [-0.006, -0.012, 0.014] },
          ],
          width: [[0, 0.005]],
          rise: [
            [0, 0.0008],
            [0.35, 0.002],
            [0.8, 0.002],
            [1, 0.0008],
          ],
          depth: 0.004,
        },
        {
          path: [
            // From the muscle's lower end (its tendon shows below the belly), not buried under it.
            { at: 'fibularHead', offset: [-0.006, 0.06, -0.026] },
            { at: 'fibularHead', offset: [-0.002, 0.03, -0.014] },
            { at: 'fibularHead', offset: [0.002, 0.004, -0.002] },
          ],
          // A flat cord, flush at both ends.
          width: [
            [0, 0.006],
            [0.3, 0.008],
            [1, 0.007],
          ],
          rise: [
            [0, 0.0008],
            [0.3, 0.0018],
            [0.8, 0.0018],
            [1, 0.0008],
          ],
          depth: 0.003,
        },
      ],
    },
  },
  {
    id: 'pes-anserinus',
    // The three tendons spreading onto the tibia's upper medial face as one thin sheet, narrow where they arrive
    // behind the condyle and broad at the insertion: as an even 3 cm strap it read as a loose parallelogram slab,
    // and as three separate tendons, as a crumpled claw.
    shape: {
      kind: 'relief',
      fibreBlend: 0.004,
      fibres: [
        {
          path: [
            { at: 'medialTibialCondyle', offset: [-0.004, 0.0, 0.016] },
            { at: 'pesAnserinus', offset: [0.0, -0.01, 0.0] },
          ],
          width: [
            [0, 0.008],
            [0.5, 0.012],
            [0.85, 0.015],
            [1, 0.012],
          ],
          rise: [
            [0, 0.0008],
            [0.2, 0.0015],
            [0.8, 0.0015],
            [1, 0.0008],
          ],
          depth: 0.003,
        },
      ],
    },
  },
  {
    // From the tensor and the gluteus maximus down the outside of the thigh to Gerdy's tubercle.
    id: 'iliotibial-band',
    shape: {
      kind: 'relief',
      fibreBlend: 0.012,
      // Its fibres gather to the tubercle: blended there they swelled into a rounded cylinder end.
      blendEnds: [0, 0.3],
      fibres: [
        {
          // Its top edge as one fibre along the fan's origins: the fan's fibres end side by side at slightly
          // different heights and angles, and their ends alone made a torn, notched edge.
          path: [
            { p: [0.15, 0.85, 0.034] },
            { at: 'greaterTrochanter', offset: [0.014, 0.012, 0.0] },
            { at: 'greaterTrochanter', offset: [0.01, -0.02, -0.055] },
          ],
          width: [
            [0, 0.008],
            [0.5, 0.013],
            [1, 0.008],
          ],
          rise: [
            [0, 0.0008],
            [0.2, 0.002],
            [0.8, 0.002],
            [1, 0.0008],
          ],
          depth: 0.004,
        },
        {
          fan: {
            // One continuous top edge from the TFL's end over the trochanter to the gluteus maximus's, and a
            // flat sheet (not a proud cylinder) down to Gerdy's tubercle.
            // Its top laps the tensor's lower end in front and the gluteus maximus's insertion behind, so both
            // muscles end in it.
            origin: [
              { p: [0.15, 0.85, 0.034] },
              // Up over the trochanter, where the gluteus medius inserts under it.
              { at: 'greaterTrochanter', offset: [0.014, 0.012, 0.0] },
              { at: 'greaterTrochanter', offset: [0.01, -0.02, -0.055] },
            ],
            via: [[{ p: [0.152, 0.68, 0.01] }, { p: [0.152, 0.68, -0.01] }]],
            // A broad insertion on the tubercle: to one point, its fibres swelled into a rounded cylinder end.
            insertion: [
              { at: 'gerdyTubercle', offset: [-0.005, 0.004, 0.006] },
              { at: 'gerdyTubercle', offset: [-0.001, 0.004, -0.008] },
            ],
            // Close enough along its broad top that the edge is one line, not fingers.
            count: 8,
            // A flat band down to a broad insertion: narrowing to a point, its lower third was round in section
            // and ended as a rounded cylinder.
            width: [
              [0, 0.012],
              [0.6, 0.01],
              [0.9, 0.01],
              [1, 0.007],
            ],
            // Clear of the gluteus medius under its top (at 1.2 mm the muscle showed through a hole there).
            rise: [
              [0, 0.0008],
              [0.08, 0.002],
              [0.3, 0.0015],
              [0.9, 0.0012],
              [1, 0.0008],
            ],
            depth: 0.004,
          },
        },
      ],
    },
  },
  // ---- Leg ----
  {
    id: 'tibialis-posterior',
    shape: strap(
      [
        { p: [0.066, 0.3, -0.03] },
        { p: [0.058, 0.16, -0.026] },
        { at: 'medialMalleolus', offset: [-0.002, 0.006, -0.014] },
        { at: 'ankle', offset: [-0.03, -0.04, 0.04] },
      ],
      0.008,
      0.002,
      { depth: 0.005 },
    ),
  },
  {
    id: 'fibularis-brevis',
    shape: strap(
      [
        { p: [0.108, 0.26, -0.004] },
        { p: [0.106, 0.15, -0.012] },
        { at: 'lateralMalleolus', offset: [0.002, -0.012, -0.012] },
        { at: 'ankle', offset: [0.038, -0.05, 0.058] },
      ],
      0.008,
      0.003,
      { depth: 0.005 },
    ),
  },
  {
    id: 'fibularis-longus',
    shape: {
      kind: 'relief',
      fibreBlend: 0.008,
      fibres: [
        {
          path: [
            { at: 'fibularHead', offset: [0.004, -0.002, 0.004] },
            { p: [0.112, 0.36, -0.006] },
            { p: [0.108, 0.22, -0.016] },
            { at: 'lateralMalleolus', offset: [0.002, 0.02, -0.014] },
          ],
          // From a narrow start on the fibular head (full width there, its top was cut off square).
          width: [
            [0, 0.005],
            [0.15, 0.012],
            [0.35, 0.015],
            [0.6, 0.008],
            [1, 0.005],
          ],
          rise: [
            [0, 0.0008],
            [0.15, 0.004],
            [0.35, 0.006],
            [0.7, 0.003],
            [1, 0.002],
          ],
        },
      ],
    },
  },
  {
    id: 'extensor-digitorum-longus',
    shape: {
      kind: 'relief',
      fibreBlend: 0.008,
      // Its tendons part where the belly's tendon ends: blended there, they made a knob.
      blendEnds: [0.3, 0.1],
      fibres: [
        {
          path: [
            { at: 'fibularHead', offset: [0.0, 0.0, 0.036] },
            { p: [0.1, 0.3, 0.014] },
            { p: [0.092, 0.14, 0.022] },
            { at: 'ankle', offset: [0.008, 0.004, 0.046] },
            { at: 'mtp', offset: [0.0, 0.02, -0.03] },
          ],
          // From a narrow start below the condyle (full width there, its top was cut off square).
          width: [
            [0, 0.004],
            [0.15, 0.009],
            [0.3, 0.012],
            [0.65, 0.007],
            [1, 0.005],
          ],
          rise: [
            [0, 0.0008],
            [0.15, 0.003],
            [0.3, 0.005],
            [0.65, 0.003],
            [1, 0.002],
          ],
        },
        // Its four tendons from the front of the ankle over the dorsum to the second to fifth toes (the one
        // tendon stopped halfway down the foot).
        ...(
          [
            [0.003, 0.05],
            [0.016, 0.036],
            [0.028, 0.022],
            [0.037, 0.006],
          ] as const
        ).map(([x, z]) =>
          digitTendon([
            { at: 'mtp', offset: [0.0, 0.02, -0.036] },
            { at: 'mtp', offset: [x * 0.6, 0.012, z * 0.3 - 0.012] },
            { at: 'mtp', offset: [x, 0.0, z] },
          ]),
        ),
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
  // Bone first: muscles lie on it or beside it.
  'tibia',
  'fibula',
  'malleoli',
  'calcaneus',
  'knuckles',
  // Deep layers of the trunk and leg.
  'rhomboids',
  'internal-oblique',
  'tibialis-posterior',
  // Leg.
  'fibularis-brevis',
  'fibularis-longus',
  'extensor-digitorum-longus',
  'tibialis-anterior',
  'soleus',
  'gastrocnemius',
  'achilles-tendon',
  // Thigh: the pubis first, the adductors arising from it over its edges.
  'pubis',
  'adductor-magnus',
  'adductor-longus',
  'pectineus',
  'gracilis',
  // The kneecap on the body, then the patellar tendon over its lower pole and the retinacula beside it (it is a
  // bone inside the tendon); the vasti end on the retinacula. The quadriceps tendon comes down onto the
  // kneecap's upper pole over the vasti's inner edges (laid under them, it vanished and the kneecap with it); the
  // rectus femoris narrows onto the tendon, over it.
  'patella',
  'patellar-tendon',
  'vastus-lateralis',
  'vastus-medialis',
  'quadriceps-tendon',
  'rectus-femoris',
  'sartorius',
  'semimembranosus',
  'semitendinosus',
  'biceps-femoris',
  'hamstring-tendons',
  'pes-anserinus',
  // Hip.
  'gluteus-medius',
  // The IT band under the tensor and the gluteus maximus, which end on it: laid over them, its top was a torn
  // free edge across the hip.
  'iliotibial-band',
  'tensor-fasciae-latae',
  'gluteus-maximus',
  'sacrum',
  'erector-spinae',
  'thoracolumbar-fascia',
  // Trunk.
  'serratus-anterior',
  // The sheath and the external oblique's aponeurosis under the muscle's fleshy border, which ends on them.
  'rectus-sheath',
  'external-oblique',
  'rectus-abdominis',
  'linea-alba',
  'latissimus-dorsi',
  'iliac-crest',
  // Shoulder and arm.
  'infraspinatus',
  'teres-major',
  'pectoralis-major',
  'brachialis',
  'biceps-brachii',
  'triceps-brachii',
  'olecranon',
  'brachioradialis',
  'forearm-flexors',
  'forearm-extensors',
  'trapezius',
  'scapular-spine',
  'deltoid',
  'acromion',
  // Subcutaneous along its whole length: over the origins of the pectoral, deltoid and trapezius.
  'clavicle',
  'sternocleidomastoid',
  // Last: the breastbone is under the skin from the jugular notch to the xiphoid, over the pectorals' origins
  // and the sternocleidomastoids' sternal heads.
  'sternum',
]
