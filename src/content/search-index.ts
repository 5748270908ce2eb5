/**
 * What runners type, mapped to where the answer is: injuries by their everyday names (shin splints, runner's
 * knee), exercises by name, everyday name and kit, groups by their names, muscles and the words people use for
 * them ("sore calves", "quads"), and the structures outside the groups by name.
 *
 * Matching, scoring (BM25 over weighted fields), typo tolerance and word starts are MiniSearch's; this file
 * decides what a word is (src/content/search-words.ts: filler words dropped, word forms folded, everyday words
 * widened to the content's words) and how a phrase is read: every word it understands must match one entry,
 * words it does not understand are left out (and said so) as long as they are not most of the phrase.
 * The module sits in the content chunk, so MiniSearch loads with it on the first keystroke or focus.
 */
import MiniSearch, { type SearchResult } from 'minisearch'
import {
  GROUP_IDS,
  GROUPS,
  STRUCTURES,
  STRUCTURE_IDS,
  hasOwnCard,
  musclesOf,
  type GroupId,
  type StructureId,
} from '../domain/groups.ts'
import { normalizeSearchText } from '../domain/search.ts'
import { EQUIPMENT } from '../domain/training.ts'
import { EXERCISE_ALIASES, JOINED_NAMES, KEEP_AS_IS, STOP_WORDS, SYNONYMS } from './search-words.ts'
import type { GroupContent } from './types.ts'

/** Everyday names for each injury, keyed by the injury's name as the content writes it. */
export const INJURY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'Achilles tendinopathy': [
    'achilles pain',
    'sore achilles',
    'achilles tendonitis',
    'heel cord',
    'back of the heel',
    'achilles stiff in the morning',
  ],
  'Plantar fasciitis (heel pain under the foot)': [
    'plantar fascia',
    'heel pain',
    'arch pain',
    'arch of the foot',
    'bottom of the foot',
    'heel pain in the morning',
  ],
  'Bone stress injuries of the shin and foot': [
    'shin splints',
    'stress fracture',
    'shin pain',
    'sore shins',
    'front of the shin',
    'medial tibial stress syndrome',
  ],
  "Patellofemoral pain (runner's knee)": [
    'runners knee',
    'knee pain',
    'kneecap pain',
    'front of the knee',
    'knee pain on stairs',
  ],
  'Patellar tendinopathy (pain just below the kneecap)': [
    "jumper's knee",
    'jumpers knee',
    'patellar tendonitis',
    'pain under the kneecap',
  ],
  'Iliotibial band syndrome (outer knee pain)': [
    'IT band',
    'ITB',
    'ITBS',
    'outside of the knee',
    'tight IT band',
  ],
  'Gluteal tendinopathy (pain on the outside of the hip)': ['hip pain', 'trochanteric bursitis'],
  'Hamstring strain (usually the biceps femoris long head)': [
    'pulled hamstring',
    'torn hamstring',
    'hamstring tear',
  ],
  'Proximal hamstring tendinopathy (deep pain at the sitting bone)': [
    'high hamstring',
    'sitting bone pain',
    'buttock pain',
    'pain when sitting',
  ],
  'Groin pain (adductor- and iliopsoas-related: two separate kinds)': [
    'groin strain',
    'adductor strain',
    'hip flexor strain',
    'pulled groin',
  ],
  'Low back pain': ['back pain', 'sore back', 'lower back', 'back ache'],
}

