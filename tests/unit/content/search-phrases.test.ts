// What runners type, and where Enter must take them: a table, meant to keep growing. Each phrase names the group
// it opens (its top), the card (`group/injury:n`, `group/exercise:id`) or a structure's card (`part:id`).
import { describe, expect, it } from 'vitest'
import { answerSearch, type SearchTarget } from '../../../src/content/index.ts'

const PHRASES: readonly (readonly [phrase: string, opens: string])[] = [
  // Symptoms and how runners describe them.
  ['my calves are always tight', 'calves'],
  ['shin hurts when I run', 'calves/injury:2'],
  ['quad soreness after a downhill race', 'quadriceps'],
  ['cramps', 'calves'],
  ['cramp in my calf at night', 'calves'],
  ['stitch', 'core'],
  ['side stitch when running', 'core'],
  ['downhill', 'quadriceps'],
  ['tight hamstrings', 'hamstrings'],
  ['tight hip flexors from sitting', 'hip-flexors'],
  ['bulletproof my achilles', 'calves/injury:0'],
  ['heel', 'calves/injury:1'],
  ['heel pain', 'calves/injury:1'],
  ['heel pain in the morning', 'calves/injury:1'],
  ['arch of my foot hurts', 'calves/injury:1'],
  ['knee', 'quadriceps/injury:0'],
  ['my knees hurt going downstairs', 'quadriceps/injury:0'],
  ['front of my shin', 'calves/injury:2'],
  ['sore shins', 'calves/injury:2'],
  ['back of my knee', 'hamstrings'],
  ['pulled hamstring', 'hamstrings/injury:0'],
  ['torn hamstring', 'hamstrings/injury:0'],
  ['pulled calf', 'calves'],
  ['sore quads', 'quadriceps'],
  ['sore bum', 'hamstrings/injury:1'],
  ['butt pain when sitting', 'hamstrings/injury:1'],
  ['sitting bone', 'hamstrings/injury:1'],
  ['pain under the kneecap', 'quadriceps/injury:1'],
  ['jumpers knee', 'quadriceps/injury:1'],
  ["runner's knee", 'quadriceps/injury:0'],
  ['outside of my knee hurts', 'glutes/injury:0'],
  ['itb', 'glutes/injury:0'],
  ['it band tight', 'glutes/injury:0'],
  ['pain on the outside of my hip', 'glutes/injury:2'],
  ['groin strain', 'hip-flexors/injury:0'],
  ['pulled groin', 'hip-flexors/injury:0'],
  ['lower back pain', 'core/injury:0'],
  ['back hurts', 'core/injury:0'],
  ['plantar fasciitis', 'calves/injury:1'],
  ['stress fracture', 'calves/injury:2'],
  ['shin splints', 'calves/injury:2'],
  ['achilles tendonitis', 'calves/injury:0'],
  ['sore achilles in the morning', 'calves/injury:0'],
  ['weak glutes', 'glutes'],
  // Muscles, by their names and by gym names.
  ['hamstrings', 'hamstrings'],
  ['hamstring', 'hamstrings'],
  ['soleus', 'calves'],
  ['gastrocs', 'calves'],
  ['glute med', 'glutes'],
  ['gluteus medius', 'glutes'],
  ['psoas', 'hip-flexors'],
  ['delts', 'shoulders'],
  ['traps', 'upper-back'],
  ['obliques', 'core'],
  ['abs', 'core'],
  ['six pack', 'core'],
  ['tfl', 'hip-flexors'],
  ['vmo', 'quadriceps'],
  ['quadricep', 'quadriceps'],
  ['lats', 'part:latissimus-dorsi'],
  ['tibialis anterior', 'part:tibialis-anterior'],
  ['knee drive', 'hip-flexors'],
  ['arm swing', 'shoulders'],
  ['posture', 'upper-back'],
  // Exercises, as named in gyms and plans.
  ['calf raises', 'calves/exercise:single-leg-calf-raise'],
  ['nordics', 'hamstrings/exercise:nordic-hamstring-curl'],
  ['nordic curl', 'hamstrings/exercise:nordic-hamstring-curl'],
  ['rdl', 'hamstrings/exercise:romanian-deadlift'],
  ['romanian deadlifts', 'hamstrings/exercise:romanian-deadlift'],
  ['hip thrusts', 'glutes/exercise:barbell-hip-thrust'],
  ['planks', 'core/exercise:front-side-plank'],
  ['dead bugs', 'core/exercise:dead-bug'],
  ['pallof', 'core/exercise:pallof-press'],
  ['bulgarian split squats', 'quadriceps/exercise:bulgarian-split-squat'],
  ['wall sit', 'quadriceps/exercise:isometric-knee-hold'],
  ['box jumps', 'quadriceps/exercise:plyometric-jumps'],
  ['pogo hops', 'calves/exercise:hop-progression'],
  ['a skips', 'hip-flexors/exercise:a-skip'],
  ['copenhagen plank', 'hip-flexors/exercise:copenhagen-adduction'],
  ['face pulls', 'upper-back/exercise:face-pull'],
  ['farmers carry', 'upper-back/exercise:farmer-carry'],
  ['eccentric heel drops', 'calves/exercise:eccentric-heel-drop'],
  // Kit.
  ['medicine ball', 'core/exercise:medicine-ball-rotational-throw'],
  ['swiss ball', 'hamstrings/exercise:slider-leg-curl'],
  ['trap bar', 'glutes/exercise:trap-bar-deadlift'],
  ['leg press machine', 'quadriceps/exercise:leg-press'],
  ['resistance band knee drive', 'hip-flexors/exercise:standing-knee-drive'],
  // Misspellings.
  ['achillies', 'calves/injury:0'],
  ['hamstirng', 'hamstrings'],
  ['soleous', 'calves'],
  ['plantar fasciaitis', 'calves/injury:1'],
  ['quadricpes', 'quadriceps'],
  ['gastrocnemus', 'calves'],
]

