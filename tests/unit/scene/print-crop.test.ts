// The printed pictures' crop: one frame for both pictures, round whatever is drawn in either, a standing figure
// narrow, a lying one a strip no wider than 3 × its height; rows read bottom first (as WebGL reads them) come out top first.
import { describe, expect, it } from 'vitest'
import { cropOf } from '../../../src/scene/demo/crop.ts'

const W = 100
const H = 120

/** A read-back picture (bottom row first) with the given rectangles (top-left x, y, width, height) drawn. */
function picture(...rects: [number, number, number, number][]): Uint8Array {
  const px = new Uint8Array(W * H * 4)
  for (const [x, y, w, h] of rects)
    for (let yy = y; yy < y + h; yy++)
      for (let xx = x; xx < x + w; xx++) px[((H - 1 - yy) * W + xx) * 4 + 3] = 255
  return px
}

describe('cropOf', () => {
  it('an empty picture keeps the whole frame', () => {
    expect(cropOf([picture(), picture()], W, H)).toEqual([0, 0, W, H])
  })

  it('frames what either picture draws, with a margin, measured from the top', () => {
    // A standing figure at the left in one, its arm out to the right in the other.
    expect(cropOf([picture([20, 10, 10, 100]), picture([20, 10, 30, 20])], W, H)).toEqual([14, 4, 42, 112])
  })

  it('a figure lying down: a strip, made taller round its middle where it is wider than 3 × its height', () => {
    const [x, y, w, h] = cropOf([picture([10, 100, 80, 10]), picture([10, 95, 80, 15])], W, H)
    expect([x, w]).toEqual([4, 92])
    expect(w / h).toBeLessThanOrEqual(3)
    expect(w / h).toBeGreaterThan(2.9)
    expect(y + h).toBeLessThanOrEqual(H)
    // Still round the figure (rows 95–109 from the top).
    expect(y).toBeLessThanOrEqual(95)
    expect(y + h).toBeGreaterThanOrEqual(110)
  })
})
