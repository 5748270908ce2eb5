import { useExplorer } from '../store/index.ts'

/** Fades the outer muscles so the deep ones (iliopsoas, transversus abdominis) show through. */
export function XrayToggle() {
  const xray = useExplorer((s) => s.xray)
  const setXray = useExplorer((s) => s.setXray)
  return (
    <button
      type="button"
      className="rae-button"
      aria-pressed={xray}
      title="Fade the outer muscles to see the deep ones"
      onClick={() => setXray(!xray)}
    >
      X-ray
    </button>
  )
}
