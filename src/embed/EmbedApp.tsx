import { StrictMode, useLayoutEffect, useRef, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { ExplorerCanvas } from '../scene/ExplorerCanvas.tsx'
import { StrideDriver } from '../scene/stride/StrideDriver.tsx'
import { explorerStore, useExplorer } from '../store/index.ts'
import { ContextLostNote } from '../ui/ContextLostNote.tsx'
import { LoadingOverlay } from '../ui/LoadingOverlay.tsx'
import { NoWebglView } from '../ui/NoWebglView.tsx'
import { StageBoundary } from '../ui/StageBoundary.tsx'
import { StageError } from '../ui/StageError.tsx'
import { detectWebgl } from '../ui/webgl.ts'
import { EmbedPanel } from './EmbedPanel.tsx'
import { EngageControls } from './EngageControls.tsx'
import { useEngagement } from './useEngagement.ts'
import '../ui/explorer.css'
import './embed.css'

/** The explorer with minimal chrome for an iframe: the stage, a compact panel, no header. */
export function EmbedApp() {
  const status = useExplorer((s) => s.status)
  const webgl = useExplorer((s) => s.webgl)
  const attempt = useExplorer((s) => s.attempt)
  const [canWebgl] = useState(detectWebgl)
  const stage = useRef<HTMLElement>(null)
  const engaged = useEngagement(stage)

  useLayoutEffect(() => {
    if (!canWebgl) explorerStore.getState().setWebgl(false)
  }, [canWebgl])

  const show3d = webgl && canWebgl

  return (
    <div
      id="explorer"
      className="rae-embed"
      data-state={status}
      data-webgl={webgl ? 'on' : 'off'}
      data-engaged={engaged ? 'true' : 'false'}
    >
      <main
        ref={stage}
        className="rae-embed-stage"
        // Focus is how keyboard readers engage the 3D view (and how anyone releases it: Escape).
        tabIndex={show3d ? 0 : undefined}
        aria-label={
          show3d ? '3D body: click or focus to interact, Escape to let the page scroll' : 'Body map'
        }
      >
        {show3d ? (
          <>
            <StageBoundary key={attempt}>
              <ExplorerCanvas>
                <StrideDriver />
                <EngageControls engaged={engaged} />
              </ExplorerCanvas>
            </StageBoundary>
            {status === 'loading' && <LoadingOverlay />}
            {status === 'error' && <StageError />}
            <ContextLostNote />
            {status === 'ready' && !engaged && (
              <p className="rae-embed-hint" aria-hidden="true">
                <span className="rae-embed-hint-mouse">Click to interact</span>
                <span className="rae-embed-hint-touch">Tap to interact</span>
              </p>
            )}
          </>
        ) : (
          <NoWebglView />
        )}
      </main>
      <EmbedPanel />
    </div>
  )
}

export function mountEmbed(container: HTMLElement): void {
  createRoot(container).render(
    <StrictMode>
      <EmbedApp />
    </StrictMode>,
  )
}
