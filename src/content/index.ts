/**
 * Runtime entry for the panels: typed content for the eight groups plus lookups. Deliberately free of zod;
 * validation lives in schema.ts and runs in tests and at build time.
 */
import { GROUP_IDS, type GroupId } from '../domain/groups.ts'
import { LEVEL_IDS, type EquipmentId, type LevelId } from '../domain/training.ts'
import { calves } from './groups/calves.ts'
import { core } from './groups/core.ts'
import { glutes } from './groups/glutes.ts'
import { hamstrings } from './groups/hamstrings.ts'
import { hipFlexors } from './groups/hip-flexors.ts'
import { quadriceps } from './groups/quadriceps.ts'
import { shoulders } from './groups/shoulders.ts'
import { upperBack } from './groups/upper-back.ts'
import type { Exercise, GroupContent } from './types.ts'
import {
  answerQuery,
  buildSearchIndex,
  searchIndex,
  type SearchAnswer,
  type SearchHit,
} from './search-index.ts'

export type * from './types.ts'
export { SOURCES, SOURCE_IDS, isSourceId } from './sources.ts'
export { BENEFITS, GUIDE } from './guide.ts'
export { PART_CARDS, isCardPartId, type CardPartId, type PartCard } from './parts.ts'
export { normalizeSearchText } from '../domain/search.ts'
export type { SearchAnswer, SearchHit, SearchHitKind, SearchTarget } from './search-index.ts'

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

const SEARCH_INDEX = buildSearchIndex(CONTENT)

/** Injuries (everyday names too), exercises (by name and kit) and groups matching a query, best first. */
export function searchContent(query: string): SearchHit[] {
  return searchIndex(SEARCH_INDEX, query)
}

/** What the search box shows for a query: results, groups, structures, what Enter opens, or the nearest. */
export function answerSearch(query: string): SearchAnswer {
  const { ranked: _ranked, ...answer } = answerQuery(SEARCH_INDEX, query)
  return answer
}

/**
 * Groups matching a query (names, muscles, everyday words, injuries, exercises, kit: see search-index.ts), best
 * first; a blank query gives all eight.
 */
export function searchGroups(query: string): GroupId[] {
  if (query.trim() === '') return [...GROUP_IDS]
  return [...answerQuery(SEARCH_INDEX, query).groups]
}

export interface ExerciseFilter {
  /** Equipment the runner has; an exercise passes if any one of its options is in this list. */
  readonly equipment?: readonly EquipmentId[]
  readonly level?: LevelId
}

/**
 * Keeps the list's order; an empty or missing criterion does not filter. Body-weight exercises pass any kit
 * filter, and a level keeps that level and the ones below it.
 */
export function filterExercises<E extends Exercise>(list: readonly E[], filter: ExerciseFilter): E[] {
  const have = filter.equipment && filter.equipment.length > 0 ? new Set(filter.equipment) : null
  // Body weight is always at hand, whatever kit is chosen; a level means "up to" it.
  const top = filter.level === undefined ? LEVEL_IDS.length : LEVEL_IDS.indexOf(filter.level)
  return list.filter(
    (e) =>
      (have === null || e.equipment.some((q) => q === 'bodyweight' || have.has(q))) &&
      LEVEL_IDS.indexOf(e.level) <= top,
  )
}
