import { useLayoutEffect, useState } from 'react'
import { ExplorerCanvas } from '../scene/ExplorerCanvas.tsx'
import { StrideDriver } from '../scene/stride/StrideDriver.tsx'
import { explorerStore, useExplorer } from '../store/index.ts'
import { ContextLostNote } from '../ui/ContextLostNote.tsx'
import { Header } from '../ui/Header.tsx'
import { EmbedButton } from '../embed/EmbedButton.tsx'
import { LoadingOverlay } from '../ui/LoadingOverlay.tsx'
import { NoWebglView } from '../ui/NoWebglView.tsx'
import { Notices } from '../ui/Notices.tsx'
import { SidePanel } from '../ui/SidePanel.tsx'
import { StageBoundary } from '../ui/StageBoundary.tsx'
import { StageError } from '../ui/StageError.tsx'
import { StrideBar } from '../ui/stride/StrideBar.tsx'
import { StrideToggle } from '../ui/stride/StrideToggle.tsx'
import { useEscapeClearsSelection } from '../ui/useEscapeClearsSelection.ts'
import { detectWebgl } from '../ui/webgl.ts'

/** The explorer: toolbar on top, the 3D stage (or the 2D map) and the side panel. */
export function App() {
  const status = useExplorer((s) => s.status)
  const webgl = useExplorer((s) => s.webgl)
  const attempt = useExplorer((s) => s.attempt)
  // Checked once, before the canvas ever mounts.
  const [canWebgl] = useState(detectWebgl)
  const [sheetExpanded, setSheetExpanded] = useState(false)

  useLayoutEffect(() => {
    if (!canWebgl) explorerStore.getState().setWebgl(false)
  }, [canWebgl])

  useEscapeClearsSelection()

  const show3d = webgl && canWebgl

  return (
    <div
      id="explorer"
      className="rae"
      data-state={status}
      data-webgl={webgl ? 'on' : 'off'}
      data-sheet={sheetExpanded ? 'full' : 'peek'}
    >
      <Header show3dControls={show3d}>
        {show3d && <StrideToggle />}
        <EmbedButton />
      </Header>
      <Notices />
      <main className="rae-stage" aria-label={show3d ? '3D body' : 'Body map'}>
        {show3d ? (
          <>
            <StageBoundary key={attempt}>
              <ExplorerCanvas>
                <StrideDriver />
              </ExplorerCanvas>
            </StageBoundary>
            {status === 'loading' && <LoadingOverlay />}
            {status === 'error' && <StageError />}
            <ContextLostNote />
            <StrideBar />
          </>
        ) : (
          <NoWebglView />
        )}
      </main>
      <SidePanel expanded={sheetExpanded} onToggleExpanded={() => setSheetExpanded((e) => !e)} />
    </div>
  )
}
