import { StrictMode, useCallback, useRef } from 'react'
import { createRoot } from 'react-dom/client'
import { preloadBody } from '../stage/preload.ts'
import { Stage3d } from '../stage/Stage3d.tsx'
import { useWebglSupport } from '../stage/useWebglSupport.ts'
import { explorerStore, useExplorer } from '../store/index.ts'
import { NoWebglView } from '../ui/NoWebglView.tsx'
import { EmbedPanel } from './EmbedPanel.tsx'
import { EngageControls } from './EngageControls.tsx'
import { useEngagement } from './useEngagement.ts'
import '../ui/explorer.css'
import './embed.css'

/** The explorer with minimal chrome for an iframe: the stage, a compact panel, no header. */
export function EmbedApp() {
  const status = useExplorer((s) => s.status)
  const webgl = useExplorer((s) => s.webgl)
  const show3d = useWebglSupport()
  const stage = useRef<HTMLElement>(null)
  const { engaged, pressWasEngaged } = useEngagement(stage)

  // The reader's first click usually lands beside the body: it takes hold of the embed and keeps the group
  // the blogger chose. Once engaged, a click on empty space clears it as in the app.
  const onPointerMissed = useCallback(() => {
    if (pressWasEngaged()) explorerStore.getState().select(null)
  }, [pressWasEngaged])

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
            <Stage3d onPointerMissed={onPointerMissed}>
              <EngageControls engaged={engaged} />
            </Stage3d>
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
  preloadBody()
  createRoot(container).render(
    <StrictMode>
      <EmbedApp />
    </StrictMode>,
  )
}
