/**
 * Screenshots of the generated body for review: starts Vite on 127.0.0.1, opens Debian Chromium
 * (software WebGL) through playwright-core and saves one PNG per view into .tmp/shots/.
 * Usage: tsx scripts/shoot-model.ts [view …] [--xray] [--bent] [--plain] (--bent: right hip and knee flexed as in the
 * stride, saved as <view>-bent.png)
 */
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { createServer } from 'vite'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/browser.ts'

const root = resolve(import.meta.dirname, '..')
const outDir = join(root, '.tmp/shots')
const args = process.argv.slice(2)
const xray = args.includes('--xray')
const bent = args.includes('--bent')
const plain = args.includes('--plain')
const requested = args.filter((a) => !a.startsWith('--'))
const views = requested.length
  ? requested
  : [
      'front',
      'back',
      'left',
      'right',
      'thigh',
      'thigh-back',
      'calf',
      'shoulder',
      'upper-back',
      'glutes',
      'core',
      'face',
      'hand',
      'foot',
    ]

mkdirSync(outDir, { recursive: true })
const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  server: { host: '127.0.0.1', port: 5317, strictPort: false },
})
await server.listen()
const address = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5317/'
// A fresh profile each run; playwright takes it as the persistent context's directory.
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'shoot-model-')), {
  executablePath: CHROMIUM_PATH,
  viewport: { width: 900, height: 1100 },
  args: [...CHROMIUM_ARGS],
})
try {
  const page = context.pages()[0] ?? (await context.newPage())
  for (const view of views) {
    const url = `${address}tests/visual/model-preview.html?view=${view}${xray ? '&xray=1' : ''}${bent ? '&pose=bent' : ''}${plain ? '&plain=1' : ''}`
    await page.goto(url)
    await page.waitForFunction(
      () => window.__modelReady === true || window.__modelError !== undefined,
      null,
      {
        timeout: 120_000,
      },
    )
    const error = await page.evaluate(() => window.__modelError)
    if (error) throw new Error(`preview failed: ${error}`)
    const file = join(
      outDir,
      `${view}${xray ? '-xray' : ''}${bent ? '-bent' : ''}${plain ? '-plain' : ''}.png`,
    )
    await page.screenshot({ path: file })
    console.log(`saved ${file}`)
  }
} finally {
  await context.close()
  await server.close()
}
