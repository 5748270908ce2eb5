import type { Page } from 'playwright-core'
import { isModelPath } from '../lib/browser.ts'
import { shippedBytes, startArticleSite } from '../lib/article-site.ts'
import { KIB } from './stats.ts'
import type { BenchSection } from './types.ts'

export const EMBED_BEFORE_TARGET = 50 * KIB
const READY_MS = 120_000

async function waitFrameReady(page: Page, eager: boolean): Promise<void> {
  const deadline = Date.now() + READY_MS
  for (;;) {
    const frame = page
      .frames()
      .find((f) => f.url().includes('/embed.html') && f.url().includes('load=eager') === eager)
    if (frame) {
      await frame.waitForFunction(
        () => document.querySelector('#explorer')?.getAttribute('data-state') === 'ready',
        null,
        {
          timeout: Math.max(1000, deadline - Date.now()),
        },
      )
      return
    }
    if (Date.now() > deadline) throw new Error('embed frame did not appear')
    await page.waitForTimeout(100)
  }
}

/**
 * The example article with both embeds (iframe + <running-anatomy>), the built site on a second origin:
 * what the embeds cost a reader who never scrolls to them, and what they cost once both are on screen.
 */
export const embedBytes: BenchSection = {
  name: 'embed',
  title: 'Embeds in an article (tests/fixtures/article.html; text gzip -9, binaries as shipped)',
  async run(ctx) {
    const site = await startArticleSite({ dist: ctx.distDir })
    const browser = await ctx.browser()
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    try {
      const page = await context.newPage()
      await page.goto(site.articleUrl)
      await page.waitForLoadState('networkidle')
      // The lazy frame and the element's IntersectionObserver get a moment to (not) react.
      await page.waitForTimeout(1000)
      const before = [...site.assets.requests]

      const started = performance.now()
      await page.locator('#iframe-figure').scrollIntoViewIfNeeded()
      await waitFrameReady(page, false)
      await page.locator('#element-figure').scrollIntoViewIfNeeded()
      await waitFrameReady(page, true)
      const readyMs = performance.now() - started
      // Ready means the model is in; this catches any straggler. (networkidle does not fire again once
      // frames have been added after the load.)
      await page.waitForTimeout(1000)
      const after = [...site.assets.requests]
      const unique = [...new Set(after)]

      return [
        {
          label: 'both embeds, before scrolled to',
          value: await shippedBytes(ctx.distDir, before),
          unit: 'bytes',
          target: EMBED_BEFORE_TARGET,
          note: `${before.length} requests${before.some(isModelPath) ? ', model fetched!' : ''}`,
        },
        {
          label: 'both embeds, scrolled to and ready',
          value: await shippedBytes(ctx.distDir, after),
          unit: 'bytes',
          note: `${after.length} requests (${unique.length} distinct: the two frames share the browser cache on a real host)`,
        },
        {
          label: 'one embed, once ready (distinct files)',
          value: await shippedBytes(ctx.distDir, unique),
          unit: 'bytes',
        },
        {
          label: 'scroll to both ready (SwiftShader)',
          value: readyMs,
          unit: 'ms',
          note: 'one run; includes scrolling between the two',
        },
      ]
    } finally {
      await context.close()
      await site.close()
    }
  },
}
