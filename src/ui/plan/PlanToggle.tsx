import { isPlanOpen, useExplorer } from '../../store/index.ts'
import { PressedToggle } from '../PressedToggle.tsx'

/** "My plan": opens the self-tests and the tailored plan in the panel, and closes them again. */
export function PlanToggle() {
  const open = useExplorer(isPlanOpen)
  const openPlan = useExplorer((s) => s.openPlan)
  const closePlan = useExplorer((s) => s.closePlan)
  return (
    <PressedToggle
      pressed={open}
      onToggle={(on) => (on ? openPlan() : closePlan())}
      title="Find your weak spots with self-tests and get a strength plan tailored to you"
      className="rae-plan-open"
    >
      My plan
    </PressedToggle>
  )
}
