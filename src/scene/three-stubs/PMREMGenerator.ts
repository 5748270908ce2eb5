// Stands in for three's PMREMGenerator in the app's build (threeStubs() in vite-plugin-three.ts): three's renderer
// builds one only for an environment map on a physically based material (scene.environment, material.envMap),
// which the app never sets. Made, it throws, naming this file. tests/unit/scene/three-stubs.test.ts fails as soon
// as src/ sets an environment or an envMap.
export class PMREMGenerator {
  constructor(_renderer: unknown) {
    throw new Error(
      "three's PMREMGenerator is stubbed out of this build (src/scene/three-stubs/PMREMGenerator.ts): " +
        'take the stub out in vite-plugin-three.ts to use an environment map',
    )
  }
}
