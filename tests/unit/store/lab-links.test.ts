// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { LAB_SPEEDS, LAB_STEP_RATES, STRIKES, TYPICAL_LAB } from '../../../src/domain/lab.ts'
import { parseLink, writeLink } from '../../../src/domain/links.ts'
import { INITIAL_STATE, explorerStore, strideClock } from '../../../src/store/index.ts'
import { bootFromLink, linkStateOf } from '../../../src/store/link.ts'
import { embedPageUrl, embedSnippets } from '../../../src/embed/urls.ts'

const get = () => explorerStore.getState()

beforeEach(() => {
  explorerStore.setState(INITIAL_STATE, true)
  strideClock.phase = 0
})

const lab = fc.record({
  speed: fc.constantFrom(...LAB_SPEEDS),
  steprate: fc.constantFrom(...LAB_STEP_RATES),
  strike: fc.constantFrom(...STRIKES),
})

describe('stride lab links: speed, steprate, strike', () => {
  it('round-trips every setting the controls allow', () => {
    fc.assert(
      fc.property(lab, (l) => {
        explorerStore.setState(INITIAL_STATE, true)
        get().setStride(true)
        get().setLab(l)
        const search = writeLink('', linkStateOf(get()))
        explorerStore.setState(INITIAL_STATE, true)
        expect(bootFromLink(explorerStore, search, '').problems).toEqual([])
        expect(get().lab).toEqual(l)
        expect(get().stride).toBe(true)
      }),
    )
  })

  it('writes only what differs from the typical runner, and nothing outside stride mode', () => {
    get().setStride(true)
    get().seekTo(40)
    get().setLab({ steprate: 110 })
    expect(writeLink('', linkStateOf(get()))).toBe('?phase=40&play=0&steprate=110')
    get().setLab({ strike: 'forefoot', speed: 7 })
    expect(writeLink('', linkStateOf(get()))).toBe('?phase=40&play=0&speed=7&steprate=110&strike=forefoot')
    get().setLab(TYPICAL_LAB)
    expect(writeLink('', linkStateOf(get()))).toBe('?phase=40&play=0')
    get().setLab({ strike: 'forefoot' })
    get().setStride(false)
    expect(writeLink('', linkStateOf(get()))).toBe('')
  })

  it('opens stride mode with the lab open, and refuses values no study ran', () => {
    const ok = bootFromLink(explorerStore, '?strike=forefoot', '')
    expect(ok.problems).toEqual([])
    expect(get().stride).toBe(true)
    expect(get().labOpen).toBe(true)
    expect(get().lab).toEqual({ ...TYPICAL_LAB, strike: 'forefoot' })
    const bad = parseLink('?speed=12&steprate=120&strike=toe')
    expect(bad.state.lab).toBeUndefined()
    expect(bad.problems).toHaveLength(3)
    expect(bad.problems.join(' ')).toMatch(/studied/)
  })

  it('keeps the setting in the embed and its snippets', () => {
    const link = { ...parseLink('?muscle=calves&phase=88&strike=forefoot&steprate=110').state }
    const url = new URL(embedPageUrl('https://example.org/app/', link))
    expect(url.searchParams.get('strike')).toBe('forefoot')
    expect(url.searchParams.get('steprate')).toBe('110')
    const { iframe, script } = embedSnippets('https://example.org/app/index.html', link)
    expect(iframe).toContain('strike=forefoot')
    expect(script).toContain('strike="forefoot"')
    expect(script).toContain('steprate="110"')
  })
})
