import type { Exercise } from '../content/types.ts'
import { GUIDE } from '../content/index.ts'
import { useExplorer } from '../store/index.ts'
import { ExerciseCard } from './ExerciseCard.tsx'
import { ExerciseFilters } from './ExerciseFilters.tsx'
import { useShownExercises } from './shown-exercises.ts'

interface ExerciseSectionProps {
  exercises: readonly Exercise[]
}

/** The filter chips, a count and the cards that pass them (or a way out when none does). */
export function ExerciseSection({ exercises }: ExerciseSectionProps) {
  const clearFilters = useExplorer((s) => s.clearFilters)
  const { shown, filtered } = useShownExercises(exercises)

  return (
    <>
      <ExerciseFilters />
      <p className="rae-exercise-count" role="status">
        {shown.length === 0
          ? 'No exercise matches your kit and level.'
          : filtered
            ? `Showing ${shown.length} of ${exercises.length} exercises.`
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
