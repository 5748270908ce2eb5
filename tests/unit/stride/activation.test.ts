import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { GROUP_IDS, MUSCLE_IDS, SIDES } from '../../../src/domain/groups.ts'
import {
  CURVES,
  CURVE_IDS,
  MUSCLE_CURVE,
  activationAt,
  curveValue,
  curvesOfGroup,
  groupActivationAt,
  windowValue,
} from '../../../src/domain/stride/activation.ts'
import { periodicSpline } from '../../../src/domain/stride/periodic.ts'
import { SOURCES } from '../../../src/content/sources.ts'

const percent = fc.double({ min: -300, max: 300, noNaN: true })
const muscle = fc.constantFrom(...MUSCLE_IDS)

/** Percent of the cycle where a curve peaks, at 0.5 % resolution. */
function peakOf(id: keyof typeof CURVES): number {
  let best = 0
  let at = 0
  for (let p = 0; p < 100; p += 0.5) {
    const v = curveValue(CURVES[id], p)
    if (v > best) [best, at] = [v, p]
  }
  return at
}

describe('windows', () => {
  test('a window that wraps (80→20) is on at 90 and 10 and off at 50', () => {
    const bursts = [{ from: 80, to: 20, level: 1 }]
    expect(windowValue(bursts, 0, 90)).toBeGreaterThan(0.99)
    expect(windowValue(bursts, 0, 10)).toBeGreaterThan(0.99)
    expect(windowValue(bursts, 0, 0)).toBeGreaterThan(0.99)
    expect(windowValue(bursts, 0, 50)).toBeLessThan(0.01)
    // Soft edges: half way at the edge, off a few percent outside it.
    expect(windowValue(bursts, 0, 80)).toBeCloseTo(0.5, 5)
    expect(windowValue(bursts, 0, 20)).toBeCloseTo(0.5, 5)
    expect(windowValue(bursts, 0, 75)).toBe(0)
    expect(windowValue(bursts, 0, 25)).toBe(0)
  })

  test('a window not crossing 100 keeps its soft edge before the start', () => {
    const bursts = [{ from: 2, to: 30, level: 0.8 }]
    expect(windowValue(bursts, 0, 1)).toBeGreaterThan(0.1)
    expect(windowValue(bursts, 0, 15)).toBeCloseTo(0.8, 5)
    expect(windowValue(bursts, 0.2, 60)).toBe(0.2)
  })

  test('a peaked burst is strongest at its peak and eases off towards its edges', () => {
    const bursts = [{ from: 90, to: 20, level: 1, peak: 0 }]
    expect(windowValue(bursts, 0, 0)).toBeCloseTo(1, 9)
    expect(windowValue(bursts, 0, 10)).toBeLessThan(windowValue(bursts, 0, 5))
    expect(windowValue(bursts, 0, 10)).toBeGreaterThan(0.35)
    expect(windowValue(bursts, 0, 50)).toBe(0)
    expect(windowValue(bursts, 0.4, 50)).toBe(0.4)
  })

  test('the rectus abdominis and trapezius estimates stay low: small bursts around foot strike', () => {
    expect(activationAt('rectus-abdominis', 'R', 2)).toBeGreaterThan(0.3)
    expect(activationAt('rectus-abdominis', 'R', 2)).toBeLessThan(0.4)
    expect(activationAt('rectus-abdominis', 'R', 30)).toBeLessThan(0.15)
    for (let p = 0; p < 100; p++) {
      expect(activationAt('rectus-abdominis', 'R', p)).toBeLessThan(0.4)
      expect(activationAt('trapezius', 'R', p)).toBeLessThan(0.4)
    }
  })
})

