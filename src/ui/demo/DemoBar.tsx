import { useEffect, useMemo, useRef, type ChangeEvent } from 'react'
import { cuesAt, timelineOf, segmentAt, type Timeline } from '../../domain/demo/tempo.ts'
import { demoTrackOf } from '../../domain/demo/tracks/index.ts'
import type { DemoTrack, Work } from '../../domain/demo/types.ts'
import { MUSCLES } from '../../domain/groups.ts'
import { DEMO_SPEEDS, demoClock, useExplorer, type DemoSpeed } from '../../store/index.ts'
import { allExercises } from '../../content/index.ts'
import { SELF_TESTS } from '../../content/plan.ts'
import { selfTestOfDemo } from '../../domain/demo/ids.ts'
import { prefersReducedMotion } from '../../platform/motion.ts'
import { SegmentedControl, type SegmentedOption } from '../SegmentedControl.tsx'
import './demo.css'

const SPEEDS: readonly SegmentedOption<DemoSpeed>[] = DEMO_SPEEDS.map((v) => ({
  value: v,
  label: `${v}×`,
  ariaLabel: v === 1 ? 'The card’s tempo (1×)' : `${v}× speed`,
}))

type Still = 'start' | 'end'
const STILLS: readonly SegmentedOption<Still>[] = [
  { value: 'start', label: 'Start', ariaLabel: 'Start position' },
  { value: 'end', label: 'End', ariaLabel: 'End position' },
]

/** What the reader sees of each segment: lowering, pause, lifting… said the way the card says its tempo. */
const WORK_WORDS: Readonly<Record<Work, string>> = {
  eccentric: 'Lowering under control (muscles lengthening)',
  concentric: 'Lifting (muscles shortening)',
  isometric: 'Hold',
  ballistic: 'Spring',
  rest: 'Reset',
}

function segmentWords(line: Timeline, index: number): string {
  const seg = line.segments[index]
  if (!seg) return ''
  const secs = seg.seconds >= 1 ? `${Math.round(seg.seconds * 10) / 10} s` : 'fast'
  return `${WORK_WORDS[seg.work]} · ${secs}`
}

function muscleList(ids: readonly string[]): string {
  return ids.map((m) => MUSCLES[m as keyof typeof MUSCLES]?.name ?? m).join(', ')
}

/** The demo's controls under the body: shown while a demo is open. */
export function DemoBar() {
  const id = useExplorer((s) => s.demo)
  const track = id ? demoTrackOf(id) : null
  return track ? <DemoControls key={track.id} track={track} /> : null
}

/**
 * Play/pause, a scrubber over one repetition, the speed, the card's cue for the moment on screen and how to read
 * the colours. While playing it follows the live clock on its own animation frame, writing the DOM directly.
 */
