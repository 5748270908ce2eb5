/**
 * Standalone preview of public/models/body.glb for screenshots (scripts/shoot-model.ts).
 * Query: ?view=front|back|left|right|thigh|thigh-back|calf|shoulder|upper-back|glutes|core|face|hand|foot|knee|knee-side|knee-medial|chest|elbow-back|armpit|ankle-back, &xray=1 hides the skin,
 * &plain=1 shows every muscle in one colour, &skin=1 shows the skin over the écorché, &pose=bent flexes the right hip ~40° and knee ~86° (the stride's
 * deepest bend, to check the skin weights). Sets window.__modelReady once the first frame is drawn.
 */
import * as THREE from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { GROUP_IDS, musclesOf, parsePartExtras, type GroupId } from '../../src/domain/groups.ts'
import { BODY_MESH_NAME } from '../../src/domain/skeleton.ts'

declare global {
  interface Window {
    __modelReady?: boolean
    __modelError?: string
  }
}

const params = new URLSearchParams(location.search)
const view = params.get('view') ?? 'front'
const xray = params.get('xray') === '1'
const plain = params.get('plain') === '1'
const bent = params.get('pose') === 'bent'
const withSkin = params.get('skin') === '1'

const GROUP_COLOURS: Record<GroupId, number> = {
  shoulders: 0xd9773b,
  'upper-back': 0x7c5cc4,
  quadriceps: 0xc8373a,
  'hip-flexors': 0xe0b13a,
  hamstrings: 0x2f8f83,
  glutes: 0x3a6fc8,
  calves: 0x5aa33f,
  core: 0xc24f94,
}
// Guard: every group has a colour.
for (const g of GROUP_IDS) if (GROUP_COLOURS[g] === undefined) throw new Error(`no colour for ${g}`)

/** Camera position and target per view, metres. */
const VIEWS: Record<
  string,
  { eye: [number, number, number]; target: [number, number, number]; fov: number }
> = {
  front: { eye: [0, 0.95, 4.2], target: [0, 0.9, 0], fov: 28 },
  back: { eye: [0, 0.95, -4.2], target: [0, 0.9, 0], fov: 28 },
  left: { eye: [4.2, 0.95, 0], target: [0, 0.9, 0], fov: 28 },
  right: { eye: [-4.2, 0.95, 0], target: [0, 0.9, 0], fov: 28 },
  'three-quarter': { eye: [2.6, 1.3, 3.2], target: [0, 0.9, 0], fov: 28 },
  thigh: { eye: [0.45, 0.75, 1.3], target: [0.05, 0.72, 0], fov: 30 },
  'thigh-back': { eye: [0.45, 0.75, -1.3], target: [0.05, 0.72, 0], fov: 30 },
  calf: { eye: [0.5, 0.35, -1.05], target: [0.06, 0.3, 0], fov: 30 },
  shoulder: { eye: [0.9, 1.45, 0.9], target: [0.12, 1.36, 0], fov: 30 },
  'upper-back': { eye: [0.3, 1.35, -1.4], target: [0, 1.3, 0], fov: 30 },
  glutes: { eye: [0.35, 0.9, -1.1], target: [0.05, 0.86, 0], fov: 30 },
  core: { eye: [0.4, 1.05, 1.3], target: [0, 1.05, 0], fov: 30 },
  face: { eye: [0.25, 1.64, 0.75], target: [0, 1.62, 0], fov: 28 },
  hand: { eye: [0.9, 0.75, 0.5], target: [0.4, 0.72, 0.05], fov: 28 },
  foot: { eye: [0.45, 0.25, 0.7], target: [0.05, 0.05, 0.05], fov: 30 },
  'face-side': { eye: [0.8, 1.63, 0.05], target: [0, 1.62, 0.02], fov: 24 },
  'calf-side': { eye: [1.1, 0.35, -0.15], target: [0.07, 0.33, 0], fov: 30 },
  knee: { eye: [0.35, 0.52, 0.75], target: [0.08, 0.5, 0.03], fov: 26 },
  'knee-side': { eye: [0.85, 0.5, 0.25], target: [0.08, 0.5, 0.02], fov: 26 },
  chest: { eye: [0.2, 1.3, 0.9], target: [0, 1.28, 0.05], fov: 32 },
  groin: { eye: [-0.7, 0.85, 0.9], target: [-0.06, 0.8, 0.1], fov: 32 },
  'groin-back': { eye: [-0.8, 0.85, -0.8], target: [-0.06, 0.8, -0.05], fov: 32 },
  'elbow-back': { eye: [0.55, 1.1, -0.7], target: [0.2, 1.08, -0.02], fov: 26 },
  armpit: { eye: [0.35, 1.3, 0.8], target: [0.17, 1.27, 0.0], fov: 24 },
  'ankle-back': { eye: [0.35, 0.12, -0.6], target: [0.07, 0.1, -0.05], fov: 26 },
  'knee-medial': { eye: [-0.55, 0.5, 0.45], target: [0.06, 0.49, 0.02], fov: 26 },
}

