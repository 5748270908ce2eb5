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

/** The part of the state an embed is configured with: the stride never autoplays inside an article. */
function embedLink(link: Partial<LinkState>): LinkState {
  return { ...EMPTY_LINK, muscle: link.muscle ?? null, view: link.view ?? null, phase: link.phase ?? null }
}

/** embed.html beside `base`, configured like the link; `origins` becomes the command allow-list. */
export function embedPageUrl(
  base: string | URL,
  link: Partial<LinkState>,
  origins: readonly string[] = [],
): string {
  const url = new URL(EMBED_PAGE, base)
  url.search = writeLink('', embedLink(link))
  if (origins.length > 0) url.searchParams.set('origin', origins.join(','))
  return url.href
}

/** The full explorer (index.html) beside `base`, in the same state, play included. */
export function appUrl(base: string | URL, link: LinkState): string {
  const url = new URL(APP_PAGE, base)
  url.search = writeLink('', link)
  return url.href
}

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

/** Both snippets for a page at `pageHref` (its folder is the base), showing `link`. */
export function embedSnippets(pageHref: string, link: Partial<LinkState>): Snippets {
  const base = new URL('.', pageHref)
  const state = embedLink(link)
  const title = state.muscle
    ? `Running Anatomy Explorer: the ${GROUPS[state.muscle].name.toLowerCase()} in 3D`
    : 'Running Anatomy Explorer: a runner’s muscles in 3D'
  const iframe =
    `<iframe src="${escapeAttribute(embedPageUrl(base, state))}" title="${escapeAttribute(title)}" ` +
    `width="100%" height="${IFRAME_HEIGHT}" loading="lazy"></iframe>`
  const attributes = [
    state.muscle ? ` muscle="${state.muscle}"` : '',
    state.view ? ` view="${state.view}"` : '',
    state.phase !== null ? ` phase="${formatPhase(state.phase)}"` : '',
  ].join('')
  const script =
    `<running-anatomy${attributes}></running-anatomy>\n` +
    `<script type="module" src="${escapeAttribute(scriptUrl(base))}"></script>`
  return { iframe, script }
}
