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

  it('keeps an exercise when any one of its equipment options is available, and body weight always', () => {
    const ids = filterExercises(hamstrings, { equipment: ['kettlebell'] }).map((e) => e.id)
    expect(ids).toContain('romanian-deadlift')
    // Body weight is always at hand: a kettlebell owner still sees the Nordic.
    expect(ids).toContain('nordic-hamstring-curl')
    for (const id of ids) {
      const e = hamstrings.find((x) => x.id === id)!
      expect(e.equipment.includes('kettlebell') || e.equipment.includes('bodyweight')).toBe(true)
    }
    expect(ids).not.toContain('machine-leg-curl')
    const bodyweight = filterExercises(hamstrings, { equipment: ['bodyweight'] })
    expect(bodyweight.every((e) => e.equipment.includes('bodyweight'))).toBe(true)
    expect(bodyweight.map((e) => e.id)).toContain('nordic-hamstring-curl')
  })

  it('filters by level as "up to" and combines criteria', () => {
    // Advanced is the top: everything. Beginner keeps only beginner work.
    expect(filterExercises(hamstrings, { level: 'advanced' })).toEqual(hamstrings)
    const beginner = filterExercises(hamstrings, { level: 'beginner' })
    expect(beginner.every((e) => e.level === 'beginner')).toBe(true)
    const intermediate = filterExercises(hamstrings, { level: 'intermediate' })
    expect(intermediate.every((e) => e.level !== 'advanced')).toBe(true)
    expect(intermediate.length).toBeGreaterThan(beginner.length)
    const beginnerBand = filterExercises(allExercises(), { equipment: ['band'], level: 'beginner' })
    expect(beginnerBand.length).toBeGreaterThan(0)
    for (const e of beginnerBand) {
      expect(e.level).toBe('beginner')
      expect(e.equipment.includes('band') || e.equipment.includes('bodyweight')).toBe(true)
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
