/**
 * How the printed plan's pictures are cropped: to the figure in either picture (the same frame for both, so start
 * and end line up), no wider than MAX_ASPECT. Pure arithmetic on the pixels read back from the render target.
 */
/** Widest picture kept, width over height: a figure lying down is a strip, a standing one narrow; beyond this, taller. */
const MAX_ASPECT = 3
/** Pixels (drawn size) left round the figure when cropping. */
const CROP_MARGIN = 6
/** Alpha above which a pixel is the body, its kit or its shadow rather than empty paper. */
const INK_ALPHA = 24

/**
 * The part of the frame both pictures use, as [x, y, width, height] from the top left, in drawn pixels: their
 * figures with a margin, no wider than MAX_ASPECT, so a standing figure takes little of the printed row.
 */
export function cropOf(
  pictures: readonly Uint8Array[],
  width: number,
  height: number,
): [number, number, number, number] {
  let x0 = width
  let x1 = -1
  let y0 = height
  let y1 = -1
  for (const px of pictures)
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++)
        if (px[(y * width + x) * 4 + 3]! > INK_ALPHA) {
          if (x < x0) x0 = x
          if (x > x1) x1 = x
          if (y < y0) y0 = y
          if (y > y1) y1 = y
        }
  if (x1 < 0) return [0, 0, width, height]
  x0 = Math.max(0, x0 - CROP_MARGIN)
  x1 = Math.min(width - 1, x1 + CROP_MARGIN)
  y0 = Math.max(0, y0 - CROP_MARGIN)
  y1 = Math.min(height - 1, y1 + CROP_MARGIN)
  const w = x1 - x0 + 1
  let h = y1 - y0 + 1
  // Too wide: taller, round the middle, within the frame.
  if (w > h * MAX_ASPECT) {
    const grow = Math.min(height, Math.ceil(w / MAX_ASPECT)) - h
    y0 = Math.max(0, Math.min(height - (h + grow), y0 - Math.floor(grow / 2)))
    h += grow
  }
  // Rows counted from the bottom in the pixels read: from the top in the picture.
  return [x0, height - (y0 + h), w, h]
}
