/**
 * What runners type, mapped to where the answer is: injuries by their everyday names (shin splints, runner's
 * knee), exercises by name and by the kit they use, and groups by the words people use for them ("sore
 * calves", "quads"). Matching is by word start (src/domain/search.ts), so "it band" finds the IT band and
 * never "with" or "Band external rotation".
 */
import { GROUP_IDS, type GroupId } from '../domain/groups.ts'
import { searchWords, wordsMatch } from '../domain/search.ts'
import { EQUIPMENT } from '../domain/training.ts'
import type { GroupContent } from './types.ts'

/** Everyday names for each injury, keyed by the injury's name as the content writes it. */
export const INJURY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'Achilles tendinopathy': ['achilles pain', 'sore achilles', 'achilles tendonitis', 'heel cord'],
  'Plantar fasciitis (heel pain under the foot)': ['plantar fascia', 'heel pain', 'arch pain'],
  'Bone stress injuries of the shin and foot': [
    'shin splints',
    'stress fracture',
    'shin pain',
    'medial tibial stress syndrome',
  ],
  "Patellofemoral pain (runner's knee)": ['runners knee', 'knee pain', 'kneecap pain', 'front of the knee'],
  'Patellar tendinopathy (pain just below the kneecap)': [
    "jumper's knee",
    'jumpers knee',
    'patellar tendonitis',
  ],
  'Iliotibial band syndrome (outer knee pain)': ['IT band', 'ITB', 'ITBS', 'outside of the knee'],
  'Gluteal tendinopathy (pain on the outside of the hip)': ['hip pain', 'trochanteric bursitis'],
  'Hamstring strain (usually the biceps femoris long head)': ['pulled hamstring', 'torn hamstring'],
  'Proximal hamstring tendinopathy (deep pain at the sitting bone)': [
    'high hamstring',
    'sitting bone pain',
    'buttock pain',
  ],
  'Groin pain (adductor- and iliopsoas-related: two separate kinds)': [
    'groin strain',
    'adductor strain',
    'hip flexor strain',
  ],
  'Low back pain': ['back pain', 'sore back', 'lower back'],
}

/** The words runners use for whole groups. */
export const GROUP_ALIASES: Readonly<Record<GroupId, readonly string[]>> = {
  shoulders: ['delts', 'arm swing', 'arms'],
  'upper-back': ['traps', 'posture', 'neck'],
  quadriceps: ['quads', 'front of the thigh', 'sore quads'],
  'hip-flexors': ['hip flexor', 'knee drive'],
  hamstrings: ['hammies', 'back of the thigh', 'sore hamstrings'],
  glutes: ['bum', 'butt', 'buttocks', 'hip strength'],
  calves: ['calf', 'sore calves', 'calf pain', 'calf cramp', 'tight calves'],
  core: ['abs', 'stomach', 'six pack', 'trunk'],
}

export type SearchHitKind = 'injury' | 'exercise' | 'group'

export interface SearchHit {
  readonly kind: SearchHitKind
  /** What the runner sees in the result list. */
  readonly label: string
  readonly group: GroupId
  /** The card it opens at (`exercise:<id>`, `injury:<n>`), or null for the top of the group. */
  readonly card: string | null
  /** Set when the match came from another name: "shin splints" for the bone stress card. */
  readonly via?: string
}

interface Entry extends SearchHit {
  readonly names: readonly { readonly text: string; readonly words: readonly string[] }[]
}

const named = (texts: readonly string[]) => texts.map((text) => ({ text, words: searchWords(text) }))

/** The index over the given content: injuries first (what hurts), then exercises, then group aliases. */
export function buildSearchIndex(content: Readonly<Record<GroupId, GroupContent>>): readonly Entry[] {
  const entries: Entry[] = []
  for (const group of GROUP_IDS)
    content[group].injuries.forEach((injury, i) => {
      if (injury.name.startsWith('No ')) return
      entries.push({
        kind: 'injury',
        label: injury.name,
        group,
        card: `injury:${i}`,
        names: named([injury.name, ...(INJURY_ALIASES[injury.name] ?? [])]),
      })
    })
  for (const group of GROUP_IDS)
    for (const e of content[group].exercises)
      entries.push({
        kind: 'exercise',
        label: e.name,
        group,
        card: `exercise:${e.id}`,
        names: named([e.name, ...e.equipment.map((k) => EQUIPMENT[k].name)]),
      })
  for (const group of GROUP_IDS)
    entries.push({ kind: 'group', label: '', group, card: null, names: named(GROUP_ALIASES[group]) })
  return entries
}

/** Hits for a query, best first: an entry's own name before an everyday alias; index order otherwise. */
export function searchIndex(index: readonly Entry[], query: string): SearchHit[] {
  const words = searchWords(query)
  if (words.length === 0) return []
  const hits: { hit: SearchHit; rank: number; order: number }[] = []
  index.forEach((entry, order) => {
    const at = entry.names.findIndex((n) => wordsMatch(words, n.words))
    if (at === -1) return
    const { names: _names, ...hit } = entry
    const via = entry.kind !== 'group' && at > 0 ? entry.names[at]!.text : undefined
    hits.push({ hit: via ? { ...hit, via } : hit, rank: at === 0 ? 0 : 1, order })
  })
  return hits.sort((a, b) => a.rank - b.rank || a.order - b.order).map((h) => h.hit)
}
