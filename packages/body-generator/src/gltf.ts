/**
 * Assembling the glTF document: the rig and its landmark empties, one skinned node per mesh with its
 * extras, plain materials by kind; and writing it quantized and meshopt-compressed.
 */
import { Document, Logger, NodeIO, type Node as GltfNode } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { cloneDocument, meshopt } from '@gltf-transform/functions'
import { MeshoptEncoder } from 'meshoptimizer'
import { parsePartExtras, type PartNodeExtras, type Side } from '../../../src/domain/groups.ts'
import { ALL_BONES, BONE_PARENT, FIGURE_ROOT_NAME, type BoneName } from '../../../src/domain/skeleton.ts'
import { MIDLINE_LANDMARKS, PAIRED_LANDMARKS, type LandmarkId, type Landmarks } from './landmarks.ts'
import type { Vec3 } from './sdf.ts'

/** glTF materials by role; the app restyles them (one shared material per kind). */
export const MATERIAL_NAMES = {
  skin: 'skin',
  inner: 'body-inner',
  muscle: 'muscle',
  deep: 'muscle-deep',
  tendon: 'tendon',
  fascia: 'fascia',
  bone: 'bone',
} as const
export type MaterialKey = keyof typeof MATERIAL_NAMES

/** Name of the custom vertex attribute holding the unit fibre direction (three reads it as `_fibre`). */
export const FIBRE_ATTRIBUTE = '_FIBRE'

export interface MeshData {
  readonly name: string
  readonly material: MaterialKey
  readonly positions: Float32Array
  readonly normals: Float32Array
  readonly indices: Uint32Array
  readonly joints: Uint16Array
  readonly weights: Float32Array
  readonly fibre?: Float32Array
  readonly extras?: PartNodeExtras
}

/** Which bone each landmark node hangs from, so landmarks follow the stride animation. */
const LANDMARK_BONE: Partial<Record<LandmarkId, string>> = {
  vertex: 'head',
  occiput: 'head',
  nasion: 'head',
  noseTip: 'head',
  chin: 'head',
  eye: 'head',
  ear: 'head',
  mastoid: 'head',
  nuchalLine: 'head',
  c7: 'neck',
  t3: 'chest',
  t7: 'chest',
  t12: 'spine',
  sternalNotch: 'chest',
  xiphoid: 'chest',
  nipple: 'chest',
  rib5: 'chest',
  rib8: 'chest',
  costalMargin: 'chest',
  rib10: 'spine',
  rib12: 'spine',
  navel: 'spine',
  lumbarL1: 'spine',
  lumbarL4: 'pelvis',
  sternoclavicular: 'girdle',
  clavicleMid: 'girdle',
  clavicleLateral: 'girdle',
  acromion: 'girdle',
  scapularSpineMid: 'girdle',
  scapularSpineRoot: 'chest',
  scapulaInferiorAngle: 'chest',
  shoulder: 'upperarm',
  deltoidTuberosity: 'upperarm',
  elbow: 'forearm',
  lateralEpicondyleHumerus: 'upperarm',
  wrist: 'hand',
  fingertip: 'hand',
  knee: 'shin',
  patella: 'thigh',
  patellaTop: 'thigh',
  medialFemoralCondyle: 'thigh',
  lateralFemoralCondyle: 'thigh',
  tibialTuberosity: 'shin',
  medialTibialCondyle: 'shin',
  fibularHead: 'shin',
  pesAnserinus: 'shin',
  gerdyTubercle: 'shin',
  ankle: 'foot',
  medialMalleolus: 'shin',
  lateralMalleolus: 'shin',
  heel: 'foot',
  calcaneusInsertion: 'foot',
  mtp: 'toes',
  toeTip: 'toes',
  hip: 'thigh',
  greaterTrochanter: 'thigh',
  lesserTrochanter: 'thigh',
  glutealTuberosity: 'thigh',
  itTractUpper: 'thigh',
}

