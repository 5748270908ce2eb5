import type { Page, Response } from 'playwright-core'
import { collectConsole, errorsOf, waitForState } from '../lib/browser.ts'
import type { BenchContext } from './types.ts'

export const VIEWPORT = { width: 1280, height: 800 }
export const READY_TIMEOUT_MS = 120_000

/**
 * Records performance.now() (ms since navigation start) the moment #explorer says ready, and again at the second
 * animation frame after that: the first moment the page has drawn its ready frame and is free to answer a click.
 * The same probe runs on the app and on the floor page. It only observes: a MutationObserver and two
 * requestAnimationFrame callbacks (performance marks too, so a trace can find the window). A string, because
 * tsx would wrap a function with name helpers the page does not have.
 */
export const FRAME_PROBE = `(() => {
  const check = () => {
    const el = document.getElementById('explorer')
    if (!el || el.dataset.state !== 'ready' || window.__RAE_BENCH_READY__ !== undefined) return
    window.__RAE_BENCH_READY__ = performance.now()
    window.__RAE_BENCH_READY_EPOCH__ = performance.timeOrigin + window.__RAE_BENCH_READY__
    performance.mark('bench:ready')
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        window.__RAE_BENCH_FRAME2__ = performance.now()
        window.__RAE_BENCH_FRAME2_EPOCH__ = performance.timeOrigin + window.__RAE_BENCH_FRAME2__
        performance.mark('bench:frame2')
      }),
    )
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
  /** ms from navigation start to the second animation frame after ready. */
  frame2Ms: number
  /** Date.now() at ready and at the second frame after it, to set against the server's request times. */
  readyEpoch: number
  frame2Epoch: number
  /** Every response the page received up to network idle after ready (bodies included when asked). */
  responses: LoadedResponse[]
  /** Server paths fetched during this load that the page's network events did not report (e.g. workers). */
  unseenPaths: string[]
  /** Every request the server saw since this load began (the worker's included), with its Date.now(). */
  serverRequests(): { path: string; time: number }[]
  close(): Promise<void>
}

export interface LoadOptions {
  /** Keep the response bodies (for byte counts). Default false. */
  bodies?: boolean
  /**
   * 'allow' lets the page register its service worker, as a real first visit does (its precache downloads
   * then share the network and the CPU with the page); 'block' measures the page's own requests alone.
   * Default 'block'.
   */
  serviceWorkers?: 'allow' | 'block'
  /** Also wait for the network to be idle after the second frame. Default true. */
  networkIdle?: boolean
}

/**
 * Loads a page of dist/ in a fresh context (empty cache, no worker installed), waits for ready and the second
 * frame after it, then (by default) for network idle.
 */
export async function loadPage(
  ctx: BenchContext,
  urlPath: string,
  { bodies = false, serviceWorkers = 'block', networkIdle = true }: LoadOptions = {},
): Promise<PageLoad> {
  const browser = await ctx.browser()
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers })
  await context.addInitScript(FRAME_PROBE)
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
    await page.waitForFunction('window.__RAE_BENCH_FRAME2__ !== undefined', null, {
      timeout: READY_TIMEOUT_MS,
    })
    if (networkIdle) await page.waitForLoadState('networkidle')
  } catch (error) {
    await context.close()
    throw error
  }
  const errors = errorsOf(log)
  if (errors.length) process.stderr.write(`bench: ${urlPath} logged errors:\n  ${errors.join('\n  ')}\n`)

  const marks = (await page.evaluate(
    '[window.__RAE_BENCH_READY__, window.__RAE_BENCH_FRAME2__, window.__RAE_BENCH_READY_EPOCH__, window.__RAE_BENCH_FRAME2_EPOCH__]',
  )) as (number | undefined)[]
  const [readyMs, frame2Ms, readyEpoch, frame2Epoch] = marks
  if (
    readyMs === undefined ||
    frame2Ms === undefined ||
    readyEpoch === undefined ||
    frame2Epoch === undefined
  )
    throw new Error('ready probe did not fire although #explorer is ready')
  const responses = (await Promise.all(pending)).filter((r): r is LoadedResponse => r !== null)
  const seen = new Set(responses.map((r) => r.path))
  const unseenPaths = ctx.server.requests.slice(firstRequest).filter((path) => !seen.has(path))
  const serverRequests = () =>
    ctx.server.requests
      .slice(firstRequest)
      .map((path, i) => ({ path, time: ctx.server.requestTimes[firstRequest + i]! }))
  return {
    page,
    readyMs,
    frame2Ms,
    readyEpoch,
    frame2Epoch,
    responses,
    unseenPaths,
    serverRequests,
    close: () => context.close(),
  }
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
