/**
 * Smooth lookup in tables sampled at equal steps over one gait cycle. The cycle is periodic, so the spline
 * wraps: the segment before 0 % uses the samples at the end of the table and the value at 100 % is the value
 * at 0 %.
 */
import { wrapPercent } from '../gait.ts'

/**
 * Uniform Catmull-Rom through `values`, sampled at 0, 100/n, 2·100/n … % of the cycle. It passes through
 * every sample and has a continuous slope, which keeps joints from jerking at the 5 % knots.
 */
export function periodicSpline(values: readonly number[], percent: number): number {
  const n = values.length
  if (n === 0) return 0
  const u = (wrapPercent(percent) / 100) * n
  const i = Math.floor(u)
  const t = u - i
  const p0 = values[(i - 1 + n) % n]!
  const p1 = values[i % n]!
  const p2 = values[(i + 1) % n]!
  const p3 = values[(i + 2) % n]!
  return (
    0.5 *
    (2 * p1 +
      (p2 - p0) * t +
      (2 * p0 - 5 * p1 + 4 * p2 - p3) * t * t +
      (3 * p1 - p0 - 3 * p2 + p3) * t * t * t)
  )
}

/** Hermite smoothstep of x between edge0 and edge1, clamped to 0..1. */
export function smoothstep(edge0: number, edge1: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - edge0) / (edge1 - edge0)))
  return t * t * (3 - 2 * t)
}
