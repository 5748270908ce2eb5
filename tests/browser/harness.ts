/**
 * What the browser tests share: the helpers of scripts/lib/browser.ts (server, Chromium, console, waits), the
 * per-file set-up (serveBuiltSite: the run's one built site and Chromium, see global-setup.ts), waits for the
 * app's own signals, and debug screenshots on request (RAE_SHOTS=1).
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core'
import { afterAll, afterEach, beforeAll, inject } from 'vitest'
import {
  saveScreenshot,
  startServer,
  waitForState,
  type ServerOptions,
  type StaticServer,
} from '../../scripts/lib/browser.ts'

export * from '../../scripts/lib/browser.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** From global-setup.ts: the shared static server and the Chromium browser servers' endpoints. */
    raeSite: { origin: string; webgl: string[]; noWebgl: string }
  }
}

/** RAE_SHOTS=1 saves the tests' debug screenshots into .tmp/shots/; otherwise screenshot() does nothing. */
export const SHOTS = process.env.RAE_SHOTS === '1'

/** With RAE_SHOTS=1, saves a PNG of the viewport into .tmp/shots/<name>.png and returns its path; else null. */
export async function screenshot(page: Page, name: string): Promise<string | null> {
  return SHOTS ? saveScreenshot(page, name) : null
}

/** The server a file's pages load from: the run's shared one, or the file's own (serveBuiltSite({ server })). */
export interface SiteServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  readonly origin: string
  /** URL paths requested so far; only a file's own server keeps them (the shared one serves files in parallel). */
  readonly requests: string[]
}

export interface BuiltSite {
  readonly server: SiteServer
  readonly browser: Browser
  /**
   * Keeps a context open across tests (one page for a describe block); closed with the file. Every other
   * context, and so every page, is closed after the test that opened it, pass or fail.
   */
  keep(context: BrowserContext): BrowserContext
}

/**
 * The usual set-up of a browser test file (or describe block): the built site and a Chromium, both started once
 * for the whole run by global-setup.ts; this file connects to them. `server` options (an intercept, headers)
 * give the file a server of its own, `webgl: false` the shared Chromium without WebGL. Read `site.server` /
 * `site.browser` inside tests.
 */
export function serveBuiltSite(options: { server?: ServerOptions; webgl?: boolean } = {}): BuiltSite {
  let own: StaticServer | undefined
  let origin: string | undefined
  let browser: Browser | undefined
  const kept = new Set<BrowserContext>()
  beforeAll(async () => {
    const shared = inject('raeSite')
    if (options.server) own = await startServer(options.server)
    origin = own?.origin ?? shared.origin
    // Each worker has its own WebGL Chromium (VITEST_POOL_ID counts workers from 1).
    const worker = Number(process.env.VITEST_POOL_ID ?? '1') - 1
    const endpoint = options.webgl === false ? shared.noWebgl : shared.webgl[worker % shared.webgl.length]!
    browser = await chromium.connect(endpoint)
  })
  afterEach(async ({ task }) => {
    if (!browser) return
    // Asked for (RAE_SHOTS=1), a failed test leaves a picture of every page it still had open.
    if (SHOTS && task.result?.state === 'fail') {
      const base = task.name.replace(/[^\w.-]+/g, '-').slice(0, 80)
      const pages = browser.contexts().flatMap((c) => c.pages())
      await Promise.all(pages.map((p, i) => screenshot(p, `failed-${base}-${i + 1}`).catch(() => null)))
    }
    await Promise.all(
      browser
        .contexts()
        .filter((c) => !kept.has(c))
        .map((c) => c.close()),
    )
  })
  afterAll(async () => {
    // Disconnecting closes this file's contexts; the browser itself serves the next file.
    await browser?.close()
    await own?.close()
  })
  return {
    get server(): SiteServer {
      if (!origin) throw new Error('serveBuiltSite: the server is only there inside tests')
      return {
        origin,
        get requests(): string[] {
          if (!own) throw new Error('serveBuiltSite: only a server of its own ({ server: {} }) logs requests')
          return own.requests
        },
      }
    },
    get browser() {
      if (!browser) throw new Error('serveBuiltSite: the browser is only there inside tests')
      return browser
    },
    keep(context) {
      kept.add(context)
      return context
    },
  }
}

/**
 * One page shared by the tests of a file or describe block (made before the first, closed after the last), for
 * tests that move between link states instead of loading the app again.
 */
export function sharedPage(site: BuiltSite, options: BrowserContextOptions = {}): { readonly page: Page } {
  let page: Page | undefined
  beforeAll(async () => {
    page = await site.keep(await site.browser.newContext(options)).newPage()
  })
  afterAll(async () => {
    await page?.context().close()
  })
  return {
    get page() {
      if (!page) throw new Error('sharedPage: the page is only there inside tests')
      return page
    },
  }
}