/** Micrometre precision keeps the JSON short (and free of float noise like 0.04375000000000018). */
function rounded(v: Vec3): [number, number, number] {
  return [Math.round(v[0] * 1e6) / 1e6, Math.round(v[1] * 1e6) / 1e6, Math.round(v[2] * 1e6) / 1e6]
}

export function toDocument(lm: Landmarks, meshes: readonly MeshData[]): Document {
  const doc = new Document()
  doc.getRoot().getAsset().generator = 'running-anatomy-explorer model generator'
  const buffer = doc.createBuffer()
  const scene = doc.createScene('scene')
  const figure = doc.createNode(FIGURE_ROOT_NAME)
  scene.addChild(figure)

  // Joints: identity rotations, translations relative to the parent joint.
  const nodes = new Map<BoneName, GltfNode>()
  // World positions as the rounded node translations add up, so the inverse bind matrices match exactly.
  const bindWorld = new Map<BoneName, Vec3>()
  for (const bone of ALL_BONES) {
    const [base, side] = bone.split('_') as [keyof typeof BONE_PARENT, Side | undefined]
    const parentBase = BONE_PARENT[base]
    const parentName = parentBase
      ? ((parentBase === 'pelvis' ||
        parentBase === 'spine' ||
        parentBase === 'chest' ||
        parentBase === 'neck' ||
        parentBase === 'head'
          ? parentBase
          : `${parentBase}_${side}`) as BoneName)
      : null
    const world = lm.joints[bone]
    const pw = parentName ? lm.joints[parentName] : ([0, 0, 0] as Vec3)
    const local = rounded([world[0] - pw[0], world[1] - pw[1], world[2] - pw[2]])
    const node = doc.createNode(bone).setTranslation(local)
    const parentWorld = parentName ? bindWorld.get(parentName)! : ([0, 0, 0] as Vec3)
    bindWorld.set(bone, [parentWorld[0] + local[0], parentWorld[1] + local[1], parentWorld[2] + local[2]])
    nodes.set(bone, node)
    if (parentName) nodes.get(parentName)!.addChild(node)
    else figure.addChild(node)
  }
  const skin = doc.createSkin('rig').setSkeleton(nodes.get('pelvis')!)
  const ibm = new Float32Array(ALL_BONES.length * 16)
  ALL_BONES.forEach((bone, i) => {
    skin.addJoint(nodes.get(bone)!)
    const w = bindWorld.get(bone)!
    ibm.set([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -w[0], -w[1], -w[2], 1], i * 16)
  })
  skin.setInverseBindMatrices(
    doc.createAccessor('inverseBindMatrices').setType('MAT4').setArray(ibm).setBuffer(buffer),
  )

  // Landmark empties under the bone they move with.
  const addLandmark = (id: LandmarkId, side: Side | null): void => {
    const base = LANDMARK_BONE[id] ?? 'pelvis'
    const isMid =
      base === 'pelvis' || base === 'spine' || base === 'chest' || base === 'neck' || base === 'head'
    const bone = (isMid ? base : `${base}_${side ?? 'L'}`) as BoneName
    const p = lm.points[id]
    const world: Vec3 = side === 'R' ? [-p[0], p[1], p[2]] : p
    const jw = bindWorld.get(bone)!
    const name = side ? `landmark_${id}_${side}` : `landmark_${id}`
    const node = doc
      .createNode(name)
      .setTranslation(rounded([world[0] - jw[0], world[1] - jw[1], world[2] - jw[2]]))
      .setExtras({ landmark: true })
    nodes.get(bone)!.addChild(node)
  }
  for (const id of MIDLINE_LANDMARKS) addLandmark(id, null)
  for (const id of PAIRED_LANDMARKS) for (const side of ['L', 'R'] as const) addLandmark(id, side)

  const material = (name: string, rgb: [number, number, number], roughness: number) =>
    doc
      .createMaterial(name)
      .setBaseColorFactor([...rgb, 1])
      .setRoughnessFactor(roughness)
      .setMetallicFactor(0)
  const materials: Record<MaterialKey, ReturnType<typeof material>> = {
    skin: material(MATERIAL_NAMES.skin, [0.87, 0.72, 0.63], 0.75),
    inner: material(MATERIAL_NAMES.inner, [0.62, 0.36, 0.33], 0.7),
    muscle: material(MATERIAL_NAMES.muscle, [0.74, 0.22, 0.2], 0.6),
    deep: material(MATERIAL_NAMES.deep, [0.58, 0.18, 0.24], 0.6),
    // Tendon and fascia a cool, glossy silver-white and bone a matt ivory, as atlas plates tell them apart: in
    // two near-identical whites the kneecap, its tendons and the tibia read as one jumble of plates.
    tendon: material(MATERIAL_NAMES.tendon, [0.8, 0.85, 0.9], 0.3),
    fascia: material(MATERIAL_NAMES.fascia, [0.8, 0.84, 0.88], 0.38),
    bone: material(MATERIAL_NAMES.bone, [0.88, 0.79, 0.6], 0.75),
  }
  // Only materials some mesh uses are written (the validator warns about unused ones).
  const used = new Set(meshes.map((m) => m.material))
  for (const key of Object.keys(materials) as MaterialKey[]) if (!used.has(key)) materials[key].dispose()
  for (const m of meshes) {
    const vcount = m.positions.length / 3
    const indexArray = vcount < 65536 ? Uint16Array.from(m.indices) : m.indices
    const jointArray = Uint8Array.from(m.joints)
    const prim = doc
      .createPrimitive()
      .setMaterial(materials[m.material])
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(indexArray).setBuffer(buffer))
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(m.positions).setBuffer(buffer))
      .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(m.normals).setBuffer(buffer))
      .setAttribute('JOINTS_0', doc.createAccessor().setType('VEC4').setArray(jointArray).setBuffer(buffer))
      .setAttribute('WEIGHTS_0', doc.createAccessor().setType('VEC4').setArray(m.weights).setBuffer(buffer))
    if (m.fibre) {
      // A direction needs no more than 8 bits a component (as the normals get when quantized).
      const q = Int8Array.from(m.fibre, (v) => Math.round(Math.max(-1, Math.min(1, v)) * 127))
      prim.setAttribute(
        FIBRE_ATTRIBUTE,
        doc.createAccessor().setType('VEC3').setArray(q).setNormalized(true).setBuffer(buffer),
      )
    }
    const mesh = doc.createMesh(m.name).addPrimitive(prim)
    const node = doc.createNode(m.name).setMesh(mesh).setSkin(skin)
    if (m.extras) node.setExtras({ ...m.extras })
    figure.addChild(node)
  }
  return doc
}

