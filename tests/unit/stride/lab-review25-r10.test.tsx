// @vitest-environment jsdom
/**
 * Review 25, round 10 (Table A #1–#2): the combined gap's heading is scoped to the lab's studies and names Huang
 * 2019 among the studies it does not draw on; "outside the lab" (read as a field study) is gone; the motion line
 * speaks of the lab's studies. Failed before the round-10 fix.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, render } from '@testing-library/react'
import { INITIAL_STATE, explorerStore } from '../../../src/store/index.ts'
import { StrideBar } from '../../../src/ui/stride/StrideBar.tsx'
import { TYPICAL_LAB } from '../../../src/domain/lab.ts'

beforeEach(() => explorerStore.setState(INITIAL_STATE, true))
afterEach(cleanup)

describe('stride lab after review 25 round 10', () => {
  it('forefoot at 5 m/s and 110 %: scoped heading, Huang 2019 and Kuhman 2016 as studies the lab does not draw on', () => {
    explorerStore.setState({
      stride: true,
      playing: false,
      labOpen: true,
      lab: { ...TYPICAL_LAB, strike: 'forefoot', speed: 5, steprate: 110 },
    })
    const c = render(<StrideBar />).container
    const text = c.querySelector('[data-gap="combined"]')?.textContent ?? ''
    expect(text).toContain('Not studied together in the lab’s studies, except where named:')
    expect(text).not.toContain('Outside the lab')
    expect(text).toContain('Among studies this lab does not draw on, Kuhman 2016')
    expect(text).toContain('in the laboratory (ankle and knee kinetics)')
    expect(text).toContain('Huang 2019 combined a forefoot or midfoot landing with a 10 % higher step rate')
    expect(c.querySelector('.rae-lab-motion')?.textContent).toContain(
      'a combination none of the lab’s studies ran',
    )
  })
})