const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true })
renderer.setPixelRatio(1)
renderer.setSize(innerWidth, innerHeight)
renderer.outputColorSpace = THREE.SRGBColorSpace
document.body.appendChild(renderer.domElement)

const scene = new THREE.Scene()
scene.background = new THREE.Color(0xe9edf0)
// A free camera for close-ups: &eye=x,y,z&target=x,y,z[&fov=deg], metres (+x the figure's left, +z its front).
const triple = (name: string): [number, number, number] | null => {
  const parts = (params.get(name) ?? '').split(',').map(Number)
  return parts.length === 3 && parts.every(Number.isFinite) ? (parts as [number, number, number]) : null
}
const eye = triple('eye')
const aim = triple('target')
const v =
  eye && aim
    ? { eye, target: aim, fov: Number(params.get('fov') ?? 26) || 26 }
    : (VIEWS[view] ?? VIEWS.front!)
const camera = new THREE.PerspectiveCamera(v.fov, innerWidth / innerHeight, 0.05, 50)
camera.position.set(...v.eye)
camera.lookAt(new THREE.Vector3(...v.target))

scene.add(new THREE.HemisphereLight(0xf4f6ff, 0x8a7a70, 1.1))
const key = new THREE.DirectionalLight(0xffffff, 2.0)
key.position.set(v.eye[0] + 1.5, 3.5, v.eye[2] + 1.5 * Math.sign(v.eye[2] || 1))
scene.add(key)
const fill = new THREE.DirectionalLight(0xdfe8ff, 0.7)
fill.position.set(-v.eye[0] - 2, 1.5, v.eye[2] * 0.5 - 1)
scene.add(fill)

const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder)
loader
  .loadAsync('/models/body.glb')
  .then((gltf) => {
    gltf.scene.traverse((o) => {
      if (!(o instanceof THREE.Mesh)) return
      const extras = parsePartExtras(o.userData)
      const src = o.material as THREE.MeshStandardMaterial
      const mat = src.clone()
      // The structures ship without normals, as the app computes them (GLTFLoader would shade them flat).
      if (!o.geometry.getAttribute('normal')) {
        o.geometry.computeVertexNormals()
        mat.flatShading = false
      }
      if (extras) {
        if (!plain && extras.group && extras.kind === 'muscle') {
          // Alternate the shade within a group so neighbouring sub-muscles stay tellable apart.
          const index = musclesOf(extras.group).findIndex((m) => m.id === extras.muscle)
          mat.color
            .setHex(GROUP_COLOURS[extras.group])
            .offsetHSL(0, 0, index % 2 === 1 ? 0.14 : index % 3 === 2 ? -0.1 : 0)
        }
        o.visible = xray ? true : !extras.deep
      } else if (o.name === BODY_MESH_NAME) {
        o.visible = withSkin
      } else if (xray) {
        mat.transparent = true
        mat.opacity = 0.15
        mat.depthWrite = false
      }
      o.material = mat
    })
    if (bent) {
      // Hip flexion is negative about X and knee flexion positive (src/domain/skeleton.ts).
      gltf.scene.getObjectByName('thigh_R')?.rotation.set(-0.7, 0, 0)
      gltf.scene.getObjectByName('shin_R')?.rotation.set(1.5, 0, 0)
    }
    scene.add(gltf.scene)
    renderer.render(scene, camera)
    requestAnimationFrame(() => {
      renderer.render(scene, camera)
      window.__modelReady = true
    })
  })
  .catch((err: unknown) => {
    window.__modelError = String(err)
  })
