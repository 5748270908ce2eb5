/**
 * The poster both embeds show before the 3D code loads: a body outline, a call to action and a status line.
 * Built with DOM calls (no markup strings) and styled by one constructed stylesheet, so it works under a
 * strict CSP with Trusted Types, weighs a few hundred bytes and needs no image or CSS request. The
 * <running-anatomy> element adopts the sheet in its shadow root, embed.html in its document.
 */
const SVG_NS = 'http://www.w3.org/2000/svg'

type Shape = readonly [
  tag: 'circle' | 'rect' | 'path' | 'ellipse',
  attributes: Readonly<Record<string, string>>,
]

// A standing figure 120 units wide, feet at y = 300.
const SHAPES: readonly Shape[] = [
  ['circle', { cx: '60', cy: '22', r: '14' }],
  ['rect', { x: '54', y: '33', width: '12', height: '12', rx: '3' }],
  ['path', { d: 'M34 48 Q60 38 86 48 L83 96 Q80 120 84 146 L36 146 Q40 120 37 96 Z' }],
  ['rect', { x: '20', y: '50', width: '13', height: '92', rx: '6.5', transform: 'rotate(8 26 50)' }],
  ['rect', { x: '87', y: '50', width: '13', height: '92', rx: '6.5', transform: 'rotate(-8 94 50)' }],
  ['rect', { x: '38', y: '140', width: '19', height: '152', rx: '9' }],
  ['rect', { x: '63', y: '140', width: '19', height: '152', rx: '9' }],
  ['ellipse', { cx: '47', cy: '294', rx: '10', ry: '5' }],
  ['ellipse', { cx: '73', cy: '294', rx: '10', ry: '5' }],
]

export function createSilhouette(doc: Document, className: string): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg')
  svg.setAttribute('viewBox', '0 0 120 300')
  svg.setAttribute('class', className)
  svg.setAttribute('aria-hidden', 'true')
  svg.setAttribute('focusable', 'false')
  for (const [tag, attributes] of SHAPES) {
    const el = doc.createElementNS(SVG_NS, tag)
    for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value)
    svg.append(el)
  }
  return svg
}

/** "Explore the calves in 3D": the poster's call to action. */
export function posterLabel(groupName: string | null): string {
  return groupName ? `Explore the ${groupName.toLowerCase()} in 3D` : 'Explore a runner’s muscles in 3D'
}

export interface Poster {
  root: HTMLDivElement
  button: HTMLButtonElement
  /** A live status line: what the poster is waiting for, or why it stopped. */
  note: HTMLParagraphElement
}

/** The poster's elements, classed for POSTER_CSS. `part`s let a blogger restyle the element's copy. */
export function createPoster(doc: Document, label: string): Poster {
  const root = doc.createElement('div')
  root.className = 'rae-poster'
  root.setAttribute('part', 'poster')
  const button = doc.createElement('button')
  button.type = 'button'
  button.className = 'rae-poster-start'
  button.setAttribute('part', 'button')
  button.textContent = label
  const note = doc.createElement('p')
  note.className = 'rae-poster-note'
  note.setAttribute('role', 'status')
  note.textContent = 'Running Anatomy Explorer'
  root.append(createSilhouette(doc, 'rae-poster-silhouette'), button, note)
  return { root, button, note }
}

/** The poster's only styles. It fills the nearest positioned box: the element, or embed.html's viewport. */
export const POSTER_CSS = `
.rae-poster {
  position: absolute;
  inset: 0;
  display: flex;
  flex-direction: column;
  align-items: center;
  justify-content: center;
  gap: 0.75rem;
  padding: 1rem;
  background: radial-gradient(ellipse at 50% 40%, #f7fafb 0%, #e7edf0 70%);
  color: #17262f;
  font: 400 1rem/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif;
  transition: opacity 0.25s ease-out;
}
.rae-poster[data-leaving] { opacity: 0; pointer-events: none; }
.rae-poster[hidden] { display: none; }
.rae-poster-silhouette { flex: 1 1 auto; min-height: 0; width: 40%; max-width: 9rem; fill: #c3ced5; }
.rae-poster-start {
  min-height: 2.75rem;
  padding: 0.5rem 1.25rem;
  border: 0;
  border-radius: 999px;
  background: #1d6a85;
  color: #fff;
  font: inherit;
  font-weight: 600;
  text-align: center;
  cursor: pointer;
}
.rae-poster-start:hover { background: #15546a; }
.rae-poster-start:focus-visible { outline: 3px solid #c2410c; outline-offset: 2px; }
.rae-poster-start[aria-disabled='true'] { cursor: progress; }
.rae-poster-note { margin: 0; font-size: 0.8125rem; color: #4d5e68; text-align: center; }
@media (prefers-reduced-motion: reduce) {
  .rae-poster { transition: none; }
}
`

/** A constructed stylesheet of `css` for this document's realm (no <style>: CSP without 'unsafe-inline'). */
export function constructedSheet(css: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(css)
  return sheet
}
