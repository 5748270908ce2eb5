import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { MIME_TYPES } from '../lib/browser.ts'
import { KIB } from './stats.ts'
import { loadPage, type LoadedResponse } from './page-load.ts'
import type { BenchSection, Figure } from './types.ts'

export const JS_TARGET = 280 * KIB
// The écorché's model budget (768 KiB as shipped) + the JS target + HTML and CSS: what a first visit may cost.
export const TOTAL_TARGET = 1100 * KIB

type Kind = 'js' | 'css' | 'html' | 'model' | 'wasm' | 'other'

const KIND_BY_EXT: Readonly<Record<string, Kind>> = {
  '.js': 'js',
  '.mjs': 'js',
  '.css': 'css',
  '.html': 'html',
  '.glb': 'model',
  '.gltf': 'model',
  '.wasm': 'wasm',
}

/** Text compresses on any real host, so it counts gzipped; binaries (model, wasm, images) count as shipped. */
const TEXT = /^(text\/|application\/(json|javascript|xml)|image\/svg)/

function kindOf(path: string, contentType: string): Kind {
  const byExt = KIND_BY_EXT[extname(path).toLowerCase()]
  if (byExt) return byExt
  if (contentType.includes('javascript')) return 'js'
  if (contentType.startsWith('text/css')) return 'css'
  if (contentType.startsWith('text/html')) return 'html'
  return 'other'
}

function shippedBytes(body: Buffer, contentType: string): number {
  return TEXT.test(contentType) ? gzipSync(body, { level: 9 }).length : body.length
}

/**
 * Bytes index.html pulls in itself before it is ready and the network is idle, from a cold cache, with the service
 * worker blocked: its precache downloads everything later, and the first-visit section counts those.
 */
export const firstLoad: BenchSection = {
  name: 'first-load',
  title: 'First load of index.html (text gzip -9, binaries as shipped)',
  async run(ctx) {
    const load = await loadPage(ctx, '/index.html', { bodies: true })
    await load.close()

    const items: { path: string; kind: Kind; bytes: number }[] = []
    for (const r of load.responses) {
      if (r.status !== 200) continue
      const path = r.path ?? r.url
      items.push({ path, kind: kindOf(path, r.contentType), bytes: shippedBytes(r.body, r.contentType) })
    }
    // Requests the page's events missed (e.g. from a worker) still count, read back from dist/.
    const fromDisk = load.unseenPaths.filter((p) => existsSync(join(ctx.distDir, p)) && p !== '/')
    for (const path of fromDisk) {
      const contentType = MIME_TYPES[extname(path).toLowerCase()] ?? ''
      const body = readFileSync(join(ctx.distDir, path))
      items.push({ path, kind: kindOf(path, contentType), bytes: shippedBytes(body, contentType) })
    }

    const sum = (kinds: readonly Kind[]) =>
      items.filter((i) => kinds.includes(i.kind)).reduce((total, i) => total + i.bytes, 0)
    const count = (kind: Kind) => items.filter((i) => i.kind === kind).length
    const crossOrigin = load.responses.filter((r: LoadedResponse) => r.path === null).length
    return [
      {
        label: 'first-load JS (gzip)',
        value: sum(['js']),
        unit: 'bytes',
        target: JS_TARGET,
        note: `${count('js')} files`,
      },
      { label: 'first-load CSS + HTML (gzip)', value: sum(['css', 'html']), unit: 'bytes' },
      { label: 'first-load model', value: sum(['model']), unit: 'bytes', note: `${count('model')} files` },
      { label: 'first-load wasm + other', value: sum(['wasm', 'other']), unit: 'bytes' },
      {
        label: 'first-load total',
        value: sum(['js', 'css', 'html', 'model', 'wasm', 'other']),
        unit: 'bytes',
        target: TOTAL_TARGET,
        note: [
          `${items.length} responses`,
          fromDisk.length ? `${fromDisk.length} seen only by the server` : '',
          crossOrigin ? `${crossOrigin} cross-origin!` : '',
        ]
          .filter(Boolean)
          .join(', '),
      },
    ] satisfies Figure[]
  },
}

/** The model file as it ships in dist/. */
export const modelFile: BenchSection = {
  name: 'model-file',
  title: 'Shipped model',
  async run(ctx) {
    const file = join(ctx.distDir, 'models', 'body.glb')
    const exists = existsSync(file)
    return [
      {
        label: 'dist/models/body.glb',
        value: exists ? statSync(file).size : null,
        unit: 'bytes',
        note: exists
          ? `gzip -9 would give ${gzipSync(readFileSync(file), { level: 9 }).length} B`
          : 'file missing',
      },
    ]
  },
}
