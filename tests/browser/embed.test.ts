// The example article (tests/fixtures/article.html) on a "blog" origin, with the built site on a second,
// CORS-enabled origin, both under a strict CSP: the iframe embed and the <running-anatomy> element stay
// light until scrolled to, then load, talk to the page, ignore hostile messages and leave the wheel alone.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Frame, Page } from 'playwright-core'
import {
  DIST_DIR,
  animationFrames,
  collectConsole,
  errorsOf,
  isModelPath,
  quietPeriod,
  serveBuiltSite,
  type ConsoleEntry,
} from './harness.ts'
import { shippedBytes, startArticleSite, type ArticleSite } from '../../scripts/lib/article-site.ts'

const BEFORE_SCROLL_BUDGET = 50 * 1024
const READY_MS = 90_000
/** Poll on a timer: the default (requestAnimationFrame) stalls in off-screen cross-origin frames. */
const POLL = { polling: 100, timeout: 30_000 } as const

/**
 * Installed in every frame before any script: records CSP violations; in the article itself also the
 * messages the frames post, the element's events and layout shifts.
 */
const PROBE = `(() => {
  window.__csp = []
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__csp.push(e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber)
  })
  if (window.top !== window) return
  window.__messages = []
  window.__events = []
  window.__cls = 0
  window.addEventListener('message', (e) => {
    const iframe = document.getElementById('anatomy-frame')
    const element = document.getElementById('anatomy-element')
    const inner = element && element.shadowRoot && element.shadowRoot.querySelector('iframe')
    const from = iframe && e.source === iframe.contentWindow ? 'iframe' : inner && e.source === inner.contentWindow ? 'element' : 'other'
    let data
    try { data = JSON.parse(JSON.stringify(e.data)) } catch { data = String(e.data) }
    window.__messages.push({ from, data })
  })
  for (const type of ['load', 'error', 'muscle-change']) {
    document.addEventListener(type, (e) => {
      if (e.target && e.target.tagName === 'RUNNING-ANATOMY') window.__events.push({ type, detail: e.detail === undefined ? null : e.detail })
    }, true)
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value
  }).observe({ type: 'layout-shift', buffered: true })
})()`

interface Message {
  from: 'iframe' | 'element' | 'other'
  data: unknown
}
interface ElementEvent {
  type: string
  detail: unknown
}

// The run's shared Chromium; the article and the assets come from servers of this file's own (CSP, CORS).
const shared = serveBuiltSite()
let site: ArticleSite
let page: Page
let log: ConsoleEntry[]

async function openArticle(viewport: { width: number; height: number }, mobile = false) {
  const ctx = await shared.browser.newContext({
    viewport,
    ...(mobile ? { isMobile: true, hasTouch: true } : {}),
  })
  await ctx.addInitScript(PROBE)
  const p = await ctx.newPage()
  const entries = collectConsole(p)
  await p.goto(site.articleUrl)
  return { ctx, page: p, log: entries }
}

/** The embed frame of one flavour: the plain iframe, or the one inside <running-anatomy> (load=eager). */
async function embedFrame(p: Page, flavour: 'iframe' | 'element'): Promise<Frame> {
  const find = () =>
    p
      .frames()
      .find(
        (f) =>
          f.url().includes('/embed.html') &&
          !f.url().includes('blog.example') &&
          f.url().includes('load=eager') === (flavour === 'element'),
      )
  await expect
    .poll(() => find() !== undefined, { timeout: 30_000, message: `no ${flavour} embed frame in ${p.url()}` })
    .toBe(true)
  return find()!
}

async function waitReady(frame: Frame): Promise<void> {
  await frame.waitForFunction(
    () => document.querySelector('#explorer')?.getAttribute('data-state') === 'ready',
    null,
    {
      timeout: READY_MS,
      polling: 100,
    },
  )
}

async function panelTitle(frame: Frame): Promise<string | null> {
  return frame.evaluate(() => document.querySelector('.rae-embed-title')?.firstChild?.textContent ?? null)
}

