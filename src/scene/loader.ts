import { GLTFLoader, type GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { explorerStore } from '../store/index.ts'

/** A failed download or decode of the body, told apart from bugs in the scene by its type and URL. */
export class ModelLoadError extends Error {
  constructor(
    readonly url: string,
    cause: unknown,
  ) {
    super(`Could not load ${url}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
    this.name = 'ModelLoadError'
  }
}

const loads = new Map<string, Promise<GLTF>>()

function reportProgress(event: ProgressEvent) {
  explorerStore
    .getState()
    .setProgress(event.lengthComputable && event.total > 0 ? event.loaded / event.total : null)
}

/**
 * The body's download and decode, started once per URL and shared. The pages start it before React mounts
 * (see stage/preload.ts), so the model travels while the code is parsed and the scene is built; <Body>
 * then waits on the same promise.
 */
export function loadBody(url: string): Promise<GLTF> {
  let load = loads.get(url)
  if (!load) {
    const loader = new GLTFLoader()
    // The generated body is meshopt-compressed.
    loader.setMeshoptDecoder(MeshoptDecoder)
    load = loader.loadAsync(url, reportProgress).then(
      (gltf) => {
        performance.mark('rae:model-decoded')
        return gltf
      },
      (error: unknown) => {
        throw new ModelLoadError(url, error)
      },
    )
    loads.set(url, load)
  }
  return load
}

/** Forget a failed load, so Retry really asks the server again. */
export function forgetBody(url: string): void {
  loads.delete(url)
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
