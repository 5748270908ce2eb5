import {
  Bone,
  BufferAttribute,
  BufferGeometry,
  DataTexture,
  DirectionalLight,
  HemisphereLight,
  InterleavedBuffer,
  InterleavedBufferAttribute,
  LinearFilter,
  LinearMipmapLinearFilter,
  Mesh,
  MeshBasicMaterial,
  PerspectiveCamera,
  PlaneGeometry,
  Scene,
  Skeleton,
  SkinnedMesh,
  type WebGLRenderer,
} from 'three'
import { createMuscleMaterial } from './body-rig.ts'
import { SHADOW_MATERIAL, STAGE_LIGHTS } from './light-rig.ts'
import { shaderCompileStarted } from './loader.ts'

/**
 * The vertex layouts the figure's meshes draw with, as `npm run model` writes them and the GLB reader hands
 * them over: positions as int16 and normals or fibres as int8, normalized, each triple padded to four values;
 * joints and weights as bytes; 16-bit indices. The écorché ships without normals (made on load in the same
 * int8 layout, vertex-normals.ts), and only muscles carry fibres. tests/unit/scene/shader-warmup.test.ts
 * checks this list against the committed model.
 */
export const FIGURE_LAYOUTS = [
  { fibre: false }, // the skin, the inner body, tendons, fasciae, bones
  { fibre: true }, // muscles
] as const

type Layout = (typeof FIGURE_LAYOUTS)[number]

/** Three corners of normalized int8 or int16 triples, each padded to four values like the file's. */
function padded(array: Int8Array | Int16Array, values: readonly number[]): InterleavedBufferAttribute {
  const stride = 4
  for (let i = 0; i < 3; i++) for (let c = 0; c < 3; c++) array[i * stride + c] = values[i * 3 + c]!
  return new InterleavedBufferAttribute(new InterleavedBuffer(array, stride), 3, 0, true)
}

/** One skinned triangle with the figure's shader inputs in one of its vertex layouts. */
function warmupFigure(layout: Layout): SkinnedMesh {
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', padded(new Int16Array(12), [0, 0, 0, 32767, 0, 0, 0, 32767, 0]))
  geometry.setAttribute('normal', padded(new Int8Array(12), [0, 0, 127, 0, 0, 127, 0, 0, 127]))
  if (layout.fibre)
    geometry.setAttribute('_fibre', padded(new Int8Array(12), [127, 0, 0, 127, 0, 0, 127, 0, 0]))
  geometry.setAttribute('skinIndex', new BufferAttribute(new Uint8Array(12), 4))
  geometry.setAttribute(
    'skinWeight',
    new BufferAttribute(new Uint8Array([255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0]), 4, true),
  )
  geometry.setIndex(new BufferAttribute(new Uint16Array([0, 1, 2]), 1))
  const mesh = new SkinnedMesh(geometry, createMuscleMaterial())
  const bone = new Bone()
  mesh.add(bone)
  mesh.bind(new Skeleton([bone]))
  // Behind the camera: drawn (three culls nothing here), clipped whole, so nothing ever shows.
  mesh.position.z = 1
  mesh.frustumCulled = false
  return mesh
}

/** The shadow's program and texture format: RGBA bytes with mipmaps, like its painted canvas. */
function warmupShadow(): Mesh {
  const map = new DataTexture(new Uint8Array(4), 1, 1)
  map.minFilter = LinearMipmapLinearFilter
  map.magFilter = LinearFilter
  map.generateMipmaps = true
  map.needsUpdate = true
  const mesh = new Mesh(new PlaneGeometry(), new MeshBasicMaterial({ map, ...SHADOW_MATERIAL }))
  mesh.renderOrder = -1
  mesh.position.z = 1
  mesh.frustumCulled = false
  return mesh
}

/** What the stage's first frame draws, in miniature: its lights, the figure in each vertex layout, the shadow. */
export function warmupScene(): { scene: Scene; camera: PerspectiveCamera } {
  const scene = new Scene()
  for (const light of STAGE_LIGHTS)
    scene.add(light.kind === 'hemisphere' ? new HemisphereLight() : new DirectionalLight())
  for (const layout of FIGURE_LAYOUTS) scene.add(warmupFigure(layout))
  scene.add(warmupShadow())
  return { scene, camera: new PerspectiveCamera() }
}

/** Renderers already warmed up. */
export const warmedUp = new WeakSet<WebGLRenderer>()

/**
 * Hands the stage's two shader programs (the figure's, the shadow's) to the GPU as soon as there is a renderer
 * (early-renderer.ts), before the scene's first render and while the body is still decoding: the driver compiles
 * them beside the page's work instead of during the first frame. three caches programs by their inputs (the same
 * lights, the same material settings), so the scene's materials pick these up. The warm-up materials are never
 * disposed, so their programs stay for the renderer's life; they go with it.
 *
 * Once linked, the warm-up scene is also drawn once. A linked program is not yet what the GPU runs: a software
 * GPU (SwiftShader, what a machine without a usable GPU gets) builds the code for a draw at the first draw with
 * that program, vertex layout and blending, and that took most of the first frame, hundreds of ms after the page
 * said ready, during which it could not draw its next frame. Drawn here, it is built while the body downloads and
 * decodes. The draw is clipped whole, and skipped once the stage has drawn a frame of its own.
 */
export function warmUpShaders(renderer: WebGLRenderer): void {
  warmedUp.add(renderer)
  const { scene, camera } = warmupScene()
  const linked = renderer.compileAsync(scene, camera)
  // compile() only queues the work: send it to the GPU process now rather than when this task ends.
  renderer.getContext().flush()
  shaderCompileStarted()
  void linked.then(() => {
    const gl = renderer.getContext()
    if (renderer.info.render.frame > 0 || gl.isContextLost()) return
    renderer.render(scene, camera)
    gl.flush()
  })
}
