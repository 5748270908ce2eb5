// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { emptyPlan, type PlanInputs } from '../../../src/domain/plan.ts'
import {
  PLAN_DRAFT_KEY,
  PLAN_SET_ASIDE_KEY,
  PLAN_VERSION,
  packDraft,
  packPlanCode,
  unpackDraft,
  unpackPlanCode,
  upgradePlan,
} from '../../../src/domain/plan-code.ts'
import { parseLink, writeLink, EMPTY_LINK } from '../../../src/domain/links.ts'
import { readDraft, readPlanCode } from '../../../src/plan/codec.ts'
import { INITIAL_STATE, explorerStore } from '../../../src/store/index.ts'
import { linkStateOf } from '../../../src/store/link.ts'
import {
  V1_ACHILLES_RACER,
  V1_ACHILLES_RACER_JSON,
  V1_CAPPED_LIFTER,
  V1_PLAIN_NOVICE,
} from '../../fixtures/plan-v1-links.ts'

const runner: PlanInputs = {
  ...emptyPlan('2026-12-07'),
  runsPerWeek: 4,
  weeklyKm: 32.5,
  longestRunKm: 16,
  experience: 'none',
  kit: ['dumbbell', 'step'],
  niggle: 'achilles',
  sex: 'f',
  age: '40s',
  goal: 'race',
  raceDate: '2027-01-31',
  trainingDays: ['tue', 'thu'],
  hardDays: ['sun'],
  skipped: ['single-leg-bridge'],
  results: {
    'heel-rise': { L: 14, R: 22 },
    'single-leg-squat': { L: ['knee-in'], R: [] },
    'knee-to-wall': { L: 9.5, R: null },
  },
}

const b64 = (json: string) =>
  `2.${Buffer.from(json, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`

