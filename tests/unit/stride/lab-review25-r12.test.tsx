// @vitest-environment jsdom
/**
 * Review 25, round 12 (Table A #1–#2): no bold heading on screen says "Not studied" over a gap whose text names
 * studies that did look (the shin: Chen 2016 and Han 2025; midfoot: Nishiguchi 2025), and the midfoot motion line
 * is scoped to the lab's papers. Failed before the round-12 fix.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, render, waitFor } from '@testing-library/react'
import { INITIAL_STATE, explorerStore } from '../../../src/store/index.ts'
import { StrideBar } from '../../../src/ui/stride/StrideBar.tsx'
import { TYPICAL_LAB } from '../../../src/domain/lab.ts'

beforeEach(() => explorerStore.setState(INITIAL_STATE, true))
afterEach(cleanup)

function gapsAt(strike: 'midfoot' | 'forefoot') {
  explorerStore.setState({ stride: true, playing: false, labOpen: true, lab: { ...TYPICAL_LAB, strike } })
  return render(<StrideBar />).container
}

describe('stride lab after review 25 round 12', () => {
  it('forefoot: the shin gap is headed as outside the lab’s studies, where two studies differ, and cites both', async () => {
    const c = gapsAt('forefoot')
    const shin = c.querySelector('[data-gap="shin"]')
    expect(shin?.querySelector('strong')?.textContent).toBe(
      'Not in the lab’s studies; two other studies differ:',
    )
    expect(shin?.textContent).toContain('Chen 2016')
    // The source table loads on demand; then each short cite carries its full reference.
    await waitFor(() => expect(shin?.querySelector('[title^="Chen TL, An WW"]')).not.toBeNull())
    expect(shin?.querySelector('[title^="Han S, Moon J"]')?.textContent).toContain('Han')
    for (const heading of c.querySelectorAll('[data-gap] strong')) {
      expect(heading.textContent).not.toMatch(/^Not studied:/)
    }
  })

  it('midfoot: the gap is scoped, names Nishiguchi 2025 with its conditions, and the motion line says "not in those papers"', async () => {
    const c = gapsAt('midfoot')
    const mid = c.querySelector('[data-gap="midfoot"]')
    expect(mid?.querySelector('strong')?.textContent).toBe('Not in the lab’s studies:')
    expect(mid?.textContent).toContain(
      'Nishiguchi 2025 (20 adults running barefoot with each landing at 10 km/h) found Achilles tendon force (its peak and its sum per mile) in between at midfoot',
    )
    await waitFor(() => expect(mid?.querySelector('[title^="Nishiguchi H, Takabayashi T"]')).not.toBeNull())
    const motion = c.querySelector('.rae-lab-motion')?.textContent ?? ''
    expect(motion).toContain('midfoot itself not in those papers')
    expect(motion).not.toContain('midfoot itself not studied')
  })
})

describe('stride lab after review 25 round 13 (a note, not a line)', () => {
  it('the stress–time integral row says "over the whole stance" once, not "…, over the stance" after it', () => {
    const c = gapsAt('forefoot')
    const measure =
      c.querySelector('[data-readout="pf-stress-integral-forefoot"] .rae-lab-measure')?.textContent ?? ''
    expect(measure).toContain('Joint stress over the whole stance (stress–time integral)')
    expect(measure).not.toContain('over the stance')
  })
})
