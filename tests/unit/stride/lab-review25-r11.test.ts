/**
 * Review 25, round 11 (Table A #1): the shin gap speaks for the lab's studies ("in the lab" read as the research
 * laboratory was false) and names Chen 2016 and Han 2025, which disagree, as studies it does not draw on. Failed
 * before the round-11 fix.
 */
import { describe, expect, it } from 'vitest'
import { LAB_GAPS } from '../../../src/domain/stride/lab-data.ts'

describe('stride lab after review 25 round 11', () => {
  it('the shin gap is scoped to the lab’s studies and names the two tibial-load studies that disagree', () => {
    const text = LAB_GAPS.find((g) => g.id === 'shin')?.text ?? ''
    expect(text).not.toContain('No study in the lab')
    expect(text).toContain(
      'None of the lab’s studies estimated load in the shin bone itself for these settings.',
    )
    expect(text).toContain(
      'Chen 2016 (14 heel strikers switching to the forefoot, modelled tibial strain) found no difference',
    )
    expect(text).toContain(
      'Han 2025 (19 heel strikers, imposed forefoot, modelled tibial bending) found more',
    )
  })
})
