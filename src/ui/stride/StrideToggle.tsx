import { useExplorer } from '../../store/index.ts'

/** Turns stride mode on (running at once, unless the reader prefers reduced motion) and off. */
export function StrideToggle() {
  const stride = useExplorer((s) => s.stride)
  const setStride = useExplorer((s) => s.setStride)
  const startStride = useExplorer((s) => s.startStride)
  const toggle = () => (stride ? setStride(false) : startStride())
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
