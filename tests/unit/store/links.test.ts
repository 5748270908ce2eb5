import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { GROUP_IDS, VIEW_IDS } from '../../../src/domain/groups.ts'
import { parseLink, resolveGroup, writeLink, type LinkState } from '../../../src/domain/links.ts'

describe('parseLink', () => {
  it('reads a coach link', () => {
    expect(parseLink('?muscle=calves&view=back&phase=34&play=0')).toEqual({
      state: { muscle: 'calves', view: 'back', phase: 34, play: false },
      problems: [],
    })
  })

  it('accepts muscle ids and plain names for a group', () => {
    expect(resolveGroup('soleus')).toBe('calves')
    expect(resolveGroup('Upper back')).toBe('upper-back')
    expect(resolveGroup('GLUTES')).toBe('glutes')
    expect(resolveGroup('gluteus_maximus')).toBe('glutes')
    expect(resolveGroup('toString')).toBeNull()
    expect(resolveGroup('__proto__')).toBeNull()
  })

  it('turns unknown and hostile values into polite plain-text notes', () => {
    const { state, problems } = parseLink(
      '?muscle=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&view=top&phase=abc&play=2',
    )
    expect(state).toEqual({ muscle: null, view: null, phase: null, play: null })
    expect(problems).toHaveLength(4)
    for (const p of problems) expect(p).not.toMatch(/[<>]/)
  })

  it('rejects out-of-range phases and wraps 100 to 0', () => {
    expect(parseLink('?phase=101').state.phase).toBeNull()
    expect(parseLink('?phase=-1').state.phase).toBeNull()
    expect(parseLink('?phase=1e3').state.phase).toBeNull()
    expect(parseLink('?phase=100').state.phase).toBe(0)
    expect(parseLink('?phase=62.5').state.phase).toBe(62.5)
  })

  it('never throws and never echoes markup, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (a, b) => {
        const search = `?muscle=${encodeURIComponent(a)}&view=${encodeURIComponent(b)}&phase=${encodeURIComponent(a)}`
        const { problems } = parseLink(search)
        for (const p of problems) expect(p).not.toMatch(/[<>]/)
      }),
    )
  })
})

describe('writeLink', () => {
  it('round-trips every valid state and keeps unrelated parameters', () => {
    const state = fc.record({
      muscle: fc.constantFrom(null, ...GROUP_IDS),
      view: fc.constantFrom(null, ...VIEW_IDS),
      phase: fc.option(
        fc.integer({ min: 0, max: 999 }).map((n) => n / 10),
        { nil: null },
      ),
      play: fc.option(fc.boolean(), { nil: null }),
    })
    fc.assert(
      fc.property(state, (s: LinkState) => {
        const search = writeLink('?origin=https%3A%2F%2Fblog.example', s)
        expect(new URLSearchParams(search).get('origin')).toBe('https://blog.example')
        expect(parseLink(search)).toEqual({ state: s, problems: [] })
      }),
    )
  })

  it('drops cleared parameters', () => {
    expect(writeLink('?muscle=calves&view=back', { muscle: null, view: null, phase: null, play: null })).toBe(
      '',
    )
  })
})
