/**
 * <running-anatomy muscle="calves" view="back" phase="20" play></running-anatomy>
 *
 * The blog widget, as one ES module with no dependencies on the host page. It shows a light poster at once
 * and, when the element nears the viewport, hosts embed.html in an iframe. An iframe rather than rendering
 * into a shadow root because:
 *  - the scene's store is one per document, so two embeds in one page would share a selection;
 *  - React, three.js, WebAssembly and their CSP needs stay inside a document we serve, so the blog's CSP only
 *    has to allow this script and the frame;
 *  - nothing the page does with its CSS or globals can break the 3D view, and it cannot break the page.
 * The host API is the iframe's postMessage API, re-dispatched as DOM events on the element.
 */
import { prefersReducedMotion } from '../platform/motion.ts'
import { GROUPS, isViewId } from '../domain/groups.ts'
import { formatPhase, resolveGroup } from '../domain/links.ts'
import { parseEvent, phaseOfAttribute, type Command, type EmbedEvent } from './messages.ts'
import { HOST_CSS } from './element-styles.ts'
import { POSTER_CSS, constructedSheet, createPoster, posterLabel } from './poster.ts'
import { LAB_PARAMS, embedPageUrl } from './urls.ts'

export const TAG_NAME = 'running-anatomy'
/** Start loading this far before the element scrolls into view, so it is usually ready when seen. */
export const ROOT_MARGIN = '600px 0px'
/**
 * A frame that has said neither ready nor error this long after it was made never will (embed.html blocked by the
 * serving site's X-Frame-Options or the page's CSP, or a network that drops it): the poster then says so and
 * links to the explorer, rather than showing "Loading" for ever.
 */
export const FRAME_SILENT_MS = 45_000

// The built file sits beside embed.html; the dev server serves the source from /src/embed/.
const BASE = new URL(import.meta.env.DEV ? '/' : './', import.meta.url)

let sharedSheets: CSSStyleSheet[] | null = null
/** One parsed copy for every element on the page. */
function hostSheets(): CSSStyleSheet[] {
  sharedSheets ??= [constructedSheet(HOST_CSS), constructedSheet(POSTER_CSS)]
  return sharedSheets
}

/** A `height` attribute: a number (pixels) or a simple CSS length; anything else is ignored. */
function heightRule(value: string | null): string {
  const m = value?.trim().match(/^(\d{1,4}(?:\.\d+)?)(px|rem|em|vh|svh|dvh)?$/)
  return m ? `:host { height: ${m[1]}${m[2] ?? 'px'}; aspect-ratio: auto; max-height: none; }` : ''
}

export class RunningAnatomyElement extends HTMLElement {
  static observedAttributes = ['muscle', 'view', 'phase', 'height', 'loading']

  readonly #root: ShadowRoot
  readonly #sizeSheet = new CSSStyleSheet()
  readonly #poster: HTMLDivElement
  readonly #button: HTMLButtonElement
  readonly #note: HTMLParagraphElement
  #frame: HTMLIFrameElement | null = null
  #frameOrigin = ''
  #observer: IntersectionObserver | null = null
  #ready = false
  /** The frame's host API is up: it said ready, or error (its panel and picker still work then). */
  #listening = false
  #focusWhenReady = false
  /** Commands sent before the frame was listening, latest per type. */
  readonly #queue = new Map<Command['type'], Command>()
  #selected: string | null = null
  #silence = 0

  constructor() {
    super()
    this.#root = this.attachShadow({ mode: 'open' })
    this.#root.adoptedStyleSheets = [...hostSheets(), this.#sizeSheet]

    const { root, button, note } = createPoster(document, posterLabel(null))
    this.#poster = root
    this.#button = button
    this.#note = note
    this.#button.addEventListener('click', () => this.#start())
    this.#root.append(this.#poster)
    this.#updateLabel()
  }

  get muscle(): string | null {
    return this.getAttribute('muscle')
  }
  set muscle(value: string | null) {
    this.#reflect('muscle', value)
  }
  get view(): string | null {
    return this.getAttribute('view')
  }
  set view(value: string | null) {
    this.#reflect('view', value)
  }
  get phase(): string | null {
    return this.getAttribute('phase')
  }
  set phase(value: string | number | null) {
    this.#reflect('phase', value === null ? null : String(value))
  }
  /** The group shown right now (the reader may have picked another than the attribute's). */
  get selected(): string | null {
    return this.#selected
  }
  /** True once the 3D view is on screen. */
  get ready(): boolean {
    return this.#ready
  }

  connectedCallback(): void {
    window.addEventListener('message', this.#onMessage)
    if (this.#frame) return
    if (this.getAttribute('loading') === 'eager' || typeof IntersectionObserver !== 'function') {
      this.#load()
      return
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) this.#load()
      },
      { rootMargin: ROOT_MARGIN },
    )
    this.#observer.observe(this)
  }

  disconnectedCallback(): void {
    window.removeEventListener('message', this.#onMessage)
    this.#observer?.disconnect()
    this.#observer = null
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    switch (name) {
      case 'muscle':
        this.#selected = value ? resolveGroup(value) : null
        this.#updateLabel()
        this.#send({ type: 'running-anatomy:select', muscle: value?.trim() ? value.slice(0, 64) : null })
        break
      case 'view': {
        const view = value?.trim().toLowerCase()
        if (isViewId(view)) this.#send({ type: 'running-anatomy:view', view })
        break
      }
      case 'phase': {
        // Removing it leaves stride mode; a value that is no percentage is ignored, keeping the last one.
        const phase = value === null ? null : phaseOfAttribute(value)
        if (value === null || phase !== null) this.#send({ type: 'running-anatomy:phase', phase })
        break
      }
      case 'height':
        this.#sizeSheet.replaceSync(heightRule(value))
        break
      case 'loading':
        if (value === 'eager' && this.isConnected) this.#load()
        break
    }
  }

  #reflect(name: string, value: string | null): void {
    if (value === null) this.removeAttribute(name)
    else this.setAttribute(name, value)
  }

