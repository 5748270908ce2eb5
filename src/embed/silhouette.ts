/**
 * The poster's body outline: a few SVG shapes built with DOM calls (no markup strings), so it works under a
 * strict CSP with Trusted Types, weighs a few hundred bytes and needs no image request.
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
