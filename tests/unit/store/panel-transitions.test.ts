// The panel as one value: from each kind of panel, each action, the panel after, and what leaving or entering
// it does besides (the plan's colours and unread link go with the plan, a tour's loop and speed with the tour,
// the X-ray comes on for what would otherwise be hidden).
import { beforeEach, describe, expect, it } from 'vitest'
import type { TourView } from '../../../src/domain/tour.ts'
import {
  INITIAL_STATE,
  explorerStore,
  strideClock,
  type BodyView,
  type ExplorerState,
} from '../../../src/store/index.ts'

const get = () => explorerStore.getState()

beforeEach(() => {
  explorerStore.setState(INITIAL_STATE, true)
  strideClock.phase = 0
})

function bodyText(v: BodyView): string {
  if (v.kind === 'group') return `group:${v.group}${v.isolated ? `/${v.isolated}` : ''}`
  return v.kind === 'part' ? `part:${v.part}` : 'welcome'
}

/** The panel in a line: `group:hamstrings/biceps-femoris`, `plan:results`, `tour:hip-drop:2 over group:glutes`. */
function panelText(s: ExplorerState): string {
  const p = s.panel
  switch (p.kind) {
    case 'plan':
      return `plan:${p.step}`
    case 'tours':
      return `tours over ${bodyText(p.on)}`
    case 'tour':
      return `tour:${p.tour}:${p.step + 1} over ${bodyText(p.on)}`
    default:
      return bodyText(p)
  }
}

/** The first step of the hamstring tour: a slow loop over late swing. */
const LOOPING_STEP: TourView = {
  muscle: 'hamstrings',
  side: 'right',
  labels: true,
  phase: 90,
  loop: [85, 95],
  speed: 0.25,
}

const FROM = {
  welcome: () => {},
  group: () => get().select('calves'),
  isolated: () => get().isolate('biceps-femoris'),
  part: () => get().openPart('gracilis'),
  plan: () => {
    get().openPlan('results')
    get().setPlanMarks({ calves: 'weak' })
  },
  'plan link': () => get().openPlanLink('1.eyJ2IjoxfQ'),
  tours: () => {
    get().select('calves')
    get().openTours()
  },
  tour: () => {
    get().startTour('hamstring-strain', 0)
    get().showView(LOOPING_STEP)
  },
} as const
type From = keyof typeof FROM

const ACTIONS = {
  'select(glutes)': () => get().select('glutes'),
  'select(null)': () => get().select(null),
  'openCard(calves)': () => get().openCard('calves', 'exercise:eccentric-heel-drop'),
  'openPart(tibia)': () => get().openPart('tibia'),
  'openPart(null)': () => get().openPart(null),
  'isolate(soleus)': () => get().isolate('soleus'),
  'isolate(null)': () => get().isolate(null),
  'openPlan()': () => get().openPlan(),
  'closePlan()': () => get().closePlan(),
  'openTours()': () => get().openTours(),
  'startTour(hip-drop, 1)': () => get().startTour('hip-drop', 1),
  'setTourStep(2)': () => get().setTourStep(2),
  'closeTours()': () => get().closeTours(),
  'showView(glutes alone)': () =>
    get().showView({ muscle: 'glutes', isolate: 'gluteus-medius', side: 'left' }),
} as const
type Action = keyof typeof ACTIONS

