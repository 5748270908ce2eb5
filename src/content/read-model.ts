/** Node-only: reads the generated GLB with every extension and the meshopt decoder registered. */
import { existsSync } from 'node:fs'
import { NodeIO, type Document } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { MeshoptDecoder } from 'meshoptimizer'

export const MODEL_PATH = 'public/models/body.glb'
export const MODEL_MISSING_MESSAGE = `${MODEL_PATH} missing: run npm run model`

export async function readModel(path: string = MODEL_PATH): Promise<Document> {
  if (!existsSync(path)) throw new Error(MODEL_MISSING_MESSAGE)
  await MeshoptDecoder.ready
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({
    'meshopt.decoder': MeshoptDecoder,
  })
  return io.read(path)
}
