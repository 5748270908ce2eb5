import { describe, expect, test } from 'vitest'
import { createExplorerStore, selectedGroup } from '../../../src/store/index.ts'
import { eventTarget, linkStateOfCommand, startBridge } from '../../../src/embed/bridge.ts'
import type { Command, EmbedEvent } from '../../../src/embed/messages.ts'

const BLOG = 'https://blog.example'

/** What eventTarget reads of a frame's window. */
function frameWindow(ancestor: string | undefined, referrer: string) {
  return {
    location: { ancestorOrigins: ancestor === undefined ? undefined : [ancestor] },
    document: { referrer },
  } as unknown as Window
}

describe('eventTarget', () => {
  test('a known parent gets events only if it is on the list', () => {
    expect(eventTarget(frameWindow(BLOG, ''), [BLOG])).toBe(BLOG)
    expect(eventTarget(frameWindow(undefined, `${BLOG}/posts/calves`), [BLOG])).toBe(BLOG)
    expect(eventTarget(frameWindow('https://evil.example', ''), [BLOG])).toBeNull()
    expect(
      eventTarget(frameWindow(undefined, 'https://evil.example/'), [BLOG, 'https://b.example']),
    ).toBeNull()
  })

  test('an unknown parent (Firefox, Referrer-Policy: no-referrer) falls back to a single-origin list', () => {
    // Firefox: no ancestorOrigins, and no referrer either.
    expect(eventTarget(frameWindow(undefined, ''), [BLOG])).toBe(BLOG)
    // Chromium under no-referrer masks the ancestor as "null".
    expect(eventTarget(frameWindow('null', ''), [BLOG])).toBe(BLOG)
    expect(eventTarget(frameWindow(undefined, 'not a url'), [BLOG])).toBe(BLOG)
    // Several candidates: guessing would log errors on the wrong page, so stay quiet.
    expect(eventTarget(frameWindow(undefined, ''), [BLOG, 'https://b.example'])).toBeNull()
    expect(eventTarget(frameWindow(undefined, ''), [])).toBeNull()
  })

  test('no list: anyone may listen', () => {
    expect(eventTarget(frameWindow(undefined, ''), null)).toBe('*')
  })
})

test('phase commands seek to the store’s tenth, whatever decimals the host computed', () => {
  const phase = (value: number | null) => linkStateOfCommand({ type: 'running-anatomy:phase', phase: value })
  expect(phase(100 / 3)).toEqual({ phase: 33.3 })
  expect(phase(66.66666666666667)).toEqual({ phase: 66.7 })
  expect(phase(0.04)).toEqual({ phase: 0 })
  expect(phase(99.96)).toEqual({ phase: 0 })
  expect(phase(100)).toEqual({ phase: 0 })
  expect(phase(null)).toEqual({ phase: null })
})

/** A framed window with a parent that records what it is sent, and a way to deliver messages to it. */
function framed(origin = BLOG) {
  const posted: { event: EmbedEvent; target: string }[] = []
  const parent = { postMessage: (event: EmbedEvent, target: string) => posted.push({ event, target }) }
  const listeners: ((event: MessageEvent) => void)[] = []
  const win = {
    parent,
    location: { ancestorOrigins: ['null'] },
    document: { referrer: '' },
    addEventListener: (_type: string, fn: (event: MessageEvent) => void) => listeners.push(fn),
    removeEventListener: () => {},
  } as unknown as Window
  const send = (data: Command, from = origin) => {
    for (const fn of listeners) fn({ source: parent, origin: from, data } as unknown as MessageEvent)
  }
  return { win, posted, send }
}

describe('startBridge', () => {
  test('a host phase with ordinary decimals seeks and turns stride mode on; null turns it off', () => {
    const store = createExplorerStore()
    const { win, send } = framed()
    startBridge(store, { allow: [BLOG], win })
    send({ type: 'running-anatomy:phase', phase: 100 / 3 })
    expect(store.getState()).toMatchObject({ stride: true, phase: 33.3 })
    send({ type: 'running-anatomy:phase', phase: 100 })
    expect(store.getState()).toMatchObject({ stride: true, phase: 0 })
    send({ type: 'running-anatomy:phase', phase: null })
    expect(store.getState().stride).toBe(false)
  })

  test('view and select commands reach the store; other origins are ignored', () => {
    const store = createExplorerStore()
    const { win, send } = framed()
    startBridge(store, { allow: [BLOG], win })
    send({ type: 'running-anatomy:view', view: 'left' })
    expect(store.getState()).toMatchObject({ view: 'left', viewRequest: 1 })
    send({ type: 'running-anatomy:select', muscle: 'soleus' }, 'https://evil.example')
    expect(selectedGroup(store.getState())).toBeNull()
    send({ type: 'running-anatomy:select', muscle: 'soleus' })
    expect(selectedGroup(store.getState())).toBe('calves')
  })

  test('with the parent masked, events still reach the one allowed origin', () => {
    const store = createExplorerStore()
    const { win, posted } = framed()
    startBridge(store, { allow: [BLOG], win })
    store.getState().markReady()
    store.getState().select('glutes')
    expect(posted).toEqual([
      { event: { type: 'running-anatomy:ready' }, target: BLOG },
      { event: { type: 'running-anatomy:muscle-change', muscle: 'glutes' }, target: BLOG },
    ])
  })
})
