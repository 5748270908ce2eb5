// Stands in for three's WebGLUniformsGroups in the app's build (threeStubs() in vite-plugin-three.ts): three's
// renderer makes one whatever the page does, for uniform buffers (a ShaderMaterial's `uniformsGroups`), which the
// app never uses. Asked to bind or update one, it throws, naming this file. tests/unit/scene/three-stubs.test.ts
// fails as soon as src/ uses uniform groups.
const STUBBED =
  "three's WebGLUniformsGroups is stubbed out of this build (src/scene/three-stubs/WebGLUniformsGroups.ts): " +
  'take the stub out in vite-plugin-three.ts to use uniformsGroups'

function unavailable(): never {
  throw new Error(STUBBED)
}

export function WebGLUniformsGroups(_gl: unknown, _info: unknown, _capabilities: unknown, _state: unknown) {
  return { bind: unavailable, update: unavailable, dispose(): void {} }
}
