import { explorerStore, useExplorer } from '../../store/index.ts'
import { startStride } from './live.ts'

/** Turns stride mode on (running at once, unless the reader prefers reduced motion) and off. */
export function StrideToggle() {
  const stride = useExplorer((s) => s.stride)
  const toggle = () => (stride ? explorerStore.getState().setStride(false) : startStride())
  return (
    <button
      type="button"
      className="rae-button"
      aria-pressed={stride}
      title="Watch the body run and see which muscles work when"
      onClick={toggle}
    >
      Stride
    </button>
  )
}