function where(target: SearchTarget | null): string | null {
  if (target === null) return null
  if (target.kind === 'part') return `part:${target.part}`
  if (target.kind === 'group') return target.group
  return `${target.group}/${target.card}`
}

describe('search: phrases runners type, and where Enter takes them', () => {
  it('holds at least 60 phrases, each once', () => {
    expect(PHRASES.length).toBeGreaterThanOrEqual(60)
    expect(new Set(PHRASES.map(([p]) => p)).size).toBe(PHRASES.length)
  })

  it.each(PHRASES)('“%s” opens %s', (phrase, opens) => {
    expect(where(answerSearch(phrase).first)).toBe(opens)
  })
})

describe('search: ranking and the answer when nothing matches', () => {
  it('a whole word is not a word start: “knee” lists no kneeling exercise', () => {
    const a = answerSearch('knee')
    expect(a.hits.map((h) => h.label).join(' | ')).not.toMatch(/kneeling/i)
    expect(a.groups).not.toContain('shoulders')
  })

  it('a plural finds what the singular finds', () => {
    expect(answerSearch('hamstrings').hits).toEqual(answerSearch('hamstring').hits)
    expect(answerSearch('calves').groups).toEqual(answerSearch('calf').groups)
  })

  it('leaves out the words it does not know, and says which', () => {
    const a = answerSearch('calves zorblax')
    expect(a.groups).toEqual(['calves'])
    expect(a.ignored).toEqual(['zorblax'])
  })

  it('offers the nearest groups and injuries, and a spelling, when nothing matches', () => {
    const a = answerSearch('elbow tendon banana')
    expect(a.first).toBeNull()
    expect(a.closest.groups.length).toBeGreaterThan(0)
    // A near spelling of each unknown word, and a word with nothing near it dropped.
    const b = answerSearch('soelus zorblax')
    expect(b.first).toBeNull()
    expect(b.didYouMean).toBe('soleus')
    expect(b.closest.groups).toContain('calves')
  })
})
