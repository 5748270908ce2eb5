// Offline at the track: after one visit the service worker holds the app, every chunk it can load and the
// model, so with the network gone a reload reaches ready and a group's panel opens. The embed's files stay
// out of it, and the embed script never registers a worker in a blogger's page.
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import {
  DIST_DIR,
  animationFrames,
  cameraMove,
  collectConsole,
  errorsOf,
  isModelPath,
  quietPeriod,
  serveBuiltSite,
  waitForState,
} from './harness.ts'
import { startArticleSite } from '../../scripts/lib/article-site.ts'

// A server of its own: the offline test checks that nothing more reaches it.
const site = serveBuiltSite({ server: {} })
const VIEWPORT = { width: 1280, height: 800 }
const KIB = 1024

/** The URLs dist/sw.js precaches (relative to its folder), read from its precacheAndRoute([...]) call. */
async function precachedUrls(): Promise<string[]> {
  const sw = await readFile(join(DIST_DIR, 'sw.js'), 'utf8')
  const list = /precacheAndRoute\(\s*\[(.*?)\]/s.exec(sw)?.[1]
  if (list === undefined) throw new Error('dist/sw.js has no precacheAndRoute([...]) list')
  return [...list.matchAll(/["']?url["']?\s*:\s*["']([^"']+)["']/g)].map((m) => m[1]!)
}

/** The files an HTML page in dist/ loads itself: its scripts, module preloads and style sheets. */
async function filesOfPage(page: string): Promise<string[]> {
  const html = await readFile(join(DIST_DIR, page), 'utf8')
  return [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!)
}

/** The model file index.html preloads (and the app loads), relative to dist/. */
async function modelOfApp(): Promise<string> {
  const html = await readFile(join(DIST_DIR, 'index.html'), 'utf8')
  const file = /<link\b[^>]*?rel="preload"[^>]*?href="\.\/(models\/[^"]+\.glb)"/.exec(html)?.[1]
  if (!file) throw new Error('dist/index.html preloads no model')
  return file
}

/** Installs the app's worker in a fresh context: the first visit, until the worker controls the page. */
async function firstVisit(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  collectConsole(page)
  await page.goto(`${site.server.origin}/index.html`)
  await waitForState(page, 'ready')
  // ready: installed (every precached file is in the cache) and active; clientsClaim then takes the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { polling: 100 })
  return page
}

describe('what the service worker precaches', () => {
  test('the app, all its chunks, the model, icons and manifest; none of the embed’s own files', async () => {
    const urls = await precachedUrls()
    expect(new Set(urls).size, 'no URL twice').toBe(urls.length)
    // The model the app loads, once: under its content-hashed name, and not the plain copy beside it.
    const model = await modelOfApp()
    expect(model).toMatch(/^models\/body\.[0-9a-f]{10}\.glb$/)
    expect(urls.filter((u) => u.endsWith('.glb'))).toEqual([model])
    for (const url of [
      'index.html',
      'manifest.webmanifest',
      'icons/icon-192.png',
      'icons/icon-512.png',
      'icons/maskable-512.png',
      'icons/apple-touch-icon.png',
      'favicon.svg',
    ])
      expect(urls, url).toContain(url)
    for (const file of await filesOfPage('index.html')) expect(urls, file).toContain(file)

    // Not the embed's page, the bloggers' script, nor the chunks only embed.html loads.
    expect(urls).not.toContain('embed.html')
    expect(urls).not.toContain('running-anatomy.js')
    const embedEntry = (await filesOfPage('embed.html')).find((f) => f.endsWith('.js'))!
    expect(urls).not.toContain(embedEntry)
    expect(urls.filter((u) => /(^|\/)EmbedApp-/.test(u))).toEqual([])
    // Every other built file is in: the lazily loaded chunks too (content, panels, plan, stride, picking).
    const assets = (await readdir(join(DIST_DIR, 'assets'))).map((f) => `assets/${f}`)
    const left = assets.filter((f) => !urls.includes(f))
    expect(
      left.every((f) => f === embedEntry || /^assets\/EmbedApp-/.test(f)),
      left.join(', '),
    ).toBe(true)

    // The note's figure: bytes the worker stores on the first visit (as served, uncompressed).
    const sizes = await Promise.all(
      urls.map(async (u) => ({ u, bytes: (await stat(join(DIST_DIR, u))).size })),
    )
    const total = sizes.reduce((sum, s) => sum + s.bytes, 0)
    const biggest = [...sizes]
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 5)
      .map((s) => `${s.u} ${(s.bytes / KIB).toFixed(1)} KiB`)
    console.log(
      `precache: ${urls.length} files, ${total} bytes (${(total / KIB).toFixed(1)} KiB); biggest: ${biggest.join(', ')}`,
    )
  })

  test('embed.html does not get the manifest link; index.html does, with its apple-touch-icon', async () => {
    const app = await readFile(join(DIST_DIR, 'index.html'), 'utf8')
    const embed = await readFile(join(DIST_DIR, 'embed.html'), 'utf8')
    expect(app).toMatch(/<link rel="manifest" href="\.\/manifest\.webmanifest"/)
    expect(app).toContain('rel="apple-touch-icon"')
    expect(embed).not.toContain('rel="manifest"')
    expect(embed).not.toContain('serviceWorker')
    const manifest = JSON.parse(await readFile(join(DIST_DIR, 'manifest.webmanifest'), 'utf8')) as {
      start_url: string
      display: string
      icons: { src: string; sizes: string; purpose?: string }[]
    }
    expect(manifest).toMatchObject({ start_url: './', display: 'standalone' })
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true)
  })
})

/** Drags across the middle of the stage with the mouse; resolves with how far the camera turned, in degrees. */
async function dragAcross(page: Page): Promise<number> {
  const azimuth = () =>
    page.evaluate(() => {
      const { x, z } = (window as unknown as { __RAE_STATS__: { camera: { x: number; z: number } } })
        .__RAE_STATS__.camera
      return (Math.atan2(x, z) * 180) / Math.PI
    })
  const stage = (await page.locator('canvas').boundingBox())!
  const y = stage.y + stage.height * 0.5
  const before = await azimuth()
  await cameraMove(page, async () => {
    await page.mouse.move(stage.x + stage.width * 0.45, y)
    await page.mouse.down()
    // A frame after each move: camera-controls applies at most one move per frame and drops a release's last
    // unapplied one, whenever it loaded.
    for (let i = 1; i <= 5; i++) {
      await page.mouse.move(stage.x + stage.width * (0.45 + i * 0.02), y)
      await animationFrames(page, 2)
    }
    await page.mouse.up()
  })
  const turned = (await azimuth()) - before
  return ((turned + 540) % 360) - 180
}

test('first visit, go offline, reload: the app is ready and a group opens', async () => {
  const context = await site.browser.newContext({ viewport: VIEWPORT })
  try {
    const page = await firstVisit(context)
    const log = collectConsole(page) // the same list, since the first visit
    const before = site.server.requests.length
    await context.setOffline(true)

    await page.reload()
    await waitForState(page, 'ready')
    // The first drag loads camera-controls (a chunk of its own) from the worker's cache, and turns the body as
    // far as the same drag does once it is there: the press and moves it came too late for are replayed.
    const first = await dragAcross(page)
    const second = await dragAcross(page)
    expect(Math.abs(first), 'the first drag turns the body').toBeGreaterThan(10)
    expect(first).toBeCloseTo(second, 0)
    await page.locator('[role=option][data-group=calves]').click()
    await page.waitForFunction(() => document.querySelector('#rae-panel-title')?.textContent === 'Calves')
    expect(await page.locator('.rae-exercise').count()).toBeGreaterThanOrEqual(5)

    // A shared link (any query) and the installed app's start URL open offline too.
    await page.goto(`${site.server.origin}/index.html?muscle=glutes&view=back`)
    await waitForState(page, 'ready')
    await page.waitForFunction(() => document.querySelector('#rae-panel-title')?.textContent === 'Glutes')
    await page.goto(`${site.server.origin}/`)
    await waitForState(page, 'ready')

    // Nothing reached the server: all of it came from the worker's cache. Left out: Chromium's own update
    // check of the worker script after a navigation (sw.js and its workbox import), made by the browser outside
    // the page's offline emulation, so on a slow run it gets through here (a real offline device fails it
    // harmlessly). It is not the app loading anything.
    const updateCheck = (path: string) => path === '/sw.js' || /^\/workbox-[\w-]+\.js$/.test(path)
    expect(site.server.requests.slice(before).filter((path) => !updateCheck(path))).toEqual([])
    expect(errorsOf(log)).toEqual([])

    // embed.html is never answered from the cache (no navigation fallback to index.html): offline it fails.
    await expect(page.goto(`${site.server.origin}/embed.html`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/)
  } finally {
    await context.close()
  }
})

test('a first visit registers the worker only once the page is ready, and downloads the model once', async () => {
  const context = await site.browser.newContext({ viewport: VIEWPORT })
  try {
    // What the page says at the moment it registers its worker.
    await context.addInitScript(() => {
      const register = ServiceWorkerContainer.prototype.register
      ServiceWorkerContainer.prototype.register = function (...args) {
        ;(window as { __registeredAt?: string }).__registeredAt =
          document.querySelector<HTMLElement>('#explorer')?.dataset.state ?? '(no #explorer)'
        return register.apply(this, args)
      }
    })
    const before = site.server.requests.length
    const page = await firstVisit(context)
    expect(await page.evaluate(() => (window as { __registeredAt?: string }).__registeredAt)).toBe('ready')

    // Installed: every precached file is in the cache. The server saw the model once, the page's request:
    // the worker took that copy instead of downloading its own.
    const model = `/${await modelOfApp()}`
    const requests = site.server.requests.slice(before)
    expect(requests.filter(isModelPath)).toEqual([model])
    const cached = await page.evaluate(
      (url) =>
        caches
          .match(new URL(url, location.href).href)
          .then((r) => r?.arrayBuffer())
          .then((b) => b?.byteLength ?? 0),
      `.${model}`,
    )
    expect(cached).toBe((await stat(join(DIST_DIR, model))).size)
  } finally {
    await context.close()
  }
})

test('the embed script and embed.html register no service worker in a blogger’s page', async () => {
  const article = await startArticleSite()
  const context = await site.browser.newContext({ viewport: VIEWPORT })
  try {
    const page = await context.newPage()
    await page.goto(article.articleUrl)
    // Each embed in turn, scrolled to and run until ready: the plain iframe, then the element's own frame.
    const frames = () => page.frames().filter((f) => f.url().includes('/embed.html'))
    for (const [figure, eager] of [
      ['#iframe-figure', false],
      ['#element-figure', true],
    ] as const) {
      await page.locator(figure).scrollIntoViewIfNeeded()
      const frame = () => frames().find((f) => f.url().includes('load=eager') === eager)
      await expect.poll(() => frame() !== undefined, { timeout: 30_000 }).toBe(true)
      await frame()!.waitForFunction(
        () => document.querySelector('#explorer')?.getAttribute('data-state') === 'ready',
        null,
        { timeout: 90_000, polling: 100 },
      )
    }
    // A page registers its worker as it boots, long before ready, and fetches the worker's script at once; a
    // short watch after both frames are ready gives a late registration its chance to show.
    await quietPeriod(page, 500, 5)

    const registrations = () =>
      navigator.serviceWorker.getRegistrations().then((list) => list.map((r) => r.scope))
    expect(await page.evaluate(registrations)).toEqual([])
    for (const frame of frames()) expect(await frame.evaluate(registrations)).toEqual([])
    expect(context.serviceWorkers()).toEqual([])
    expect(article.assets.requests).not.toContain('/sw.js')
  } finally {
    await context.close()
    await article.close()
  }
})
