/**
 * Writes the app's install icons into public/icons/: a teal rounded square with a white runner drawn from
 * capsules and a circle as signed distances, so the edges are smooth at every size with no font or canvas
 * library. Deterministic: run `npm run icons` after changing the design and commit the PNGs.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { URL, fileURLToPath } from 'node:url'
import { PNG } from 'pngjs'

const OUT_DIR = fileURLToPath(new URL('../public/icons/', import.meta.url))
const TEAL = [0x1d, 0x6a, 0x85]
const WHITE = [0xff, 0xff, 0xff]

/** The runner in a unit box (y down), leaning into the stride: [x1, y1, x2, y2] segments, one radius. */
const HEAD = { x: 0.6, y: 0.19, r: 0.085 }
const LIMB = 0.043
const SEGMENTS = [
  [0.56, 0.33, 0.45, 0.56], // torso
  [0.55, 0.36, 0.66, 0.48], // front upper arm
  [0.66, 0.48, 0.77, 0.4], // front forearm
  [0.53, 0.37, 0.39, 0.44], // back upper arm
  [0.39, 0.44, 0.31, 0.54], // back forearm
  [0.45, 0.56, 0.61, 0.68], // front thigh
  [0.61, 0.68, 0.56, 0.86], // front shin
  [0.45, 0.56, 0.36, 0.72], // back thigh
  [0.36, 0.72, 0.2, 0.77], // back shin
]
/** The glyph's own box, to centre it. */
const GLYPH_CENTRE = { x: 0.485, y: 0.49 }

/**
 * Each icon: its file, size in pixels, the corner radius of the square as a fraction of the size (0: full
 * bleed, for masks and iOS, which round the corners themselves) and the glyph's scale.
 */
const ICONS = [
  { file: 'icon-192.png', size: 192, corner: 0.22, glyph: 0.86 },
  { file: 'icon-512.png', size: 512, corner: 0.22, glyph: 0.86 },
  // Maskable: the glyph stays inside the central safe circle (radius 0.4) whatever shape the OS cuts.
  { file: 'maskable-512.png', size: 512, corner: 0, glyph: 0.62 },
  { file: 'apple-touch-icon.png', size: 180, corner: 0, glyph: 0.78 },
]

function segmentDistance(px, py, [ax, ay, bx, by]) {
  const dx = bx - ax
  const dy = by - ay
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy))
}

/** Signed distance (unit box) to the runner: negative inside. */
function glyphDistance(x, y) {
  let d = Math.hypot(x - HEAD.x, y - HEAD.y) - HEAD.r
  for (const segment of SEGMENTS) d = Math.min(d, segmentDistance(x, y, segment) - LIMB)
  return d
}

/** Signed distance (unit box) to a square of side 1 with rounded corners of radius r. */
function squareDistance(x, y, r) {
  const qx = Math.abs(x - 0.5) - (0.5 - r)
  const qy = Math.abs(y - 0.5) - (0.5 - r)
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r
}

/** Pixel coverage of a shape from its signed distance in pixels (a one-pixel ramp across the edge). */
const coverage = (distancePx) => Math.max(0, Math.min(1, 0.5 - distancePx))

function render({ size, corner, glyph }) {
  const png = new PNG({ width: size, height: size })
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5) / size
      const y = (py + 0.5) / size
      const back = coverage(squareDistance(x, y, corner) * size)
      // The glyph's unit box, scaled about the icon's centre.
      const gx = GLYPH_CENTRE.x + (x - 0.5) / glyph
      const gy = GLYPH_CENTRE.y + (y - 0.5) / glyph
      const ink = coverage(glyphDistance(gx, gy) * glyph * size) * back
      const i = (py * size + px) * 4
      for (let c = 0; c < 3; c++) png.data[i + c] = Math.round(TEAL[c] * (1 - ink) + WHITE[c] * ink)
      png.data[i + 3] = Math.round(back * 255)
    }
  }
  return PNG.sync.write(png, { colorType: 6 })
}

mkdirSync(OUT_DIR, { recursive: true })
for (const icon of ICONS) {
  const bytes = render(icon)
  writeFileSync(join(OUT_DIR, icon.file), bytes)
  process.stdout.write(`public/icons/${icon.file}: ${icon.size}×${icon.size}, ${bytes.length} bytes\n`)
}
