import { describe, expect, it } from 'vitest'
import { GROUP_IDS } from '../../../src/domain/groups.ts'
import { searchGroups } from '../../../src/domain/search.ts'

describe('name search before the content has loaded', () => {
  it('finds groups by their names and muscles alone', () => {
    expect(searchGroups('')).toEqual([...GROUP_IDS])
    expect(searchGroups('soleus')).toEqual(['calves'])
    expect(searchGroups('Ilióρsoas'.replace('ρ', 'p'))).toEqual(['hip-flexors'])
    expect(searchGroups('nordic')).toEqual([])
  })

  it('ranks extra names after the group’s own words', () => {
    const extra = Object.fromEntries(GROUP_IDS.map((id) => [id, id === 'calves' ? ['hip hike'] : []]))
    expect(searchGroups('hip', extra as Record<(typeof GROUP_IDS)[number], string[]>)).toEqual([
      'hip-flexors',
      'calves',
    ])
  })
})