type StatsWindow = Window & { __RAE_STATS__?: { frames: number } }

/** Frames the stage has drawn so far (window.__RAE_STATS__.frames), -1 before the app booted. */
export function framesDrawn(page: Page): Promise<number> {
  return page.evaluate(() => (window as StatsWindow).__RAE_STATS__?.frames ?? -1)
}

/** Resolves after the page has run `count` animation frames: whatever was asked to draw before has drawn. */
export async function animationFrames(page: Page, count = 2): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((done) => {
        const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : done())
        step(n)
      }),
    count,
  )
}

/**
 * Runs `act` (a key, a click, a drag) and waits until the camera it set moving has come to rest again, from the
 * canvas' data-camera attribute (src/scene/CameraRig.tsx): no guessed sleep, however slow the machine.
 */
export async function cameraMove(page: Page, act: () => Promise<unknown>, timeoutMs = 30_000): Promise<void> {
  await page.evaluate(() => {
    const canvas = document.querySelector('canvas')!
    const w = window as Window & { __raeCameraMoved?: boolean }
    // Already moving: the act joins that move, and its rest is the one to wait for.
    w.__raeCameraMoved = canvas.dataset.camera === 'moving'
    // The attribute is only written when it changes, so any write from 'rest' is a move starting.
    new MutationObserver((records, observer) => {
      if (!records.some((r) => r.oldValue !== 'moving')) return
      w.__raeCameraMoved = true
      observer.disconnect()
    }).observe(canvas, { attributes: true, attributeFilter: ['data-camera'], attributeOldValue: true })
  })
  await act()
  await page.waitForFunction(
    () =>
      (window as Window & { __raeCameraMoved?: boolean }).__raeCameraMoved === true &&
      document.querySelector('canvas')?.dataset.camera === 'rest',
    null,
    { timeout: timeoutMs, polling: 50 },
  )
}

/** Waits until the camera is at rest (data-camera="rest"), e.g. after a link's view eased in. */
export async function cameraAtRest(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(() => document.querySelector('canvas')?.dataset.camera === 'rest', null, {
    timeout: timeoutMs,
    polling: 50,
  })
}

/** Waits until the stage has drawn nothing for half a second (at most 30 tries); returns the frame count then. */
export async function settledFrames(page: Page): Promise<number> {
  let frames = await framesDrawn(page)
  for (let i = 0; i < 30; i++) {
    await quietPeriod(page, 500, 10)
    const now = await framesDrawn(page)
    if (now === frames) return now
    frames = now
  }
  return frames
}

/**
 * A bounded wait for checks that something does NOT happen (no frame drawn, no reply): at least `ms` and at
 * least `frames` animation frames, so a slow machine that runs few frames still gets its chance to misbehave.
 * Keep it as short as proves the point.
 */
export async function quietPeriod(page: Page, ms = 1000, frames = 10): Promise<void> {
  await Promise.all([page.waitForTimeout(ms), animationFrames(page, frames)])
}

/**
 * Moves a page to another link state without a reload, as Back and Forward do: pushes `query` (`?muscle=glutes`)
 * and tells the app with a popstate, which puts the whole view of that address on screen (what a fresh load of it
 * gives, without its notes). Resolves once the app has taken the address over (its history entries carry a mark,
 * which a pushed entry lacks) and, when `rendered` names a CSS selector, once that is in the page, e.g.
 * `[data-group=glutes]`; then after two frames, so what it rendered is painted.
 */
export async function gotoLink(page: Page, query: string, rendered?: string): Promise<void> {
  await page.evaluate((q) => {
    history.pushState(null, '', q)
    dispatchEvent(new PopStateEvent('popstate', { state: null }))
  }, query)
  await page.waitForFunction(() => history.state !== null, undefined, { polling: 'raf' })
  if (rendered) await page.locator(rendered).first().waitFor({ state: 'attached' })
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
}

/**
 * Puts a page that tests share on the app at `query` (`?muscle=calves`, `?` for the bare address) as a fresh load
 * of that link shows it, loading the app only when the page is not on it yet: otherwise through `gotoLink`, whose
 * popstate resets everything the address leaves out (hover, filters, the sheet, the camera pose, plan steps)
 * too. Then waits for the camera at rest, as a fresh load is framed at ready. Not for tests of a load itself
 * (start-up, notes about a bad link, focus from the top of the page, what a reload restores).
 */
export async function openLink(page: Page, origin: string, query: string): Promise<void> {
  const onApp =
    page.url().startsWith(`${origin}/index.html`) &&
    (await page.evaluate(() => document.querySelector('#explorer')?.getAttribute('data-state'))) === 'ready'
  if (onApp) {
    await gotoLink(page, query || '?')
  } else {
    await page.goto(`${origin}/index.html${query}`)
    await waitForState(page, 'ready')
  }
  if (await page.locator('canvas').count()) await cameraAtRest(page)
}
