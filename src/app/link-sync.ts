/**
 * Keeps the address bar and the store in step: the link restores the state on load, and every selection,
 * view or paused stride moment rewrites it (replaceState: exploring should not flood the back button).
 */
import { writeLink } from '../domain/links.ts'
import { explorerStore } from '../store/index.ts'
import type { ExplorerState } from '../store/index.ts'
import { bootFromLink, linkStateOf } from '../store/link.ts'

type Store = typeof explorerStore

export function startLinkSync(store: Store = explorerStore): () => void {
  bootFromLink(store)

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
