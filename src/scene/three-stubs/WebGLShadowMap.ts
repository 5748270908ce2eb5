// Stands in for three's WebGLShadowMap in the app's build (threeStubs() in vite-plugin-three.ts): three's renderer
// makes one whatever the page does, with its depth, distance and blur materials, and the app casts no shadows
// (R3F's `shadows` is off). It keeps what the renderer, R3F and early-renderer.ts read and write with shadows off
// (`type` is part of every program's key, so it stays a plain property); turning shadows on, or asking it to draw
// one, throws, naming this file. tests/unit/scene/three-stubs.test.ts fails as soon as src/ asks for shadows.
import { PCFShadowMap, type ShadowMapType } from 'three'

const STUBBED =
  "three's WebGLShadowMap is stubbed out of this build (src/scene/three-stubs/WebGLShadowMap.ts): " +
  'take the stub out in vite-plugin-three.ts to draw shadows'

export class WebGLShadowMap {
  autoUpdate = true
  needsUpdate = false
  type: ShadowMapType = PCFShadowMap

  constructor(_renderer: unknown, _objects: unknown, _capabilities: unknown) {}

  get enabled(): boolean {
    return false
  }

  set enabled(on: boolean) {
    if (on) throw new Error(STUBBED)
  }

  /** three's renderer calls this every frame; with shadows off three's own returns at once, as this one does. */
  render(lights: readonly unknown[], _scene: unknown, _camera: unknown): void {
    if (!this.enabled) return
    if (lights.length > 0) throw new Error(STUBBED)
  }
}
