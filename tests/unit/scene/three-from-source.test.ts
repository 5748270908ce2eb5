import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { THREE_SOURCE_ENTRY, compactGlslModule } from '../../../src/scene/vite-plugin-three.ts'

const THREE_DIR = dirname(dirname(THREE_SOURCE_ENTRY))
const SHADERS = join(THREE_DIR, 'src', 'renderers', 'shaders')

describe('three.js from its source modules (the build resolves `three` to three/src)', () => {
  // The tests run on the published three.module.js; the built app on three/src. The shaders the app compiles
  // must be the published ones, character for character, or the warm-up and the goldens would see other text.
  it('compacts every shader module exactly as three’s own build does', () => {
    const published =
      readFileSync(join(THREE_DIR, 'build', 'three.module.js'), 'utf8') +
      readFileSync(join(THREE_DIR, 'build', 'three.core.js'), 'utf8')
    const missing: string[] = []
    let count = 0
    for (const folder of ['ShaderChunk', 'ShaderLib']) {
      for (const file of readdirSync(join(SHADERS, folder)).filter((f) => f.endsWith('.glsl.js'))) {
        const code = compactGlslModule(readFileSync(join(SHADERS, folder, file), 'utf8'))
        expect(code, file).not.toContain('/* glsl */')
        for (const [, literal] of code.matchAll(/^export (?:default|const \w+ =) ("(?:[^"\\]|\\.)*");?$/gm)) {
          count++
          if (!published.includes(literal!)) missing.push(`${folder}/${file}`)
        }
      }
    }
    expect(missing).toEqual([])
    expect(count).toBeGreaterThan(140)
  })
})
