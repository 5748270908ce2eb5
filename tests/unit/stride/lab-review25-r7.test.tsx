// @vitest-environment jsdom
/**
 * Review 25, round 7 (Table A #1): the `combined` gap no longer says each study changed one thing: Willson 2015 ran
 * forefoot and heel landings at each step length and reports independent effects. Failed before the round-7 fix.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, render, waitFor } from '@testing-library/react'
import { INITIAL_STATE, explorerStore } from '../../../src/store/index.ts'
import { StrideBar } from '../../../src/ui/stride/StrideBar.tsx'
import { TYPICAL_LAB } from '../../../src/domain/lab.ts'

beforeEach(() => explorerStore.setState(INITIAL_STATE, true))
afterEach(cleanup)

describe('stride lab after review 25 round 7', () => {
  it('110 % with forefoot: the combined gap names Willson 2015 as the one study that ran both, and cites it', async () => {
    explorerStore.setState({
      stride: true,
      playing: false,
      labOpen: true,
      lab: { ...TYPICAL_LAB, steprate: 110, strike: 'forefoot' },
    })
    const g = render(<StrideBar />).container.querySelector('[data-gap="combined"]')
    const text = g?.textContent ?? ''
    expect(text).toContain('Not studied together in the lab’s studies, except where named:')
    expect(text).toContain(
      'Willson 2015 ran forefoot and heel landings at each step length (20 runners, preferred speed) and reports independent effects of the two, per step and per km; its abstract gives no figure for the pair.',
    )
    expect(text).toContain(
      'None of the lab’s studies changed step rate or strike at more than one speed; Ahn 2014 ran its forefoot and heel strikers at four speeds, but its abstract gives no figure by speed.',
    )
    expect(text).not.toContain('Each study changed one thing')
    // The citation's link arrives with the source table, loaded on demand.
    await waitFor(() => expect(g?.querySelector('.rae-lab-cites a')?.textContent).toMatch(/Willson/))
    expect(g?.querySelector('[data-flag="UE"]')).not.toBeNull()
  })
})
