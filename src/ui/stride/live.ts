import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { phaseAt, type PhaseId, type PhaseInfo } from '../../domain/gait.ts'
import { prefersReducedMotion } from '../../platform/motion.ts'
import { explorerStore, strideClock, useExplorer } from '../../store/index.ts'

/** Stride mode on, running at once unless the reader prefers reduced motion (then it waits for Play). */
export function startStride(): void {
  const s = explorerStore.getState()
  if (prefersReducedMotion()) s.setStride(true)
  else s.play()
}

/** The moment the stride shows: the live clock while playing, the settled store value otherwise. */
export function currentPercent(): number {
  const s = explorerStore.getState()
  return s.stride && s.playing ? strideClock.phase : s.phase
}

/**
 * Calls `paint` with the current moment: on every animation frame while the stride plays, and once whenever
 * the settled moment changes. For DOM that follows the animation without re-rendering React.
 */
export function useStridePaint(paint: (percent: number) => void): void {
  const ref = useRef(paint)
  useLayoutEffect(() => {
    ref.current = paint
  })
  const running = useExplorer((s) => s.stride && s.playing)
  const phase = useExplorer((s) => s.phase)

  useLayoutEffect(() => {
    if (!running) ref.current(phase)
  }, [running, phase])

  useEffect(() => {
    if (!running) return
    let raf = 0
    const loop = () => {
      ref.current(strideClock.phase)
      raf = requestAnimationFrame(loop)
    }
    raf = requestAnimationFrame(loop)
    return () => cancelAnimationFrame(raf)
  }, [running])
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

/** "50 % — early swing": the scrubber's spoken value. */
export function phaseValueText(percent: number): string {
  const whole = wholePercent(percent)
  return `${whole} % — ${displayPhase(whole).name.toLowerCase()}`
}

/** Whole percent for display, floored so 99.6 reads 99 (late swing) rather than 100. */
export function wholePercent(percent: number): number {
  return Math.floor(Math.round(percent * 10) / 10) % 100
}

/** The phase of the percent shown, so the name and the number never disagree at a boundary. */
export function displayPhase(percent: number): PhaseInfo {
  return phaseAt(wholePercent(percent))
}
