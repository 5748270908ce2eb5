// @vitest-environment jsdom
/**
 * Review 25 on screen: what the stride lab's rows, controls and glow legend say (Table A rows A1, A2, A4, A9,
 * A10, A11, A12, A16). Each test failed on the lab before the fix.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, render } from '@testing-library/react'
import { INITIAL_STATE, explorerStore } from '../../../src/store/index.ts'
import { StrideBar } from '../../../src/ui/stride/StrideBar.tsx'
import { TYPICAL_LAB, type LabSettings } from '../../../src/domain/lab.ts'

beforeEach(() => explorerStore.setState(INITIAL_STATE, true))
afterEach(cleanup)

function showLab(lab: Partial<LabSettings>) {
  explorerStore.setState({ stride: true, playing: false, labOpen: true, lab: { ...TYPICAL_LAB, ...lab } })
  return render(<StrideBar />).container
}
const row = (c: HTMLElement, id: string) => c.querySelector(`[data-readout="${id}"]`)
const now = (c: HTMLElement, id: string) => c.querySelector(`[data-readout="${id}"] .rae-lab-now`)

describe('stride lab rows after review 25', () => {
  it('A1–A2: forefoot shows the Achilles loading rate as no significant difference, the impulse with its P value, and the design in the row', () => {
    const c = showLab({ strike: 'forefoot' })
    expect(now(c, 'achilles-loading-rate')?.textContent).toBe('no significant difference (+15 %, P = 0.06)')
    expect(now(c, 'achilles-loading-rate')?.getAttribute('data-direction')).toBe('no significant change')
    expect(now(c, 'achilles-impulse')?.textContent).toBe('+11 % (P = 0.05)')
    // Outside the folded conditions.
    const inRow = row(c, 'achilles-loading-rate')?.querySelector('.rae-lab-inrow')
    expect(inRow?.closest('details')).toBeNull()
    expect(inRow?.textContent).toMatch(
      /Barefoot; 11 rearfoot vs 8 non-rearfoot women, grouped by the strike they used running barefoot in the lab \(two groups, not a switch\)/,
    )
  })

  it('A4: semimembranosus at 110 % says it is not significantly different from 100 %', () => {
    const c = showLab({ steprate: 110 })
    expect(now(c, 'semimembranosus-late-swing')?.textContent).toBe(
      '13.98 N/kg, +3.2 %: not significantly different from 100 %; differs from 90 %',
    )
    expect(now(c, 'semimembranosus-late-swing')?.getAttribute('data-direction')).toBe('no significant change')
  })

  it('A9: a condition the study ran reads "studied; no figure in the abstract"; one it did not, "not studied"', () => {
    const c = showLab({ steprate: 90 })
    expect(now(c, 'pf-force-step-rate')?.textContent).toBe('studied; no figure in the abstract')
    cleanup()
    const c95 = showLab({ steprate: 95 })
    expect(now(c95, 'knee-absorption')?.textContent).toBe('studied; no figure in the abstract')
    expect(now(c95, 'gluteus-medius-stance')?.textContent).toBe('not studied')
  })

  it('A10, A11, A16: speed rows have no study baseline, the speed range names its studies, joint work is not "Hip muscles"', () => {
    const c = showLab({ speed: 7 })
    for (const id of ['speed-strategy', 'ankle-hip-work'])
      expect(row(c, id)?.querySelector('dd')?.textContent).toBe(
        '— (3.96 m/s not in this study; its finding is a trend across speeds)',
      )
    expect(c.textContent).not.toMatch(/study baseline/)
    expect(c.textContent).toContain('studied 3.5 to 9 m/s (Dorn 2012, Schache 2015; trained runners)')
    expect(c.textContent).not.toMatch(/\(easy\)/)
    expect(row(c, 'ankle-hip-work')?.querySelector('.rae-lab-tissue')?.textContent).toBe(
      'Ankle and hip joints (net work)',
    )
  })

  it('A12: a glow note with SIM/UE flags whenever a lab setting is on; the legend stops saying "own peak"', () => {
    const typical = showLab({})
    expect(typical.querySelector('[data-lab-glow-note]')).toBeNull()
    expect(typical.querySelector('.rae-glow-scale')?.textContent).toContain('own peak')
    cleanup()
    for (const lab of [{ steprate: 105 as const }, { strike: 'forefoot' as const }, { speed: 9 as const }]) {
      const c = showLab(lab)
      const note = c.querySelector('[data-lab-glow-note]')
      expect(note, JSON.stringify(lab)).not.toBeNull()
      // Round 2 (A4): the note names the legend's own words, which at a lab setting are “typical runner’s peak”.
      expect(note?.textContent).toMatch(
        /brighter than “typical runner’s peak” means more than the typical runner/,
      )
      expect(note?.querySelector('[data-flag="UE"]')).not.toBeNull()
      expect(c.querySelector('.rae-glow-scale')?.textContent).toContain('typical runner’s peak')
      cleanup()
    }
    const quick = showLab({ steprate: 110 })
    expect(quick.querySelector('[data-lab-glow-note] [data-flag="SIM"]')).not.toBeNull()
    // Round 3 (A2): the size is Heiderscheit 2011's measured one, no longer our ×0.88.
    expect(quick.querySelector('.rae-lab-motion')?.textContent).toMatch(/knee bend in stance ×0\.92/)
  })
})
