import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { startLinkSync } from './app/link-sync.ts'
import { preloadBody } from './stage/preload.ts'
import './ui/explorer.css'

// Applies the link before the first render (the start-up the embed shares), then keeps the address in step.
startLinkSync()
preloadBody()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
