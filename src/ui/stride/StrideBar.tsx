import { useLayoutEffect, useMemo, useRef, type ChangeEvent } from 'react'
import { PHASES, PHASE_IDS, phaseAt } from '../../domain/gait.ts'
import { GROUPS, type GroupId } from '../../domain/groups.ts'
import { activityLevelOf, groupActivationAt } from '../../domain/stride/activation.ts'
import { ACTIVITY_NAMES } from '../../domain/training.ts'
import { TYPICAL_LAB, isTypicalLab, type LabSettings } from '../../domain/lab.ts'
import { labGroupActivationAt, labMotion, warpPercent } from '../../domain/stride/lab-data.ts'
import { selectedGroup, useExplorer } from '../../store/index.ts'
import { GlowLegend } from './GlowLegend.tsx'
import { SpeedControl } from './SpeedControl.tsx'
import { LabGlowNote, StrideLab, StrideLabToggle, useLabOpen } from './StrideLab.tsx'
import {
  currentPercent,
  displayPhase,
  phaseValueText,
  readoutText,
  translateText,
  useStridePaint,
  wholePercent,
  wholeText,
} from './live.ts'
import './stride.css'

/** Where the right foot is, per whole percent: the caption's second part. */
const FOOT_TEXT = Array.from({ length: 100 }, (_, i) =>
  phaseAt(i).part === 'stance' ? 'right foot down' : 'right leg swinging',
)

/**
 * "Calves: high" for each whole percent, made once per chosen group and lab setting so a frame builds no
 * strings. At a lab setting the words follow the body: the same warped moment and scaled activity as its glow.
 */
function groupNowTexts(group: GroupId | null, lab: LabSettings): readonly string[] {
  if (!group) return []
  const name = GROUPS[group].name
  const typical = isTypicalLab(lab)
  const toeOff = labMotion(lab).toeOff
  return Array.from({ length: 100 }, (_, i) => {
    const a = typical
      ? groupActivationAt(group, 'R', i)
      : labGroupActivationAt(group, 'R', warpPercent(i, toeOff), lab)
    return `${name}: ${ACTIVITY_NAMES[activityLevelOf(a)].toLowerCase()}`
  })
}

/** Stride controls, shown while stride mode is on. */
export function StrideBar() {
  const stride = useExplorer((s) => s.stride)
  return stride ? <StrideControls /> : null
}

/**
 * Stride controls under the stage: play/pause, a scrubber over one cycle with the phases marked, the speed
 * and how to read the glow. While playing it follows the live clock on the shared animation frame, writing
 * the DOM directly; React re-renders only on pause, seek or a control change.
 */
