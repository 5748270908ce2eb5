import { useLayoutEffect, useState } from 'react'
import { useThree } from '@react-three/fiber'
import {
  Bone,
  BufferGeometry,
  type MeshStandardMaterial,
  Float32BufferAttribute,
  Skeleton,
  SkinnedMesh,
  Uint16BufferAttribute,
} from 'three'
import { createMuscleMaterial } from './body-rig.ts'

/** One invisible triangle with the figure's shader inputs: skinned, with normals, under the stage's lights. */
function makeWarmupMesh(): SkinnedMesh<BufferGeometry, MeshStandardMaterial> {
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new Float32BufferAttribute([0, 0, 0, 1, 0, 0, 0, 1, 0], 3))
  geometry.setAttribute('normal', new Float32BufferAttribute([0, 0, 1, 0, 0, 1, 0, 0, 1], 3))
  geometry.setAttribute('skinIndex', new Uint16BufferAttribute([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 4))
  geometry.setAttribute('skinWeight', new Float32BufferAttribute([1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0], 4))
  const mesh = new SkinnedMesh(geometry, createMuscleMaterial())
  const bone = new Bone()
  mesh.add(bone)
  mesh.bind(new Skeleton([bone]))
  return mesh
}

/**
 * Starts compiling the figure's shader program while the model is still downloading and decoding, instead of
 * on the first frame. three caches programs by their inputs, so the body's materials pick this one up; the
 * warm-up material lives as long as the canvas, since disposing it could release the program before they do.
 */
export function ShaderWarmup() {
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  const camera = useThree((s) => s.camera)
  const [mesh] = useState(makeWarmupMesh)
  useLayoutEffect(() => {
    // compile() only starts the work: the driver compiles and links on its own while the page goes on, and
    // three waits for the result at the program's first use. (compileAsync adds nothing without the extension.)
    gl.compile(mesh, camera, scene)
  }, [gl, scene, camera, mesh])
  useLayoutEffect(
    () => () => {
      mesh.geometry.dispose()
      mesh.material.dispose()
      mesh.skeleton.dispose()
    },
    [mesh],
  )
  return null
}
