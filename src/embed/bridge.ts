/**
 * The embed's side of the host API: commands from the parent page go into the store, and selection changes,
 * readiness and load errors go back out as events. Runs in embed.html before the 3D code has even loaded, so
 * a host can send commands as soon as the frame exists.
 */
import { parsePhase, resolveGroup, type LinkState } from '../domain/links.ts'
import { applyLinkState } from '../app/link-sync.ts'
import type { explorerStore } from '../store/index.ts'
import { parseCommand, type Command, type EmbedEvent } from './messages.ts'

type Store = typeof explorerStore

export interface BridgeOptions {
  /** Origins allowed to send commands (the embed URL's `origin` parameter); null = any. */
  allow: readonly string[] | null
  /** The window we live in; a parameter for tests. */
  win?: Window
}

/** What a command asks of the store, or null when its value means nothing to us (an unknown muscle name). */
export function linkStateOfCommand(command: Command): Partial<LinkState> | null {
  switch (command.type) {
    case 'running-anatomy:select': {
      if (command.muscle === null) return { muscle: null }
      const group = resolveGroup(command.muscle)
      return group ? { muscle: group } : null
    }
    case 'running-anatomy:view':
      return { view: command.view }
    case 'running-anatomy:phase':
      return { phase: command.phase === null ? null : parsePhase(String(command.phase)) }
  }
}

/**
 * Where events may go. With an allow-list we only talk to a parent whose origin is on it (and never guess:
 * a wrong targetOrigin makes the browser log an error on the blogger's console); without one, '*' is fine
 * because the events say nothing a reader would want kept private.
 */
export function eventTarget(win: Window, allow: readonly string[] | null): string | null {
  if (allow === null) return '*'
  const ancestor = win.location.ancestorOrigins?.[0]
  let parentOrigin = ancestor ?? null
  if (parentOrigin === null && win.document.referrer) {
    try {
      parentOrigin = new URL(win.document.referrer).origin
    } catch {
      parentOrigin = null
    }
  }
  return parentOrigin !== null && allow.includes(parentOrigin) ? parentOrigin : null
}

export function startBridge(store: Store, { allow, win = window }: BridgeOptions): () => void {
  const parent = win.parent
  // Opened on its own (not framed): nobody to talk to.
  if (parent === win) return () => {}
  const target = eventTarget(win, allow)
  const post = (event: EmbedEvent) => {
    if (target !== null) parent.postMessage(event, target)
  }

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return
    if (allow !== null && !allow.includes(event.origin)) return
    const command = parseCommand(event.data)
    if (!command) return
    const link = linkStateOfCommand(command)
    if (!link) return
    if (command.type === 'running-anatomy:phase' && link.phase === null) store.getState().setStride(false)
    else applyLinkState(store, link)
  }
  win.addEventListener('message', onMessage)

  let { selected, status } = store.getState()
  if (status === 'ready') post({ type: 'running-anatomy:ready' })
  const unsubscribe = store.subscribe((s) => {
    if (s.selected !== selected) {
      selected = s.selected
      post({ type: 'running-anatomy:muscle-change', muscle: s.selected })
    }
    if (s.status !== status) {
      status = s.status
      if (status === 'ready') post({ type: 'running-anatomy:ready' })
      else if (status === 'error')
        post({ type: 'running-anatomy:error', message: s.error ?? 'The 3D body could not load.' })
    }
  })
  return () => {
    win.removeEventListener('message', onMessage)
    unsubscribe()
  }
}
