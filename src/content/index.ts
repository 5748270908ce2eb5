/**
 * Runtime entry for the panels: typed content for the eight groups plus lookups. Deliberately free of zod;
 * validation lives in schema.ts and runs in tests and at build time.
 */
import { GROUP_IDS, GROUPS, musclesOf, type GroupId } from '../domain/groups.ts'
import type { EquipmentId, LevelId } from '../domain/training.ts'
import { calves } from './groups/calves.ts'
import { core } from './groups/core.ts'
import { glutes } from './groups/glutes.ts'
import { hamstrings } from './groups/hamstrings.ts'
import { hipFlexors } from './groups/hip-flexors.ts'
import { quadriceps } from './groups/quadriceps.ts'
import { shoulders } from './groups/shoulders.ts'
import { upperBack } from './groups/upper-back.ts'
import type { Exercise, GroupContent } from './types.ts'

export type * from './types.ts'
export { SOURCES, SOURCE_IDS, isSourceId } from './sources.ts'
export { BENEFITS, GUIDE } from './guide.ts'

export const CONTENT: Readonly<Record<GroupId, GroupContent>> = {
  shoulders,
  'upper-back': upperBack,
  quadriceps,
  'hip-flexors': hipFlexors,
  hamstrings,
  glutes,
  calves,
  core,
}

export function getGroupContent(id: GroupId): GroupContent {
  return CONTENT[id]
}

/** Every exercise with the group it belongs to, in GROUP_IDS order. */
export function allExercises(): readonly (Exercise & { readonly group: GroupId })[] {
  return GROUP_IDS.flatMap((group) => CONTENT[group].exercises.map((e) => ({ ...e, group })))
}

/** Lower-case, accents stripped, so "Sóleus" finds "soleus". */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

// Field lists per group, ranked: a hit on the group's own name beats a hit on a muscle or exercise name.
const SEARCH_FIELDS = new Map<GroupId, readonly (readonly string[])[]>(
  GROUP_IDS.map((id) => [
    id,
    [
      [GROUPS[id].name, GROUPS[id].anatomicalName].map(normalizeSearchText),
      musclesOf(id).map((m) => normalizeSearchText(m.name)),
      CONTENT[id].exercises.map((e) => normalizeSearchText(e.name)),
    ],
  ]),
)

/**
 * Groups matching a free-text query: every word must appear in the group's name, anatomical name, muscle
 * names or exercise names. Case- and accent-insensitive; an empty query returns all eight. Best matches first
 * (group name, then muscle, then exercise), ties in GROUP_IDS order.
 */
export function searchGroups(query: string): GroupId[] {
  const words = normalizeSearchText(query).split(' ').filter(Boolean)
  if (words.length === 0) return [...GROUP_IDS]
  const ranked: { id: GroupId; rank: number; order: number }[] = []
  GROUP_IDS.forEach((id, order) => {
    const fields = SEARCH_FIELDS.get(id) ?? []
    const haystack = fields.flat().join(' | ')
    if (!words.every((w) => haystack.includes(w))) return
    const whole = words.join(' ')
    const tier = fields.findIndex((tierFields) => tierFields.some((f) => f.includes(whole)))
    ranked.push({ id, rank: tier === -1 ? fields.length : tier, order })
  })
  return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map((r) => r.id)
}

export interface ExerciseFilter {
  /** Equipment the runner has; an exercise passes if any one of its options is in this list. */
  readonly equipment?: readonly EquipmentId[]
  readonly level?: LevelId
}

/** Keeps the list's order; an empty or missing criterion does not filter. */
export function filterExercises<E extends Exercise>(list: readonly E[], filter: ExerciseFilter): E[] {
  const have = filter.equipment && filter.equipment.length > 0 ? new Set(filter.equipment) : null
  return list.filter(
    (e) =>
      (have === null || e.equipment.some((q) => have.has(q))) &&
      (filter.level === undefined || e.level === filter.level),
  )
}
