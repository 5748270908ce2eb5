import { useEffect, useRef } from 'react'
import { MUSCLES } from '../domain/groups.ts'
import type { MuscleContent } from '../content/types.ts'
import { isolatedMuscle, useExplorer } from '../store/index.ts'
import { SourceRefs } from './SourceRefs.tsx'

interface MuscleListProps {
  muscles: readonly MuscleContent[]
}

/**
 * Where each muscle starts and ends, and what pulling between those points does; each can be shown alone on the
 * body (as a second click on it does), and the one shown alone is brought into view here.
 */
export function MuscleList({ muscles }: MuscleListProps) {
  const isolated = useExplorer(isolatedMuscle)
  const isolate = useExplorer((s) => s.isolate)
  const list = useRef<HTMLUListElement>(null)

  useEffect(() => {
    if (!isolated) return
    list.current
      ?.querySelector<HTMLElement>(`[data-muscle="${isolated}"]`)
      ?.scrollIntoView({ block: 'start', behavior: 'instant' })
  }, [isolated])

  return (
    <ul className="rae-muscles" ref={list}>
      {muscles.map((m) => {
        const info = MUSCLES[m.muscle]
        const alone = isolated === m.muscle
        return (
          <li
            key={m.muscle}
            className="rae-muscle"
            data-muscle={m.muscle}
            data-alone={alone ? 'true' : undefined}
          >
            <h4 className="rae-muscle-name">
              {info.name}
              {info.deep && <span className="rae-tag">Deep: use X-ray</span>}
            </h4>
            <button
              type="button"
              className="rae-chip-button rae-muscle-alone"
              aria-pressed={alone}
              onClick={() => isolate(alone ? null : m.muscle)}
            >
              Show alone
            </button>
            <dl className="rae-muscle-facts">
              <dt>Origin</dt>
              <dd>{m.origin}</dd>
              <dt>Insertion</dt>
              <dd>{m.insertion}</dd>
              <dt>Action</dt>
              <dd>
                {m.action} <SourceRefs sources={m.sources} flags={m.flags} />
              </dd>
            </dl>
          </li>
        )
      })}
    </ul>
  )
}
