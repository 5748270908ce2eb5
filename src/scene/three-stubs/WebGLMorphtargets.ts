// Stands in for three's WebGLMorphtargets in the app's build (threeStubs() in vite-plugin-three.ts): three's
// renderer makes one whatever the page does, and asks it for something only for a geometry with morph targets,
// which neither the body nor anything else the app draws has. Asked, it throws, naming this file.
// tests/unit/scene/three-stubs.test.ts fails as soon as src/ or the committed body uses morph targets.
const STUBBED =
  "three's WebGLMorphtargets is stubbed out of this build (src/scene/three-stubs/WebGLMorphtargets.ts): " +
  'take the stub out in vite-plugin-three.ts to draw morph targets'

function unavailable(): never {
  throw new Error(STUBBED)
}

export function WebGLMorphtargets(_gl: unknown, _capabilities: unknown, _textures: unknown) {
  return { update: unavailable }
}
