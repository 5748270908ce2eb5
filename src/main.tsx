import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { startLinkSync } from './app/link-sync.ts'
import { startServiceWorker } from './app/service-worker.ts'
import { keepBodyBytes } from './scene/loader.ts'
import { preloadBody } from './stage/preload.ts'
import './ui/explorer.css'

// Applies the link before the first render (the start-up the embed shares), then keeps the address in step.
startLinkSync()
// The service worker's precache takes the body this page fetches (app/service-worker.ts).
if (import.meta.env.PROD) keepBodyBytes()
preloadBody()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)

// Offline at the track, registered once the page is ready and idle.
if (import.meta.env.PROD) startServiceWorker()
