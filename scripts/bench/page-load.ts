import type { Page, Response } from 'playwright-core'
import { collectConsole, errorsOf, waitForState } from '../lib/browser.ts'
import type { BenchContext } from './types.ts'

export const VIEWPORT = { width: 1280, height: 800 }
export const READY_TIMEOUT_MS = 120_000

/**
 * Records performance.now() (ms since navigation start) the moment #explorer says ready, so the figure does
 * not depend on how often the bench polls. A string, because tsx would wrap a function with name helpers
 * the page does not have.
 */
const READY_PROBE = `(() => {
  const check = () => {
    const el = document.getElementById('explorer')
    if (el && el.dataset.state === 'ready' && window.__RAE_BENCH_READY__ === undefined) {
      window.__RAE_BENCH_READY__ = performance.now()
    }
  }
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] })
})()`

export interface LoadedResponse {
  url: string
  /** URL path on the bench server, or null for other origins. */
  path: string | null
  status: number
  contentType: string
  body: Buffer
}

export interface PageLoad {
  page: Page
  /** ms from navigation start to data-state="ready". */
  readyMs: number
  /** Every response the page received up to network idle after ready (bodies included when asked). */
  responses: LoadedResponse[]
  /** Server paths fetched during this load that the page's network events did not report (e.g. workers). */
  unseenPaths: string[]
  close(): Promise<void>
}

/** Loads a page of dist/ in a fresh context (empty cache), waits for ready, then for network idle. */
export async function loadPage(
  ctx: BenchContext,
  urlPath: string,
  { bodies = false }: { bodies?: boolean } = {},
): Promise<PageLoad> {
  const browser = await ctx.browser()
  // The offline service worker's precache downloads happen after the page is ready and in the background:
  // they are not what a first visit waits for, so the load is measured without them.
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' })
  await context.addInitScript(READY_PROBE)
  const page = await context.newPage()
  const log = collectConsole(page)
  const origin = ctx.server.origin
  const pending: Promise<LoadedResponse | null>[] = []
  page.on('response', (response: Response) => {
    pending.push(
      (bodies ? response.body() : Promise.resolve(Buffer.alloc(0))).then(
        (body) => describe(response, origin, body),
        // Redirects and aborted responses have no body to count.
        () => null,
      ),
    )
  })
  const firstRequest = ctx.server.requests.length

  try {
    await page.goto(origin + urlPath)
    await waitForState(page, 'ready', READY_TIMEOUT_MS)
    await page.waitForLoadState('networkidle')
  } catch (error) {
    await context.close()
    throw error
  }
  const errors = errorsOf(log)
  if (errors.length) process.stderr.write(`bench: ${urlPath} logged errors:\n  ${errors.join('\n  ')}\n`)

  const readyMs = (await page.evaluate('window.__RAE_BENCH_READY__')) as number | undefined
  if (readyMs === undefined) throw new Error('ready probe did not fire although #explorer is ready')
  const responses = (await Promise.all(pending)).filter((r): r is LoadedResponse => r !== null)
  const seen = new Set(responses.map((r) => r.path))
  const unseenPaths = ctx.server.requests.slice(firstRequest).filter((path) => !seen.has(path))
  return { page, readyMs, responses, unseenPaths, close: () => context.close() }
}

function describe(response: Response, origin: string, body: Buffer): LoadedResponse {
  const url = response.url()
  return {
    url,
    path: url.startsWith(origin + '/') ? new URL(url).pathname : null,
    status: response.status(),
    contentType: response.headers()['content-type'] ?? '',
    body,
  }
}

/** window.__RAE_STATS__.frames, or null when the app does not expose it. */
export async function renderedFrames(page: Page): Promise<number | null> {
  const frames = await page.evaluate('window.__RAE_STATS__ && window.__RAE_STATS__.frames')
  return typeof frames === 'number' ? frames : null
}
