import { useEffect, useRef } from 'react'
import { parsePartMeshName, partInfo } from '../domain/groups.ts'
import { useExplorer } from '../store/index.ts'

const SIDE_NAME = { L: 'left', R: 'right' } as const

/**
 * The name of the muscle under the pointer, beside the pointer. It is plain DOM moved by the pointer's own
 * events, so following the pointer never redraws the 3D scene.
 */
export function HoverTag() {
  const hovered = useExplorer((s) => s.hovered)
  const tag = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const follow = (event: PointerEvent) => {
      const el = tag.current
      if (el) el.style.transform = `translate(${event.clientX + 14}px, ${event.clientY + 12}px)`
    }
    window.addEventListener('pointermove', follow, { passive: true })
    return () => window.removeEventListener('pointermove', follow)
  }, [])

  const part = hovered ? parsePartMeshName(hovered) : null
  return (
    <div ref={tag} className="rae-hover-tag" hidden={!part} aria-hidden="true">
      {part && (
        <>
          {partInfo(part.id).name} <small>({SIDE_NAME[part.side]})</small>
        </>
      )}
    </div>
  )
}
