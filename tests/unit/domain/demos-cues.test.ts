// Review 24 (§5): eight of the cards' cues never showed, pinned to zero-second tempo segments that the cue line
// (which follows `segmentAt`) never lands on. Every card cue must be on screen at some moment of the loop.
import { describe, expect, it } from 'vitest'
import { allExercises } from '../../../src/content/index.ts'
import { cuesAt, timelineOf } from '../../../src/domain/demo/tempo.ts'
import { DEMO_TRACKS } from '../../../src/domain/demo/tracks/index.ts'

describe('demo cues', () => {
  it('shows every card cue for a readable moment of each loop (0.9 s, or the whole of a shorter loop)', () => {
    const step = 0.02
    const missing: string[] = []
    for (const track of DEMO_TRACKS) {
      const line = timelineOf(track)
      const cues = allExercises().find((e) => e.id === track.id)!.cues
      const seen = cues.map(() => 0)
      for (let t = 0; t < line.total; t += step) for (const i of cuesAt(line, track.cues, t)) seen[i]! += step
      seen.forEach((s, i) => {
        if (s < Math.min(0.9, line.total - step))
          missing.push(`${track.id} cue ${i} (“${cues[i]}”): ${s.toFixed(2)} s`)
      })
    }
    expect(missing).toEqual([])
  })

  it('a cue on a segment with length shows exactly while that segment runs', () => {
    const track = DEMO_TRACKS.find((t) => t.id === 'heavy-half-squat')!
    const line = timelineOf(track)
    // 3-0-1-0: the lowering runs 0–3 s; its cue ("knees in line") is on segment 0.
    const lowering = track.cues.indexOf(0)
    expect(cuesAt(line, track.cues, 1.5)).toContain(lowering)
    expect(cuesAt(line, track.cues, 3.5)).not.toContain(lowering)
  })
})
