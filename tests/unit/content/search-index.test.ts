import { describe, expect, it } from 'vitest'
import { GROUP_IDS } from '../../../src/domain/groups.ts'
import { CONTENT, searchContent, searchGroups } from '../../../src/content/index.ts'
import { INJURY_ALIASES } from '../../../src/content/search-index.ts'

const first = (q: string) => searchContent(q).find((h) => h.kind !== 'group')

describe('search: what runners type', () => {
  it('finds injuries by their names and everyday names, at the card', () => {
    expect(first('achilles')).toMatchObject({
      kind: 'injury',
      group: 'calves',
      label: 'Achilles tendinopathy',
    })
    expect(first('shin splints')).toMatchObject({ kind: 'injury', group: 'calves', via: 'shin splints' })
    expect(first('shin splints')!.label).toMatch(/^Bone stress/)
    expect(first('plantar')).toMatchObject({ kind: 'injury', group: 'calves', card: 'injury:1' })
    expect(first('hamstring strain')).toMatchObject({ kind: 'injury', group: 'hamstrings', card: 'injury:0' })
    expect(first("runner's knee")).toMatchObject({ kind: 'injury' })
    expect(first('runners knee')).toMatchObject({ kind: 'injury' })
  })

  it('matches whole words and word starts, never fragments inside words', () => {
    // "it" sits inside "with" and "band" in "Band external rotation": neither is the IT band.
    expect(first('IT band')).toMatchObject({ kind: 'injury', group: 'glutes', via: 'IT band' })
    const groups = searchGroups('IT band')
    expect(groups[0]).toBe('glutes')
    expect(groups).not.toContain('hip-flexors')
    expect(searchGroups('it')).not.toContain('shoulders')
  })

  it('finds groups by the words runners use, and exercises by name or by kit', () => {
    expect(searchGroups('sore calves')).toEqual(['calves'])
    expect(searchGroups('quads')).toEqual(['quadriceps'])
    expect(first('nordic')).toMatchObject({ kind: 'exercise', card: 'exercise:nordic-hamstring-curl' })
    const kettlebell = searchGroups('kettlebell')
    for (const id of GROUP_IDS)
      if (CONTENT[id].exercises.some((e) => e.equipment.includes('kettlebell')))
        expect(kettlebell).toContain(id)
    expect(kettlebell).toContain('calves')
  })

  it('keys every everyday name to an injury the content has', () => {
    const names = new Set(GROUP_IDS.flatMap((id) => CONTENT[id].injuries.map((i) => i.name)))
    for (const key of Object.keys(INJURY_ALIASES)) expect(names, key).toContain(key)
  })
})
