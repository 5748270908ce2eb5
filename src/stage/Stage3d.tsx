import type { ReactNode } from 'react'
import { ExplorerCanvas } from '../scene/ExplorerCanvas.tsx'
import { planStepOf, useExplorer } from '../store/index.ts'
import { ContextLostNote } from '../ui/ContextLostNote.tsx'
import { HoverTag } from '../ui/HoverTag.tsx'
import { LoadingOverlay } from '../ui/LoadingOverlay.tsx'
import { StageBoundary } from '../ui/StageBoundary.tsx'
import { StageError } from '../ui/StageError.tsx'
import { demoFailed, lazyStride } from './lazy-stride.ts'

export const strideDriver = lazyStride(() => import('../scene/drivers.ts').then((m) => m.StrideDriver))
/**
 * "Show me": the demos' solver and kit load with the first demo, the stride or the plan (its printed pictures are
 * drawn from the demos), never with the page (scene/drivers.ts).
 */
export const demoDriver = lazyStride(() => import('../scene/drivers.ts').then((m) => m.DemoStage), demoFailed)

export interface Stage3dProps {
  /** Scene content of one page only (the embed's EngageControls), rendered inside the canvas. */
  children?: ReactNode
  /** A click that hit no muscle; ExplorerCanvas's default clears the selection. Keep it stable. */
  onPointerMissed?: () => void
}

/**
 * The 3D stage as the app and the embed both show it: the canvas with the stride, and the loading, error and
 * lost-context notes over it. Render it only when useWebglSupport() says so; the page keeps its own <main>.
 */
export function Stage3d({ children, onPointerMissed }: Stage3dProps) {
  const attempt = useExplorer((s) => s.attempt)
  const stride = useExplorer((s) => s.stride)
  const demo = useExplorer((s) => s.demo !== null || planStepOf(s) === 'plan')
  return (
    <>
      {/* Keyed by attempt: Retry starts a fresh canvas, and a boundary that caught a crash forgets it. */}
      <StageBoundary key={attempt}>
        <ExplorerCanvas onPointerMissed={onPointerMissed}>
          {stride && <strideDriver.Component />}
          {demo && <demoDriver.Component />}
          {children}
        </ExplorerCanvas>
      </StageBoundary>
      <StageStatus />
      <ContextLostNote />
      <HoverTag />
    </>
  )
}

/**
 * The loading and error notes. Their own component: if the stage itself re-rendered when the status changes,
 * the scene tree would be handed new elements and R3F would draw a frame nobody asked for.
 */
function StageStatus() {
  const status = useExplorer((s) => s.status)
  if (status === 'loading') return <LoadingOverlay />
  if (status === 'error') return <StageError />
  return null
}
