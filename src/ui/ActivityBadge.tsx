import { ACTIVITY_LEVELS, ACTIVITY_NAMES, type ActivityLevel } from '../domain/training.ts'

interface ActivityBadgeProps {
  level: ActivityLevel
}

const BARS = ACTIVITY_LEVELS.length - 1

/** A word plus a three-step meter, so the level reads without relying on colour. */
export function ActivityBadge({ level }: ActivityBadgeProps) {
  const filled = ACTIVITY_LEVELS.indexOf(level)
  return (
    <span className="rae-activity" data-level={level}>
      <span className="rae-activity-meter" aria-hidden="true">
        {Array.from({ length: BARS }, (_, i) => (
          <span key={i} className={i < filled ? 'rae-activity-bar is-on' : 'rae-activity-bar'} />
        ))}
      </span>
      {ACTIVITY_NAMES[level]}
    </span>
  )
}