/** The stride moment the panel describes, e.g. "33.3", or null outside stride mode. */
async function panelPhase(frame: Frame): Promise<string | null> {
  return frame.evaluate(
    () =>
      document.querySelector('.rae-embed-moment')?.textContent?.match(/\(([\d.]+) % of the stride\)/)?.[1] ??
      null,
  )
}

/** The camera preset as the "Open in full explorer" link carries it (the embed has no view buttons). */
async function linkView(frame: Frame): Promise<string | null> {
  return frame.evaluate(() => {
    const link = document.querySelector<HTMLAnchorElement>('.rae-embed-open')
    return link ? new URL(link.href).searchParams.get('view') : null
  })
}

/** Polls a frame-side reading until it equals `expected`. */
async function until<T>(read: () => Promise<T>, expected: T, what: string): Promise<void> {
  await expect.poll(read, { timeout: POLL.timeout, interval: POLL.polling, message: what }).toEqual(expected)
}

async function framesDrawn(frame: Frame): Promise<number> {
  return (await frame.evaluate('window.__RAE_STATS__ ? window.__RAE_STATS__.frames : -1')) as number
}

/**
 * The probe's records as predicates running in the page see them. Predicates are functions, not strings: a
 * string would be eval'd, which the article's CSP rightly refuses (and reports).
 */
type Probe = Window & { __messages: Message[]; __events: ElementEvent[] }

/**
 * Waits until the frame stops drawing: its camera at rest, then no new frame over a few of its animation
 * frames. Chromium pauses off-screen cross-origin frames, so a camera move begun while the embed was scrolled
 * away finishes only once it is back in view: for a frame out of view there is nothing to wait for yet.
 */
async function settle(frame: Frame): Promise<void> {
  const box = await (await frame.frameElement()).boundingBox()
  const view = frame.page().viewportSize()!
  if (!box || box.y + box.height <= 0 || box.y >= view.height) return
  await frame.waitForFunction(() => document.querySelector('canvas')?.dataset.camera === 'rest', null, POLL)
  let last = -2
  for (let i = 0; i < 50; i++) {
    const now = await framesDrawn(frame)
    if (now === last) return
    last = now
    await frame.evaluate(
      () =>
        new Promise((done) =>
          requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done))),
        ),
    )
  }
  throw new Error('the embed kept drawing while nothing changed')
}

const messages = (p: Page) => p.evaluate('window.__messages') as Promise<Message[]>
const events = (p: Page) => p.evaluate('window.__events') as Promise<ElementEvent[]>

beforeAll(async () => {
  site = await startArticleSite()
  let ctx
  ;({ ctx, page, log } = await openArticle({ width: 1280, height: 800 }))
  // The article page is shared by the tests of the describe block below.
  shared.keep(ctx)
})

afterAll(async () => {
  await page?.context().close()
  await site?.close()
})

