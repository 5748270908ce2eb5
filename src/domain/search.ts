/**
 * Free-text search over the groups. The names in the domain module are always at hand; callers may add more
 * words per group (the content adds exercise names once it has loaded), ranked after the group's own words.
 */
import {
  GROUP_IDS,
  GROUPS,
  STRUCTURES,
  STRUCTURE_IDS,
  hasOwnCard,
  musclesOf,
  type GroupId,
  type StructureId,
} from './groups.ts'

/** Lower-case, accents stripped, so "Sóleus" finds "soleus". */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

type Tiers = readonly (readonly string[])[]

const NAME_TIERS = new Map<GroupId, Tiers>(
  GROUP_IDS.map((id) => [
    id,
    [
      [GROUPS[id].name, GROUPS[id].anatomicalName].map(normalizeSearchText),
      // Its muscles, and the tendons and fasciae that belong to it (Achilles tendon → calves).
      [
        ...musclesOf(id).map((m) => m.name),
        ...STRUCTURE_IDS.filter((s) => STRUCTURES[s].group === id).map((s) => STRUCTURES[s].name),
      ].map(normalizeSearchText),
    ],
  ]),
)

/** Extra names per group, already normalised, as a lower-ranked tier. */
export type ExtraSearchNames = Readonly<Record<GroupId, readonly string[]>>

/** The words of a text for word-start matching: "IT band" → ["it", "band"], "runner's" → ["runner", "s"]. */
export function searchWords(text: string): string[] {
  return normalizeSearchText(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

/** Every query word begins some word of the name: "ham str" finds "hamstring strain", "it" never "with". */
export function wordsMatch(query: readonly string[], words: readonly string[]): boolean {
  return query.length > 0 && query.every((q) => words.some((w) => w.startsWith(q)))
}

/**
 * Groups matching a query: every query word must begin a word of the group's names (its name,
 * anatomical name, muscle names or the extra names), so fragments inside words do not match ("it" in
 * "with"). An empty query returns all eight. Best matches first (group name, then muscle, then extra names),
 * ties in GROUP_IDS order.
 */
export function searchGroups(query: string, extra?: ExtraSearchNames): GroupId[] {
  const words = searchWords(query)
  if (words.length === 0) return [...GROUP_IDS]
  const ranked: { id: GroupId; rank: number; order: number }[] = []
  GROUP_IDS.forEach((id, order) => {
    const tiers: Tiers = extra ? [...NAME_TIERS.get(id)!, extra[id]] : NAME_TIERS.get(id)!
    // The words may come from different names ("calf soleus"); a single name holding them all ranks higher.
    if (!wordsMatch(words, tiers.flat().flatMap(searchWords))) return
    const tier = tiers.findIndex((names) => names.some((n) => wordsMatch(words, searchWords(n))))
    ranked.push({ id, rank: tier === -1 ? tiers.length : tier, order })
  })
  return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map((r) => r.id)
}

const CARD_PARTS = STRUCTURE_IDS.filter(hasOwnCard).map((id) => ({
  id,
  words: searchWords(STRUCTURES[id].name),
}))

/**
 * Structures outside the groups (pectoralis major, the tibia…) whose name matches a query: every query word must
 * begin a word of the name ("pec maj", "tib"), so fragments inside words do not match. Empty query: none.
 */
export function searchParts(query: string): StructureId[] {
  const words = searchWords(query)
  return CARD_PARTS.filter((p) => wordsMatch(words, p.words)).map((p) => p.id)
}
