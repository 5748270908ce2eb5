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

// Offline at the track: after one visit the service worker (dist/sw.js, made by vite-plugin-pwa) serves the
// app, its chunks and the model. Registered from this page only, never from embed.html or
// running-anatomy.js; a blogger's page (another site) keeps its own, partitioned storage, so the embed frame
// there is never served by it. A few bytes, no workbox-window.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    const sw = navigator.serviceWorker
    let hadController = sw.controller !== null
    sw.register('./sw.js').catch(() => {})
    // A new version took over (skipWaiting) and dropped the old chunks: reload into it. The view is in the
    // address, so nothing is lost. Not on the first install, when there was no old version; but a tab that got
    // its first worker during this visit does reload on the next update.
    sw.addEventListener('controllerchange', () => {
      if (hadController) location.reload()
      hadController = true
    })
  })
}