describe('sampled rows', () => {
  test('the spline passes through every 5 % sample of every row', () => {
    for (const c of Object.values(CURVES)) {
      if (c.kind !== 'sampled') continue
      expect(c.samples).toHaveLength(20)
      c.samples.forEach((v, i) => expect(curveValue(c, i * 5), `${c.id} at ${i * 5} %`).toBeCloseTo(v, 9))
    }
  })

  test('the spline is periodic and continuous across 100 %', () => {
    const values = [0.2, 1, 0.5, 0, 0, 0.7]
    fc.assert(
      fc.property(percent, (p) => {
        expect(periodicSpline(values, p + 100)).toBeCloseTo(periodicSpline(values, p), 9)
      }),
    )
    expect(periodicSpline(values, 99.999)).toBeCloseTo(periodicSpline(values, 0), 3)
  })

  test('peaks land where the reference puts them', () => {
    expect(peakOf('hamstrings')).toBeGreaterThanOrEqual(85)
    expect(peakOf('hamstrings')).toBeLessThanOrEqual(95)
    expect(peakOf('gluteus-maximus')).toBeGreaterThanOrEqual(2)
    expect(peakOf('gluteus-maximus')).toBeLessThanOrEqual(7)
    expect(peakOf('vasti')).toBeGreaterThanOrEqual(9)
    expect(peakOf('vasti')).toBeLessThanOrEqual(16)
    expect(peakOf('iliopsoas')).toBeGreaterThanOrEqual(35)
    expect(peakOf('iliopsoas')).toBeLessThanOrEqual(45)
  })
})

describe('every curve', () => {
  test('value at 0 % equals value at 100 %, and stays within 0..1', () => {
    for (const id of CURVE_IDS) {
      expect(curveValue(CURVES[id], 100), id).toBeCloseTo(curveValue(CURVES[id], 0), 12)
    }
    fc.assert(
      fc.property(fc.constantFrom(...CURVE_IDS), percent, (id, p) => {
        const v = curveValue(CURVES[id], p)
        expect(v).toBeGreaterThanOrEqual(0)
        expect(v).toBeLessThanOrEqual(1)
      }),
    )
  })

  test('the left side is the right side half a cycle later', () => {
    fc.assert(
      fc.property(muscle, percent, (m, p) => {
        expect(activationAt(m, 'L', p)).toBeCloseTo(activationAt(m, 'R', p + 50), 12)
      }),
    )
  })

  test('every muscle has a curve with sources that exist and flags that say how sure it is', () => {
    for (const m of MUSCLE_IDS) {
      const curve = CURVES[MUSCLE_CURVE[m]]
      expect(curve, m).toBeDefined()
      expect(curve.sources.length, m).toBeGreaterThanOrEqual(1)
      for (const s of curve.sources) expect(Object.keys(SOURCES), `${m}: ${s}`).toContain(s)
      expect(curve.flags.length, m).toBeGreaterThanOrEqual(1)
      expect(curve.basis.length).toBeGreaterThan(20)
    }
  })

  test('curves the simulation does not model are marked as estimates', () => {
    for (const m of ['rectus-abdominis', 'transversus-abdominis', 'deltoid', 'trapezius'] as const)
      expect(CURVES[MUSCLE_CURVE[m]].flags).toContain('UE')
    for (const c of Object.values(CURVES)) if (c.kind === 'sampled') expect(c.flags, c.id).toContain('SIM')
    // The deltoid has no simulated force: its curve is the shoulder torque, a stand-in.
    expect(CURVES.deltoid.flags).toEqual(['SIM', 'UE'])
  })
})

describe('groups', () => {
  test('every group has at least one curve and a group glows with its strongest muscle', () => {
    for (const g of GROUP_IDS) expect(curvesOfGroup(g).length, g).toBeGreaterThanOrEqual(1)
    expect(curvesOfGroup('hamstrings').map((c) => c.id)).toEqual(['hamstrings'])
    expect(curvesOfGroup('quadriceps').map((c) => c.id)).toEqual(['rectus-femoris', 'vasti'])
  })

  test('the hamstrings glow in late swing and rest in early swing, on each side in its own time', () => {
    expect(groupActivationAt('hamstrings', 'R', 90)).toBeGreaterThan(0.9)
    expect(groupActivationAt('hamstrings', 'R', 50)).toBeLessThan(0.1)
    expect(groupActivationAt('hamstrings', 'L', 40)).toBeGreaterThan(0.9)
    for (const side of SIDES) expect(groupActivationAt('calves', side, 0)).toBeLessThan(1)
  })
})
