import { useRef, type ChangeEvent } from 'react'
import { PHASES, PHASE_IDS, type PhaseId } from '../../domain/gait.ts'
import { explorerStore, useExplorer } from '../../store/index.ts'
import { GlowLegend } from './GlowLegend.tsx'
import { SpeedControl } from './SpeedControl.tsx'
import { displayPhase, phaseValueText, useStridePaint, wholePercent } from './live.ts'
import './stride.css'

const SHORT_NAMES: Readonly<Record<PhaseId, string>> = {
  'initial-contact': 'Contact',
  loading: 'Loading',
  midstance: 'Midstance',
  'toe-off': 'Toe-off',
  'early-swing': 'Early swing',
  'mid-swing': 'Mid swing',
  'late-swing': 'Late swing',
}

/** Scrubbing or jumping stops the animation first, so the moment chosen stays on screen. */
function seekTo(percent: number) {
  const s = explorerStore.getState()
  if (s.playing) s.pause()
  s.seek(percent)
}

/** Stride controls, shown while stride mode is on. */
export function StrideBar() {
  const stride = useExplorer((s) => s.stride)
  return stride ? <StrideControls /> : null
}

/**
 * Stride controls under the stage: play/pause, a scrubber over one cycle with the phases marked, the speed
 * and how to read the glow. While playing it follows the live clock from its own animation frame, writing
 * the DOM directly; React re-renders only on pause, seek or a control change.
 */
function StrideControls() {
  const playing = useExplorer((s) => s.playing)
  const range = useRef<HTMLInputElement>(null)
  const now = useRef<HTMLSpanElement>(null)
  const readout = useRef<HTMLSpanElement>(null)
  const phaseButtons = useRef<HTMLDivElement>(null)
  const shown = useRef({ whole: -1, phase: '' })

  useStridePaint((percent) => {
    if (now.current) now.current.style.left = `${percent}%`
    const whole = wholePercent(percent)
    if (whole === shown.current.whole) return
    shown.current.whole = whole
    const phase = displayPhase(percent)
    const input = range.current
    if (input) {
      input.value = String(whole)
      input.setAttribute('aria-valuetext', phaseValueText(percent))
    }
    if (readout.current) readout.current.textContent = `${phase.name} · ${whole} %`
    if (phase.id !== shown.current.phase && phaseButtons.current) {
      shown.current.phase = phase.id
      for (const b of phaseButtons.current.querySelectorAll<HTMLButtonElement>('button[data-phase]'))
        if (b.dataset.phase === phase.id) b.setAttribute('aria-current', 'true')
        else b.removeAttribute('aria-current')
    }
  })

  const onScrub = (e: ChangeEvent<HTMLInputElement>) => seekTo(Number(e.currentTarget.value))
  const togglePlay = () => {
    const s = explorerStore.getState()
    if (s.playing) s.pause()
    else s.play()
  }

  return (
    <section className="rae-stride" aria-label="Running stride">
      <div className="rae-stride-row">
        <button
          type="button"
          className="rae-button rae-stride-play"
          onClick={togglePlay}
          aria-label={playing ? 'Pause the stride' : 'Play the stride'}
        >
          <span aria-hidden="true" className="rae-stride-icon">
            {playing ? '❚❚' : '▶'}
          </span>
          <span className="rae-stride-play-word">{playing ? 'Pause' : 'Play'}</span>
        </button>
        <div className="rae-stride-track">
          <label className="rae-visually-hidden" htmlFor="rae-stride-range">
            Moment of the stride, in percent of the right leg's cycle
          </label>
          <input
            ref={range}
            id="rae-stride-range"
            className="rae-stride-range"
            type="range"
            min={0}
            max={100}
            step={1}
            defaultValue={0}
            onChange={onScrub}
          />
          <div className="rae-stride-band" aria-hidden="true">
            {PHASE_IDS.map((id) => {
              const ph = PHASES[id]
              return (
                <span
                  key={id}
                  className="rae-stride-segment"
                  data-part={ph.part}
                  style={{ left: `${ph.start}%`, width: `${ph.end - ph.start}%` }}
                />
              )
            })}
            <span ref={now} className="rae-stride-now" />
          </div>
        </div>
        <SpeedControl />
      </div>
      <div className="rae-stride-row rae-stride-row-phases">
        <p className="rae-stride-readout" aria-hidden="true">
          <span ref={readout} className="rae-stride-moment" />{' '}
          <span className="rae-stride-leg">right leg</span>
        </p>
        <div className="rae-stride-phases" ref={phaseButtons} role="group" aria-label="Jump to a phase">
          {PHASE_IDS.map((id) => (
            <button
              key={id}
              type="button"
              className="rae-stride-phase"
              data-phase={id}
              data-part={PHASES[id].part}
              title={`${PHASES[id].name}: ${PHASES[id].start}–${PHASES[id].end} % of the cycle`}
              onClick={() => seekTo(PHASES[id].start)}
            >
              {SHORT_NAMES[id]}
            </button>
          ))}
        </div>
      </div>
      <p className="rae-stride-note">
        Percent and phases follow the <strong>right leg</strong> (0 % = right foot lands); the left leg is
        half a stride behind.
      </p>
      <GlowLegend />
    </section>
  )
}
