import { isDemoId } from '../domain/demo/ids.ts'
import { useExplorer } from '../store/index.ts'

/**
 * "Show me": the body performs the exercise, or poses a self-test (`test:<id>`); its demo loads with the first
 * press; `stay` keeps the panel.
 */
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
  if (!isDemoId(exercise)) return null
  return (
    <button
      type="button"
      className="rae-button rae-show-me"
      data-show-me={exercise}
      aria-pressed={showing}
      aria-label={`Show me: ${name}, ${exercise.startsWith('test:') ? 'posed' : 'performed'} by the body`}
      onClick={() => showDemo(exercise, { stay })}
    >
      <span aria-hidden="true">▶</span> Show me
    </button>
  )
}
