// The service worker's install downloads and stores every file the app may need: it must wait for the page's
// start-up and for a moment the page is idle, not for the load event (src/app/service-worker.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PLAYING_TIMEOUT_MS, whenReadyAndIdle } from '../../../src/app/service-worker.ts'
import { createExplorerStore } from '../../../src/store/index.ts'

describe('whenReadyAndIdle', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('waits while the page is loading, then for an idle moment', () => {
    const store = createExplorerStore()
    const run = vi.fn()
    whenReadyAndIdle(run, store)
    vi.advanceTimersByTime(60_000)
    expect(run).not.toHaveBeenCalled()
    store.getState().markReady()
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1000)
    expect(run).toHaveBeenCalledTimes(1)
    // Once only, whatever the page does afterwards.
    store.getState().retry()
    store.getState().markReady()
    vi.advanceTimersByTime(60_000)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('also after an error the page shows (its panels still work offline)', () => {
    const store = createExplorerStore()
    const run = vi.fn()
    whenReadyAndIdle(run, store)
    store.getState().fail('The 3D body could not be downloaded.')
    vi.advanceTimersByTime(1000)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('waits for the stride to pause, or for a while if it keeps playing', () => {
    const paused = createExplorerStore()
    const run = vi.fn()
    paused.getState().play()
    whenReadyAndIdle(run, paused)
    paused.getState().markReady()
    vi.advanceTimersByTime(PLAYING_TIMEOUT_MS / 2)
    expect(run).not.toHaveBeenCalled()
    paused.getState().pause()
    vi.advanceTimersByTime(1000)
    expect(run).toHaveBeenCalledTimes(1)

    const playing = createExplorerStore()
    const late = vi.fn()
    playing.getState().play()
    playing.getState().markReady()
    whenReadyAndIdle(late, playing)
    vi.advanceTimersByTime(PLAYING_TIMEOUT_MS - 1)
    expect(late).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1000)
    expect(late).toHaveBeenCalledTimes(1)
  })
})