function DemoControls({ track }: { track: DemoTrack }) {
  const playing = useExplorer((s) => s.demoPlaying)
  const speed = useExplorer((s) => s.demoSpeed)
  const setSpeed = useExplorer((s) => s.setDemoSpeed)
  const seek = useExplorer((s) => s.seekDemo)
  const playDemo = useExplorer((s) => s.playDemo)
  const pauseDemo = useExplorer((s) => s.pauseDemo)
  const close = useExplorer((s) => s.closeDemo)
  const settled = useExplorer((s) => s.demoTime)
  const line = useMemo(() => timelineOf(track), [track])
  const exercise = useMemo(() => allExercises().find((e) => e.id === track.id) ?? null, [track.id])
  const test = selfTestOfDemo(track.id)
  const name = exercise?.name ?? (test ? `${SELF_TESTS[test].name}: start and end` : track.id)
  const range = useRef<HTMLInputElement>(null)
  const phase = useRef<HTMLSpanElement>(null)
  const cue = useRef<HTMLSpanElement>(null)
  const shown = useRef('')
  const reduced = prefersReducedMotion()

  useEffect(() => {
    const paint = () => {
      const t = demoClock.time
      if (range.current) range.current.value = String(Math.round(t * 100) / 100)
      const { index } = segmentAt(line, t)
      // A cue pinned to a zero-second pause shows around its instant (tempo.ts cuesAt), not only per segment.
      const on = cuesAt(line, track.cues, t)
      const key = `${index}:${on.join(',')}`
      if (key === shown.current) return
      shown.current = key
      if (phase.current) phase.current.textContent = segmentWords(line, index)
      if (cue.current) cue.current.textContent = on.map((i) => exercise?.cues[i] ?? '').join(' · ')
    }
    shown.current = ''
    paint()
    if (!playing) return
    let raf = requestAnimationFrame(function frame() {
      paint()
      raf = requestAnimationFrame(frame)
    })
    return () => cancelAnimationFrame(raf)
  }, [playing, settled, line, exercise, track])

  const onScrub = (e: ChangeEvent<HTMLInputElement>) => seek(Number(e.currentTarget.value))
  // Reduced motion: no loop (the demo opens held at its end position); the two ends as stills, one toggle away.
  const endAt = Math.round(line.hardest * 100) / 100
  const still: Still | null = playing ? null : settled === 0 ? 'start' : settled === endAt ? 'end' : null
  const r = track.roles
  return (
    <section className="rae-demo" aria-label={`Demonstration: ${name}`} data-demo={track.id}>
      <div className="rae-demo-head">
        <strong className="rae-demo-name">{name}</strong>
        {track.tempo && <span className="rae-demo-tempo">Tempo {track.tempo}</span>}
        <button
          type="button"
          className="rae-button rae-demo-close"
          onClick={close}
          aria-label="Close the demonstration (Escape)"
        >
          ✕ <span className="rae-demo-close-word">Close</span>
        </button>
      </div>
      <div className="rae-demo-row">
        {reduced && (
          <SegmentedControl
            label="Position shown"
            className="rae-demo-stills"
            options={STILLS}
            value={still}
            onChange={(v) => seek(v === 'start' ? 0 : line.hardest)}
          />
        )}
        <button
          type="button"
          className="rae-button rae-demo-play"
          onClick={playing ? pauseDemo : playDemo}
          aria-label={playing ? 'Pause the demonstration' : 'Play the demonstration'}
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? 'Pause' : 'Play'}
        </button>
        <label className="rae-visually-hidden" htmlFor="rae-demo-range">
          Moment of one repetition, seconds
        </label>
        <input
          ref={range}
          id="rae-demo-range"
          className="rae-demo-range"
          type="range"
          min={0}
          max={Math.round(line.total * 100) / 100}
          step={0.01}
          defaultValue={0}
          onChange={onScrub}
        />
        <SegmentedControl
          label="Demo speed"
          className="rae-demo-speed"
          options={SPEEDS}
          value={speed}
          onChange={setSpeed}
        />
        <button type="button" className="rae-link-button rae-demo-hardest" onClick={() => seek(line.hardest)}>
          Hardest moment
        </button>
      </div>
      <p className="rae-demo-now" aria-live="off">
        <span ref={phase} className="rae-demo-phase" /> <span ref={cue} className="rae-demo-cue" />
      </p>
      <p className="rae-demo-legend">
        <span className="rae-demo-key" data-work="concentric" /> shortening{' '}
        <span className="rae-demo-key" data-work="eccentric" /> lengthening under load
        {/* When the main workers cannot be lit (the rotator cuff, the adductors), they are named first. */}
        {r.prime.length > 0 ? (
          <> · strong: {muscleList(r.prime)}</>
        ) : (
          r.also && (r.synergist.length > 0 ? <> · doing the work (not lit): {r.also}</> : <> · {r.also}</>)
        )}
        {r.synergist.length > 0 && <> · soft: {muscleList(r.synergist)}</>}
        {r.side && <> · {r.side === 'R' ? 'right' : 'left'} side shown</>}
        {r.prime.length > 0 && r.also && <> · also working: {r.also}</>}
      </p>
      {track.note && <p className="rae-demo-note">{track.note}</p>}
      {track.watch && <p className="rae-demo-note rae-demo-watch">{track.watch}</p>}
      {reduced && (
        <p className="rae-demo-note">
          Reduced motion is on, so the demonstration does not loop: Start and End show its two positions
          still; Play or the scrubber show the movement.
        </p>
      )}
    </section>
  )
}
