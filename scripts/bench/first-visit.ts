import { statSync } from 'node:fs'
import { join } from 'node:path'
import { isModelPath } from '../lib/browser.ts'
import { shippedBytes } from '../lib/article-site.ts'
import { loadPage } from './page-load.ts'
import type { BenchSection, Figure } from './types.ts'

const INSTALL_TIMEOUT_MS = 60_000

/**
 * One first visit of index.html with its service worker allowed, until the worker has installed (precached
 * everything) and the network is idle, read from the server's own request log, which sees the worker's
 * fetches that the page's network events miss: how often the model travels, when the worker starts, and what
 * the visit downloads in all.
 */
export const firstVisit: BenchSection = {
  name: 'first-visit',
  title: 'First visit with the service worker allowed, until it is installed (server request log)',
  async run(ctx) {
    const load = await loadPage(ctx, '/index.html', { serviceWorkers: 'allow', networkIdle: false })
    let installed = false
    try {
      installed = (await load.page.evaluate(
        `Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((done) => setTimeout(() => done(false), ${INSTALL_TIMEOUT_MS}))])`,
      )) as boolean
      await load.page.waitForLoadState('networkidle')
    } finally {
      await load.close()
    }
    const requests = load.serverRequests()
    const model = requests.filter((r) => isModelPath(r.path))
    const size = (path: string) => statSync(join(ctx.distDir, path)).size
    const oneCopy = model.length ? size(model[0]!.path) : null
    const worker = requests.find((r) => r.path.endsWith('/sw.js'))
    const after = worker ? worker.time - load.readyEpoch : null
    return [
      {
        label: 'model bytes fetched (page and worker)',
        value: model.reduce((sum, r) => sum + size(r.path), 0),
        unit: 'bytes',
        // One copy: the worker keeps the one the page fetched.
        ...(oneCopy === null ? {} : { target: oneCopy }),
        note: `${model.length} request(s): ${[...new Set(model.map((r) => r.path))].join(', ') || 'none'}`,
      },
      {
        label: 'worker script requested after ready',
        value: after,
        unit: 'ms',
        note: !worker
          ? 'sw.js never requested'
          : `${after! < 0 ? 'BEFORE ready; ' : ''}${installed ? 'installed' : 'not installed within 60 s'}`,
      },
      {
        label: 'first visit in all, worker included (gzip)',
        value: await shippedBytes(
          ctx.distDir,
          requests.map((r) => r.path),
        ),
        unit: 'bytes',
        note: `${requests.length} requests`,
      },
    ] satisfies Figure[]
  },
}
