/**
 * The content is the largest part of the app that a runner does not need to see the body (≈25 KiB gzipped),
 * so it arrives in its own chunk when first needed: a group opened, a search typed, a deep link.
 */
import type * as ContentModule from './index.ts'

export type Content = typeof ContentModule

let pending: Promise<Content> | null = null
let loaded: Content | null = null

export function loadContent(): Promise<Content> {
  pending ??= import('./index.ts').then(
    (m) => (loaded = m),
    (error: unknown) => {
      // A failed chunk (offline, a deploy in between) may succeed on the next attempt.
      pending = null
      throw error
    },
  )
  return pending
}

/** The content if it has arrived, without waiting. */
export function contentIfLoaded(): Content | null {
  return loaded
}
