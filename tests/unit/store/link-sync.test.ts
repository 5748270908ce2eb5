// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { startLinkSync } from '../../../src/app/link-sync.ts'
import { INITIAL_STATE, explorerStore, selectedGroup, strideClock } from '../../../src/store/index.ts'

const get = () => explorerStore.getState()
let stop: () => void = () => {}

function openAt(search: string) {
  window.history.replaceState(null, '', `/index.html${search}`)
  stop = startLinkSync(explorerStore)
}

beforeEach(() => {
  explorerStore.setState(INITIAL_STATE, true)
  strideClock.phase = 0
})

afterEach(() => {
  stop()
  vi.unstubAllGlobals()
})

describe('link sync', () => {
  it('restores a coach link into the store', () => {
    openAt('?muscle=soleus&view=back&phase=40&play=1')
    expect(get()).toMatchObject({
      panel: { kind: 'group', group: 'calves' },
      view: 'back',
      stride: true,
      phase: 40,
      playing: true,
    })
    expect(get().notices).toEqual([])
    // The link is rewritten to the canonical group id.
    expect(window.location.search).toBe('?muscle=calves&view=back&phase=40&play=1')
  })

  it('waits for Play when the reader prefers reduced motion', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce') }))
    openAt('?muscle=hamstrings&phase=90&play=1')
    expect(get()).toMatchObject({
      panel: { kind: 'group', group: 'hamstrings' },
      stride: true,
      phase: 90,
      playing: false,
    })
  })

  it('turns bad values into notes, drops them from the address and shows the whole body', () => {
    openAt('?muscle=%3Cscript%3Ealert(1)%3C%2Fscript%3E&view=sideways&utm_source=blog')
    expect(selectedGroup(get())).toBeNull()
    expect(get().notices).toHaveLength(2)
    expect(window.location.search).toBe('?utm_source=blog')
  })

  it('writes selection, presets and the paused moment back, keeping other parameters', () => {
    openAt('?utm_source=blog')
    get().select('glutes')
    expect(window.location.search).toBe('?utm_source=blog&muscle=glutes')
    get().setView('left')
    get().seek(62.25)
    expect(new URLSearchParams(window.location.search).get('view')).toBe('left')
    expect(new URLSearchParams(window.location.search).get('phase')).toBeNull()
    get().setStride(true)
    get().seek(62.25)
    expect(new URLSearchParams(window.location.search).get('phase')).toBe('62.3')
    expect(new URLSearchParams(window.location.search).get('play')).toBe('0')
    get().select(null)
    expect(new URLSearchParams(window.location.search).has('muscle')).toBe(false)
  })

  it('replaces history entries instead of piling them up', () => {
    openAt('')
    const length = window.history.length
    get().select('core')
    get().select('quadriceps')
    expect(window.history.length).toBe(length)
  })
})
