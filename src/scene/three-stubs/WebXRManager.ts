// Stands in for three's WebXRManager in the app's build (threeStubs() in vite-plugin-three.ts): three's renderer
// makes one whether or not a page ever enters XR, and the app never does. What the renderer and R3F ask of it
// when no XR session exists is answered as three answers it; anything else throws, naming this file, instead of
// failing somewhere inside three. tests/unit/scene/three-stubs.test.ts fails as soon as src/ reaches for XR.
import { EventDispatcher } from 'three'

const STUBBED =
  "three's WebXRManager is stubbed out of this build (src/scene/three-stubs/WebXRManager.ts): " +
  'take the stub out in vite-plugin-three.ts to use WebXR'

function unavailable(): never {
  throw new Error(STUBBED)
}

export class WebXRManager extends EventDispatcher {
  cameraAutoUpdate = true
  readonly isPresenting = false

  constructor(_renderer: unknown, _gl: unknown) {
    super()
  }

  get enabled(): boolean {
    return false
  }

  set enabled(on: boolean) {
    if (on) unavailable()
  }

  getSession(): null {
    return null
  }

  setAnimationLoop(_callback: unknown): void {}

  dispose(): void {}

  hasDepthSensing(): boolean {
    return false
  }

  /** Asked by the renderer's background every frame; three answers undefined with no session. */
  getEnvironmentBlendMode(): undefined {
    return undefined
  }

  setSession = unavailable
  getCamera = unavailable
  updateCamera = unavailable
  getController = unavailable
  getControllerGrip = unavailable
  getHand = unavailable
  getReferenceSpace = unavailable
  setReferenceSpace = unavailable
  setReferenceSpaceType = unavailable
  getBaseLayer = unavailable
  getBinding = unavailable
  getFrame = unavailable
  getFoveation = unavailable
  setFoveation = unavailable
  setFramebufferScaleFactor = unavailable
  getDepthTexture = unavailable
  getDepthSensingMesh = unavailable
  getCameraTexture = unavailable
}
