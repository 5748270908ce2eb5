/**
 * What the browser tests share: the helpers of scripts/lib/browser.ts (server, Chromium, console, waits), plus
 * the per-file set-up of a test file (serveBuiltSite) and debug screenshots.
 */
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import {
  DIST_DIR,
  launchChromium,
  saveScreenshot,
  startServer,
  type ServerOptions,
  type StaticServer,
} from '../../scripts/lib/browser.ts'

export * from '../../scripts/lib/browser.ts'

/** Saves a PNG of the viewport into .tmp/shots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  return saveScreenshot(page, name)
}

export interface BuiltSite {
  readonly server: StaticServer
  readonly browser: Browser
}

/**
 * The usual set-up of a browser test file (or describe block): check dist/ was built, serve it, start Chromium,
 * and close both afterwards. Read `site.server` / `site.browser` inside tests.
 */
export function serveBuiltSite(options: { server?: ServerOptions; webgl?: boolean } = {}): BuiltSite {
  let server: StaticServer | undefined
  let browser: Browser | undefined
  beforeAll(async () => {
    await stat(join(DIST_DIR, 'index.html')).catch(() => {
      throw new Error('dist/index.html is missing: run `npm run build` first (npm run test:browser does it)')
    })
    server = await startServer(options.server)
    browser = await launchChromium({ webgl: options.webgl ?? true })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })
  return {
    get server() {
      if (!server) throw new Error('serveBuiltSite: the server is only there inside tests')
      return server
    },
    get browser() {
      if (!browser) throw new Error('serveBuiltSite: the browser is only there inside tests')
      return browser
    },
  }
}