describe('embeds in an article, served from another origin under a strict CSP', () => {
  let elementBox: { width: number; height: number }

  test('before they are scrolled to, both embeds cost a poster: no model, no 3D code', async () => {
    await page.waitForLoadState('networkidle')
    const requests = [...site.assets.requests]
    expect(requests).toContain('/running-anatomy.js')
    expect(requests.filter(isModelPath)).toEqual([])
    const bytes = await shippedBytes(DIST_DIR, requests)
    expect(bytes, `fetched before scrolling: ${requests.join(', ')}`).toBeLessThanOrEqual(
      BEFORE_SCROLL_BUDGET,
    )

    const poster = page.locator('#anatomy-element').locator('button')
    expect(await poster.textContent()).toBe('Explore the calves in 3D')
    expect(
      await page.locator('#anatomy-element').evaluate((el) => el.shadowRoot?.querySelector('iframe')),
    ).toBeNull()
    // One poster, one stylesheet: the element's shadow root and the lazy iframe's page adopt the same rules.
    const posterLook = () => {
      const button = document.querySelector('.rae-poster-start')
      const poster = document.querySelector('.rae-poster')
      return button && poster
        ? [getComputedStyle(button).backgroundColor, getComputedStyle(poster).display, button.textContent]
        : null
    }
    // The frame's poster is drawn by its own script once it has loaded: on a busy machine that can trail the
    // page's network going idle.
    const frame = await embedFrame(page, 'iframe')
    await expect.poll(() => frame.evaluate(posterLook), { timeout: 10_000 }).not.toBeNull()
    const iframePoster = await frame.evaluate(posterLook)
    const elementPoster = await page.locator('#anatomy-element').evaluate((el) => {
      const root = el.shadowRoot!
      const button = root.querySelector('.rae-poster-start')!
      return [
        getComputedStyle(button).backgroundColor,
        getComputedStyle(root.querySelector('.rae-poster')!).display,
        button.textContent,
      ]
    })
    expect(iframePoster).toEqual(['rgb(29, 106, 133)', 'flex', 'Explore the calves in 3D'])
    expect(elementPoster).toEqual(iframePoster)

    const box = await page.locator('#anatomy-element').boundingBox()
    expect(box && box.height > 300 && box.width > 300, 'the element reserves its space up front').toBe(true)
    elementBox = { width: box!.width, height: box!.height }
  })

  test('scrolled near, both load, reach ready and say so to the page', async () => {
    await page.locator('#iframe-figure').scrollIntoViewIfNeeded()
    const iframe = await embedFrame(page, 'iframe')
    await waitReady(iframe)
    await page.locator('#element-figure').scrollIntoViewIfNeeded()
    const inner = await embedFrame(page, 'element')
    await waitReady(inner)
    await page.waitForFunction(
      () => (window as unknown as Probe).__events.some((e) => e.type === 'load'),
      null,
      POLL,
    )

    expect(site.assets.requests.filter(isModelPath)).not.toEqual([])
    const ready = (await messages(page)).filter(
      (m) => (m.data as { type?: string }).type === 'running-anatomy:ready',
    )
    expect(ready.map((m) => m.from).sort()).toEqual(['element', 'iframe'])
    expect(await panelTitle(iframe)).toBe('Calves')
    expect(await panelTitle(inner)).toBe('Calves')

    const box = await page.locator('#anatomy-element').boundingBox()
    expect(
      { width: box!.width, height: box!.height },
      'no resize when the 3D view replaces the poster',
    ).toEqual(elementBox)
    expect(await page.evaluate('window.__cls'), 'cumulative layout shift').toBeLessThan(0.01)
  })

  test('the page steers the iframe with postMessage and hears muscle-change back', async () => {
    const iframe = await embedFrame(page, 'iframe')
    await postToFrame(page, { type: 'running-anatomy:select', muscle: 'hamstrings' })
    await iframe.waitForFunction(
      () => document.querySelector('.rae-embed-title')?.textContent?.startsWith('Hamstrings'),
      null,
      POLL,
    )
    await page.waitForFunction(
      () =>
        (window as unknown as Probe).__messages.some((m) => {
          const data = m.data as { type?: string; muscle?: string }
          return (
            m.from === 'iframe' &&
            data.type === 'running-anatomy:muscle-change' &&
            data.muscle === 'hamstrings'
          )
        }),
      null,
      POLL,
    )
    // A muscle id and a plain name work too, as in links.
    await postToFrame(page, { type: 'running-anatomy:select', muscle: 'soleus' })
    await iframe.waitForFunction(
      () => document.querySelector('.rae-embed-title')?.textContent?.startsWith('Calves'),
      null,
      POLL,
    )
    await postToFrame(page, { type: 'running-anatomy:select', muscle: 'Hamstrings' })
    await iframe.waitForFunction(
      () => document.querySelector('.rae-embed-title')?.textContent?.startsWith('Hamstrings'),
      null,
      POLL,
    )
  })

  test('host phase commands seek the stride, whatever their decimals; view commands turn the camera', async () => {
    const iframe = await embedFrame(page, 'iframe')
    expect(await linkView(iframe)).toBe('back')
    // What a host computes, e.g. a third of the cycle: too long for a link, still a moment of the stride.
    await postToFrame(page, { type: 'running-anatomy:phase', phase: 100 / 3 })
    await postToFrame(page, { type: 'running-anatomy:view', view: 'left' })
    await until(() => panelPhase(iframe), '33.3', 'phase after 100 / 3')
    await until(() => linkView(iframe), 'left', 'view after a view command')
    await postToFrame(page, { type: 'running-anatomy:phase', phase: null })
    await until(() => panelPhase(iframe), null, 'phase after null')
    await settle(iframe)
  })

  test('the element follows its attributes and fires muscle-change', async () => {
    const inner = await embedFrame(page, 'element')
    await page.locator('#anatomy-element').evaluate((el) => el.setAttribute('muscle', 'glutes'))
    await inner.waitForFunction(
      () => document.querySelector('.rae-embed-title')?.textContent?.startsWith('Glutes'),
      null,
      POLL,
    )
    await page.waitForFunction(
      () =>
        (window as unknown as Probe).__events.some(
          (e) => e.type === 'muscle-change' && e.detail === 'glutes',
        ),
      null,
      POLL,
    )
    expect(
      await page
        .locator('#anatomy-element')
        .evaluate((el) => (el as HTMLElement & { selected: string }).selected),
    ).toBe('glutes')
    // phase and view: a script's decimals seek, a value that is no percentage is ignored, removal ends it.
    const setAttribute = (name: string, value: string | null) =>
      page
        .locator('#anatomy-element')
        .evaluate((el, [n, v]) => (v === null ? el.removeAttribute(n!) : el.setAttribute(n!, v)), [
          name,
          value,
        ] as const)
    await setAttribute('phase', String(200 / 3))
    await setAttribute('view', 'right')
    await until(() => panelPhase(inner), '66.7', 'element phase 66.666…')
    await until(() => linkView(inner), 'right', 'element view')
    // Commands reach the frame in order: once a later one shows, the one before it was read, and ignored.
    await setAttribute('phase', 'soon')
    await setAttribute('view', 'left')
    await until(() => linkView(inner), 'left', 'element view after a phase that is no percentage')
    expect(await panelPhase(inner)).toBe('66.7')
    await setAttribute('view', 'top')
    await setAttribute('phase', null)
    await until(() => panelPhase(inner), null, 'element phase removed')
    expect(await linkView(inner)).toBe('left')
    // A pick inside the frame reaches the page as well.
    await inner.selectOption('.rae-embed-select', 'core')
    await page.waitForFunction(
      () =>
        (window as unknown as Probe).__events.some((e) => e.type === 'muscle-change' && e.detail === 'core'),
      null,
      POLL,
    )
    await page.locator('#anatomy-element').evaluate((el) => el.removeAttribute('muscle'))
    await page.waitForFunction(
      () =>
        (window as unknown as Probe).__events.some((e) => e.type === 'muscle-change' && e.detail === null),
      null,
      POLL,
    )
    expect(await panelTitle(inner)).toBeNull()
  })

  test('hostile and stray messages change nothing and throw nothing', async () => {
    const iframe = await embedFrame(page, 'iframe')
    const before = (await messages(page)).length
    const eventsBefore = (await events(page)).length
    await page.evaluate(() => {
      const target = (document.getElementById('anatomy-frame') as HTMLIFrameElement).contentWindow!
      const select = 'running-anatomy:select'
      let deep: Record<string, unknown> = { type: select, muscle: 'core' }
      for (let i = 0; i < 1000; i++) deep = { type: select, muscle: 'core', next: deep }
      const cyclic: Record<string, unknown> = { type: select, muscle: 'core' }
      cyclic.self = cyclic
      const hostile: unknown[] = [
        'running-anatomy:select',
        JSON.stringify({ type: select, muscle: 'core' }),
        '{"type":"running-anatomy:select","muscle":"core"',
        '<img src=x onerror="top.__pwned=1">',
        42,
        null,
        undefined,
        true,
        [{ type: select, muscle: 'core' }],
        { type: select, muscle: 'core', padding: 'x'.repeat(5000) },
        { type: select, muscle: 'core'.padEnd(3000, ' ') },
        deep,
        cyclic,
        JSON.parse('{"__proto__":{"type":"running-anatomy:select","muscle":"core","x":1}}'),
        JSON.parse('{"type":"running-anatomy:select","__proto__":{"muscle":"core","polluted":1}}'),
        { constructor: { prototype: { polluted: 1 } }, type: select },
        { type: select, muscle: '__proto__' },
        { type: select, muscle: 'constructor' },
        { type: select, muscle: '<img src=x onerror="top.__pwned=1">' },
        { type: select, muscle: 'javascript:top.__pwned=1' },
        { type: select, muscle: ['core'] },
        { type: select, muscle: { toString: 'core' } },
        { type: select, muscle: new Date() },
        { type: 'running-anatomy:explode', muscle: 'core' },
        { type: 'RUNNING-ANATOMY:SELECT', muscle: 'core' },
        { type: 'other-widget:resize', height: 400 },
        { type: 'running-anatomy:view', view: 'top' },
        { type: 'running-anatomy:phase', phase: 1e9 },
        { type: 'running-anatomy:phase', phase: '50' },
        { type: 'running-anatomy:phase', phase: Number.NaN },
        { type: 'running-anatomy:muscle-change', muscle: 'core' },
        new ArrayBuffer(8),
      ]
      for (const message of hostile) target.postMessage(message, '*')
    })
    // The page itself pretends to be a frame: the element only believes its own iframe.
    await page.evaluate(() => {
      window.postMessage({ type: 'running-anatomy:muscle-change', muscle: 'core' }, '*')
      window.postMessage({ type: 'running-anatomy:ready' }, '*')
    })
    // Messages arrive in the order sent: once a later one has been handled, those before it were too. The
    // frame shows a stride moment (it answers a phase with no message), the page records a note to itself.
    await postToFrame(page, { type: 'running-anatomy:phase', phase: 50 })
    await until(async () => (await panelPhase(iframe)) !== null, true, 'phase after the hostile messages')
    await postToFrame(page, { type: 'running-anatomy:phase', phase: null })
    await until(() => panelPhase(iframe), null, 'phase after null')
    await page.evaluate(() => window.postMessage('sentinel', '*'))
    await page.waitForFunction(
      () => (window as unknown as Probe).__messages.some((m) => m.data === 'sentinel'),
      null,
      POLL,
    )

    expect(await panelTitle(iframe)).toBe('Hamstrings')
    const after = (await messages(page)).slice(before)
    expect(
      after.filter((m) => m.from !== 'other'),
      'no events from the frames in reply',
    ).toEqual([])
    expect((await events(page)).slice(eventsBefore)).toEqual([])
    expect(
      await iframe.evaluate('[({}).x, ({}).polluted, Object.prototype.x, top === window ? 1 : 0]'),
    ).toEqual([undefined, undefined, undefined, 0])
    expect(await page.evaluate('[window.__pwned, ({}).polluted]')).toEqual([undefined, undefined])
    expect(errorsOf(log)).toEqual([])
  })

  test('a frame with an origin allow-list ignores commands from any other page', async () => {
    const url = `${site.assets.origin}/embed.html?muscle=calves&origin=${encodeURIComponent('https://blog.example')}&load=eager`
    await page.evaluate((src) => {
      const frame = document.createElement('iframe')
      frame.id = 'foreign'
      frame.src = src
      frame.width = '320'
      frame.height = '420'
      document.getElementById('iframe-figure')!.append(frame)
      frame.scrollIntoView({ block: 'center' })
    }, url)
    const find = () => page.frames().find((fr) => fr.url().includes('blog.example'))
    await expect.poll(() => find() !== undefined, { timeout: 30_000 }).toBe(true)
    const foreign = find()!
    await foreign.waitForFunction(
      () => document.querySelector('.rae-embed-title')?.textContent?.startsWith('Calves'),
      null,
      {
        ...POLL,
        timeout: READY_MS,
      },
    )
    const before = (await messages(page)).length
    await page.evaluate(() => {
      const frame = document.getElementById('foreign') as HTMLIFrameElement
      frame.contentWindow!.postMessage({ type: 'running-anatomy:select', muscle: 'core' }, '*')
    })
    // A frame that ignores this page gives no sign it read the command: a short watch proves it changed nothing.
    await quietPeriod(page, 500, 5)
    expect(await panelTitle(foreign)).toBe('Calves')
    // Nor does it tell a page that is not on its list anything.
    expect((await messages(page)).slice(before).filter((m) => m.from !== 'other')).toEqual([])
    await page.evaluate(() => document.getElementById('foreign')!.remove())
  })

  test('the wheel scrolls the article until the reader clicks the embed; Escape lets go again', async () => {
    const iframe = await embedFrame(page, 'iframe')
    await page.locator('#iframe-figure').evaluate((el) => el.scrollIntoView({ block: 'center' }))
    await animationFrames(page)
    const box = (await page.locator('#anatomy-frame').boundingBox())!
    // The left edge of the stage: background, never the body, so hovering alone draws nothing.
    const x = box.x + 6
    const y = box.y + 120
    await page.mouse.move(x, y)
    await settle(iframe)
    const touchAction = () =>
      iframe.evaluate(
        () => (document.querySelector('.rae-embed-stage canvas') as HTMLElement).style.touchAction,
      )
    expect(await touchAction()).toBe('pan-y pinch-zoom')
    // Polled: the hint fades in over 0.15 s, which a busy machine can stretch.
    await expect
      .poll(
        () => iframe.evaluate(() => getComputedStyle(document.querySelector('.rae-embed-hint')!).opacity),
        { message: '"Click to interact" shows on hover', timeout: 5000 },
      )
      .toBe('1')

    /**
     * One turn of the wheel over the embed: waits for what should happen (the article scrolls, or the camera
     * dollies), then watches briefly for what should not (the scroll runs its course, a frame would be drawn).
     */
    const wheel = async (effect: 'scroll' | 'dolly') => {
      const scrollY = (await page.evaluate('window.scrollY')) as number
      const drawn = await framesDrawn(iframe)
      const result = async () => ({
        scrolled: ((await page.evaluate('window.scrollY')) as number) - scrollY,
        drawn: (await framesDrawn(iframe)) - drawn,
      })
      await page.mouse.move(x, y)
      await page.mouse.wheel(0, 240)
      if (effect === 'scroll') await expect.poll(async () => (await result()).scrolled).toBeGreaterThan(100)
      else await expect.poll(async () => (await result()).drawn).toBeGreaterThan(0)
      await quietPeriod(page, 300, 5)
      return result()
    }

    const idle = await wheel('scroll')
    expect(idle.scrolled, 'the article scrolls').toBeGreaterThan(100)
    expect(idle.drawn, 'the camera does not move').toBe(0)

    const shown = await panelTitle(iframe)
    expect(shown, 'a group is open before the reader clicks').not.toBeNull()
    const changes = async () =>
      (await messages(page)).filter(
        (m) => m.from === 'iframe' && (m.data as { type?: string }).type === 'running-anatomy:muscle-change',
      ).length
    const changesBefore = await changes()
    await page.locator('#iframe-figure').evaluate((el) => el.scrollIntoView({ block: 'center' }))
    await page.mouse.click(x, y)
    await iframe.waitForFunction(
      () => document.getElementById('explorer')?.dataset.engaged === 'true',
      null,
      POLL,
    )
    expect(await touchAction()).toBe('none')
    await settle(iframe)
    // The click that takes hold of the embed lands on the background but is no "click on nothing".
    expect(await panelTitle(iframe), 'the engaging click keeps the group').toBe(shown)
    expect(await changes(), 'and posts no muscle-change').toBe(changesBefore)
    const engaged = await wheel('dolly')
    expect(engaged.scrolled, 'engaged: the article stays put').toBe(0)
    expect(engaged.drawn, 'engaged: the camera dollies').toBeGreaterThan(0)

    // Engaged, a click on empty space clears the selection, as in the app.
    await page.mouse.click(x, y)
    await until(() => panelTitle(iframe), null, 'title after a click on empty space')
    await page.waitForFunction(
      () =>
        (window as unknown as Probe).__messages.some((m) => {
          const data = m.data as { type?: string; muscle?: unknown }
          return m.from === 'iframe' && data.type === 'running-anatomy:muscle-change' && data.muscle === null
        }),
      null,
      POLL,
    )
    await settle(iframe)

    await page.keyboard.press('Escape')
    await iframe.waitForFunction(
      () => document.getElementById('explorer')?.dataset.engaged === 'false',
      null,
      POLL,
    )
    const released = await wheel('scroll')
    expect(released.scrolled, 'released: the article scrolls again').toBeGreaterThan(100)
  })

  test('no CSP violations in the article or the frames, and nothing logged', async () => {
    for (const frame of page.frames()) {
      expect(await frame.evaluate('window.__csp'), frame.url()).toEqual([])
    }
    expect(errorsOf(log)).toEqual([])
    expect(log.filter((e) => /Content.Security.Policy|Refused to/i.test(e.text))).toEqual([])
  })

  test('phone width: both embeds fit the column', async () => {
    const phone = await openArticle({ width: 390, height: 844 }, true)
    try {
      await phone.page.locator('#iframe-figure').scrollIntoViewIfNeeded()
      await waitReady(await embedFrame(phone.page, 'iframe'))
      await phone.page.locator('#iframe-figure').evaluate((el) => el.scrollIntoView({ block: 'center' }))
      await phone.page.locator('#element-figure').scrollIntoViewIfNeeded()
      await waitReady(await embedFrame(phone.page, 'element'))
      await phone.page.locator('#element-figure').evaluate((el) => el.scrollIntoView({ block: 'center' }))
      const widths = await phone.page.evaluate(() =>
        ['anatomy-frame', 'anatomy-element'].map(
          (id) => document.getElementById(id)!.getBoundingClientRect().width,
        ),
      )
      for (const w of widths) expect(w).toBeLessThanOrEqual(390)
      expect(await phone.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390)
      expect(errorsOf(phone.log)).toEqual([])
    } finally {
      await phone.ctx.close()
    }
  })
})

