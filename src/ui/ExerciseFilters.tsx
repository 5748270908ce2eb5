import {
  EQUIPMENT,
  EQUIPMENT_CATEGORY_IDS,
  EQUIPMENT_CATEGORY_NAMES,
  EQUIPMENT_IDS,
  LEVEL_IDS,
  LEVEL_NAMES,
  type LevelId,
} from '../domain/training.ts'
import { useExplorer } from '../store/index.ts'

interface ExerciseFiltersProps {
  /** The levels this group's exercises reach: a level above them would change nothing. */
  levels: readonly LevelId[]
}

/** "Kit I own" (any number) and one level; both live in the store so they hold across groups. */
export function ExerciseFilters({ levels }: ExerciseFiltersProps) {
  const top = Math.max(...levels.map((l) => LEVEL_IDS.indexOf(l)))
  const equipment = useExplorer((s) => s.equipment)
  const level = useExplorer((s) => s.level)
  const toggleEquipment = useExplorer((s) => s.toggleEquipment)
  const setLevel = useExplorer((s) => s.setLevel)

  return (
    <div className="rae-filters">
      <fieldset className="rae-filter">
        <legend className="rae-filter-legend">Kit I own</legend>
        {/* Grouped as the article's tools of the trade. */}
        {EQUIPMENT_CATEGORY_IDS.map((category) => (
          <div
            className="rae-kit-family"
            key={category}
            role="group"
            aria-label={EQUIPMENT_CATEGORY_NAMES[category]}
          >
            <span className="rae-kit-family-name" aria-hidden="true">
              {EQUIPMENT_CATEGORY_NAMES[category]}
            </span>
            <div className="rae-chip-row">
              {EQUIPMENT_IDS.filter((id) => EQUIPMENT[id].category === category).map((id) => (
                <button
                  key={id}
                  type="button"
                  className="rae-chip-button"
                  data-equipment={id}
                  aria-pressed={equipment.includes(id)}
                  onClick={() => toggleEquipment(id)}
                >
                  {EQUIPMENT[id].name}
                </button>
              ))}
            </div>
          </div>
        ))}
      </fieldset>
      <fieldset className="rae-filter">
        <legend className="rae-filter-legend">Level, up to</legend>
        <div className="rae-chip-row">
          <button
            type="button"
            className="rae-chip-button"
            data-level="any"
            aria-pressed={level === null}
            onClick={() => setLevel(null)}
          >
            Any level
          </button>
          {LEVEL_IDS.slice(0, top + 1).map((id) => (
            <button
              key={id}
              type="button"
              className="rae-chip-button"
              data-level={id}
              aria-pressed={level === id}
              onClick={() => setLevel(level === id ? null : id)}
            >
              {LEVEL_NAMES[id]}
            </button>
          ))}
        </div>
      </fieldset>
    </div>
  )
}