// Each row: the panel after the action, from each starting panel.
const TABLE: Record<Action, Record<From, string>> = {
  'select(glutes)': {
    welcome: 'group:glutes',
    group: 'group:glutes',
    isolated: 'group:glutes',
    part: 'group:glutes',
    plan: 'group:glutes',
    'plan link': 'group:glutes',
    tours: 'group:glutes',
    tour: 'group:glutes',
  },
  'select(null)': {
    welcome: 'welcome',
    group: 'welcome',
    isolated: 'welcome',
    part: 'welcome',
    plan: 'welcome',
    'plan link': 'welcome',
    tours: 'welcome',
    tour: 'welcome',
  },
  'openCard(calves)': {
    welcome: 'group:calves',
    group: 'group:calves',
    isolated: 'group:calves',
    part: 'group:calves',
    plan: 'group:calves',
    'plan link': 'group:calves',
    tours: 'group:calves',
    tour: 'group:calves',
  },
  'openPart(tibia)': {
    welcome: 'part:tibia',
    group: 'part:tibia',
    isolated: 'part:tibia',
    part: 'part:tibia',
    plan: 'part:tibia',
    'plan link': 'part:tibia',
    tours: 'part:tibia',
    tour: 'part:tibia',
  },
  'openPart(null)': {
    welcome: 'welcome',
    group: 'welcome',
    isolated: 'welcome',
    part: 'welcome',
    plan: 'welcome',
    'plan link': 'welcome',
    tours: 'welcome',
    tour: 'welcome',
  },
  // One muscle alone takes the panel to its group; inside the tours, a muscle of the group shown keeps the tour.
  'isolate(soleus)': {
    welcome: 'group:calves/soleus',
    group: 'group:calves/soleus',
    isolated: 'group:calves/soleus',
    part: 'group:calves/soleus',
    plan: 'group:calves/soleus',
    'plan link': 'group:calves/soleus',
    tours: 'tours over group:calves/soleus',
    tour: 'group:calves/soleus',
  },
  'isolate(null)': {
    welcome: 'welcome',
    group: 'group:calves',
    isolated: 'group:hamstrings',
    part: 'part:gracilis',
    plan: 'plan:results',
    'plan link': 'plan:plan',
    tours: 'tours over group:calves',
    tour: 'tour:hamstring-strain:1 over group:hamstrings',
  },
  'openPlan()': {
    welcome: 'plan:about',
    group: 'plan:about',
    isolated: 'plan:about',
    part: 'plan:about',
    plan: 'plan:results',
    'plan link': 'plan:plan',
    tours: 'plan:about',
    tour: 'plan:about',
  },
  'closePlan()': {
    welcome: 'welcome',
    group: 'group:calves',
    isolated: 'group:hamstrings/biceps-femoris',
    part: 'part:gracilis',
    plan: 'welcome',
    'plan link': 'welcome',
    tours: 'tours over group:calves',
    tour: 'tour:hamstring-strain:1 over group:hamstrings',
  },
  // The tours list opens over what the body shows (the plan shows no group).
  'openTours()': {
    welcome: 'tours over welcome',
    group: 'tours over group:calves',
    isolated: 'tours over group:hamstrings/biceps-femoris',
    part: 'tours over part:gracilis',
    plan: 'tours over welcome',
    'plan link': 'tours over welcome',
    tours: 'tours over group:calves',
    tour: 'tours over group:hamstrings',
  },
  'startTour(hip-drop, 1)': {
    welcome: 'tour:hip-drop:2 over welcome',
    group: 'tour:hip-drop:2 over group:calves',
    isolated: 'tour:hip-drop:2 over group:hamstrings/biceps-femoris',
    part: 'tour:hip-drop:2 over part:gracilis',
    plan: 'tour:hip-drop:2 over welcome',
    'plan link': 'tour:hip-drop:2 over welcome',
    tours: 'tour:hip-drop:2 over group:calves',
    tour: 'tour:hip-drop:2 over group:hamstrings',
  },
  'setTourStep(2)': {
    welcome: 'welcome',
    group: 'group:calves',
    isolated: 'group:hamstrings/biceps-femoris',
    part: 'part:gracilis',
    plan: 'plan:results',
    'plan link': 'plan:plan',
    tours: 'tours over group:calves',
    tour: 'tour:hamstring-strain:3 over group:hamstrings',
  },
  // Leaving the tours goes back to what the body shows: the group a tour's last step showed, say.
  'closeTours()': {
    welcome: 'welcome',
    group: 'group:calves',
    isolated: 'group:hamstrings/biceps-femoris',
    part: 'part:gracilis',
    plan: 'plan:results',
    'plan link': 'plan:plan',
    tours: 'group:calves',
    tour: 'group:hamstrings',
  },
  // A tour step's view stays inside the tours; anywhere else it is simply that group.
  'showView(glutes alone)': {
    welcome: 'group:glutes/gluteus-medius',
    group: 'group:glutes/gluteus-medius',
    isolated: 'group:glutes/gluteus-medius',
    part: 'group:glutes/gluteus-medius',
    plan: 'group:glutes/gluteus-medius',
    'plan link': 'group:glutes/gluteus-medius',
    tours: 'tours over group:glutes/gluteus-medius',
    tour: 'tour:hamstring-strain:1 over group:glutes/gluteus-medius',
  },
}

