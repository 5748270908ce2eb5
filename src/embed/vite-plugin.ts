/**
 * Builds running-anatomy.js on its own, after the site. As one more input of the main build it would share
 * chunks with the app (the domain module, zod), turning one pasted <script> into several cross-origin
 * requests; a separate library build makes it the single self-contained ES module bloggers are promised.
 */
import { build, type Plugin } from 'vite'
import { resolve } from 'node:path'

export const ELEMENT_ENTRY = 'src/embed/running-anatomy.ts'
export const ELEMENT_FILE = 'running-anatomy.js'

export function webComponentBuild(): Plugin {
  let root = process.cwd()
  let outDir = 'dist'
  let target: string | string[] | false = 'es2022'
  return {
    name: 'running-anatomy:web-component',
    apply: 'build',
    configResolved(config) {
      root = config.root
      outDir = resolve(config.root, config.build.outDir)
      target = config.build.target
    },
    async closeBundle() {
      // configFile: false, so this nested build does not load this plugin again.
      await build({
        configFile: false,
        root,
        logLevel: 'warn',
        publicDir: false,
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          target,
          minify: true,
          modulePreload: false,
          rollupOptions: {
            input: resolve(root, ELEMENT_ENTRY),
            // Keep the exports, so a page can also `import { RunningAnatomyElement }` from the file.
            preserveEntrySignatures: 'strict',
            output: { format: 'es', entryFileNames: ELEMENT_FILE },
          },
        },
      })
    },
  }
}
