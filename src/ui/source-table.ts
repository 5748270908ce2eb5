import { createContext, useContext, useSyncExternalStore } from 'react'
import type { Source, SourceId } from '../content/types.ts'

/** The bibliography: citation, link, note and flags of every source the content cites. */
export type SourceTable = Readonly<Record<SourceId, Source>>

export interface SourceTableAccess {
  /** Null until loaded (the welcome page fetches it on demand; a group panel has it with its own code). */
  table: SourceTable | null
  /** The load failed (no network): the list says so instead of waiting. */
  failed: boolean
  /** Ask for the table; harmless when it is there or on its way. */
  request: () => void
}

export const SourceTableContext = createContext<SourceTableAccess>({
  table: null,
  failed: false,
  request: () => {},
})

export function useSourceTable(): SourceTableAccess {
  return useContext(SourceTableContext)
}

// The citation texts are the largest piece of content a first visit would download without reading (about
// 8 KiB gzipped), so the welcome page loads them when its source list nears the screen or a citation is
// pointed at, not with the page.
let table: SourceTable | null = null
let failed = false
let pending = false
const listeners = new Set<() => void>()
let snapshot: SourceTableAccess | null = null

function notify() {
  snapshot = null
  for (const listener of listeners) listener()
}

function request(): void {
  if (table || pending) return
  pending = true
  failed = false
  import('../content/sources.ts').then(
    (m) => {
      table = m.SOURCES
      pending = false
      notify()
    },
    () => {
      failed = true
      pending = false
      notify()
    },
  )
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function current(): SourceTableAccess {
  return (snapshot ??= { table, failed, request })
}

/** The table loaded on demand, for pages that show it without having imported it. */
export function useSourceTableOnDemand(): SourceTableAccess {
  return useSyncExternalStore(subscribe, current, current)
}