  #updateLabel(): void {
    const group = this.#selected ? GROUPS[this.#selected as keyof typeof GROUPS] : null
    this.#button.textContent = posterLabel(group?.name ?? null)
  }

  /** The reader asked for it: load now if needed, and hand them the 3D view once it is there. */
  #start(): void {
    this.#focusWhenReady = true
    this.#load()
    if (!this.#ready) {
      this.#button.setAttribute('aria-disabled', 'true')
      this.#note.textContent = 'Loading the 3D body…'
    }
  }

  #load(): void {
    this.#observer?.disconnect()
    this.#observer = null
    if (this.#frame) return
    const frame = document.createElement('iframe')
    const origin = window.location.origin
    // Only the host page may steer this frame (a file:// page has no origin to name, so none is set).
    const url = new URL(embedPageUrl(BASE, {}, origin.startsWith('http') ? [origin] : []))
    // Raw attribute values go through the embed's own link parsing, which explains bad ones in its panel.
    // `exercise` (a demo the body performs) is read when the frame loads.
    for (const name of ['muscle', 'view', 'phase', 'exercise', ...LAB_PARAMS] as const) {
      const value = this.getAttribute(name)
      if (value) url.searchParams.set(name, value.slice(0, 64))
    }
    // A script's phase (100 / 3) is fine here but too long for a link: send the link's one-decimal form.
    const phase = phaseOfAttribute(this.getAttribute('phase') ?? '')
    if (phase !== null) url.searchParams.set('phase', formatPhase(phase))
    // `play` (the Embed dialog's "stride playing"): the stride runs from the start, or from `phase`.
    if (this.hasAttribute('play') && this.getAttribute('play') !== 'false') {
      url.searchParams.set('play', '1')
      if (phase === null) url.searchParams.set('phase', '0')
    }
    // This element already waited for the viewport: the frame should not wait a second time.
    url.searchParams.set('load', 'eager')
    frame.className = 'frame'
    frame.setAttribute('part', 'frame')
    frame.title = this.getAttribute('title') ?? 'Running Anatomy Explorer: an interactive 3D runner'
    // No top-level navigation: the embed can open a new tab (the full explorer) but never take the page over.
    frame.setAttribute(
      'sandbox',
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    )
    frame.src = url.href
    this.#frameOrigin = url.origin
    this.#frame = frame
    this.#queue.clear()
    this.#root.prepend(frame)
    this.#silence = window.setTimeout(() => this.#silent(), FRAME_SILENT_MS)
  }

  /** The frame never answered: a link to the explorer and one line of why, in the poster the reader sees. */
  #silent(): void {
    if (this.#listening) return
    const link = document.createElement('a')
    const app = new URL('index.html', BASE)
    const asked = new URL(this.#frame?.src ?? BASE.href).searchParams
    for (const name of ['muscle', 'view', 'phase']) {
      const value = asked.get(name)
      if (value !== null) app.searchParams.set(name, value)
    }
    link.href = app.href
    link.target = '_blank'
    link.rel = 'noopener'
    link.textContent = 'Open it in the Running Anatomy Explorer ↗'
    this.#button.setAttribute('aria-disabled', 'true')
    this.#note.replaceChildren('The 3D view could not load on this page. ', link)
    this.dispatchEvent(
      new CustomEvent('error', { detail: { message: 'The embedded explorer did not answer.' } }),
    )
  }

  #send(command: Command): void {
    if (!this.#frame) return
    const target = this.#frame.contentWindow
    if (this.#listening && target) target.postMessage(command, this.#frameOrigin)
    else this.#queue.set(command.type, command)
  }

  readonly #onMessage = (event: MessageEvent): void => {
    if (!this.#frame || event.source !== this.#frame.contentWindow || event.origin !== this.#frameOrigin)
      return
    const message = parseEvent(event.data)
    if (message) this.#handle(message)
  }

  #handle(message: EmbedEvent): void {
    switch (message.type) {
      case 'running-anatomy:ready':
        this.#ready = true
        this.#flush()
        this.#revealFrame()
        this.dispatchEvent(new Event('load'))
        break
      case 'running-anatomy:muscle-change':
        this.#selected = message.muscle
        this.dispatchEvent(
          new CustomEvent<string | null>('muscle-change', {
            detail: message.muscle,
            bubbles: true,
            composed: true,
          }),
        )
        break
      case 'running-anatomy:error':
        // The frame shows the reason and a Retry button; the poster must not hide them, and the page may
        // still steer the panel.
        this.#flush()
        this.#revealFrame()
        this.dispatchEvent(new CustomEvent('error', { detail: { message: message.message } }))
        break
    }
  }

  #flush(): void {
    window.clearTimeout(this.#silence)
    this.#listening = true
    const target = this.#frame?.contentWindow
    for (const command of this.#queue.values()) target?.postMessage(command, this.#frameOrigin)
    this.#queue.clear()
  }

  #revealFrame(): void {
    const hadFocus = this.#root.activeElement === this.#button
    this.#poster.dataset.leaving = ''
    const hide = () => {
      this.#poster.hidden = true
    }
    if (prefersReducedMotion()) hide()
    else window.setTimeout(hide, 300)
    if ((this.#focusWhenReady || hadFocus) && this.#frame) this.#frame.focus()
    this.#focusWhenReady = false
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'running-anatomy': RunningAnatomyElement
  }
}

if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, RunningAnatomyElement)
