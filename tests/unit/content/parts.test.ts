// Every structure outside the eight groups has a card (what it does, its part in running, the group it works
// with), sourced or visibly flagged; a card can neither go missing nor stand in for a group's own part.
import { describe, expect, it } from 'vitest'
import { STRUCTURES, STRUCTURE_IDS } from '../../../src/domain/groups.ts'
import { BENEFITS, CONTENT, GUIDE, PART_CARDS, SOURCES } from '../../../src/content/index.ts'
import { validateContent } from '../../../src/content/schema.ts'

const bundle = (parts: unknown) => ({
  content: CONTENT,
  sources: SOURCES,
  benefits: BENEFITS,
  guide: GUIDE,
  parts,
})

describe('part cards', () => {
  it('covers exactly the structures that belong to no group', () => {
    const wanted = STRUCTURE_IDS.filter((id) => STRUCTURES[id].group === null).sort()
    expect(Object.keys(PART_CARDS).sort()).toEqual(wanted)
  })

  it('fails the content check when a card is missing, misplaced or unsourced', () => {
    const { gracilis: _gone, ...missing } = PART_CARDS
    expect(validateContent(bundle(missing))).toContain('parts.gracilis: has no card')

    const misplaced = { ...PART_CARDS, 'achilles-tendon': PART_CARDS.gracilis }
    expect(validateContent(bundle(misplaced)).join('\n')).toMatch(
      /parts\.achilles-tendon: belongs to a group/,
    )

    const unsourced = {
      ...PART_CARDS,
      gracilis: {
        ...PART_CARDS.gracilis,
        running: { ...PART_CARDS.gracilis.running, sources: [], flags: [] },
      },
    }
    expect(validateContent(bundle(unsourced)).join('\n')).toMatch(/parts\.gracilis\.running\.sources: needs/)
  })

  it('keeps simulation lines flagged as such', () => {
    for (const card of Object.values(PART_CARDS))
      if (card.running.sources.includes('Hamner10')) expect(card.running.flags).toContain('SIM')
  })
})
