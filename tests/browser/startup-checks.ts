// The checks of the start-up tests, startup-index.test.ts and startup-embed.test.ts: two files so that the two
// workers run them side by side (as one file its 40 loads kept one worker busy alone for minutes).
//
// A start-up race hides from a test that loads a page once: these load the app and the embed 20 times
// each in one browser and, every time, checks the camera the frames were drawn with and that the body
// answers the pointer (hover names a thigh muscle, a click opens its group). On a busy device the stage's
// first size can arrive after React's effects have run; three loads in four hold ResizeObserver callbacks
// back by 8–24 ms to give that order as often as the natural one (the old LeanCanvas lost its camera and
// pointer events then).
import { expect } from 'vitest'
import type { Page } from 'playwright-core'
import { animationFrames, quietPeriod, waitForState, type BuiltSite } from './harness.ts'

export const LOADS = 20
export const VIEWPORT = { width: 1280, height: 800 }

interface CameraSeen {
  fov: number
  x: number
  y: number
  z: number
}

const RO_DELAY_KEY = 'rae-test-ro-delay'

/** Delivers ResizeObserver callbacks late, by the number of ms sessionStorage names (none when 0). */
function delayResizeObserver(key: string): void {
  const delay = Number(sessionStorage.getItem(key) ?? '0')
  if (!delay) return
  const Native = window.ResizeObserver
  window.ResizeObserver = class extends Native {
    constructor(callback: ResizeObserverCallback) {
      super((entries, observer) => setTimeout(() => callback(entries, observer), delay))
    }
  }
}

export async function openWithJitter(site: BuiltSite, page: Page): Promise<void> {
  await page.addInitScript(delayResizeObserver, RO_DELAY_KEY)
  // sessionStorage needs the origin; the icon is the cheapest page on it.
  await page.goto(`${site.server.origin}/favicon.svg`)
}

const cameraOf = (page: Page) =>
  page.evaluate(() => {
    const stats = (window as { __RAE_STATS__?: { camera: CameraSeen; eventsConnected: boolean } })
      .__RAE_STATS__!
    return { ...stats.camera, events: stats.eventsConnected }
  })

/**
 * How long a page at rest is watched for a stray frame after ready. A frame asked for (a late size, a late
 * effect) is drawn on the next animation frame, and the resize jitter here is at most 24 ms: 250 ms and five
 * animation frames cover that with room, on a slow machine too.
 */
const REST_MS = 250
const REST_FRAMES = 5

const statsOf = (page: Page) =>
  page.evaluate(() => {
    const stats = (window as { __RAE_STATS__?: { camera: CameraSeen; frames: number } }).__RAE_STATS__!
    return { ...stats.camera, frames: stats.frames }
  })

/** Moves over the front of the left thigh (screen right, front view) until a quadriceps muscle is named. */
async function hoverQuadriceps(page: Page): Promise<string> {
  const box = (await page.locator('canvas').boundingBox())!
  // A small patch of the front of the thigh, as fractions of the canvas; the first spot hits on our framing.
  const spots = [0.53, 0.545, 0.515].flatMap((x) => [0.6, 0.56, 0.64].map((y) => [x, y] as const))
  let name = ''
  for (const [x, y] of spots) {
    await page.mouse.move(box.x + box.width * x, box.y + box.height * y)
    // The pointer is picked in its own event; the tag shows by the next frames.
    await animationFrames(page)
    name = await page.evaluate(
      () => document.querySelector('.rae-hover-tag:not([hidden])')?.textContent ?? '',
    )
    if (/Rectus femoris|Vastus/.test(name)) return name
  }
  return name
}

export async function checkLoad(page: Page, url: string, load: number, panelSelector: string): Promise<void> {
  const delay = (load % 4) * 8
  await page.evaluate(({ key, ms }) => sessionStorage.setItem(key, String(ms)), {
    key: RO_DELAY_KEY,
    ms: delay,
  })
  await page.goto(url)
  await waitForState(page, 'ready')
  const where = `load ${load + 1} of ${LOADS} (${url}, resize delivered ${delay} ms late)`
  // The first frame with the body is drawn already framed and styled, so nothing is left to draw after it.
  const atReady = await statsOf(page)
  await quietPeriod(page, REST_MS, REST_FRAMES)
  expect((await statsOf(page)).frames, `${where}: no frame drawn at rest after ready`).toBe(atReady.frames)
  expect(Math.hypot(atReady.x, atReady.z), `${where}: the ready frame shows the whole body`).toBeGreaterThan(
    2.5,
  )
  // A reduced-motion reader aside, the framing may still ease in; what matters is whose camera it is.
  await page
    .waitForFunction(
      () => {
        const c = (window as { __RAE_STATS__?: { camera: CameraSeen } }).__RAE_STATS__!.camera
        return Math.hypot(c.x, c.z) > 2.5
      },
      undefined,
      { timeout: 3000, polling: 100 },
    )
    .catch(() => null)
  const camera = await cameraOf(page)
  expect(camera.fov, `${where}: drawn with our camera (fov 30), not R3F's default (fov 75)`).toBe(30)
  expect(Math.hypot(camera.x, camera.z), `${where}: the whole body framed, not a close-up`).toBeGreaterThan(
    2.5,
  )
  expect(camera.events, `${where}: pointer events connected to the stage`).toBe(true)

  const name = await hoverQuadriceps(page)
  expect(name, `${where}: hovering the thigh names a quadriceps muscle`).toMatch(
    /^(Rectus femoris|Vastus lateralis|Vastus medialis) \((left|right)\)$/,
  )
  await page.mouse.down()
  await page.mouse.up()
  await page
    .waitForFunction(
      (sel) => document.querySelector(sel)?.textContent?.includes('Quadriceps'),
      panelSelector,
      {
        timeout: 5000,
      },
    )
    .catch(() => null)
  expect(
    await page.locator(panelSelector).first().textContent(),
    `${where}: a click opens the group`,
  ).toContain('Quadriceps')
}