describe('a plan link', () => {
  it('round-trips: the link reopens the identical inputs', () => {
    const code = packPlanCode(runner)
    expect(code).toMatch(/^2\.[A-Za-z0-9_-]+$/)
    expect(readPlanCode(code)).toEqual({ inputs: runner, problem: null, assumed: [] })
    // Through the whole address, as a coach would send it.
    const parsed = parseLink(writeLink('', { ...EMPTY_LINK, plan: code }))
    expect(parsed.problems).toEqual([])
    expect(readPlanCode(parsed.state.plan!).inputs).toEqual(runner)
  })

  it('refuses a broken, hostile or other-version plan with a plain note, never a crash', () => {
    const good = JSON.stringify(runner)
    const bad = [
      '1.',
      '1.!!!!',
      '1.AAAA',
      'x.abcd',
      packPlanCode(runner).slice(0, -8),
      `9${packPlanCode(runner).slice(1)}`,
      b64(good.replace('"trainingDays":["tue","thu"]', '"trainingDays":["tue","thu","fri","sat"]')),
      b64(good.replace('"goal":"race"', '"goal":"marathon"')),
      b64(good.replace('"niggle":"achilles"', '"niggle":"<img src=x onerror=alert(1)>"')),
      b64(good.replace('"v":2', '"v":2,"__proto__":{"polluted":true}')),
      b64(good.replace('"L":14', '"L":1e9')),
      b64('[]'),
      b64('null'),
    ]
    for (const code of bad) {
      const read = readPlanCode(code)
      expect(read.inputs, code).toBeNull()
      expect(read.problem).toMatch(/could not be opened/)
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('in the address: `plan=new` and a code pass, anything else becomes a notice', () => {
    expect(parseLink('?plan=new').state.plan).toBe('new')
    const hostile = parseLink('?plan=%3Cscript%3Ealert(1)%3C%2Fscript%3E')
    expect(hostile.state.plan).toBeUndefined()
    expect(hostile.problems[0]).toMatch(/plan link .* damaged/)
  })

  it('is written while the plan is open: `new` before any answer, the inputs after', () => {
    explorerStore.setState(INITIAL_STATE, true)
    const s = () => explorerStore.getState()
    expect(linkStateOf(s()).plan).toBeNull()
    s().openPlan('about')
    expect(linkStateOf(s()).plan).toBe('new')
    s().editPlan((p) => ({ ...p, runsPerWeek: 3 }))
    expect(readPlanCode(linkStateOf(s()).plan!).inputs?.runsPerWeek).toBe(3)
    s().closePlan()
    expect(linkStateOf(s()).plan).toBeNull()
  })
})

/**
 * A plan link as the app wrote it before the plan-code format had a module of its own (commit 2ae652e), for the
 * version-1 answers below: every link ever shared must keep opening, now through the version-1 migration.
 */
const SHARED_V1_LINK =
  '?plan=1.eyJ2IjoxLCJzdGFydCI6IjIwMjYtMTItMDciLCJydW5zUGVyV2VlayI6NCwibG9uZ2VzdFJ1bkttIjoxNiwiZXhwZXJpZW5jZSI6Im5vbmUiLCJyYWNlRGF0ZSI6IjIwMjctMDEtMzEiLCJraXQiOlsiZHVtYmJlbGwiLCJzdGVwIl0sImRheXMiOjIsIm1pbnV0ZXMiOjMwLCJuaWdnbGUiOiJhY2hpbGxlcyIsInNleCI6ImYiLCJyZXN1bHRzIjp7ImhlZWwtcmlzZSI6eyJMIjoxNCwiUiI6MjJ9LCJzaW5nbGUtbGVnLXNxdWF0Ijp7IkwiOlsia25lZS1pbiJdLCJSIjpbXX0sImtuZWUtdG8td2FsbCI6eyJMIjo5LjUsIlIiOm51bGx9fX0'
/** The draft the same app saved on a device for those answers. */
const SAVED_V1_DRAFT =
  '{"version":1,"inputs":{"v":1,"start":"2026-12-07","runsPerWeek":4,"longestRunKm":16,"experience":"none","raceDate":"2027-01-31","kit":["dumbbell","step"],"days":2,"minutes":30,"niggle":"achilles","sex":"f","results":{"heel-rise":{"L":14,"R":22},"single-leg-squat":{"L":["knee-in"],"R":[]},"knee-to-wall":{"L":9.5,"R":null}}}}'
/** Those version-1 answers as version 2 reads them: two sessions a week became Tuesday and Friday. */
const MIGRATED: PlanInputs = {
  ...emptyPlan('2026-12-07'),
  runsPerWeek: 4,
  longestRunKm: 16,
  experience: 'none',
  goal: 'race',
  raceDate: '2027-01-31',
  kit: ['dumbbell', 'step'],
  trainingDays: ['tue', 'fri'],
  minutes: 30,
  niggle: 'achilles',
  sex: 'f',
  results: {
    'heel-rise': { L: 14, R: 22 },
    'single-leg-squat': { L: ['knee-in'], R: [] },
    'knee-to-wall': { L: 9.5, R: null },
  },
}
const ASSUMED_DAYS =
  /older version of My plan, which asked for 2 sessions a week but not which days: Tuesday and Friday are assumed/

describe('the plan-code format, owned by domain/plan-code.ts', () => {
  it('opens a version-1 link shared before version 2, migrated, and says what was assumed', () => {
    const parsed = parseLink(SHARED_V1_LINK)
    expect(parsed.problems).toEqual([])
    const read = readPlanCode(parsed.state.plan!)
    expect(read.inputs).toEqual(MIGRATED)
    expect(read.assumed.join(' ')).toMatch(ASSUMED_DAYS)
    expect(read.assumed.join(' ')).toMatch(/did not ask your age/)
    // The plan it opens is written back as a version-2 link, which reopens it with nothing more to assume.
    const again = readPlanCode(packPlanCode(read.inputs!))
    expect(again).toEqual({ inputs: MIGRATED, problem: null, assumed: [] })
  })

  it('reads a version-1 draft saved before version 2 the same way', () => {
    localStorage.clear()
    localStorage.setItem(PLAN_DRAFT_KEY, SAVED_V1_DRAFT)
    const read = readDraft()
    expect(read.inputs).toEqual(MIGRATED)
    expect(read.assumed.join(' ')).toMatch(ASSUMED_DAYS)
    expect(packDraft(MIGRATED)).toMatch(/^\{"version":2,"inputs":\{"v":2,/)
  })

  it('opens the version-1 links kept from today: days assumed, capped entries left out and said', () => {
    const racer = readPlanCode(V1_ACHILLES_RACER)
    expect(racer.inputs).toEqual({
      ...emptyPlan('2026-12-07'),
      ...(JSON.parse(V1_ACHILLES_RACER_JSON) as object),
      v: 2,
      goal: 'race',
      trainingDays: ['tue', 'fri'],
      hardDays: [],
      weeklyKm: null,
      age: null,
      skipped: [],
      days: undefined,
    })
    const capped = readPlanCode(V1_CAPPED_LIFTER)
    expect(capped.inputs!.trainingDays).toEqual(['mon', 'wed', 'fri'])
    expect(capped.inputs!.goal).toBe('general')
    // 120 heel rises and 30 cm were version 1's silent caps: left out, and each said.
    expect(capped.inputs!.results).toEqual({
      'heel-rise': { L: null, R: 30 },
      'knee-to-wall': { L: null, R: 12 },
    })
    expect(capped.assumed.join(' ')).toMatch(
      /at most 120 heel rises, so the left side's 120 may have been more: it is left out/,
    )
    expect(capped.assumed.join(' ')).toMatch(/at most 30 cm of knee-to-wall/)
    expect(readPlanCode(V1_PLAIN_NOVICE).inputs!.trainingDays).toEqual(['tue', 'fri'])
  })

  it('keeps refusing what version 1 refused', () => {
    const good = JSON.parse(V1_ACHILLES_RACER_JSON) as Record<string, unknown>
    const v1 = (value: unknown) =>
      `1.${Buffer.from(JSON.stringify(value), 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`
    for (const bad of [
      { ...good, days: 9 },
      { ...good, runsPerWeek: -1 },
      { ...good, longestRunKm: 401 },
      { ...good, results: { 'heel-rise': { L: 121, R: 3 } } },
      { ...good, extra: true },
      { ...good, v: 2 },
      [],
      null,
    ])
      expect(readPlanCode(v1(bad)).inputs, JSON.stringify(bad)).toBeNull()
  })

  it('brings every readable version up to the current one and refuses the rest', () => {
    expect(PLAN_VERSION).toBe(2)
    const packed = unpackPlanCode(packPlanCode(runner))
    expect(packed).toEqual({ version: 2, value: runner })
    expect(upgradePlan(packed!)).toEqual(runner)
    expect(upgradePlan(unpackDraft(SAVED_V1_DRAFT)!)).toEqual(MIGRATED)
    // A newer version than this app knows, or an older one with no way up, is not guessed at.
    expect(upgradePlan({ version: 3, value: runner })).toBeNull()
    expect(upgradePlan({ version: 0, value: runner })).toBeNull()
    expect(unpackDraft('{"version":"1","inputs":{}}')).toBeNull()
    expect(unpackDraft('null')).toBeNull()
  })
})

describe('the saved draft', () => {
  beforeEach(() => {
    localStorage.clear()
    explorerStore.setState(INITIAL_STATE, true)
  })
  afterEach(() => vi.restoreAllMocks())

  it('is saved as the runner answers and read back', () => {
    explorerStore.getState().editPlan(() => runner)
    expect(readDraft()).toEqual({ inputs: runner, problem: null, assumed: [] })
  })

  it('sets a corrupt draft aside with a note, keeping its text, and loses nothing else', () => {
    localStorage.setItem('rae.other', 'keep me')
    localStorage.setItem(PLAN_DRAFT_KEY, '{"version":1,"inputs":{"v":1,"start":')
    const read = readDraft()
    expect(read.inputs).toBeNull()
    expect(read.problem).toMatch(/set aside/)
    expect(localStorage.getItem(PLAN_SET_ASIDE_KEY)).toBe('{"version":1,"inputs":{"v":1,"start":')
    expect(localStorage.getItem(PLAN_DRAFT_KEY)).toBeNull()
    expect(localStorage.getItem('rae.other')).toBe('keep me')
    // A second read finds no draft and says nothing more.
    expect(readDraft()).toEqual({ inputs: null, problem: null, assumed: [] })
  })

  it('sets an old version aside the same way', () => {
    localStorage.setItem(PLAN_DRAFT_KEY, JSON.stringify({ version: 0, inputs: { runs: 3 } }))
    expect(readDraft().problem).toMatch(/older version/)
    localStorage.setItem(PLAN_DRAFT_KEY, JSON.stringify({ version: 1, inputs: { ...runner, v: 0 } }))
    expect(readDraft().inputs).toBeNull()
  })

  it('with storage full, the plan still changes and a note says it could not be kept', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    explorerStore.getState().editPlan((p) => ({ ...p, runsPerWeek: 5 }))
    expect(explorerStore.getState().planInputs.runsPerWeek).toBe(5)
    expect(explorerStore.getState().notices.join(' ')).toMatch(/could not be saved/)
  })
})
