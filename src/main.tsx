import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { startLinkSync } from './app/link-sync.ts'
import { renderStats } from './store/index.ts'
import './ui/explorer.css'

// The idle-render bench reads the frame counter from outside the bundle.
;(window as Window & { __RAE_STATS__?: typeof renderStats }).__RAE_STATS__ = renderStats

// The link is applied before the first render so a deep link never flashes the welcome view.
startLinkSync()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
