// Review 21 round 12 (Table A #1): the heavy slow calf raise demo's note must not forbid the mid-portion runner the
// range their plan (and the trial) gives them: it names whom the flat range is for. Failed before the fix.
import { describe, expect, it } from 'vitest'
import { demoTrackOf } from '../../../src/domain/demo/tracks/index.ts'

describe('demos after review 21 round 12', () => {
  it('heavy slow calf raise: flat for pain at the heel or an unsaid site; below the plate allowed mid-tendon', () => {
    const note = demoTrackOf('heavy-slow-calf-raise')!.note ?? ''
    expect(note).not.toMatch(/never lower/)
    expect(note).toContain('or if you did not say where')
    expect(note).toContain(
      'With pain in the middle of the tendon, as in the trial, your plan lets the heels drop below the plate while the pain rule holds.',
    )
  })
})
