import type { Exercise } from '../content/types.ts'
import { EQUIPMENT, LEVEL_NAMES, type EquipmentId, type LevelId } from '../domain/training.ts'
import { GUIDE } from '../content/index.ts'
import { useExplorer } from '../store/index.ts'
import { ExerciseCard } from './ExerciseCard.tsx'
import { ExerciseFilters } from './ExerciseFilters.tsx'
import { useShownExercises } from './shown-exercises.ts'

function filterWords(equipment: readonly EquipmentId[], level: LevelId | null): string {
  const kit =
    equipment.length > 0
      ? `your kit (${equipment.map((id) => EQUIPMENT[id].name.toLowerCase()).join(', ')}) and body weight`
      : 'any kit'
  return level === null ? kit : `${kit}, up to ${LEVEL_NAMES[level].toLowerCase()}`
}

interface ExerciseSectionProps {
  exercises: readonly Exercise[]
}

/** The filter chips, a count and the cards that pass them (or a way out when none does). */
export function ExerciseSection({ exercises }: ExerciseSectionProps) {
  const clearFilters = useExplorer((s) => s.clearFilters)
  // The filters are said in words, so filters chosen in another group are not a surprise here.
  const { shown, filtered, equipment, level } = useShownExercises(exercises)

  return (
    <>
      <ExerciseFilters levels={[...new Set(exercises.map((e) => e.level))]} />
      <p className="rae-exercise-count" role="status">
        {shown.length === 0
          ? 'No exercise matches your kit and level.'
          : filtered
            ? `Showing ${shown.length} of ${exercises.length} exercises: ${filterWords(equipment, level)}.`
            : `${exercises.length} exercises.`}{' '}
        {filtered && (
          <button type="button" className="rae-link-button" onClick={clearFilters}>
            Clear filters
          </button>
        )}
      </p>
      {shown.length > 0 && (
        <ul className="rae-exercises">
          {shown.map((exercise) => (
            <ExerciseCard key={exercise.id} exercise={exercise} />
          ))}
        </ul>
      )}
      <p className="rae-note">{GUIDE.tempoNotation}</p>
    </>
  )
}
