// Structures outside the eight groups open their own card: from a click (the store), a link and the search.
import { beforeEach, describe, expect, it } from 'vitest'
import { parseLink, writeLink } from '../../../src/domain/links.ts'
import { searchGroups, searchParts } from '../../../src/domain/search.ts'
import { INITIAL_STATE, explorerStore, selectedGroup, shownPart } from '../../../src/store/index.ts'
import { applyLinkState, linkStateOf } from '../../../src/store/link.ts'

beforeEach(() => explorerStore.setState(INITIAL_STATE, true))

describe('a structure card in the store', () => {
  it('opens instead of a group, and a group closes it', () => {
    const s = () => explorerStore.getState()
    s().select('calves')
    s().openPart('tibialis-anterior')
    expect([selectedGroup(s()), shownPart(s())]).toEqual([null, 'tibialis-anterior'])
    s().select('calves')
    expect([selectedGroup(s()), shownPart(s())]).toEqual(['calves', null])
  })

  it('turns the X-ray on for a deep structure only', () => {
    explorerStore.getState().openPart('gracilis')
    expect(explorerStore.getState().xray).toBe(false)
    explorerStore.getState().openPart('rhomboids')
    expect(explorerStore.getState().xray).toBe(true)
  })
})

describe('a structure in a link', () => {
  it('opens its card by id or name, and a tendon of a group opens the group', () => {
    expect(parseLink('?muscle=gracilis').state).toMatchObject({ muscle: null, part: 'gracilis' })
    expect(parseLink('?muscle=Pectoralis%20major').state).toMatchObject({ part: 'pectoralis-major' })
    expect(parseLink('?muscle=achilles-tendon').state).toMatchObject({ muscle: 'calves' })
    expect(parseLink('?muscle=gracilis').problems).toEqual([])
    expect(parseLink('?muscle=spleen').problems).toHaveLength(1)
  })

  it('round-trips through the store and the address, and old group links are unchanged', () => {
    applyLinkState(explorerStore, parseLink('?muscle=tibia').state)
    expect(shownPart(explorerStore.getState())).toBe('tibia')
    expect(writeLink('', linkStateOf(explorerStore.getState()))).toBe('?muscle=tibia')
    applyLinkState(explorerStore, parseLink('?muscle=soleus').state)
    expect(writeLink('', linkStateOf(explorerStore.getState()))).toBe('?muscle=calves')
  })
})

describe('search', () => {
  it('finds structures by the start of a word, not inside one', () => {
    expect(searchParts('pec')).toEqual(['pectoralis-major', 'pectineus'])
    expect(searchParts('tib')).toEqual(['tibialis-anterior', 'tibialis-posterior', 'tibia'])
    expect(searchParts('tibialis ant')).toEqual(['tibialis-anterior'])
    expect(searchParts('ural')).toEqual([])
    expect(searchParts('')).toEqual([])
  })

  it('finds a group by a tendon that belongs to it', () => {
    expect(searchGroups('achilles')).toEqual(['calves'])
    expect(searchGroups('iliotibial')).toEqual(['glutes'])
  })
})
