// @vitest-environment jsdom
/**
 * Review 25, round 2 on screen: the glow note (rows 2, 3, 4) and the Willson 2014 and kneecap-gap wording
 * (rows 5, 6). Each test failed on the lab before the round-2 fix.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, render } from '@testing-library/react'
import { INITIAL_STATE, explorerStore } from '../../../src/store/index.ts'
import { StrideBar } from '../../../src/ui/stride/StrideBar.tsx'
import { TYPICAL_LAB, type LabSettings } from '../../../src/domain/lab.ts'

beforeEach(() => explorerStore.setState(INITIAL_STATE, true))
afterEach(cleanup)

function bar(lab: Partial<LabSettings>, labOpen: boolean) {
  explorerStore.setState({ stride: true, playing: false, labOpen, lab: { ...TYPICAL_LAB, ...lab } })
  return render(<StrideBar />).container
}
const note = (c: HTMLElement) => c.querySelector('[data-lab-glow-note]')

describe('stride lab glow note after review 25 round 2', () => {
  it('4: the note is in the stride bar whenever the body runs a lab setting, lab open or not; one line, foldable', () => {
    for (const labOpen of [false, true]) {
      const c = bar({ strike: 'forefoot' }, labOpen)
      const n = note(c)
      expect(n, `lab open: ${labOpen}`).not.toBeNull()
      expect(n?.tagName).toBe('DETAILS')
      expect(n?.querySelector('summary [data-flag="UE"]')).not.toBeNull()
      // Outside the lab body, so a closed lab (a phone) still shows it.
      expect(n?.closest('.rae-lab')).toBeNull()
      expect(c.querySelectorAll('[data-lab-glow-note]')).toHaveLength(1)
      cleanup()
    }
    expect(note(bar({}, false))).toBeNull()
    cleanup()
    // Compare shows the typical runner: the body runs no lab setting.
    explorerStore.setState({ labShowsTypical: true })
    explorerStore.setState({ stride: true, lab: { ...TYPICAL_LAB, steprate: 110 } })
    expect(note(render(<StrideBar />).container)).toBeNull()
  })

  it('4: the note points to the legend’s “typical runner’s peak”, not “own peak”', () => {
    const c = bar({ speed: 9 }, false)
    expect(note(c)?.textContent).not.toMatch(/own peak/)
    expect(note(c)?.textContent).toMatch(
      /brighter than “typical runner’s peak” means more than the typical runner/,
    )
    expect(c.querySelector('.rae-glow-scale')?.textContent).toContain('typical runner’s peak')
  })

  it('2: at 90 % the midstance direction is credited to Heiderscheit 2011, at 110 % to Lenhart 2014', () => {
    const low = note(bar({ steprate: 90 }, false))?.textContent ?? ''
    expect(low).toMatch(
      /higher at 90 %: direction from Heiderscheit 2011 \(more joint energy absorption at −10 %\), size ours/,
    )
    expect(low).not.toMatch(/Lenhart 2014/)
    cleanup()
    const high = note(bar({ steprate: 110 }, false))?.textContent ?? ''
    expect(high).toMatch(/lower at 110 %: direction from Lenhart 2014, size ours/)
    expect(high).not.toMatch(/Heiderscheit/)
  })

  it('3: at a forefoot setting the note flags the calf switch-on timing as our reading of Ahn 2014', () => {
    const c = bar({ strike: 'forefoot' }, false)
    expect(note(c)?.textContent).toMatch(
      /calf switch-on 11 % of the stride earlier: the unit is our reading of Ahn 2014/,
    )
    cleanup()
    expect(note(bar({ strike: 'midfoot' }, false))?.textContent).not.toMatch(/switch-on/)
  })

  it('5, 6: the Willson 2014 row and the kneecap gap read as the reviewer wrote', () => {
    const c = bar({ steprate: 90, strike: 'forefoot' }, true)
    const measure = c.querySelector('[data-readout="pf-stress-step-length"] .rae-lab-measure')
    expect(measure?.textContent).toBe(
      'Joint stress per step (the abstract does not say peak or stress–time integral) Not re-verified',
    )
    expect(measure?.querySelector('[data-flag="NV"]')).not.toBeNull()
    const gap = c.querySelector('[data-gap="pf-forefoot-size"]')
    expect(gap?.textContent).toMatch(/^Same direction, different measures: Both find less kneecap load/)
    expect(gap?.textContent).not.toMatch(/disagree/)
  })
})
