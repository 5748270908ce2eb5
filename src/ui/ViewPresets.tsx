import { VIEW_IDS, type ViewId } from '../domain/groups.ts'
import { useExplorer } from '../store/index.ts'
import { SegmentedControl, type SegmentedOption } from './SegmentedControl.tsx'

const VIEW_LABELS: Readonly<Record<ViewId, string>> = {
  front: 'Front',
  back: 'Back',
  left: 'Left',
  right: 'Right',
}

const OPTIONS: readonly SegmentedOption<ViewId>[] = VIEW_IDS.map((id) => ({
  value: id,
  label: VIEW_LABELS[id],
}))

/** Camera presets; pressing the current one again re-frames the body (the store bumps viewRequest). */
export function ViewPresets() {
  const view = useExplorer((s) => s.view)
  const setView = useExplorer((s) => s.setView)
  return <SegmentedControl label="Camera view" options={OPTIONS} value={view} onChange={setView} />
}
