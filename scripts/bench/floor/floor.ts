/**
 * The floor the app's start-up is measured against: the least any page could do to show the same body.glb,
 * with three.js, GLTFLoader, the meshopt decoder, one hemisphere light and one frame drawn. It reports ready
 * the way the app does (#explorer data-state, on the frame that drew the body), so the bench loads both the
 * same way. It has no service worker, as a bare page would not.
 */
import { HemisphereLight, PerspectiveCamera, Scene, WebGLRenderer } from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'

const root = document.getElementById('explorer')!
const canvas = root.querySelector('canvas')!
const renderer = new WebGLRenderer({ canvas, antialias: true })
renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2))
renderer.setSize(window.innerWidth, window.innerHeight, false)
const camera = new PerspectiveCamera(30, window.innerWidth / window.innerHeight, 0.05, 40)
camera.position.set(0, 0.88, 3.7)
const scene = new Scene()
scene.add(new HemisphereLight(0xffffff, 0x8d8d8d, 3))

const loader = new GLTFLoader()
loader.setMeshoptDecoder(MeshoptDecoder)
loader.load(
  new URL('../models/body.glb', window.location.href).href,
  (gltf) => {
    scene.add(gltf.scene)
    // Drawn in an animation frame and marked ready on it, as the app's render loop does; the bench's probe then
    // times both pages to the second frame after ready the same way.
    requestAnimationFrame(() => {
      renderer.render(scene, camera)
      root.dataset.state = 'ready'
    })
  },
  undefined,
  () => {
    root.dataset.state = 'error'
  },
)