/** Quantize and meshopt-compress a copy of the document and write it as GLB bytes. */
export async function writeBodyGlb(doc: Document): Promise<Uint8Array> {
  await MeshoptEncoder.ready
  const out = cloneDocument(doc).setLogger(new Logger(Logger.Verbosity.WARN))
  // The structures ship without normals: the app computes them (smooth, the meshes have no seams). One
  // accessor and bufferView less per mesh saves ~1 KiB of JSON each, and the binary ~15 %.
  for (const node of out.getRoot().listNodes()) {
    if (!parsePartExtras(node.getExtras())) continue
    for (const prim of node.getMesh()?.listPrimitives() ?? []) {
      const normal = prim.getAttribute('NORMAL')
      prim.setAttribute('NORMAL', null)
      normal?.dispose()
    }
  }
  await out.transform(
    meshopt({
      encoder: MeshoptEncoder,
      level: 'high',
      quantizationVolume: 'scene',
      quantizePosition: 13,
      quantizeNormal: 10,
      quantizeWeight: 8,
    }),
  )
  const io = new NodeIO()
    .registerExtensions([KHRMeshQuantization, EXTMeshoptCompression])
    .registerDependencies({
      'meshopt.encoder': MeshoptEncoder,
    })
  return io.writeBinary(out)
}
