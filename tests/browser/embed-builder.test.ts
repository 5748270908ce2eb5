// A blogger's first embed (issue 23): the Embed dialog's builder previews each choice live and its snippets
// reproduce the preview in an article; the <running-anatomy> element served without CORS shows a link and one
// line of why instead of collapsing to 0×0.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { embedSnippets } from '../../src/embed/urls.ts'
import { screenshot, serveBuiltSite, startServer, waitForState } from './harness.ts'

// The shared server sends no CORS headers, as a plain static host would.
const site = serveBuiltSite()

/** An article on another origin holding `html`; closed by the returned function. */
async function article(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'rae-post-'))
  await writeFile(
    join(dir, 'post.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A post</title></head>` +
      `<body style="margin:0;padding:16px;background:#fff"><main style="max-width:36rem;margin:auto">` +
      `<h1>A post</h1><p>Some words before the embed.</p>${html}</main></body></html>`,
  )
  const server = await startServer({ root: dir })
  return {
    url: `${server.origin}/post.html`,
    close: async () => {
      await server.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

const previewSrc = (page: Page) => page.locator('.rae-embed-preview-frame').getAttribute('src')

test('the builder: each option changes the live preview, and the copied iframe reproduces it in a post', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(`${site.server.origin}/index.html?muscle=calves&view=back`)
  await waitForState(page, 'ready')
  await page.getByRole('button', { name: 'Embed', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Put this view in your post' })
  await dialog.waitFor()
  expect(await previewSrc(page)).toMatch(/embed\.html\?muscle=calves&view=back&load=eager$/)

  await dialog.getByLabel('Starts on').selectOption('hamstrings')
  await expect.poll(() => previewSrc(page)).toMatch(/muscle=hamstrings&view=back/)
  await dialog.getByLabel('Seen').selectOption('left')
  await expect.poll(() => previewSrc(page)).toMatch(/muscle=hamstrings&view=left/)
  await dialog.getByLabel('Stride').selectOption('playing')
  await expect.poll(() => previewSrc(page)).toMatch(/phase=40&play=1/)
  const frame = page.locator('.rae-embed-preview-frame')
  await dialog.getByLabel('Size').selectOption('16/9')
  await expect.poll(() => frame.evaluate((el) => getComputedStyle(el).aspectRatio)).toBe('16 / 9')
  const box = (await frame.boundingBox())!
  expect(box.width / box.height).toBeCloseTo(16 / 9, 1)
  await dialog.getByLabel('Your page').selectOption('dark')
  await expect
    .poll(() => page.locator('.rae-embed-preview').evaluate((el) => getComputedStyle(el).backgroundColor))
    .toBe('rgb(22, 25, 29)')
  // The preview is the real embed: it opens on the chosen group.
  const inner = page.frameLocator('.rae-embed-preview-frame')
  await expect
    .poll(() => inner.locator('.rae-embed-title').textContent(), { timeout: 60_000 })
    .toMatch(/Hamstrings/)
  await screenshot(page, 'embed-builder')

  const [script, iframe] = await dialog
    .locator('textarea')
    .evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value))
  expect(iframe).toContain('style="border:0;width:100%;height:auto;aspect-ratio:16/9"')
  expect(script).toContain('muscle="hamstrings" view="left" phase="40" play style="aspect-ratio:16/9"')

  // The copied snippet in a post: the same page, the same ratio, no border, opening on the same group.
  const post = await article(iframe!)
  try {
    const reader = await site.browser.newPage({ viewport: { width: 1280, height: 900 } })
    await reader.goto(post.url)
    const shown = reader.locator('iframe')
    const src = (await shown.getAttribute('src'))!
    expect(`${src}&load=eager`).toBe(await previewSrc(page))
    const style = await shown.evaluate((el) => {
      const cs = getComputedStyle(el)
      return { ratio: cs.aspectRatio, border: cs.borderTopStyle }
    })
    expect(style).toEqual({ ratio: '16 / 9', border: 'none' })
    const b = (await shown.boundingBox())!
    expect(b.width / b.height).toBeCloseTo(16 / 9, 1)
    await expect
      .poll(() => reader.frameLocator('iframe').locator('.rae-embed-title').textContent(), {
        timeout: 60_000,
      })
      .toMatch(/Hamstrings/)
  } finally {
    await post.close()
  }
})

test('the element served without CORS shows a link to the explorer and why, not an empty box', async () => {
  const { script } = embedSnippets(`${site.server.origin}/index.html`, { muscle: 'calves', view: 'back' })
  const post = await article(script)
  try {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true })
    const failed = page.waitForEvent('requestfailed', {
      predicate: (r) => r.url().endsWith('running-anatomy.js'),
    })
    await page.goto(post.url)
    await failed.catch(() => null)
    const element = page.locator('running-anatomy')
    await expect
      .poll(() => element.evaluate(() => customElements.get('running-anatomy') === undefined))
      .toBe(true)
    const box = (await element.boundingBox())!
    expect(box.width).toBeGreaterThan(100)
    expect(box.height).toBeGreaterThan(10)
    expect(await element.textContent()).toMatch(/the 3D view could not load on this page/)
    const link = element.getByRole('link', { name: 'Running Anatomy Explorer: the calves in 3D' })
    expect(await link.getAttribute('href')).toBe(`${site.server.origin}/index.html?muscle=calves&view=back`)
    await screenshot(page, 'embed-fallback')
  } finally {
    await post.close()
  }
})