/** A command from the article to the iframe embed, as a host page would send it. */
function postToFrame(page: Page, command: unknown): Promise<void> {
  return page.evaluate((c) => {
    const frame = document.getElementById('anatomy-frame') as HTMLIFrameElement
    frame.contentWindow!.postMessage(c, '*')
  }, command)
}

test('under Referrer-Policy: no-referrer the element still hears its frame and leaves the poster', async () => {
  const quiet = await startArticleSite({ referrerPolicy: 'no-referrer' })
  const ctx = await shared.browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    await ctx.addInitScript(PROBE)
    const p = await ctx.newPage()
    const entries = collectConsole(p)
    await p.goto(quiet.articleUrl)
    await p.locator('#element-figure').scrollIntoViewIfNeeded()
    const inner = await embedFrame(p, 'element')
    // No referrer reaches the frame. Chromium still fills location.ancestorOrigins; Firefox has none, so
    // there the frame knows nothing of its parent (tests/unit/embed/bridge.test.ts covers that case).
    expect(await inner.evaluate(() => document.referrer)).toBe('')
    await p.waitForFunction(
      () => (window as unknown as Probe).__events.some((e) => e.type === 'load'),
      null,
      { ...POLL, timeout: READY_MS },
    )
    await p.locator('#anatomy-element').locator('.rae-poster').waitFor({ state: 'hidden' })
    await p.locator('#anatomy-element').evaluate((el) => el.setAttribute('muscle', 'quadriceps'))
    await p.waitForFunction(
      () =>
        (window as unknown as Probe).__events.some(
          (e) => e.type === 'muscle-change' && e.detail === 'quadriceps',
        ),
      null,
      POLL,
    )
    expect(errorsOf(entries)).toEqual([])
  } finally {
    await ctx.close()
    await quiet.close()
  }
})

