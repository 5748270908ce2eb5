import { beforeEach, describe, expect, it, vi } from 'vitest'
import { GROUP_IDS, GROUPS, groupHasDeepMuscle } from '../../../src/domain/groups.ts'
import {
  INITIAL_STATE,
  explorerStore,
  isolatedMuscle,
  selectedGroup,
  strideClock,
} from '../../../src/store/index.ts'

const get = () => explorerStore.getState()

beforeEach(() => {
  explorerStore.setState(INITIAL_STATE, true)
  strideClock.phase = 0
})

describe('selection', () => {
  it('selects and clears a group', () => {
    get().select('calves')
    expect(selectedGroup(get())).toBe('calves')
    get().select(null)
    expect(selectedGroup(get())).toBeNull()
  })

  it('turns the X-ray on for a group chosen for a deep muscle, and only then', () => {
    for (const id of GROUP_IDS) {
      explorerStore.setState(INITIAL_STATE, true)
      get().select(id)
      expect(get().xray).toBe(GROUPS[id].xrayOnSelect)
      // Only a group with a deep muscle can ask for the X-ray.
      if (GROUPS[id].xrayOnSelect) expect(groupHasDeepMuscle(id)).toBe(true)
    }
    expect(GROUPS['hip-flexors'].xrayOnSelect).toBe(true)
    expect(GROUPS.core.xrayOnSelect).toBe(true)
    expect(GROUPS.quadriceps.xrayOnSelect).toBe(false)
  })

  it('does not notify subscribers when the hovered mesh is unchanged', () => {
    let calls = 0
    const off = explorerStore.subscribe(() => calls++)
    get().setHovered('soleus_L')
    get().setHovered('soleus_L')
    off()
    expect(calls).toBe(1)
  })
})

describe('view', () => {
  it('counts every preset request, even a repeated one', () => {
    get().setView('back')
    get().setView('back')
    expect(get().view).toBe('back')
    expect(get().viewRequest).toBe(2)
  })
})

describe('status', () => {
  it('moves loading → error → loading (retry) → ready', () => {
    expect(get().status).toBe('loading')
    get().fail('missing')
    expect(get()).toMatchObject({ status: 'error', error: 'missing' })
    get().retry()
    expect(get()).toMatchObject({ status: 'loading', error: null, attempt: 1 })
    get().markReady()
    expect(get().status).toBe('ready')
  })

  it('is ready without WebGL: nothing more will load', () => {
    get().setWebgl(false)
    expect(get()).toMatchObject({ webgl: false, status: 'ready' })
  })
})

describe('stride', () => {
  it('keeps the live phase out of the store while playing and settles it on pause', () => {
    get().seek(20)
    get().play()
    expect(get()).toMatchObject({ stride: true, playing: true, phase: 20 })
    strideClock.phase = 63.456
    expect(get().phase).toBe(20)
    get().pause()
    expect(get().phase).toBe(63.5)
  })

  it('wraps seeks into the cycle', () => {
    get().seek(105)
    expect(get().phase).toBe(5)
    get().seek(-10)
    expect(get().phase).toBe(90)
    expect(strideClock.phase).toBe(90)
  })

  it('rounds, then wraps: a moment a hair before the next landing is that landing, never 100', () => {
    get().seek(99.96)
    expect(get().phase).toBe(0)
    expect(strideClock.phase).toBe(0)
    get().play()
    strideClock.phase = 99.97
    get().pause()
    expect(get().phase).toBe(0)
    get().seek(-0.04)
    expect(get().phase).toBe(0)
  })

  it('seekTo stops the running stride at the moment chosen', () => {
    get().play()
    strideClock.phase = 40
    get().seekTo(31)
    expect(get()).toMatchObject({ stride: true, playing: false, phase: 31 })
    expect(strideClock.phase).toBe(31)
  })

  it('togglePlay flips between playing and paused, resuming where it stopped', () => {
    get().seek(12)
    get().togglePlay()
    expect(get()).toMatchObject({ stride: true, playing: true })
    expect(strideClock.phase).toBe(12)
    strideClock.phase = 48.04
    get().togglePlay()
    expect(get()).toMatchObject({ playing: false, phase: 48 })
  })

  it('startStride runs at once, but waits for Play when the reader prefers reduced motion', () => {
    get().startStride()
    expect(get()).toMatchObject({ stride: true, playing: true })
    explorerStore.setState(INITIAL_STATE, true)
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce'), media: query }))
    try {
      get().startStride()
      expect(get()).toMatchObject({ stride: true, playing: false })
    } finally {
      vi.unstubAllGlobals()
    }
  })
})

