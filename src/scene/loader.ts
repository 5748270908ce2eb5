import type { Group } from 'three'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { explorerStore } from '../store/index.ts'
import { parseBodyGlb } from './glb.ts'

/** What a load gives: the figure's scene graph (shared: the stage works on its own clone). */
export interface LoadedBody {
  scene: Group
}

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

const loads = new Map<string, Promise<LoadedBody>>()

/** The bytes of each body fetched and read, while a page that asked to keep them has not taken them yet. */
const kept = new Map<string, ArrayBuffer>()
let keepBytes = false

/**
 * Keep the bytes of the bodies this page fetches until takeBodyBytes() asks for them: the app hands them to its
 * service worker's precache, so that a first visit downloads the body once (app/service-worker.ts).
 */
export function keepBodyBytes(): void {
  keepBytes = true
}

/** The bytes fetched for `url` if they were kept and the body read well; forgotten once taken. */
export function takeBodyBytes(url: string): ArrayBuffer | null {
  const bytes = kept.get(url) ?? null
  kept.delete(url)
  return bytes
}

/**
 * The decode waits until the stage has handed its shaders to the GPU (shader-warmup.ts), so the compile,
 * which runs in the GPU process, overlaps the decode on the main thread instead of starting after it. A page
 * whose stage never gets that far (no WebGL context) has no use for the body; the wait is capped all the same.
 */
const COMPILE_WAIT_MS = 1500
let compileStarted: () => void = () => {}
const compiling = new Promise<void>((resolve) => (compileStarted = resolve))
export function shaderCompileStarted(): void {
  compileStarted()
}
function afterCompileStarted(): Promise<void> {
  return Promise.race([compiling, new Promise<void>((resolve) => setTimeout(resolve, COMPILE_WAIT_MS))])
}

function reportProgress(fraction: number | null) {
  explorerStore.getState().setProgress(fraction)
}

/** The file's bytes, reporting progress as they arrive (the preload in index.html makes this a cache hit). */
async function download(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url)
  if (!response.ok)
    throw new Error(`fetch for "${url}" responded with ${response.status}: ${response.statusText}`)
  // With content encoding the header counts compressed bytes: progress is then an estimate, capped at 1.
  const total = Number(response.headers.get('Content-Length')) || 0
  const reader = response.body?.getReader()
  if (!reader) return response.arrayBuffer()
  const chunks: Uint8Array[] = []
  let loaded = 0
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    chunks.push(chunk.value)
    loaded += chunk.value.length
    reportProgress(total ? Math.min(1, loaded / total) : null)
  }
  const bytes = new Uint8Array(loaded)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.length
  }
  return bytes.buffer
}

/**
 * The body's download and decode, started once per URL and shared. The pages start it before React mounts
 * (see stage/preload.ts), so the model travels while the code is parsed and the scene is built; <Body>
 * then waits on the same promise.
 */
export function loadBody(url: string): Promise<LoadedBody> {
  let load = loads.get(url)
  if (!load) {
    reportProgress(null)
    let bytes: ArrayBuffer | null = null
    load = Promise.all([download(url), afterCompileStarted()])
      .then(([data]) => parseBodyGlb((bytes = data), MeshoptDecoder))
      .then(
        (scene) => {
          performance.mark('rae:model-decoded')
          if (keepBytes && bytes) kept.set(url, bytes)
          return { scene }
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
