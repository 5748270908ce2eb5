import { isExerciseId } from '../domain/exercises.ts'
import { useExplorer } from '../store/index.ts'

/** "Show me": the body performs the exercise (its demo loads with the first press); `stay` keeps the panel. */
export function ShowMeButton({
  exercise,
  name,
  stay = false,
}: {
  exercise: string
  name: string
  stay?: boolean
}) {
  const showDemo = useExplorer((s) => s.showDemo)
  const showing = useExplorer((s) => s.demo === exercise)
  if (!isExerciseId(exercise)) return null
  return (
    <button
      type="button"
      className="rae-button rae-show-me"
      data-show-me={exercise}
      aria-pressed={showing}
      aria-label={`Show me: ${name}, performed by the body`}
      onClick={() => showDemo(exercise, { stay })}
    >
      <span aria-hidden="true">▶</span> Show me
    </button>
  )
}
