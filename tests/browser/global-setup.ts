/**
 * Once per browser-test run: check dist/ was built, serve it, and start headless Chromium as browser servers that
 * every test file connects to (tests/browser/harness.ts, serveBuiltSite). One launch instead of one per file,
 * and one static server: a file opens its own pages and contexts and closes them.
 */
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { chromium, type BrowserServer } from 'playwright-core'
import type { TestProject } from 'vitest/node'
import { DIST_DIR, chromiumOptions, startServer } from '../../scripts/lib/browser.ts'

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  for (const file of ['index.html', 'embed.html', 'running-anatomy.js']) {
    await stat(join(DIST_DIR, file)).catch(() => {
      throw new Error(`dist/${file} is missing: run \`npm run build\` first (npm run test:browser does it)`)
    })
  }
  const servers: BrowserServer[] = []
  const server = await startServer()
  try {
    // One WebGL Chromium per worker: two files drawing at once in one browser queue behind its one GPU process
    // (where SwiftShader runs), so each worker gets its own. The no-WebGL fallback needs a launch flag of its
    // own; the two files that check it share one.
    const workers = Math.max(1, project.config.maxWorkers)
    for (let i = 0; i < workers; i++) servers.push(await chromium.launchServer(chromiumOptions()))
    const noWebgl = await chromium.launchServer(chromiumOptions({ webgl: false }))
    servers.push(noWebgl)
    project.provide('raeSite', {
      origin: server.origin,
      webgl: servers.slice(0, workers).map((s) => s.wsEndpoint()),
      noWebgl: noWebgl.wsEndpoint(),
    })
  } catch (error) {
    await Promise.all(servers.map((s) => s.close()))
    await server.close()
    throw error
  }
  return async () => {
    await Promise.all(servers.map((s) => s.close()))
    await server.close()
  }
}
