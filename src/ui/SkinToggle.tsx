import { useExplorer } from '../store/index.ts'

/** Brings the skin back over the écorché (hidden by default, so the muscles show). */
export function SkinToggle() {
  const skin = useExplorer((s) => s.skin)
  const setSkin = useExplorer((s) => s.setSkin)
  return (
    <button
      type="button"
      className="rae-button"
      aria-pressed={skin}
      title="Show the skin over the muscles"
      onClick={() => setSkin(!skin)}
    >
      Skin
    </button>
  )
}