test('a model that fails to load surfaces as the element’s error event, with the frame’s Retry visible', async () => {
  const broken = await startArticleSite({
    intercept: (path) => (isModelPath(path) ? { status: 404, body: 'gone' } : null),
  })
  const ctx = await shared.browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    await ctx.addInitScript(PROBE)
    const p = await ctx.newPage()
    await p.goto(broken.articleUrl)
    await p.locator('#element-figure').scrollIntoViewIfNeeded()
    const inner = await embedFrame(p, 'element')
    // Sent while the frame is still loading: queued, and due once the frame answers, even with an error.
    await p.locator('#anatomy-element').evaluate((el) => el.setAttribute('muscle', 'glutes'))
    await p.waitForFunction(
      () => (window as unknown as Probe).__events.some((e) => e.type === 'error'),
      null,
      { ...POLL, timeout: READY_MS },
    )
    expect(await inner.locator('.rae-stage-error button').textContent()).toBe('Retry')
    await p.locator('#anatomy-element').locator('.rae-poster').waitFor({ state: 'hidden' })
    // The list and panel still work, and the page can still steer them.
    await until(() => panelTitle(inner), 'Glutes', 'title after a command queued before the error')
    await p.locator('#anatomy-element').evaluate((el) => el.setAttribute('muscle', 'core'))
    await until(() => panelTitle(inner), 'Core', 'title after a command sent after the error')
    expect(
      await p.locator('#anatomy-element').evaluate((el) => (el as HTMLElement & { ready: boolean }).ready),
    ).toBe(false)
  } finally {
    await ctx.close()
    await broken.close()
  }
})

