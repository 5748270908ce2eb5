import { planStepOf, useExplorer } from '../../store/index.ts'
import { DemoDriver } from './DemoDriver.tsx'
import { PrintPictures } from './PrintPictures.tsx'

/**
 * What the demos' driver does on the stage: performs an open demo, and while the plan itself is shown, draws its
 * printed pictures from the same demos (one chunk: the stage mounts this for either).
 */
export function DemoStage() {
  const demo = useExplorer((s) => s.demo !== null)
  const printing = useExplorer((s) => planStepOf(s) === 'plan')
  return (
    <>
      {demo && <DemoDriver />}
      {printing && <PrintPictures />}
    </>
  )
}
