// The explorer when things go wrong: the model is missing, or the browser has no WebGL. Either way the list and
// the panels must keep working.
import { describe, expect, test } from 'vitest'
import { collectConsole, errorsOf, isModelPath, serveBuiltSite, waitForState } from './harness.ts'

const panelTitle = '#rae-panel-title'

describe('model missing', () => {
  const modelRequests = (requests: readonly string[]) => requests.filter(isModelPath).length
  const site = serveBuiltSite({
    server: {
      intercept: (path) => (isModelPath(path) ? { status: 404, body: 'Not found' } : null),
    },
  })

  test('error state with a message and Retry; the list still opens a panel', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(`${site.server.origin}/index.html`)
    await waitForState(page, 'error')
    const alert = page.getByRole('alert')
    expect(await alert.textContent()).toMatch(/could not load/i)
    const retry = page.getByRole('button', { name: 'Retry' })
    expect(await retry.isVisible()).toBe(true)

    await page.locator('[role=option][data-group=hamstrings]').click()
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent === 'Hamstrings', panelTitle)
    expect(await page.locator('.rae-exercise').count()).toBeGreaterThanOrEqual(5)

    // Retry asks the server again, and lands in the same clear error (the file is still missing).
    const before = modelRequests(site.server.requests)
    await retry.click()
    await expect.poll(() => modelRequests(site.server.requests), { timeout: 30_000 }).toBeGreaterThan(before)
    await waitForState(page, 'error')
    await page.waitForFunction(() => document.querySelector('[role=alert]') !== null)
    expect(await page.locator(panelTitle).textContent()).toBe('Hamstrings')
  })
})

describe('model back after a failure', () => {
  // The first request fails (a hiccup on the host); Retry must then bring the body in.
  let failures = 1
  const site = serveBuiltSite({
    server: {
      intercept: (path) => (isModelPath(path) && failures-- > 0 ? { status: 503, body: 'Busy' } : null),
    },
  })

  test('Retry recovers: error, then ready with the body on screen', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(`${site.server.origin}/index.html?muscle=glutes`)
    await waitForState(page, 'error')
    await page.getByRole('button', { name: 'Retry' }).click()
    await waitForState(page, 'ready')
    expect(await page.locator('canvas').count()).toBe(1)
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(new URL(page.url()).searchParams.get('muscle')).toBe('glutes')
  })
})

describe('no WebGL', () => {
  const site = serveBuiltSite({ webgl: false })

  test('ready with data-webgl="off", a plain message and a 2D map that selects groups', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } })
    const log = collectConsole(page)
    await page.goto(`${site.server.origin}/index.html`)
    await waitForState(page, 'ready')
    expect(await page.locator('#explorer').getAttribute('data-webgl')).toBe('off')
    expect(await page.getByText(/can.t show 3D here/).count()).toBe(1)
    expect(await page.locator('canvas').count()).toBe(0)
    // index.html preloads the model for everyone (the speed of every other visit is worth it), but it is never
    // decoded here: only the 2D map and the panels run.
    const regions = page.locator('.rae-map-region')
    // The map is its own chunk, fetched only by a browser without WebGL.
    await regions.first().waitFor()
    expect(
      new Set(await regions.evaluateAll((els) => els.map((el) => el.getAttribute('data-group')))).size,
    ).toBe(8)

    // Click the drawn muscle itself (the region's box centre falls between the two legs).
    await page.locator('.rae-map-region[data-group=calves] .rae-map-hit').first().click()
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent === 'Calves', panelTitle)
    expect(await page.locator('.rae-map-region[data-group=calves]').getAttribute('aria-pressed')).toBe('true')
    expect(await page.evaluate(() => new URL(location.href).searchParams.get('muscle'))).toBe('calves')

    // The map works from the keyboard too.
    await page.locator('.rae-map-region[data-group=core]').focus()
    await page.keyboard.press('Enter')
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent === 'Core', panelTitle)
    expect(errorsOf(log)).toEqual([])
  })

  test('phone: the map and the sheet fit without sideways scrolling', async () => {
    const context = await site.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
    const page = await context.newPage()
    await page.goto(`${site.server.origin}/index.html?muscle=quadriceps`)
    await waitForState(page, 'ready')
    const { scroll, inner } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
    }))
    expect(scroll).toBeLessThanOrEqual(inner)
    await page.locator('.rae-map-region[data-group=glutes] .rae-map-hit').first().tap()
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent === 'Glutes', panelTitle)
  })
})

describe('lost WebGL context', () => {
  const site = serveBuiltSite()

  test('says so while the GPU is gone and draws the body again when it returns', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } })
    const log = collectConsole(page)
    await page.goto(`${site.server.origin}/index.html?muscle=glutes`)
    await waitForState(page, 'ready')
    const frames = () =>
      page.evaluate(() => (window as { __RAE_STATS__?: { frames: number } }).__RAE_STATS__!.frames)

    await page.evaluate(() => {
      const canvas = document.querySelector('canvas')!
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!
      ;(window as { __loseContext?: WEBGL_lose_context }).__loseContext =
        gl.getExtension('WEBGL_lose_context')!
      ;(window as { __loseContext?: WEBGL_lose_context }).__loseContext!.loseContext()
    })
    await page.getByText('The graphics card reset; restoring…').waitFor()
    // The list and panel carry on meanwhile.
    await page.locator('[role=option][data-group=calves]').click()
    await page.waitForFunction(() => document.querySelector('#rae-panel-title')?.textContent === 'Calves')

    const before = await frames()
    await page.evaluate(() =>
      (window as { __loseContext?: WEBGL_lose_context }).__loseContext!.restoreContext(),
    )
    await page.getByText('The graphics card reset; restoring…').waitFor({ state: 'detached' })
    await expect.poll(frames, { timeout: 15_000 }).toBeGreaterThan(before)
    expect(await page.locator('#explorer').getAttribute('data-state')).toBe('ready')
    expect(errorsOf(log)).toEqual([])
  })
})
