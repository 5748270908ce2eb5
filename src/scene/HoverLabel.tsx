import { Html } from '@react-three/drei'
import { MUSCLES } from '../domain/groups.ts'
import { useExplorer } from '../store/index.ts'
import { hoverPoint } from './hover-point.ts'
import { useRig } from './rig-context.ts'

const SIDE_NAME = { L: 'left', R: 'right' } as const

/** A small name tag beside the pointer while it rests on a muscle. */
export function HoverLabel() {
  const hovered = useExplorer((s) => s.hovered)
  const rig = useRig()
  const part = hovered ? rig?.partsByName.get(hovered) : undefined
  if (!part) return null
  return (
    <Html
      position={hoverPoint.toArray()}
      className="hover-label"
      style={{ pointerEvents: 'none' }}
      zIndexRange={[20, 0]}
    >
      <span role="tooltip">
        {MUSCLES[part.muscle].name} <small>({SIDE_NAME[part.side]})</small>
      </span>
    </Html>
  )
}
