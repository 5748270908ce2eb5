/**
 * Review 25 (an independent biomechanist, Table A rows A1–A16): what the lab must show for each row the
 * reviewer would not sign. Each test failed on the lab before the fix.
 */
import { describe, expect, it } from 'vitest'
import { TYPICAL_LAB, type LabSettings } from '../../../src/domain/lab.ts'
import {
  FOREFOOT_CALF_LEAD,
  LAB_GAPS,
  LAB_READOUTS,
  SPEED_SCALES,
  STEP_RATE_SCALES,
  TISSUE_NAMES,
  labActivationAt,
  labGlowScale,
  labGroupActivationAt,
  readoutAt,
  stepRateRatio,
} from '../../../src/domain/stride/lab-data.ts'
import { TOURS } from '../../../src/content/tours.ts'

const at = (lab: Partial<LabSettings>): LabSettings => ({ ...TYPICAL_LAB, ...lab })
const readout = (id: string) => {
  const r = LAB_READOUTS.find((x) => x.id === id)
  if (!r) throw new Error(`no read-out ${id}`)
  return r
}
const stepText = (tour: string, i: number) => {
  const t = (TOURS as Record<string, { steps: readonly { text: string; flags: readonly string[] }[] }>)[tour]
  if (!t?.steps[i]) throw new Error(`no step ${tour} ${i}`)
  return t.steps[i]
}

describe('review 25: significance and design in the row (A1, A2, A4)', () => {
  it('A1: Almonroeder loading rate is not significant at both non-rearfoot strikes, with barefoot two-group design in the row', () => {
    const r = readout('achilles-loading-rate')
    for (const k of ['midfoot', 'forefoot'])
      expect(r.significance?.[k]).toEqual({ significant: false, note: 'P = 0.06' })
    expect(r.inRow).toMatch(/barefoot/i)
    expect(r.inRow).toMatch(/11 rearfoot vs 8 non-rearfoot women/)
    expect(r.inRow).toMatch(/two groups/)
  })

  it('A2: Almonroeder impulse keeps its borderline P value and design in the row', () => {
    const r = readout('achilles-impulse')
    expect(r.significance?.forefoot).toEqual({ significant: true, note: 'P = 0.05' })
    expect(r.inRow).toMatch(/not a switch/)
  })

  it('A4: semimembranosus at 110 % is marked not significantly different from 100 %', () => {
    const r = readout('semimembranosus-late-swing')
    expect(r.significance?.['110']?.significant).toBe(false)
    expect(r.significance?.['110']?.note).toMatch(/not significantly different from 100 %; differs from 90 %/)
  })
})

describe('review 25: the glow shows what the tables and tours say (A5, A6, A13, A14)', () => {
  it('A5: Table 1 rows with no † at 110 % keep ratio 1; the others keep their force ratio', () => {
    const ns = STEP_RATE_SCALES.filter((r) => r.notSignificant?.includes(110))
    expect(ns.map((r) => `${r.curve}/${r.window}`).sort()).toEqual([
      'gluteus-maximus/late-swing',
      'hamstrings/late-swing',
      'hamstrings/stance',
    ])
    for (const r of ns) {
      expect(stepRateRatio(r, 110)).toBe(1)
      expect(stepRateRatio(r, 105)).toBe(1)
    }
    expect(labGlowScale('hamstrings', 89, at({ steprate: 110 }))).toBeCloseTo(1, 9)
    expect(labGlowScale('gluteus-maximus', 89, at({ steprate: 110 }))).toBeCloseTo(1, 9)
  })

  it('A6: at 110 % the quadriceps and calves glow less in midstance (10–20 %) than at 100 %; more at 90 %', () => {
    for (const p of [10, 15, 20]) {
      const typical = labGroupActivationAt('quadriceps', 'R', p, TYPICAL_LAB)
      expect(labGroupActivationAt('quadriceps', 'R', p, at({ steprate: 110 })), `${p} %`).toBeLessThan(
        typical - 0.05,
      )
      expect(labGroupActivationAt('quadriceps', 'R', p, at({ steprate: 90 })), `${p} %`).toBeGreaterThan(
        typical,
      )
      expect(labActivationAt('soleus', 'R', p, at({ steprate: 110 }))).toBeLessThan(
        labActivationAt('soleus', 'R', p, TYPICAL_LAB),
      )
    }
    // The tour step that says so is flagged for our size.
    expect(stepText('cadence-knee', 1).flags).toContain('UE')
  })

  it('A14: from 5 m/s on the calves hold their 5 m/s glow (ankle work levels off, Schache 2015)', () => {
    expect(SPEED_SCALES[7].calves).toBe(SPEED_SCALES[5].calves)
    expect(SPEED_SCALES[9].calves).toBe(SPEED_SCALES[5].calves)
    expect(labGlowScale('soleus', 15, at({ speed: 7 }))).toBeCloseTo(
      labGlowScale('soleus', 15, at({ speed: 5 })),
      9,
    )
    expect(stepText('speed-hip', 1).text).toMatch(/different measure/)
    expect(stepText('speed-hip', 1).flags).toContain('UE')
  })
})

