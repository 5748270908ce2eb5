// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { startLinkSync } from '../../../src/app/link-sync.ts'
import { INITIAL_STATE, explorerStore, selectedGroup, strideClock } from '../../../src/store/index.ts'

const get = () => explorerStore.getState()
const params = () => Object.fromEntries(new URLSearchParams(window.location.search))
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

  it('adds one history entry per view chosen, and rewrites that entry while the view is explored', () => {
    openAt('')
    const length = window.history.length
    get().select('core')
    get().select('quadriceps')
    expect(window.history.length).toBe(length + 2)
    // Exploring the quadriceps piles nothing up: the stride, its moment, the camera, a filter, the pointer.
    get().startStride()
    get().pause()
    get().seekTo(40)
    get().noteCamera({ azimuth: 30, elevation: -5, distance: 2.4 })
    get().setQuery('knee')
    get().toggleEquipment('band')
    get().setHovered('soleus_L')
    get().setXray(true)
    get().setLabels(true)
    expect(window.history.length).toBe(length + 2)
    expect(params()).toEqual({
      muscle: 'quadriceps',
      phase: '40',
      play: '0',
      xray: '1',
      labels: '1',
      cam: '30,-5,2.4',
    })
  })

  it('a plan step is an entry of its own even where the address stays the same; typed answers are not', () => {
    openAt('')
    const length = window.history.length
    get().openPlan('about')
    get().editPlan((p) => ({ ...p, runsPerWeek: 3 }))
    get().editPlan((p) => ({ ...p, runsPerWeek: 4 }))
    expect(window.history.length).toBe(length + 1)
    get().setPlanStep('tests')
    expect(window.history.length).toBe(length + 2)
    expect(window.history.state).toMatchObject({ planStep: 'tests' })
  })

  it('a tour step and the view it puts on the body make one entry', () => {
    openAt('')
    const length = window.history.length
    get().startTour('hamstring-strain', 0)
    get().showView({ muscle: 'hamstrings', side: 'right', labels: true, phase: 90, loop: [85, 95] })
    get().setTourStep(1)
    get().showView({ muscle: 'hamstrings', isolate: 'biceps-femoris', side: 'back', labels: true })
    expect(window.history.length).toBe(length + 2)
    expect(params()).toEqual({
      muscle: 'hamstrings',
      view: 'back',
      isolate: 'biceps-femoris',
      labels: '1',
      tour: 'hamstring-strain',
      step: '2',
    })
  })

  it('Back (popstate) puts the whole view of the address back, defaults where it says nothing', () => {
    openAt('?muscle=calves')
    get().setView('back')
    get().isolate('soleus')
    get().setLabels(true)
    get().startStride()
    get().setLoop([10, 34])
    get().noteCamera({ azimuth: 30, elevation: -5, distance: 2.4 })
    window.history.pushState(null, '', '/index.html?muscle=glutes')
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }))
    expect(get()).toMatchObject({
      panel: { kind: 'group', group: 'glutes', isolated: null, card: null },
      viewChosen: false,
      labels: false,
      xray: false,
      stride: false,
      playing: false,
      loop: null,
      camera: null,
    })
    expect(window.location.search).toBe('?muscle=glutes')
    expect(get().notices).toEqual([])
  })

  it('Back to an entry of the plan keeps the answers typed since, and shows the step that entry was on', () => {
    openAt('')
    get().openPlan('about')
    get().editPlan((p) => ({ ...p, runsPerWeek: 3 }))
    const about = window.location.search
    get().setPlanStep('tests')
    get().editPlan((p) => ({ ...p, runsPerWeek: 5 }))
    window.history.pushState({ rae: 1, planStep: 'about', toursList: false }, '', `/index.html${about}`)
    window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }))
    expect(get().panel).toEqual({ kind: 'plan', step: 'about' })
    expect(get().planInputs.runsPerWeek).toBe(5)
  })
})
