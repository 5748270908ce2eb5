import type { CrossTraining } from '../content/types.ts'
import { SourceRefs } from './SourceRefs.tsx'

interface CrossTrainingListProps {
  items: readonly CrossTraining[]
}

/** Other sports that work the same group, for days off the road. */
export function CrossTrainingList({ items }: CrossTrainingListProps) {
  return (
    <ul className="rae-facts">
      {items.map((item) => (
        <li key={item.sport} className="rae-fact">
          <strong className="rae-fact-title">{item.sport}</strong>
          <span>
            {item.why} <SourceRefs sources={item.sources} flags={item.flags} />
          </span>
        </li>
      ))}
    </ul>
  )
}
