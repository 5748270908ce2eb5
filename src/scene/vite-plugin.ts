/**
 * Ships the body under a name made from its content, `models/body.<hash>.glb`, and points the app (through
 * `import.meta.env.RAE_MODEL_FILE`, read by model-url.ts) and index.html's preload at it. A new body is then a
 * new URL, which the service worker's precache can take as it is, without a revision to bust caches with, so
 * the copy the page fetched on a first visit is the one the worker keeps (app/service-worker.ts). public/ still
 * copies the plain `models/body.glb` beside it, for other tools (the bench's floor page) and for pages of an
 * older build that a cache still holds; the worker does not precache that one.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'

/** The generated model, as `npm run model` writes it. */
export const MODEL_SOURCE = 'public/models/body.glb'
/** The plain name: the dev server's, and the unhashed copy in dist/. */
export const PLAIN_MODEL_FILE = 'models/body.glb'

/** `models/body.<first 10 hex digits of its SHA-256>.glb` */
export function hashedModelFile(bytes: Uint8Array): string {
  return `models/body.${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}.glb`
}

export function hashedModel(): Plugin {
  let bytes: Buffer | null = null
  let file = PLAIN_MODEL_FILE
  return {
    name: 'running-anatomy:hashed-model',
    apply: 'build',
    config(config) {
      bytes = readFileSync(resolve(config.root ?? process.cwd(), MODEL_SOURCE))
      file = hashedModelFile(bytes)
      return { define: { 'import.meta.env.RAE_MODEL_FILE': JSON.stringify(file) } }
    },
    generateBundle() {
      if (bytes) this.emitFile({ type: 'asset', fileName: file, source: bytes })
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replaceAll(`./${PLAIN_MODEL_FILE}`, `./${file}`),
    },
  }
}