test('3D code that fails to download surfaces as the element’s error event, with the frame’s own try-again', async () => {
  const broken = await startArticleSite({
    intercept: (path) => (path.startsWith('/assets/EmbedApp-') ? { status: 404, body: 'gone' } : null),
  })
  const ctx = await shared.browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    await ctx.addInitScript(PROBE)
    const p = await ctx.newPage()
    await p.goto(broken.articleUrl)
    await p.locator('#element-figure').scrollIntoViewIfNeeded()
    await p.waitForFunction(
      () => (window as unknown as Probe).__events.some((e) => e.type === 'error'),
      null,
      { ...POLL, timeout: READY_MS },
    )
    const inner = await embedFrame(p, 'element')
    // The element steps aside so the reader sees the frame's message and its button to try again.
    await p.locator('#anatomy-element').locator('.rae-poster').waitFor({ state: 'hidden' })
    expect(await inner.locator('.rae-poster-note').textContent()).toMatch(/could not load/)
    expect(await inner.locator('.rae-poster-start').isVisible()).toBe(true)
  } finally {
    await ctx.close()
    await broken.close()
  }
})

test('the app’s Embed dialog offers both snippets for the current view, with absolute URLs', async () => {
  const ctx = await shared.browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.assets.origin })
    const p = await ctx.newPage()
    const entries = collectConsole(p)
    await p.goto(`${site.assets.origin}/index.html?muscle=calves&view=back`)
    await p.getByRole('button', { name: 'Embed', exact: true }).click()
    const dialog = p.getByRole('dialog', { name: 'Put this view in your post' })
    await dialog.waitFor()
    const fields = await dialog
      .locator('textarea')
      .evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value))
    expect(fields).toEqual([
      '<running-anatomy muscle="calves" view="back">' +
        `<a href="${site.assets.origin}/index.html?muscle=calves&amp;view=back">Running Anatomy Explorer: the calves in 3D</a>` +
        ' (if you can read this, the 3D view could not load on this page)</running-anatomy>\n' +
        `<script type="module" src="${site.assets.origin}/running-anatomy.js"></script>`,
      `<iframe src="${site.assets.origin}/embed.html?muscle=calves&amp;view=back" ` +
        'title="Running Anatomy Explorer: the calves in 3D" width="100%" height="560" loading="lazy" style="border:0"></iframe>',
    ])
    await dialog.getByRole('button', { name: 'Copy' }).first().click()
    await dialog.getByText('Copied').waitFor()
    expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(fields[0])
    await p.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    expect(errorsOf(entries)).toEqual([])
  } finally {
    await ctx.close()
  }
})
