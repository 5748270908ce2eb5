// @vitest-environment jsdom
/**
 * Review 25, round 9 (Table A #1): the combined gap speaks for the lab's own studies, not the literature, and names
 * Kuhman 2016 (an imposed forefoot strike at two speeds) as outside the lab. Failed before the round-9 fix.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, render } from '@testing-library/react'
import { INITIAL_STATE, explorerStore } from '../../../src/store/index.ts'
import { StrideBar } from '../../../src/ui/stride/StrideBar.tsx'
import { TYPICAL_LAB } from '../../../src/domain/lab.ts'

beforeEach(() => explorerStore.setState(INITIAL_STATE, true))
afterEach(cleanup)

describe('stride lab after review 25 round 9', () => {
  it('forefoot at 5 m/s: the gap is scoped to the lab’s studies and names Kuhman 2016 outside it', () => {
    explorerStore.setState({
      stride: true,
      playing: false,
      labOpen: true,
      lab: { ...TYPICAL_LAB, strike: 'forefoot', speed: 5, steprate: 110 },
    })
    const c = render(<StrideBar />).container
    const text = c.querySelector('[data-gap="combined"]')?.textContent ?? ''
    expect(text).not.toMatch(/(^|\. )No study changed/)
    expect(text).toContain('None of the lab’s studies changed step rate or strike at more than one speed')
    expect(text).toContain(
      'Among studies this lab does not draw on, Kuhman 2016 had 16 male heel strikers switch to the forefoot',
    )
    expect(c.querySelector('.rae-lab-motion')?.textContent).toContain(
      'a combination none of the lab’s studies ran',
    )
  })
})
