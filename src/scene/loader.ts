import type { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'

/** The generated body is meshopt-compressed: teach the loader to decode it. */
export function withMeshopt(loader: GLTFLoader): void {
  loader.setMeshoptDecoder(MeshoptDecoder)
}

/** Turn a loader failure into a sentence a runner can act on. */
export function describeLoadError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  if (/404|not found/i.test(text))
    return 'The 3D body could not be found on the server (the model file is missing).'
  if (/fetch|network|Failed to load/i.test(text))
    return 'The 3D body could not be downloaded. Check your connection.'
  return 'The 3D body could not be read. It may be damaged or from an older version.'
}