const ROWS = (Object.keys(TABLE) as Action[]).flatMap((action) =>
  (Object.keys(FROM) as From[]).map((from) => [from, action, TABLE[action][from]] as const),
)

describe('panel transitions', () => {
  it.each(ROWS)('from %s, %s → %s', (from, action, after) => {
    FROM[from]()
    ACTIONS[action]()
    const s = get()
    expect(panelText(s)).toBe(after)
    const kind = s.panel.kind
    // The plan's colours and its unread link go with the plan.
    if (kind !== 'plan')
      expect({ planMarks: s.planMarks, planPending: s.planPending }).toEqual({
        planMarks: null,
        planPending: null,
      })
    // A tour's loop and slow speed go with the tour, and the plan never shares the body with a loop.
    if (kind !== 'tour') expect({ loop: s.loop, speed: s.speed }).toEqual({ loop: null, speed: 1 })
  })
})

describe('side effects of a transition', () => {
  it('a tour step that shows a group stays in the tour; the reader’s own pick leaves it', () => {
    FROM.tour()
    get().showView({ muscle: 'hamstrings', isolate: 'biceps-femoris', side: 'back', labels: true })
    expect(panelText(get())).toBe('tour:hamstring-strain:1 over group:hamstrings/biceps-femoris')
    // A second click on a muscle of the group shown singles it out without leaving the tour.
    get().isolate('semitendinosus')
    expect(panelText(get())).toBe('tour:hamstring-strain:1 over group:hamstrings/semitendinosus')
    get().select('calves')
    expect(panelText(get())).toBe('group:calves')
  })

  it('a tour that ends at a section hands the group’s panel that section', () => {
    get().startTour('hamstring-strain', 2)
    get().showView({ muscle: 'hamstrings', side: 'back', labels: false, card: 'section:exercises' })
    get().closeTours()
    expect(get().panel).toEqual({
      kind: 'group',
      group: 'hamstrings',
      isolated: null,
      card: 'section:exercises',
    })
  })

  it('the X-ray comes on for a deep group, muscle or structure as it comes into view, and only then', () => {
    get().select('core')
    expect(get().xray).toBe(true)
    // The reader turned it off: choosing the same group again leaves their choice alone.
    get().setXray(false)
    get().select('core')
    expect(get().xray).toBe(false)
    // A deep muscle shown alone needs it again.
    get().isolate('transversus-abdominis')
    expect(get().xray).toBe(true)
    get().setXray(false)
    get().openPlan()
    get().isolate('iliopsoas')
    expect(get().xray).toBe(true)
    get().setXray(false)
    get().openTours()
    get().openPart('rhomboids')
    expect(get().xray).toBe(true)
    // Leaving a tour shows the group its step showed, with the X-ray the step chose.
    explorerStore.setState(INITIAL_STATE, true)
    get().startTour('calf-springs', 1)
    get().showView({ muscle: 'core', xray: false })
    get().closeTours()
    expect(get().xray).toBe(false)
  })

  it('a tour step is always within its tour, and "My plan" reopens where the reader left it', () => {
    get().startTour('hip-drop', 9)
    expect(panelText(get())).toBe('tour:hip-drop:3 over welcome')
    get().setTourStep(-4)
    expect(panelText(get())).toBe('tour:hip-drop:1 over welcome')
    get().openPlan('tests')
    get().select('calves')
    get().openPlan()
    expect(panelText(get())).toBe('plan:tests')
  })
})