function StrideControls() {
  const playing = useExplorer((s) => s.playing)
  const selected = useExplorer(selectedGroup)
  const [labOpen, setLabOpen] = useLabOpen()
  const lab = useExplorer((s) => s.lab)
  const showsTypical = useExplorer((s) => s.labShowsTypical)
  const shownLab = showsTypical ? TYPICAL_LAB : lab
  const groupTexts = useMemo(() => groupNowTexts(selected, shownLab), [selected, shownLab])
  const range = useRef<HTMLInputElement>(null)
  const now = useRef<HTMLSpanElement>(null)
  const readout = useRef<HTMLSpanElement>(null)
  const foot = useRef<HTMLSpanElement>(null)
  const groupNow = useRef<HTMLSpanElement>(null)
  const phaseButtons = useRef<(HTMLButtonElement | null)[]>([])
  const shown = useRef({ transform: '', whole: -1, phase: '' })

  useStridePaint((percent, settled) => {
    const was = shown.current
    if (settled) {
      was.transform = ''
      was.whole = -1
      was.phase = ''
    }
    // Transform, not left: the marker moves on the compositor without a layout per frame.
    const transform = translateText(percent)
    if (now.current && transform !== was.transform) {
      was.transform = transform
      now.current.style.transform = transform
    }
    const whole = wholePercent(percent)
    if (whole === was.whole) return
    was.whole = whole
    const input = range.current
    if (input) {
      input.value = wholeText(whole)
      input.setAttribute('aria-valuetext', phaseValueText(whole))
    }
    if (readout.current) readout.current.textContent = readoutText(whole)
    if (foot.current) foot.current.textContent = FOOT_TEXT[whole] ?? ''
    if (groupNow.current) groupNow.current.textContent = groupTexts[whole] ?? ''
    const phase = displayPhase(whole).id
    if (phase === was.phase) return
    was.phase = phase
    const buttons = phaseButtons.current
    for (let i = 0; i < buttons.length; i++) {
      if (PHASE_IDS[i] === phase) buttons[i]?.setAttribute('aria-current', 'true')
      else buttons[i]?.removeAttribute('aria-current')
    }
  })

  const seekTo = useExplorer((s) => s.seekTo)
  const loop = useExplorer((s) => s.loop)
  const setLoop = useExplorer((s) => s.setLoop)
  const play = useExplorer((s) => s.play)
  // Loop the phase on screen (late swing, say) at the chosen speed; pressed again, the whole cycle runs.
  const toggleLoop = () => {
    if (loop) return setLoop(null)
    const ph = displayPhase(currentPercent())
    setLoop([ph.start, ph.end])
    seekTo(ph.start)
    play()
  }
  const togglePlay = useExplorer((s) => s.togglePlay)
  // A group chosen mid-stride gets its line at once, not at the next whole percent.
  useLayoutEffect(() => {
    if (groupNow.current) groupNow.current.textContent = groupTexts[wholePercent(currentPercent())] ?? ''
  }, [groupTexts])

  const onScrub = (e: ChangeEvent<HTMLInputElement>) => seekTo(Number(e.currentTarget.value))

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
            <span className="rae-stride-rail">
              <span ref={now} className="rae-stride-now" />
            </span>
          </div>
        </div>
        <SpeedControl />
        <button
          type="button"
          className="rae-button rae-stride-loop"
          aria-pressed={loop !== null}
          title="Repeat the phase on screen, at the chosen speed"
          onClick={toggleLoop}
        >
          Loop
        </button>
        {loop && (
          <span className="rae-stride-loop-range">
            {loop[0]}–{loop[1]} %
          </span>
        )}
        <StrideLabToggle open={labOpen} onToggle={() => setLabOpen(!labOpen)} />
      </div>
      <div className="rae-stride-row rae-stride-row-phases">
        {/* The "right now" caption: the moment, where the right foot is and, with a group chosen, how hard it
            works. On a phone it is the one line of text beside the body. */}
        <p className="rae-stride-readout" aria-hidden="true">
          <span ref={readout} className="rae-stride-moment" /> <span ref={foot} className="rae-stride-leg" />
          {selected && (
            <>
              {' '}
              <span ref={groupNow} className="rae-stride-group-now" data-group={selected} />
            </>
          )}
        </p>
        <div className="rae-stride-phases" role="group" aria-label="Jump to a phase">
          {PHASE_IDS.map((id, i) => (
            <button
              key={id}
              ref={(el) => void (phaseButtons.current[i] = el)}
              type="button"
              className="rae-stride-phase"
              data-phase={id}
              data-part={PHASES[id].part}
              title={`${PHASES[id].name}: ${PHASES[id].start}–${PHASES[id].end} % of the cycle; jumps to ${PHASES[id].focus} %`}
              onClick={() => seekTo(PHASES[id].focus)}
            >
              {PHASES[id].shortName}
            </button>
          ))}
        </div>
      </div>
      <div className="rae-stride-row rae-stride-foot">
        <p className="rae-stride-note">
          <strong>Right leg</strong>: 0 % = it lands; the left is half a stride behind.
        </p>
        <GlowLegend />
      </div>
      {/* Outside the lab: a phone keeps the lab closed, yet the body glows at the setting (review 25 r2, A4). */}
      {!isTypicalLab(shownLab) && <LabGlowNote lab={shownLab} />}
      <StrideLab open={labOpen} />
    </section>
  )
}
