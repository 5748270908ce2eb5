// @vitest-environment jsdom
/**
 * Review 25, round 8 (Table A #1): the combined gap must not say no study combined strike with speed: Ahn 2014 ran
 * its strikers at four speeds (no figure by speed in its abstract). Failed before the round-8 fix.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, render } from '@testing-library/react'
import { INITIAL_STATE, explorerStore } from '../../../src/store/index.ts'
import { StrideBar } from '../../../src/ui/stride/StrideBar.tsx'
import { TYPICAL_LAB } from '../../../src/domain/lab.ts'
import { LAB_GAPS } from '../../../src/domain/stride/lab-data.ts'

beforeEach(() => explorerStore.setState(INITIAL_STATE, true))
afterEach(cleanup)

describe('stride lab after review 25 round 8', () => {
  it('forefoot at 5 m/s: the combined gap names Ahn 2014’s four speeds and cites it, beside the calf-timing row', () => {
    explorerStore.setState({
      stride: true,
      playing: false,
      labOpen: true,
      lab: { ...TYPICAL_LAB, strike: 'forefoot', speed: 5 },
    })
    const text = render(<StrideBar />).container.querySelector('[data-gap="combined"]')?.textContent ?? ''
    expect(text).not.toContain('No study combined speed with step rate or strike')
    expect(text).toContain('Ahn 2014 ran its forefoot and heel strikers at four speeds')
    expect(LAB_GAPS.find((g) => g.id === 'combined')?.sources).toEqual(['Wills15', 'Ahn14'])
  })
})
