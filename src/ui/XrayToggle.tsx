import { useExplorer } from '../store/index.ts'
import { PressedToggle } from './PressedToggle.tsx'

/** Fades the outer muscles so the deep ones (iliopsoas, transversus abdominis) show through. */
export function XrayToggle() {
  const xray = useExplorer((s) => s.xray)
  const setXray = useExplorer((s) => s.setXray)
  return (
    <PressedToggle pressed={xray} onToggle={setXray} title="Fade the outer muscles to see the deep ones">
      X-ray
    </PressedToggle>
  )
}
