import { describe, expect, it } from 'vitest'
import { GROUP_IDS } from '../../../src/domain/groups.ts'
import { allExercises, filterExercises, getGroupContent, searchGroups } from '../../../src/content/index.ts'

describe('searchGroups', () => {
  it('returns all eight groups for an empty or blank query', () => {
    expect(searchGroups('')).toEqual([...GROUP_IDS])
    expect(searchGroups('   ')).toEqual([...GROUP_IDS])
  })

  it('finds groups by name, anatomical name, muscle and exercise', () => {
    expect(searchGroups('calf')).toEqual(['calves'])
    expect(searchGroups('soleus')).toEqual(['calves'])
    expect(searchGroups('nordic')).toEqual(['hamstrings'])
    expect(searchGroups('Trapezius')).toEqual(['upper-back'])
    expect(searchGroups('iliopsoas')).toEqual(['hip-flexors'])
    expect(searchGroups('pallof')).toEqual(['core'])
  })

  it('ignores case, accents and extra spaces', () => {
    expect(searchGroups('SÓLEUS')).toEqual(['calves'])
    expect(searchGroups('  nordic   HAMSTRING curl ')).toEqual(['hamstrings'])
  })

  it('needs every word to match and ranks a group-name hit first', () => {
    expect(searchGroups('nordic squat')).toEqual([])
    const hip = searchGroups('hip')
    expect(hip[0]).toBe('hip-flexors')
    expect(hip).toContain('glutes')
  })

  it('returns nothing for an unrelated word', () => {
    expect(searchGroups('elbow tendon banana')).toEqual([])
  })
})

describe('filterExercises', () => {
  const hamstrings = getGroupContent('hamstrings').exercises

  it('returns the list unchanged with no criteria', () => {
    expect(filterExercises(hamstrings, {})).toEqual(hamstrings)
    expect(filterExercises(hamstrings, { equipment: [] })).toEqual(hamstrings)
  })

  it('keeps an exercise when any one of its equipment options is available', () => {
    const ids = filterExercises(hamstrings, { equipment: ['kettlebell'] }).map((e) => e.id)
    expect(ids).toEqual(['romanian-deadlift'])
    const bodyweight = filterExercises(hamstrings, { equipment: ['bodyweight'] })
    expect(bodyweight.every((e) => e.equipment.includes('bodyweight'))).toBe(true)
    expect(bodyweight.map((e) => e.id)).toContain('nordic-hamstring-curl')
  })

  it('filters by level and combines criteria', () => {
    expect(filterExercises(hamstrings, { level: 'advanced' }).map((e) => e.id)).toEqual([
      'nordic-hamstring-curl',
    ])
    expect(filterExercises(hamstrings, { equipment: ['machine'], level: 'advanced' })).toEqual([])
    const beginnerBand = filterExercises(allExercises(), { equipment: ['band'], level: 'beginner' })
    expect(beginnerBand.length).toBeGreaterThan(0)
    for (const e of beginnerBand) {
      expect(e.level).toBe('beginner')
      expect(e.equipment).toContain('band')
    }
  })

  it('keeps order and works on allExercises with their group', () => {
    const all = allExercises()
    const machine = filterExercises(all, { equipment: ['machine'] })
    expect(machine.map((e) => all.indexOf(e))).toEqual(
      [...machine.map((e) => all.indexOf(e))].sort((a, b) => a - b),
    )
    expect(new Set(machine.map((e) => e.group)).size).toBeGreaterThan(3)
  })
})
