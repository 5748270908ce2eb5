/**
 * Offline at the track: after one visit the service worker (dist/sw.js, made by vite-plugin-pwa) serves the app,
 * its chunks and the model. Registered from index.html only, never from embed.html or running-anatomy.js; a
 * blogger's page (another site) keeps its own, partitioned storage, so the embed frame there is never served by
 * it. A few bytes, no workbox-window.
 *
 * Registered only once the page is ready and then idle: installing the worker downloads every file the app may
 * ever need (about 2.3 MB) and writes it to the cache, which on a first visit competed with the page's own
 * start-up for the network and the CPU. And the model goes into the worker's precache from the copy the page
 * has already fetched, so a first visit downloads it once.
 */
import { MODEL_FILE, defaultModelUrl } from '../scene/model-url.ts'
import { takeBodyBytes } from '../scene/loader.ts'
import { explorerStore, type ExplorerStore } from '../store/index.ts'

export const WORKER_URL = './sw.js'
/** The longest an idle callback waits for the page to go quiet before the worker is registered anyway. */
export const IDLE_TIMEOUT_MS = 4000

/**
 * Workbox's precache (generateSW, no cacheId): `workbox-precache-v2-` and the worker's scope. A file precached
 * without a revision (a content-hashed name) is kept under its own URL there, and an install finds an entry
 * that is already in it and does not download it again.
 */
export function precacheName(scope: string): string {
  return `workbox-precache-v2-${scope}`
}

/** While the stride plays the page is never idle: the worker waits for a pause, but no longer than this. */
export const PLAYING_TIMEOUT_MS = 10_000

/**
 * Calls `run` once the page's start-up has settled (ready, or an error it shows), the stride is not playing (a
 * `play=1` link runs it from the first frame; the precache would take its frames) or has played for 10 s, and the
 * page has then been idle.
 */
export function whenReadyAndIdle(run: () => void, store: ExplorerStore = explorerStore): void {
  const idle = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS })
    else setTimeout(run, 500)
  }
  let done = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const finish = () => {
    if (done) return
    done = true
    unsubscribe()
    clearTimeout(timer)
    idle()
  }
  const check = () => {
    const s = store.getState()
    if (s.status === 'loading') return
    if (!s.playing) return finish()
    timer ??= setTimeout(finish, PLAYING_TIMEOUT_MS)
  }
  const unsubscribe = store.subscribe(check)
  check()
}

/**
 * The worker's precache takes the model the page has just fetched and read (its URL names its content, so those
 * are the very bytes the worker would download). Only on a visit the worker did not serve: otherwise the
 * page's model came from the cache already.
 */
async function handOverModel(scope: string): Promise<void> {
  const url = defaultModelUrl()
  const bytes = takeBodyBytes(url)
  if (!bytes || MODEL_FILE === 'models/body.glb' || typeof caches === 'undefined') return
  const cache = await caches.open(precacheName(scope))
  if (await cache.match(url)) return
  await cache.put(
    url,
    new Response(bytes, {
      headers: { 'Content-Type': 'model/gltf-binary', 'Content-Length': String(bytes.byteLength) },
    }),
  )
}

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return
  const sw = navigator.serviceWorker
  let hadController = sw.controller !== null
  // A new version took over (skipWaiting) and dropped the old chunks: reload into it. The view is in the
  // address, so nothing is lost. Not on the first install, when there was no old version; but a tab that got
  // its first worker during this visit does reload on the next update. Listened to at once: another tab may
  // install an update while this one is still starting.
  sw.addEventListener('controllerchange', () => {
    if (hadController) location.reload()
    hadController = true
  })
  whenReadyAndIdle(() => {
    const scope = new URL('./', new URL(WORKER_URL, document.baseURI)).href
    const handOver = sw.controller ? Promise.resolve() : handOverModel(scope)
    // Registered even when the hand-over fails: the install then downloads the model itself.
    void handOver.catch(() => {}).then(() => sw.register(WORKER_URL).catch(() => {}))
  })
}
