import { STRIDE_SPEEDS, useExplorer, type StrideSpeed } from '../../store/index.ts'
import { SegmentedControl, type SegmentedOption } from '../SegmentedControl.tsx'

const OPTIONS: readonly SegmentedOption<StrideSpeed>[] = STRIDE_SPEEDS.map((v) => ({
  value: v,
  label: `${v}×`,
  ariaLabel: v === 1 ? '1× speed (real time)' : `${v}× speed`,
}))

/** 1× is real time: one stride of the simulated runner in about 0.7 s. */
export function SpeedControl() {
  const speed = useExplorer((s) => s.speed)
  const setSpeed = useExplorer((s) => s.setSpeed)
  return (
    <SegmentedControl
      label="Speed"
      className="rae-stride-speed"
      options={OPTIONS}
      value={speed}
      onChange={setSpeed}
    />
  )
}
