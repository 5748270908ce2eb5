/**
 * Keeps the address bar and the store in step: the link restores the state on load, and every selection,
 * view or paused stride moment rewrites it (replaceState: exploring should not flood the back button).
 */
import { parseLink, writeLink, type LinkState } from '../domain/links.ts'
import { prefersReducedMotion } from '../platform/motion.ts'
import { explorerStore } from '../store/index.ts'
import type { ExplorerState } from '../store/index.ts'

type Store = typeof explorerStore

/** Apply a parsed link to the store. Shared with the embed's attributes and host messages. */
export function applyLinkState(store: Store, link: Partial<LinkState>): void {
  const s = store.getState()
  if (link.muscle !== undefined) s.select(link.muscle)
  if (link.view) s.setView(link.view)
  if (link.phase !== undefined && link.phase !== null) {
    s.setStride(true)
    s.seek(link.phase)
  }
  // Reduced motion wins over a link's play=1: the stride waits for the reader's own Play.
  if (link.play === true && !prefersReducedMotion()) s.play()
  else if (link.play === false) s.pause()
}

export function linkStateOf(s: ExplorerState): LinkState {
  return {
    muscle: s.selected,
    view: s.viewRequest > 0 ? s.view : null,
    phase: s.stride ? s.phase : null,
    play: s.stride ? s.playing : null,
  }
}

export function startLinkSync(store: Store = explorerStore): () => void {
  const { state, problems } = parseLink(window.location.search)
  applyLinkState(store, state)
  for (const p of problems) store.getState().addNotice(p)

  let last: string | null = null
  const write = (s: ExplorerState) => {
    const search = writeLink(window.location.search, linkStateOf(s))
    if (search === last) return
    last = search
    const url = `${window.location.pathname}${search}${window.location.hash}`
    window.history.replaceState(window.history.state, '', url)
  }
  write(store.getState())
  return store.subscribe(write)
}
