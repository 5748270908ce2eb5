/**
 * The embed's side of the host API: commands from the parent page go into the store, and selection changes,
 * readiness and load errors go back out as events. Runs in embed.html before the 3D code has even loaded, so
 * a host can send commands as soon as the frame exists.
 */
import { roundPhase } from '../domain/gait.ts'
import { resolveGroup, type LinkState } from '../domain/links.ts'
import { applyLinkState } from '../store/link.ts'
import { selectedGroup, type explorerStore } from '../store/index.ts'
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
      // The schema already bounds it to 0–100. A host computes it (100 / 3), so any decimal must seek: round
      // to the store's own tenth, and 100 is the next foot strike, 0.
      return { phase: command.phase === null ? null : roundPhase(command.phase) }
  }
}

/** The parent's origin as far as this frame can tell, or null (Firefox has no ancestorOrigins; a no-referrer
 * parent masks it as "null" there and leaves document.referrer empty). */
function parentOriginOf(win: Pick<Window, 'location' | 'document'>): string | null {
  const ancestor = win.location.ancestorOrigins?.[0]
  if (ancestor && ancestor !== 'null') return ancestor
  if (!win.document.referrer) return null
  try {
    return new URL(win.document.referrer).origin
  } catch {
    return null
  }
}

/**
 * Where events may go. With an allow-list we only talk to a parent whose origin is on it, and never to one
 * known to be off it (a wrong targetOrigin logs an error on the blogger's console). When the parent's origin
 * cannot be known, a list of exactly one origin is the answer: that is what <running-anatomy> always sets,
 * and the browser still delivers nothing if the parent is someone else. Without a list, '*' is fine because
 * the events say nothing a reader would want kept private.
 */
export function eventTarget(
  win: Pick<Window, 'location' | 'document'>,
  allow: readonly string[] | null,
): string | null {
  if (allow === null) return '*'
  const parentOrigin = parentOriginOf(win)
  if (parentOrigin === null) return allow.length === 1 ? allow[0]! : null
  return allow.includes(parentOrigin) ? parentOrigin : null
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

  if (store.getState().status === 'ready') post({ type: 'running-anatomy:ready' })
  const unsubscribers = [
    store.subscribe(selectedGroup, (muscle) => post({ type: 'running-anatomy:muscle-change', muscle })),
    store.subscribe(
      (s) => s.status,
      (status) => {
        if (status === 'ready') post({ type: 'running-anatomy:ready' })
        else if (status === 'error')
          post({
            type: 'running-anatomy:error',
            message: store.getState().error ?? 'The 3D body could not load.',
          })
      },
    ),
  ]
  return () => {
    win.removeEventListener('message', onMessage)
    unsubscribers.forEach((stop) => stop())
  }
}
