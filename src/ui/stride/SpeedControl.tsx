import { STRIDE_SPEEDS, useExplorer } from '../../store/index.ts'

/** 1× is real time: one stride of the simulated runner in about 0.7 s. */
export function SpeedControl() {
  const speed = useExplorer((s) => s.speed)
  const setSpeed = useExplorer((s) => s.setSpeed)
  return (
    <div className="rae-button-group rae-stride-speed" role="group" aria-label="Speed">
      {STRIDE_SPEEDS.map((v) => (
        <button
          key={v}
          type="button"
          className="rae-button rae-segment"
          aria-pressed={speed === v}
          aria-label={v === 1 ? 'Real speed (1×)' : `${v}× speed`}
          onClick={() => setSpeed(v)}
        >
          {v}×
        </button>
      ))}
    </div>
  )
}
