// Stands in for three's WebGLEnvironments in the app's build (threeStubs() in vite-plugin-three.ts): three's
// renderer makes one whatever the page does, to turn an environment or an equirectangular background into a cube
// map or a PMREM, and the app sets neither. A texture three would hand back unchanged (none, or one that needs no
// conversion) is handed back here too; one that needs converting throws, naming this file.
// tests/unit/scene/three-stubs.test.ts fails as soon as src/ sets an environment, an envMap or such a background.
import { EquirectangularReflectionMapping, EquirectangularRefractionMapping, type Texture } from 'three'

const STUBBED =
  "three's WebGLEnvironments is stubbed out of this build (src/scene/three-stubs/WebGLEnvironments.ts): " +
  'take the stub out in vite-plugin-three.ts to use an environment map or an equirectangular background'

export function WebGLEnvironments(_renderer: unknown) {
  return {
    get<T extends Texture | null | undefined>(texture: T, usePMREM = false): T | null {
      if (texture === null || texture === undefined) return null
      const mapping = texture.mapping
      const convert =
        mapping === EquirectangularReflectionMapping || mapping === EquirectangularRefractionMapping
      if (usePMREM || (texture.isTexture && convert)) throw new Error(STUBBED)
      return texture
    },
    dispose(): void {},
  }
}
