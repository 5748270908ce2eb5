/**
 * URLs and paste-ready snippets for the two embed flavours. Everything is built from a base URL (the folder
 * the site is served from), so the same code serves the app's Embed dialog, the iframe's "Open in full
 * explorer" link and the web component.
 */
import { GROUPS } from '../domain/groups.ts'
import { EMPTY_LINK, formatPhase, writeLink, type LinkState } from '../domain/links.ts'

export const EMBED_PAGE = 'embed.html'
export const APP_PAGE = 'index.html'
export const SCRIPT_FILE = 'running-anatomy.js'
/** Default iframe height: room for the body and the compact panel in a 300–700 px column. */
export const IFRAME_HEIGHT = 560

/**
 * The part of the state an embed is configured with. The stride never autoplays inside an article unless the
 * blogger asked for it in the Embed dialog (`play`); a playing stride starts from the moment given, or 0. An
 * exercise's demo does play (a blogger's calf raise), unless the link holds its hardest moment (`play=0`).
 */
function embedLink(link: Partial<LinkState>, play = false): LinkState {
  const exercise = link.exercise ?? null
  // With an exercise, play belongs to its demo: the stride is not started for it.
  const stride = play && !exercise
  return {
    ...EMPTY_LINK,
    muscle: link.muscle ?? null,
    view: link.view ?? null,
    phase: link.phase ?? (stride ? 0 : null),
    play: stride ? true : null,
    ...(exercise ? { exercise, play: link.play === false ? false : null } : {}),
    // The stride lab's setting stays with the embed: a post about cadence shows the cadence it talks about.
    lab: link.lab ?? null,
  }
}

/** embed.html beside `base`, configured like the link; `origins` becomes the command allow-list. */
export function embedPageUrl(
  base: string | URL,
  link: Partial<LinkState>,
  origins: readonly string[] = [],
): string {
  const url = new URL(EMBED_PAGE, base)
  url.search = writeLink('', embedLink(link, link.play === true))
  if (origins.length > 0) url.searchParams.set('origin', origins.join(','))
  return url.href
}

/** The full explorer (index.html) beside `base`, in the same state, play included. */
export function appUrl(base: string | URL, link: LinkState): string {
  const url = new URL(APP_PAGE, base)
  url.search = writeLink('', link)
  return url.href
}

/** The lab's non-typical values as the element's attributes (the same names and values as the link). */
function labAttributes(state: LinkState): string[] {
  const params = new URLSearchParams(writeLink('', { ...EMPTY_LINK, lab: state.lab ?? null }))
  return LAB_PARAMS.flatMap((name) => {
    const v = params.get(name)
    return v === null ? [] : [` ${name}="${escapeAttribute(v)}"`]
  })
}

/** The link parameters of the stride lab, which the element passes to its frame as they are. */
export const LAB_PARAMS = ['speed', 'steprate', 'strike'] as const

export function scriptUrl(base: string | URL): string {
  return new URL(SCRIPT_FILE, base).href
}

/** Escape for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export interface Snippets {
  iframe: string
  script: string
}

/** How much room an embed takes: a fixed height in CSS pixels, or a width-to-height ratio of the column. */
export type EmbedSize = { readonly height: number } | { readonly aspect: '16/9' | '4/3' | '1/1' | '4/5' }

export interface EmbedOptions {
  /** Start with the stride playing (the reader can pause it). Default: still. */
  readonly play?: boolean
  /** Default: IFRAME_HEIGHT pixels high. */
  readonly size?: EmbedSize
}

/** The title of an embed of this state, for the iframe's title and the fallback link. */
function embedTitle(state: LinkState): string {
  return state.muscle
    ? `Running Anatomy Explorer: the ${GROUPS[state.muscle].name.toLowerCase()} in 3D`
    : 'Running Anatomy Explorer: a runner’s muscles in 3D'
}

/** The CSS an iframe of this size needs: never a border (the browser's default inset frame). */
export function iframeStyle(size: EmbedSize): string {
  return 'aspect' in size ? `border:0;width:100%;height:auto;aspect-ratio:${size.aspect}` : 'border:0'
}

/**
 * Both snippets for a page at `pageHref` (its folder is the base), showing `link`. The element's snippet holds a
 * link to the explorer and one line of why: what the page shows when the element's script cannot load (most
 * often because the site serving it sends no Access-Control-Allow-Origin header), instead of nothing at all.
 */
export function embedSnippets(
  pageHref: string,
  link: Partial<LinkState>,
  options: EmbedOptions = {},
): Snippets {
  const base = new URL('.', pageHref)
  const play = options.play === true
  const size = options.size ?? { height: IFRAME_HEIGHT }
  const state = embedLink(link, play)
  const title = embedTitle(state)
  const height = 'height' in size ? ` height="${size.height}"` : ''
  const iframe =
    `<iframe src="${escapeAttribute(embedPageUrl(base, state))}" title="${escapeAttribute(title)}" ` +
    `width="100%"${height} loading="lazy" style="${iframeStyle(size)}"></iframe>`
  const attributes = [
    state.muscle ? ` muscle="${state.muscle}"` : '',
    state.view ? ` view="${state.view}"` : '',
    state.phase !== null ? ` phase="${formatPhase(state.phase)}"` : '',
    ...labAttributes(state),
    play ? ' play' : '',
    state.exercise ? ` exercise="${state.exercise}"` : '',
    'height' in size && size.height !== IFRAME_HEIGHT ? ` height="${size.height}"` : '',
    'aspect' in size ? ` style="aspect-ratio:${size.aspect}"` : '',
  ].join('')
  const fallback =
    `<a href="${escapeAttribute(appUrl(base, { ...state, play: null }))}">${escapeAttribute(title)}</a>` +
    ' (if you can read this, the 3D view could not load on this page)'
  const script =
    `<running-anatomy${attributes}>${fallback}</running-anatomy>\n` +
    `<script type="module" src="${escapeAttribute(scriptUrl(base))}"></script>`
  return { iframe, script }
}