/** The words runners use for whole groups. */
export const GROUP_ALIASES: Readonly<Record<GroupId, readonly string[]>> = {
  shoulders: ['delts', 'arm swing', 'arms', 'shoulder'],
  'upper-back': ['traps', 'posture', 'neck', 'shoulder blades', 'hunched'],
  quadriceps: ['quads', 'front of the thigh', 'sore quads', 'downhill', 'thigh'],
  'hip-flexors': ['hip flexor', 'knee drive', 'psoas', 'front of the hip', 'tight hip flexors from sitting'],
  hamstrings: ['hammies', 'back of the thigh', 'sore hamstrings', 'back of the knee', 'tight hamstrings'],
  glutes: ['bum', 'butt', 'buttocks', 'hip strength', 'weak glutes'],
  calves: [
    'calf',
    'sore calves',
    'calf pain',
    'calf cramp',
    'tight calves',
    'calf strain',
    'pulled calf',
    'gastrocs',
  ],
  core: ['abs', 'stomach', 'six pack', 'trunk', 'stitch', 'obliques'],
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

/** Where Enter goes: a card in a group, the top of a group, or a structure's own card. */
export type SearchTarget =
  | { readonly kind: 'card'; readonly group: GroupId; readonly card: string }
  | { readonly kind: 'group'; readonly group: GroupId }
  | { readonly kind: 'part'; readonly part: StructureId }

/** Everything the search box shows for one query. */
export interface SearchAnswer {
  /** Injuries and exercises, best first. */
  readonly hits: readonly SearchHit[]
  /** Groups with a match, best first. */
  readonly groups: readonly GroupId[]
  /** Structures outside the groups with a match, best first. */
  readonly parts: readonly StructureId[]
  /** What Enter opens: the best match of any kind. */
  readonly first: SearchTarget | null
  /** Words of the query left out because nothing knows them ("always", "banana"). */
  readonly ignored: readonly string[]
  /** When nothing matched: the query with its unknown words replaced by the nearest known ones. */
  readonly didYouMean: string | null
  /** When nothing matched: the nearest groups and injuries, from the words that were understood. */
  readonly closest: { readonly groups: readonly GroupId[]; readonly injuries: readonly SearchHit[] }
}

type DocKind = SearchHitKind | 'part'

interface Doc {
  readonly id: string
  readonly kind: DocKind
  readonly group: GroupId | null
  readonly card: string | null
  readonly part: StructureId | null
  readonly label: string
  readonly aliasList: readonly string[]
  readonly order: number
  /** Indexed text fields; several names are joined by " ; " so a joined name never spans two of them. */
  readonly name: string
  readonly aliases: string
  readonly parts: string
  readonly kit: string
  readonly about: string
}

const STOP = new Set(STOP_WORDS)
const KEEP = new Set(KEEP_AS_IS)
const JOINED = Object.entries(JOINED_NAMES).map(
  ([words, one]) => [new RegExp(`(?:^|(?<=[^a-z0-9]))${words}(?=$|[^a-z0-9])`, 'g'), one] as const,
)

/** "running" → "run", "calves" → "calf", "soreness" → "sore", "hurts" → "hurt"; names in KEEP_AS_IS stay. */
export function foldWord(word: string): string {
  if (word.length <= 3 || KEEP.has(word) || /\d/.test(word)) return word
  // A doubled last consonant goes with the ending ("running" → "run"), but not l or s ("pulled", "pressed").
  const undouble = (base: string) => (/([^aeiouls])\1$/.test(base) ? base.slice(0, -1) : base)
  if (word.endsWith('ness') && word.length > 6) return foldWord(word.slice(0, -4))
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`
  if (word.endsWith('lves')) return `${word.slice(0, -3)}f`
  if (word.endsWith('ing') && word.length >= 6) return undouble(word.slice(0, -3))
  if (word.endsWith('ed') && word.length >= 6) return undouble(word.slice(0, -2))
  if (/(?:ss|x|ch|sh|zz)es$/.test(word)) return word.slice(0, -2)
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1)
  return word
}

/** The surface words of a text: lower case, no accents or apostrophes, joined names as one word. */
function surfaceWords(text: string): string[] {
  let t = normalizeSearchText(text).replace(/['’]/g, '')
  t = t.replace(/[^a-z0-9;]+/g, ' ')
  for (const [pattern, one] of JOINED) t = t.replace(pattern, one)
  return t.split(/[^a-z0-9]+/).filter((w) => w !== '' && !STOP.has(w))
}

/** The terms a text is indexed and searched by. */
export function searchTerms(text: string): string[] {
  return surfaceWords(text).map(foldWord)
}

const SYNONYM_TERMS = new Map<string, readonly string[]>()
for (const [word, alike] of Object.entries(SYNONYMS)) {
  const key = foldWord(word)
  const all = new Set([...(SYNONYM_TERMS.get(key) ?? []), ...alike.map(foldWord)])
  all.delete(key)
  SYNONYM_TERMS.set(key, [...all])
}

/** Field weights: a name counts most, then an everyday name or a muscle, the kit least. */
const FIELD_BOOST = { name: 3, aliases: 2, parts: 1.5, kit: 0.8, about: 0.3 }
/** An injury card or a whole group answers "what is this" better than an exercise that names the word. */
const KIND_BOOST: Readonly<Record<DocKind, number>> = { group: 1.6, injury: 1.4, exercise: 1, part: 0.9 }
/** Typo tolerance only on words of five letters or more: one edit, two from eight letters. */
const fuzzyFor = (term: string) => (term.length >= 8 ? 2 : term.length >= 5 ? 1 : 0)

export interface SearchEngine {
  readonly docs: ReadonlyMap<string, Doc>
  readonly mini: MiniSearch<Doc>
  /** Every indexed term, and the first surface word seen for it (for "did you mean"). */
  readonly terms: ReadonlyMap<string, string>
}

/** The index over the given content: injuries first (what hurts), then exercises, groups, structures. */
export function buildSearchIndex(content: Readonly<Record<GroupId, GroupContent>>): SearchEngine {
  const docs: Doc[] = []
  const join = (texts: readonly string[]) => texts.join(' ; ')
  const blank = { parts: '', kit: '', about: '', part: null }
  for (const group of GROUP_IDS)
    content[group].injuries.forEach((injury, i) => {
      if (injury.name.startsWith('No ')) return
      const aliasList = INJURY_ALIASES[injury.name] ?? []
      docs.push({
        ...blank,
        id: `${group}/injury:${i}`,
        kind: 'injury',
        group,
        card: `injury:${i}`,
        label: injury.name,
        aliasList,
        order: docs.length,
        name: injury.name,
        aliases: join(aliasList),
        // Every injury card says how to load and protect the tissue.
        about: 'injury pain prevent strength strong',
      })
    })
  for (const group of GROUP_IDS)
    for (const e of content[group].exercises) {
      const aliasList = EXERCISE_ALIASES[e.id] ?? []
      docs.push({
        ...blank,
        id: `${group}/exercise:${e.id}`,
        kind: 'exercise',
        group,
        card: `exercise:${e.id}`,
        label: e.name,
        aliasList,
        order: docs.length,
        name: e.name,
        aliases: join(aliasList),
        kit: join(e.equipment.map((k) => EQUIPMENT[k].name)),
      })
    }
  for (const group of GROUP_IDS)
    docs.push({
      ...blank,
      id: `group:${group}`,
      kind: 'group',
      group,
      card: null,
      label: GROUPS[group].name,
      aliasList: GROUP_ALIASES[group],
      order: docs.length,
      name: join([GROUPS[group].name, GROUPS[group].anatomicalName]),
      aliases: join(GROUP_ALIASES[group]),
      // Its muscles, and the tendons and fasciae that belong to it (Achilles tendon → calves).
      parts: join([
        ...musclesOf(group).map((m) => m.name),
        ...STRUCTURE_IDS.filter((s) => STRUCTURES[s].group === group).map((s) => STRUCTURES[s].name),
      ]),
    })
  for (const part of STRUCTURE_IDS.filter(hasOwnCard))
    docs.push({
      ...blank,
      id: `part:${part}`,
      kind: 'part',
      group: null,
      card: null,
      part,
      label: STRUCTURES[part].name,
      aliasList: [],
      order: docs.length,
      name: STRUCTURES[part].name,
      aliases: '',
    })

  const terms = new Map<string, string>()
  for (const doc of docs)
    for (const text of [doc.name, doc.aliases, doc.parts, doc.kit])
      for (const word of surfaceWords(text)) if (!terms.has(foldWord(word))) terms.set(foldWord(word), word)

  const mini = new MiniSearch<Doc>({
    fields: ['name', 'aliases', 'parts', 'kit', 'about'],
    tokenize: (text) => searchTerms(text),
    processTerm: (term) => term,
    // Queries arrive as terms already (one per sub-query).
    searchOptions: { tokenize: (text) => [text], processTerm: (term) => term, boost: FIELD_BOOST },
  })
  mini.addAll(docs)
  return { docs: new Map(docs.map((d) => [d.id, d])), mini, terms }
}

/** One query word's matches: the word, its everyday alikes, a word start or a near spelling of it. */
function matchWord(engine: SearchEngine, word: string, fuzzy = fuzzyFor(word)): SearchResult[] {
  const term = foldWord(word)
  const known = engine.terms.has(term)
  // The word as typed too: a misspelt word folds oddly ("achillies" → "achilly"), its letters are nearer.
  const alike = [...new Set([term, ...(SYNONYM_TERMS.get(term) ?? []), ...(known ? [] : [word])])]
  return engine.mini.search(
    {
      combineWith: 'OR',
      queries: alike.map((t) => ({
        queries: [t],
        // A whole known word is not also a word start ("knee" never finds "kneeling"); typos only when unknown.
        prefix: !engine.terms.has(t) && t.length >= 2,
        fuzzy: known || engine.terms.has(t) ? false : fuzzy,
      })),
    },
    { boostDocument: (id: string) => KIND_BOOST[engine.docs.get(id)!.kind] },
  )
}

interface Ranked {
  readonly doc: Doc
  readonly score: number
  readonly terms: ReadonlySet<string>
  readonly words: number
}

function rank(engine: SearchEngine, perWord: readonly SearchResult[][]): Ranked[] {
  const byId = new Map<string, { score: number; terms: Set<string>; words: number }>()
  for (const results of perWord)
    for (const r of results) {
      const at = byId.get(String(r.id)) ?? { score: 0, terms: new Set<string>(), words: 0 }
      at.score += r.score
      at.words += 1
      for (const t of r.terms) at.terms.add(t)
      byId.set(String(r.id), at)
    }
  return [...byId]
    .map(([id, at]) => ({ doc: engine.docs.get(id)!, ...at }))
    .sort((a, b) => b.words - a.words || b.score - a.score || a.doc.order - b.doc.order)
}

/** The alias that matched when the entry's own name did not hold the words: "shin splints". */
function viaOf(doc: Doc, terms: ReadonlySet<string>): string | undefined {
  const own = new Set(searchTerms(doc.name))
  if ([...terms].every((t) => own.has(t))) return undefined
  let best: string | undefined
  let most = 0
  for (const alias of doc.aliasList) {
    const n = searchTerms(alias).filter((t) => terms.has(t)).length
    if (n > most) [best, most] = [alias, n]
  }
  return best
}

function hitOf(r: Ranked): SearchHit {
  const { kind, label, group, card } = r.doc
  const hit: SearchHit = { kind: kind as SearchHitKind, label, group: group!, card }
  if (kind === 'group') return hit
  const via = viaOf(r.doc, r.terms)
  return via === undefined ? hit : { ...hit, via }
}

function targetOf(doc: Doc): SearchTarget {
  if (doc.kind === 'part') return { kind: 'part', part: doc.part! }
  if (doc.kind === 'group') return { kind: 'group', group: doc.group! }
  return { kind: 'card', group: doc.group!, card: doc.card! }
}

/**
 * An entry whose whole name (or everyday name) was typed ranks above one that merely holds the words: "knee drive"
 * is the group's everyday name before it is part of "Reverse lunge with knee drive"; "leg press machine" is the leg
 * press before the calf raise done "on a leg press or machine".
 */
function wholeNameBonus(doc: Doc, typed: ReadonlySet<string>): number {
  let bonus = 1
  for (const name of [...doc.name.split(' ; '), ...doc.aliasList]) {
    const terms = searchTerms(name)
    if (terms.length === 0 || !terms.every((t) => typed.has(t))) continue
    bonus = Math.max(bonus, terms.length === typed.size ? 3 : 2)
  }
  return bonus
}

const NOTHING: SearchAnswer['closest'] = { groups: [], injuries: [] }

/** Hits for a query, best first: injuries, exercises and groups (structures are in `answerQuery`). */
export function searchIndex(engine: SearchEngine, query: string): SearchHit[] {
  return answerQuery(engine, query)
    .ranked.filter((r) => r.doc.kind !== 'part')
    .map(hitOf)
}

/** The whole answer to a query, and the ranked entries behind it. */
export function answerQuery(
  engine: SearchEngine,
  query: string,
): SearchAnswer & { readonly ranked: readonly Ranked[] } {
  const words = surfaceWords(query)
  const surfaceOf = new Map(words.map((w) => [foldWord(w), w]))
  const terms = [...surfaceOf.keys()]
  const perWord = terms.map((t) => matchWord(engine, surfaceOf.get(t)!))
  const known = terms.filter((_, i) => perWord[i]!.length > 0)
  const ignored = words.filter((w) => !known.includes(foldWord(w)))
  const understood = known.length > 0 && ignored.length <= known.length
  const ranked = understood
    ? rank(
        engine,
        perWord.filter((r) => r.length > 0),
      )
        .filter((r) => r.words === known.length)
        .map((r) => ({ ...r, score: r.score * wholeNameBonus(r.doc, new Set(known)) }))
        .sort((a, b) => b.score - a.score || a.doc.order - b.doc.order)
    : []
  const groups: GroupId[] = []
  const parts: StructureId[] = []
  for (const r of ranked) {
    if (r.doc.group !== null && !groups.includes(r.doc.group)) groups.push(r.doc.group)
    if (r.doc.part !== null) parts.push(r.doc.part)
  }
  const hits = ranked.filter((r) => r.doc.kind === 'injury' || r.doc.kind === 'exercise').map(hitOf)
  const first = ranked[0] ? targetOf(ranked[0].doc) : null
  if (ranked.length > 0 || terms.length === 0)
    return { ranked, hits, groups, parts, first, ignored, didYouMean: null, closest: NOTHING }
  return { ranked, hits, groups, parts, first, ignored, ...nearest(engine, [...surfaceOf.values()], perWord) }
}

/** When nothing matched: a corrected query if one exists, and the entries that matched most of the words. */
function nearest(
  engine: SearchEngine,
  words: readonly string[],
  perWord: readonly SearchResult[][],
): Pick<SearchAnswer, 'didYouMean' | 'closest'> {
  // Each unknown word of three letters or more becomes the known word nearest to it, if one is close.
  let changed = false
  const fixed = words.map((w) => {
    const term = foldWord(w)
    if (engine.terms.has(term) || SYNONYM_TERMS.has(term) || w.length < 3) return w
    const near = engine.mini.search(term, { fuzzy: w.length >= 6 ? 2 : 1, prefix: false, boost: FIELD_BOOST })
    const best = near[0]?.terms.find((t) => t !== term)
    changed = true
    // A word with nothing near it is dropped from the suggestion.
    return best === undefined ? '' : (engine.terms.get(best) ?? best)
  })
  const suggestion = fixed.filter((w) => w !== '').join(' ')
  const didYouMean =
    changed && suggestion !== '' && answerQuery(engine, suggestion).ranked.length > 0 ? suggestion : null
  // Entries matching most of the words, and with fuzzier spelling for the rest.
  const loose = rank(
    engine,
    words.map((w, i) => {
      const got = perWord[i] ?? []
      return got.length > 0 ? got : matchWord(engine, w, w.length >= 4 ? 2 : 1)
    }),
  )
  const groups: GroupId[] = []
  for (const r of loose) if (r.doc.group !== null && !groups.includes(r.doc.group)) groups.push(r.doc.group)
  const injuries = loose.filter((r) => r.doc.kind === 'injury').map(hitOf)
  return { didYouMean, closest: { groups: groups.slice(0, 3), injuries: injuries.slice(0, 3) } }
}
