/**
 * A demo's timing: the card's tempo (four numbers, lowering-pause-lifting-pause, X as fast as controlled) or the
 * track's own seconds, laid end to end as one repetition.
 */
import type { DemoTrack, TempoSlot, Work } from './types.ts'

/** "X" on a card: as fast as you can while in control; shown over this long so the eye can follow it. */
export const EXPLOSIVE_SECONDS = 0.6

export type Tempo = Readonly<Record<TempoSlot, number>>

/** '3-0-X-0' → { down: 3, bottom: 0, up: 0.6, top: 0 }; null when it is not four parts. */
export function parseTempo(text: string): Tempo | null {
  const parts = text.split('-').map((p) => p.trim())
  if (parts.length !== 4) return null
  const n = parts.map((p) => (/^x$/i.test(p) ? EXPLOSIVE_SECONDS : /^\d+(\.\d+)?$/.test(p) ? Number(p) : NaN))
  if (n.some((v) => !Number.isFinite(v))) return null
  return { down: n[0]!, bottom: n[1]!, up: n[2]!, top: n[3]! }
}

export interface TimedSegment {
  readonly from: string
  readonly to: string
  readonly start: number
  readonly seconds: number
  readonly work: Work
  readonly slot: TempoSlot | null
}

export interface Timeline {
  readonly segments: readonly TimedSegment[]
  /** Seconds of one repetition. */
  readonly total: number
  /** Seconds into the repetition of the hardest moment. */
  readonly hardest: number
}

/** The segments of one repetition with their start times; a zero-second pause stays, at no length. */
export function timelineOf(track: DemoTrack): Timeline {
  const tempo = track.tempo ? parseTempo(track.tempo) : null
  let t = 0
  let from = track.seq[track.seq.length - 1]!.to
  const segments: TimedSegment[] = track.seq.map((seg) => {
    const seconds = seg.slot ? (tempo ? tempo[seg.slot] : 0) : (seg.s ?? 0)
    const out = { from, to: seg.to, start: t, seconds, work: seg.work, slot: seg.slot ?? null }
    t += seconds
    from = seg.to
    return out
  })
  const h = segments[track.hardest]!
  // A pause is held in its middle; a movement's hardest point is where it arrives.
  // (a hair before the end, so the moment still belongs to that movement and its glow).
  const hardest =
    h.work === 'isometric' && h.seconds > 0
      ? h.start + h.seconds / 2
      : h.start + Math.max(0, h.seconds - 0.01)
  return { segments, total: t, hardest: Math.min(hardest, t) }
}

/** The segment at a time (wrapped into the repetition) and how far through it, 0..1. */
export function segmentAt(line: Timeline, time: number): { index: number; f: number } {
  const t = ((time % line.total) + line.total) % line.total
  const segs = line.segments
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!
    if (s.seconds > 0 && t < s.start + s.seconds) return { index: i, f: (t - s.start) / s.seconds }
  }
  // t at the very end: the last segment with any length, finished.
  let i = segs.length - 1
  while (i > 0 && segs[i]!.seconds === 0) i--
  return { index: i, f: 1 }
}

/** Seconds of each tempo slot in a timeline (sums the segments that carry it). */
export function slotSeconds(line: Timeline): Tempo {
  const out = { down: 0, bottom: 0, up: 0, top: 0 }
  for (const s of line.segments) if (s.slot) out[s.slot] += s.seconds
  return out
}

/** The usual repetition of a tempo exercise: from the top (A) down to the bottom (B), pause, up, pause. */
export function tempoSeq(top = 'A', bottom = 'B') {
  return [
    { to: bottom, slot: 'down', work: 'eccentric' },
    { to: bottom, slot: 'bottom', work: 'isometric' },
    { to: top, slot: 'up', work: 'concentric' },
    { to: top, slot: 'top', work: 'isometric' },
  ] as const
}

/** The least time a cue is on screen in each repetition, so it can be read (the whole loop if that is shorter). */
export const CUE_MOMENT = 1

/**
 * The cues on screen at a time (wrapped into the repetition), by index into the card's cues. A cue shows while its
 * segment runs; one on a segment shorter than CUE_MOMENT (a zero-second pause, which `segmentAt` never lands on,
 * or a quick drill's 0.2-s contact) shows for CUE_MOMENT centred on that segment instead.
 */
export function cuesAt(line: Timeline, cues: readonly number[], time: number): number[] {
  const t = ((time % line.total) + line.total) % line.total
  const now = segmentAt(line, t).index
  const out: number[] = []
  cues.forEach((segment, i) => {
    const s = line.segments[segment]
    if (!s) return
    if (s.seconds >= CUE_MOMENT) {
      if (segment === now) out.push(i)
      return
    }
    const d = Math.abs(t - (s.start + s.seconds / 2))
    if (Math.min(d, line.total - d) <= CUE_MOMENT / 2) out.push(i)
  })
  return out
}
