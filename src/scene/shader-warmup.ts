import {
  Bone,
  BufferGeometry,
  DirectionalLight,
  Float32BufferAttribute,
  HemisphereLight,
  Mesh,
  MeshBasicMaterial,
  PerspectiveCamera,
  PlaneGeometry,
  Scene,
  Skeleton,
  SkinnedMesh,
  Texture,
  Uint16BufferAttribute,
  type WebGLRenderer,
} from 'three'
import { createMuscleMaterial } from './body-rig.ts'
import { SHADOW_MATERIAL, STAGE_LIGHTS } from './light-rig.ts'
import { shaderCompileStarted } from './loader.ts'

/** One triangle with the figure's shader inputs: skinned, with normals. */
function warmupFigure(): SkinnedMesh {
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new Float32BufferAttribute([0, 0, 0, 1, 0, 0, 0, 1, 0], 3))
  geometry.setAttribute('normal', new Float32BufferAttribute([0, 0, 1, 0, 0, 1, 0, 0, 1], 3))
  geometry.setAttribute('skinIndex', new Uint16BufferAttribute(new Array(12).fill(0), 4))
  geometry.setAttribute('skinWeight', new Float32BufferAttribute([1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0], 4))
  const mesh = new SkinnedMesh(geometry, createMuscleMaterial())
  const bone = new Bone()
  mesh.add(bone)
  mesh.bind(new Skeleton([bone]))
  return mesh
}

/** Renderers already warmed up. */
export const warmedUp = new WeakSet<WebGLRenderer>()

/**
 * Hands the stage's two shader programs (the figure's, the shadow's) to the GPU as soon as there is a renderer
 * (early-renderer.ts), before the scene's first render and while the body is still decoding: the driver compiles them
 * beside the page's work instead of during the first frame. three caches programs by their inputs (the same
 * lights, the same material settings), so the scene's materials pick these up. The warm-up materials are never
 * disposed, so their programs stay for the renderer's life; they go with it.
 */
export function warmUpShaders(renderer: WebGLRenderer): void {
  warmedUp.add(renderer)
  const scene = new Scene()
  for (const light of STAGE_LIGHTS)
    scene.add(light.kind === 'hemisphere' ? new HemisphereLight() : new DirectionalLight())
  scene.add(warmupFigure())
  // A plane with a map makes the same program as the shadow's painted one; its pixels do not matter here.
  const map = new Texture()
  scene.add(new Mesh(new PlaneGeometry(), new MeshBasicMaterial({ map, ...SHADOW_MATERIAL })))
  renderer.compile(scene, new PerspectiveCamera())
  // compile() only queues the work: send it to the GPU process now rather than when this task ends.
  renderer.getContext().flush()
  shaderCompileStarted()
}
