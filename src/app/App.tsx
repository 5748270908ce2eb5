import { Suspense, lazy, useState } from 'react'
import { useExplorer } from '../store/index.ts'
import { Header } from '../ui/Header.tsx'
import { EmbedButton } from '../embed/EmbedButton.tsx'
import { NoWebglView } from '../ui/NoWebglView.tsx'
import { Notices } from '../ui/Notices.tsx'
import { SidePanel } from '../ui/SidePanel.tsx'
import { StageTools } from '../ui/StageTools.tsx'
import { StrideToggle } from '../ui/stride/StrideToggle.tsx'
import { useEscapeClearsSelection } from '../ui/useEscapeClearsSelection.ts'
import { Stage3d } from '../stage/Stage3d.tsx'
import { useWebglSupport } from '../stage/useWebglSupport.ts'
import { demoFailed, lazyStride } from '../stage/lazy-stride.ts'

// Presentation mode's caption (and the tours' words it shows) load when presentation mode is first used.
const Presentation = lazy(() => import('../ui/Presentation.tsx').then((m) => ({ default: m.Presentation })))

const strideBar = lazyStride(() => import('../ui/stride/StrideBar.tsx').then((m) => m.StrideBar))
// The demo's controls, with its first "Show me" (the embed plays a demo without them).
const demoBar = lazyStride(() => import('../ui/demo/DemoBar.tsx').then((m) => m.DemoBar), demoFailed)

/** The explorer: toolbar on top, the 3D stage (or the 2D map) and the side panel. */
export function App() {
  const status = useExplorer((s) => s.status)
  const webgl = useExplorer((s) => s.webgl)
  const stride = useExplorer((s) => s.stride)
  const demo = useExplorer((s) => s.demo !== null)
  const present = useExplorer((s) => s.present)
  const show3d = useWebglSupport()
  const [sheetExpanded, setSheetExpanded] = useState(false)

  useEscapeClearsSelection()

  return (
    <div
      id="explorer"
      className="rae"
      data-state={status}
      data-webgl={webgl ? 'on' : 'off'}
      data-sheet={sheetExpanded ? 'full' : 'peek'}
      data-present={present ? 'on' : 'off'}
    >
      <Header show3dControls={show3d}>
        {show3d && <StrideToggle />}
        <EmbedButton />
      </Header>
      <main className="rae-stage" aria-label={show3d ? '3D body' : 'Body map'}>
        {/* Over the stage, not above it: a note coming or going never moves the page. */}
        <Notices />
        {show3d ? (
          <>
            <Stage3d />
            <StageTools />
            {present && (
              <Suspense fallback={null}>
                <Presentation />
              </Suspense>
            )}
            {stride && <strideBar.Component />}
            {demo && <demoBar.Component />}
          </>
        ) : (
          <NoWebglView />
        )}
      </main>
      <SidePanel expanded={sheetExpanded} onToggleExpanded={() => setSheetExpanded((e) => !e)} />
    </div>
  )
}
