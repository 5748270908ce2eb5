// The built app (dist/, made by `npm run test:browser` before vitest starts) loads in headless Chromium
// with WebGL, reaches ready and throws nothing on the way.
import { expect, test } from 'vitest'
import { collectConsole, errorsOf, isModelPath, screenshot, serveBuiltSite, waitForState } from './harness.ts'

const site = serveBuiltSite()

test('index.html reaches data-state="ready" with WebGL and no errors', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } })
  const log = collectConsole(page)
  await page.goto(`${site.server.origin}/index.html`)
  await waitForState(page, 'ready', 60_000)

  const webgl = await page.locator('#explorer').getAttribute('data-webgl')
  expect(webgl, 'WebGL is on in this browser, so the app must not take the fallback').not.toBe('off')
  expect(await page.locator('canvas').count()).toBeGreaterThan(0)
  expect(site.server.requests.filter(isModelPath)).toHaveLength(1)

  await screenshot(page, 'smoke-index')
  expect(errorsOf(log)).toEqual([])
  await page.close()
})

test('a still page draws nothing: no renders while idle', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.goto(`${site.server.origin}/index.html`)
  await waitForState(page, 'ready')
  const frames = () =>
    page.evaluate(() => (window as { __RAE_STATS__?: { frames: number } }).__RAE_STATS__!.frames)
  // Let the first frames and the settle of layout pass, then watch a quiet page.
  await page.waitForTimeout(800)
  const before = await frames()
  await page.waitForTimeout(1500)
  expect(await frames()).toBe(before)
  await page.close()
})

test('a runner hovers a calf, sees its name, clicks it and reads about the calves', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } })
  const log = collectConsole(page)
  await page.goto(`${site.server.origin}/index.html?view=back`)
  await waitForState(page, 'ready')
  // Wait for the camera to settle on the back view before aiming at the lower leg.
  await page.waitForTimeout(800)
  const canvas = (await page.locator('canvas').boundingBox())!
  // Search a small patch of the left lower leg (the body's left is on screen left from behind) for a calf muscle.
  const spots = [0.455, 0.46, 0.45, 0.465].flatMap((x) => [0.72, 0.74, 0.7].map((y) => [x, y] as const))
  let name = ''
  for (const [x, y] of spots) {
    await page.mouse.move(canvas.x + canvas.width * x, canvas.y + canvas.height * y)
    await page.waitForTimeout(120)
    name =
      (await page
        .locator('.rae-hover-tag:not([hidden])')
        .textContent()
        .catch(() => '')) ?? ''
    if (/Gastrocnemius|Soleus/.test(name)) break
  }
  expect(name).toMatch(/^(Gastrocnemius|Soleus) \(left\)$/)
  expect(
    await page.locator('canvas').evaluate((c) => getComputedStyle(c.parentElement!).cursor + c.style.cursor),
  ).toContain('pointer')
  await screenshot(page, 'smoke-hover-calf')

  await page.mouse.down()
  await page.mouse.up()
  await page.waitForFunction(() => document.querySelector('#rae-panel-title')?.textContent === 'Calves')
  expect(new URL(page.url()).searchParams.get('muscle')).toBe('calves')
  expect(await page.locator('.rae-exercise').count()).toBeGreaterThanOrEqual(5)

  // A drag that ends on the body rotates it and chooses nothing.
  await page.mouse.move(canvas.x + canvas.width * 0.3, canvas.y + canvas.height * 0.5)
  await page.mouse.down()
  await page.mouse.move(canvas.x + canvas.width * 0.45, canvas.y + canvas.height * 0.72, { steps: 8 })
  await page.mouse.up()
  await page.waitForTimeout(300)
  expect(await page.locator('#rae-panel-title').textContent()).toBe('Calves')
  expect(errorsOf(log)).toEqual([])
  await page.close()
})
