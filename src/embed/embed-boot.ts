/**
 * Entry of embed.html. Small on purpose: it applies the link, opens the host API and shows a poster; React,
 * three.js and the model load only when the frame is on (or, same-origin, near) the screen, or when the
 * reader presses the poster's button. A plain <iframe loading="lazy"> may be fetched well before it is
 * scrolled to; this keeps that early fetch at a few kilobytes.
 */
import { GROUPS } from '../domain/groups.ts'
import { explorerStore } from '../store/index.ts'
import { bootFromLink } from '../store/link.ts'
import { startBridge } from './bridge.ts'
import { parseOriginList } from './messages.ts'
import { POSTER_CSS, constructedSheet, createPoster, posterLabel } from './poster.ts'

/**
 * The frame's own first-paint rules. In :where(), so the explorer's stylesheets, which load later but sit
 * before adopted sheets in the cascade, still win wherever they say otherwise. No overflow: the frame never
 * scrolls itself, so the wheel over it scrolls the article around it.
 */
const PAGE_CSS = `
:where(html, body, #root) { height: 100%; }
:where(body) { margin: 0; overflow: hidden; background: #e7edf0; }
`

const params = new URLSearchParams(window.location.search)
// The same start-up as the app: the frame counter for tests and the bench, the link applied, bad values noted.
const { state } = bootFromLink(explorerStore)
startBridge(explorerStore, { allow: parseOriginList(params.get('origin')) })

const root = document.getElementById('root')
if (!root) throw new Error('embed.html has no #root element')

document.adoptedStyleSheets = [...document.adoptedStyleSheets, constructedSheet(PAGE_CSS + POSTER_CSS)]
const {
  root: poster,
  button,
  note,
} = createPoster(document, posterLabel(state.muscle ? GROUPS[state.muscle].name : null))
// The same contract as the app's root, so tests and the bench can wait on it before React arrives.
poster.id = 'explorer'
poster.dataset.state = 'loading'
root.replaceChildren(poster)

let started = false
function start(): void {
  if (started) return
  started = true
  observer?.disconnect()
  note.textContent = 'Loading the 3D body…'
  if (explorerStore.getState().status === 'error') explorerStore.getState().retry()
  import('./EmbedApp.tsx')
    .then(({ mountEmbed }) => mountEmbed(root!))
    .catch(() => {
      started = false
      const message = 'The 3D body could not load. Check your connection and press the button to try again.'
      note.textContent = message
      poster.dataset.state = 'error'
      // Through the store, so the host page hears it too (the element then shows this poster, not its own).
      explorerStore.getState().fail(message)
    })
}

button.addEventListener('click', start)

// `load=eager`: the <running-anatomy> element already waited for the viewport before creating this frame.
const observer =
  params.get('load') === 'eager' || typeof IntersectionObserver !== 'function'
    ? null
    : new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), {
        rootMargin: '600px 0px',
      })
if (observer) observer.observe(root)
else start()
