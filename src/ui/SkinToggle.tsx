import { useExplorer } from '../store/index.ts'
import { PressedToggle } from './PressedToggle.tsx'

/** Brings the skin back over the écorché (hidden by default, so the muscles show). */
export function SkinToggle() {
  const skin = useExplorer((s) => s.skin)
  const setSkin = useExplorer((s) => s.setSkin)
  return (
    <PressedToggle pressed={skin} onToggle={setSkin} title="Show the skin over the muscles">
      Skin
    </PressedToggle>
  )
}
