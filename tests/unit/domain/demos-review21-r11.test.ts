// Review 21 round 11 (Table A #1–#2): the demos on the plan's pathway exercises must not show what their cards rule
// out. The heavy slow calf raise comes down to flat ground, never below (with pain at the heel the plan forbids
// lower); the wall sit says the card starts at a comfortable depth. Both failed before the fix.
import { describe, expect, it } from 'vitest'
import { demoTrackOf } from '../../../src/domain/demo/tracks/index.ts'

describe('demos after review 21 round 11', () => {
  it('heavy slow calf raise: no key drops a heel below flat, and the note says so', () => {
    const track = demoTrackOf('heavy-slow-calf-raise')!
    for (const [name, key] of Object.entries(track.keys))
      for (const plant of Object.values(key.feet ?? {}))
        expect(plant?.heel ?? 0, name).toBeGreaterThanOrEqual(0)
    // Round 12: the note says which runners the flat range is for (the plan's mid-portion cue goes below).
    expect(track.note).toContain(
      'Shown down to flat on the plate: the version for pain where the tendon meets the heel',
    )
  })

  it('wall sit: shown at its deepest, and the note starts the runner at a comfortable depth', () => {
    const note = demoTrackOf('isometric-knee-hold')!.note ?? ''
    expect(note).toContain('Start at a comfortable depth')
    expect(note).toContain('about 60°')
  })
})