describe('selector subscriptions', () => {
  it('call a listener only when the slice it follows changes, with the previous value', () => {
    const calls: [string | null, string | null][] = []
    const stop = explorerStore.subscribe(selectedGroup, (now, prev) => calls.push([now, prev]))
    get().setHovered('soleus_L')
    get().select('calves')
    get().setXray(true)
    get().select('calves')
    get().select(null)
    stop()
    expect(calls).toEqual([
      ['calves', null],
      [null, 'calves'],
    ])
  })
})

describe('filters', () => {
  it('toggles equipment and clears filters', () => {
    get().toggleEquipment('kettlebell')
    get().toggleEquipment('band')
    get().toggleEquipment('kettlebell')
    expect(get().equipment).toEqual(['band'])
    get().setLevel('beginner')
    get().clearFilters()
    expect(get()).toMatchObject({ equipment: [], level: null })
  })
})

describe('notices', () => {
  it('keeps notices unique and dismissable', () => {
    get().addNotice('a')
    get().addNotice('a')
    get().addNotice('b')
    expect(get().notices).toEqual(['a', 'b'])
    get().dismissNotice('a')
    expect(get().notices).toEqual(['b'])
  })
})

describe('view noted by the camera', () => {
  it('updates the pressed preset without counting as a request', () => {
    get().noteView('back')
    expect(get()).toMatchObject({ view: 'back', viewRequest: 0 })
    get().noteView(null)
    expect(get()).toMatchObject({ view: null, viewRequest: 0 })
  })
})

describe('coach mode', () => {
  it('isolates one muscle inside its group, and choosing a group brings the whole group back', () => {
    get().isolate('biceps-femoris')
    expect(get().panel).toEqual({
      kind: 'group',
      group: 'hamstrings',
      isolated: 'biceps-femoris',
      card: null,
    })
    get().select('calves')
    expect(isolatedMuscle(get())).toBeNull()
  })

  it('a tour step puts its whole view on screen at once', () => {
    get().showView({
      muscle: 'hamstrings',
      isolate: 'biceps-femoris',
      side: 'back',
      labels: true,
      phase: 90,
      loop: [85, 95],
      speed: 0.25,
    })
    expect(get()).toMatchObject({
      panel: { kind: 'group', group: 'hamstrings', isolated: 'biceps-femoris' },
      view: 'back',
      labels: true,
      stride: true,
      phase: 90,
      loop: [85, 95],
      speed: 0.25,
    })
    get().showView({ muscle: 'glutes', side: 'front' })
    expect(get()).toMatchObject({
      panel: { kind: 'group', group: 'glutes', isolated: null },
      labels: false,
      stride: false,
      loop: null,
    })
  })
})

describe('modes that give way to each other', () => {
  it('opening the plan lets go of a muscle shown alone and a stride loop, so the plan’s colours show', () => {
    get().isolate('soleus')
    get().setLoop([85, 95])
    get().openPlan('results')
    expect(get()).toMatchObject({ panel: { kind: 'plan', step: 'results' }, loop: null })
    expect([selectedGroup(get()), isolatedMuscle(get())]).toEqual([null, null])
  })

  it('a group chosen by the reader closes a tour; a tour step choosing its group keeps the tour open', () => {
    get().startTour('hip-drop', 1)
    get().showView({ muscle: 'glutes', isolate: 'gluteus-medius', side: 'left' })
    expect(get().panel).toMatchObject({
      kind: 'tour',
      tour: 'hip-drop',
      step: 1,
      on: { kind: 'group', group: 'glutes', isolated: 'gluteus-medius' },
    })
    get().select('calves')
    expect(get().panel).toEqual({ kind: 'group', group: 'calves', isolated: null, card: null })
  })

  it('leaving a tour puts the stride speed and range back', () => {
    get().startTour('hamstring-strain', 0)
    get().showView({ muscle: 'hamstrings', phase: 90, loop: [85, 95], speed: 0.25 })
    get().closeTours()
    expect(get()).toMatchObject({ loop: null, speed: 1 })
  })
})
