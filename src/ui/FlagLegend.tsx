import { FLAG_IDS } from '../domain/training.ts'
import { GUIDE } from '../content/guide.ts'
import { FlagBadge } from './FlagBadge.tsx'

/** What each badge means, in the reader's words. */
export function FlagLegend() {
  return (
    <dl className="rae-legend">
      {FLAG_IDS.map((flag) => (
        <div key={flag} className="rae-legend-row">
          <dt>
            <FlagBadge flag={flag} />
          </dt>
          <dd>{GUIDE.flagLegend[flag]}</dd>
        </div>
      ))}
    </dl>
  )
}
