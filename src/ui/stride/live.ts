import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { phaseAt, type PhaseId, type PhaseInfo } from '../../domain/gait.ts'
import { explorerStore, strideClock, useExplorer, type ExplorerState } from '../../store/index.ts'

/** The moment the stride shows: the live clock while playing, the settled store value otherwise. */
export function currentPercent(): number {
  const s = explorerStore.getState()
  return s.stride && s.playing ? strideClock.phase : s.phase
}

/**
 * Paints DOM that follows the stride. `settled` is true for a one-off paint (mount, pause, seek, stride on)
 * onto elements that may be new, so a painter must not skip work it believes already done; per-frame
 * paints pass false and may skip what has not changed.
 */
export type StridePainter = (percent: number, settled: boolean) => void

type FramePainter = (percent: number) => void

// One loop for every painter, so the panels add one animation frame callback beside R3F's, not one each.
const framePainters = new Set<FramePainter>()
let raf = 0
let framePercent = 0
let unsubscribe: (() => void) | null = null

const running = (s: ExplorerState) => s.stride && s.playing

function paintFrame(paint: FramePainter) {
  paint(framePercent)
}

function tick() {
  raf = 0
  if (!running(explorerStore.getState()) || framePainters.size === 0) return
  framePercent = strideClock.phase
  framePainters.forEach(paintFrame)
  // A painter may have paused the stride or left; only go on while there is still something to move.
  if (raf === 0 && running(explorerStore.getState()) && framePainters.size > 0)
    raf = requestAnimationFrame(tick)
}

function syncLoop() {
  const go = framePainters.size > 0 && running(explorerStore.getState())
  if (go && raf === 0) raf = requestAnimationFrame(tick)
  else if (!go && raf !== 0) {
    cancelAnimationFrame(raf)
    raf = 0
  }
}

function addFramePainter(paint: FramePainter): () => void {
  framePainters.add(paint)
  unsubscribe ??= explorerStore.subscribe(running, syncLoop)
  syncLoop()
  return () => {
    framePainters.delete(paint)
    syncLoop()
    if (framePainters.size === 0 && unsubscribe) {
      unsubscribe()
      unsubscribe = null
    }
  }
}

/**
 * Calls `paint` with the current moment: on every frame of the shared loop while the stride plays, and once
 * (settled) after any render where stride mode, playing or the settled moment changed, when the DOM it paints
 * is already committed. For DOM that follows the animation without re-rendering React.
 */
export function useStridePaint(paint: StridePainter): void {
  const ref = useRef(paint)
  useLayoutEffect(() => {
    ref.current = paint
  })
  const stride = useExplorer((s) => s.stride)
  const playing = useExplorer((s) => s.playing)
  const phase = useExplorer((s) => s.phase)

  // Stride on while paused changes neither `playing` nor `phase`, yet may mount what this paints.
  useLayoutEffect(() => {
    ref.current(stride && playing ? strideClock.phase : phase, true)
  }, [stride, playing, phase])

  useEffect(() => addFramePainter((percent) => ref.current(percent, false)), [])
}

/** The phase of the stride now; re-renders only when the phase changes (seven times a cycle), not per frame. */
export function useLivePhaseId(): PhaseId {
  const [id, setId] = useState<PhaseId>(() => displayPhase(currentPercent()).id)
  useStridePaint((percent) => {
    const next = displayPhase(percent).id
    if (next !== id) setId(next)
  })
  return id
}

/** How long the phase text holds while the stride plays, so it can be read even at full speed. */
export const PHASE_TEXT_HOLD_MS = 2500

/**
 * The phase whose text is shown: the current one at once when paused or seeking, but while playing it changes
 * at most every `holdMs`, to whatever phase is current then. Re-renders only when it changes.
 */
export function useHeldPhaseId(holdMs = PHASE_TEXT_HOLD_MS): PhaseId {
  const [id, setId] = useState<PhaseId>(() => displayPhase(currentPercent()).id)
  const changedAt = useRef(-Infinity)
  useStridePaint((percent, settled) => {
    const next = displayPhase(percent).id
    if (next === id) return
    const now = performance.now()
    if (!settled && now - changedAt.current < holdMs) return
    changedAt.current = now
    setId(next)
  })
  return id
}

/** Whole percent for display, floored so 99.6 reads 99 (late swing) rather than 100. */
export function wholePercent(percent: number): number {
  return Math.floor(Math.round(percent * 10) / 10) % 100
}

/** The phase of the percent shown, so the name and the number never disagree at a boundary. */
export function displayPhase(percent: number): PhaseInfo {
  return phaseAt(wholePercent(percent))
}

// Texts written while playing, made once so a frame builds no strings.
const WHOLE = Array.from({ length: 101 }, (_, i) => i)
const WHOLE_TEXT = WHOLE.map(String)
const PERCENT_TEXT = WHOLE.map((i) => `${i} %`)
const VALUE_TEXT = WHOLE.map((i) => `${i % 100} % — ${displayPhase(i).name.toLowerCase()}`)
const READOUT_TEXT = WHOLE.map((i) => `${displayPhase(i).name} · ${i % 100} %`)
const TENTHS = Array.from({ length: 1001 }, (_, i) => i / 10)
const TENTHS_TEXT = TENTHS.map(String)
const TRANSLATE_TEXT = TENTHS.map((t) => `translateX(${t}%)`)

const tenthsOf = (percent: number) => Math.min(1000, Math.max(0, Math.round(percent * 10)))
const wholeOf = (n: number) => Math.min(100, Math.max(0, Math.round(n)))

/** "50 % — early swing": the scrubber's spoken value. */
export function phaseValueText(percent: number): string {
  return VALUE_TEXT[wholePercent(percent)] ?? ''
}

/** "Early swing · 50 %": the moment as the bar shows it. */
export function readoutText(percent: number): string {
  return READOUT_TEXT[wholePercent(percent)] ?? ''
}

/** An integer 0..100 as text, e.g. for an input's value. */
export function wholeText(n: number): string {
  return WHOLE_TEXT[wholeOf(n)] ?? ''
}

/** An integer 0..100 as "n %". */
export function percentText(n: number): string {
  return PERCENT_TEXT[wholeOf(n)] ?? ''
}

/** A percent of the cycle to a tenth, as an SVG coordinate in a 0..100 box. */
export function tenthsText(percent: number): string {
  return TENTHS_TEXT[tenthsOf(percent)] ?? ''
}

/** A CSS transform moving a full-width element by a percent of its own width, to a tenth. */
export function translateText(percent: number): string {
  return TRANSLATE_TEXT[tenthsOf(percent)] ?? ''
}
