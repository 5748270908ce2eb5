/**
 * Keeps the address bar and the store in step: the link restores the state on load, and every selection,
 * view or paused stride moment rewrites it (replaceState: exploring should not flood the back button).
 */
import { panelSectionOf, writeLink } from '../domain/links.ts'
import { explorerStore } from '../store/index.ts'
import type { ExplorerState } from '../store/index.ts'
import { bootFromLink, linkStateOf, sectionOf } from '../store/link.ts'

type Store = typeof explorerStore

export function startLinkSync(store: Store = explorerStore): () => void {
  bootFromLink(store)

  const addressOf = (s: ExplorerState) => {
    // The open section is the hash; any other hash is left alone.
    const here = window.location.hash
    const section = sectionOf(s)
    const hash = section ? `#${section}` : panelSectionOf(here) ? '' : here
    return `${window.location.pathname}${writeLink(window.location.search, linkStateOf(s))}${hash}`
  }
  // Only a change of the address itself is written.
  return store.subscribe(addressOf, (url) => window.history.replaceState(window.history.state, '', url), {
    fireImmediately: true,
  })
}
