// The built app (dist/, made by `npm run test:browser` before vitest starts) loads in headless Chromium
// with WebGL, reaches ready and throws nothing on the way.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Browser } from 'playwright-core'
import {
  DIST_DIR,
  collectConsole,
  errorsOf,
  launchChromium,
  screenshot,
  startServer,
  waitForState,
  type StaticServer,
} from './harness.ts'

let server: StaticServer
let browser: Browser

beforeAll(async () => {
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run build` first (npm run test:browser does it)')
  }
  server = await startServer()
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

test('index.html reaches data-state="ready" with WebGL and no errors', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  const log = collectConsole(page)
  await page.goto(`${server.origin}/index.html`)
  await waitForState(page, 'ready', 60_000)

  const webgl = await page.locator('#explorer').getAttribute('data-webgl')
  expect(webgl, 'WebGL is on in this browser, so the app must not take the fallback').not.toBe('off')
  expect(await page.locator('canvas').count()).toBeGreaterThan(0)
  expect(server.requests).toContain('/models/body.glb')

  await screenshot(page, 'smoke-index')
  expect(errorsOf(log)).toEqual([])
  await page.close()
})