describe('review 25: what the read-outs say where a study gives no figure (A9, A10, A16)', () => {
  it('A9: a condition a study ran without a figure in its abstract is "no figure", not "not studied"', () => {
    const cases: [string, Partial<LabSettings>][] = [
      ['pf-force-step-rate', { steprate: 90 }],
      ['pf-kinetics-short-step-km', { steprate: 90 }],
      ['knee-absorption', { steprate: 95 }],
      ['hip-absorption', { steprate: 95 }],
      ['ankle-hip-work', { speed: 3.5 }],
    ]
    for (const [id, lab] of cases) expect(readoutAt(readout(id), at(lab)).status, id).toBe('no-figure')
    // Settings no study ran stay "not studied".
    expect(readoutAt(readout('gluteus-medius-stance'), at({ steprate: 95 })).status).toBe('not-studied')
    expect(readoutAt(readout('pf-stress-forefoot'), at({ strike: 'midfoot' })).status).toBe('not-studied')
  })

  it('A10: the speed rows have no "study baseline" at 3.96 m/s', () => {
    for (const id of ['speed-strategy', 'ankle-hip-work'])
      expect(readout(id).noBaseline, id).toMatch(/3\.96 m\/s not in this study/)
  })

  it('A16: net joint energy and work are filed under joints, not "Hip muscles"', () => {
    expect(TISSUE_NAMES[readout('hip-absorption').tissue]).toBe('Hip joint (net)')
    expect(TISSUE_NAMES[readout('ankle-hip-work').tissue]).toBe('Ankle and hip joints (net work)')
  })
})

describe('review 25: wording (A3, A7, A8, A11, A15)', () => {
  it('A3: the strike tour step says barefoot, 19 women, P values and the switchers', () => {
    const t = stepText('strike-achilles', 2).text
    expect(t).not.toMatch(/15 % faster/)
    expect(t).toMatch(/barefoot simulation of 19 women/)
    expect(t).toMatch(/\(P = 0\.05\)/)
    expect(t).toMatch(/did not differ significantly/)
    expect(t).toMatch(/16 rearfoot strikers switched/)
  })

  it('A7: the calf conflict does not claim an early-stance window for Vannatta', () => {
    const g = LAB_GAPS.find((x) => x.id === 'calf-stance-forefoot')
    expect(g?.text).not.toMatch(/^In early stance a model/)
    // Round 3 (A3): Vannatta's abstract names no window at all, so the text says so instead of "over stance".
    expect(g?.text).toMatch(
      /forces when rearfoot strikers switched to the forefoot \(Vannatta 2015; the abstract does not say peak or over stance\)/,
    )
  })

  it('A8: Willson 2014 is "at least" 10 % in the tour, and its placement is caveated in the row', () => {
    expect(stepText('cadence-knee', 0).text).toMatch(/at least 10 % longer/)
    for (const id of ['pf-stress-step-length', 'pf-stress-step-length-mile']) {
      expect(readout(id).inRow, id).toMatch(/at least \+10 %/)
      expect(readout(id).caveat, id).toMatch(/may overstate/)
    }
  })

  it('A11: every step-rate and foot-strike row states its study speed in the row', () => {
    for (const r of LAB_READOUTS.filter((x) => x.control !== 'speed'))
      expect(r.inRow, r.id).toMatch(/m\/s|speed/)
  })

  it('A15: Ahn 2014 says the unit is not stated and names the groups', () => {
    const p = readout('calf-timing-forefoot').points.forefoot
    expect(p?.kind === 'text' && p.text).toMatch(/unit not stated/)
    expect(readout('calf-timing-forefoot').inRow).toMatch(/11 always forefoot, 11 always heel first/)
    expect(stepText('strike-achilles', 1).text).not.toMatch(/11 % of the stride/)
    expect(FOREFOOT_CALF_LEAD).toBe(11)
  })
})
