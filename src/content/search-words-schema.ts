/**
 * The check of the search's words (search-words.ts and the aliases in search-index.ts), run by the tests: every
 * word lower case and plain, no filler word that is also a search word, every alias keyed to an exercise or injury
 * the content has. Kept apart from the runtime (zod stays out of the app's chunks).
 */
import { z } from 'zod'
import { GROUP_IDS } from '../domain/groups.ts'
import type { GroupContent } from './types.ts'
import { EXERCISE_ALIASES, JOINED_NAMES, KEEP_AS_IS, STOP_WORDS, SYNONYMS } from './search-words.ts'
import { GROUP_ALIASES, INJURY_ALIASES } from './search-index.ts'

const word = z.string().regex(/^[a-z0-9]+$/, 'one plain lower-case word')
const phrase = z.string().min(2).max(60)

export const searchWordsSchema = z
  .strictObject({
    stopWords: z.array(word),
    keepAsIs: z.array(word),
    joinedNames: z.record(z.string().regex(/^[a-z0-9]+(?: [a-z0-9]+)+$/, 'two words or more'), word),
    synonyms: z.record(word, z.array(word).min(1)),
    exerciseAliases: z.record(z.string(), z.array(phrase).min(1)),
    injuryAliases: z.record(z.string(), z.array(phrase).min(1)),
    groupAliases: z.record(z.enum(GROUP_IDS), z.array(phrase).min(1)),
  })
  .superRefine((v, ctx) => {
    const stop = new Set(v.stopWords)
    if (stop.size !== v.stopWords.length)
      ctx.addIssue({ code: 'custom', message: 'a stop word is listed twice' })
    for (const key of Object.keys(v.synonyms))
      if (stop.has(key))
        ctx.addIssue({ code: 'custom', message: `“${key}” is both a stop word and a synonym` })
    for (const one of Object.values(v.joinedNames))
      if (stop.has(one)) ctx.addIssue({ code: 'custom', message: `joined name “${one}” is a stop word` })
  })

/** Problems with the search's words against the given content; empty when all is well. */
export function searchWordsProblems(
  content: Readonly<Record<(typeof GROUP_IDS)[number], GroupContent>>,
): string[] {
  const parsed = searchWordsSchema.safeParse({
    stopWords: STOP_WORDS,
    keepAsIs: KEEP_AS_IS,
    joinedNames: JOINED_NAMES,
    synonyms: SYNONYMS,
    exerciseAliases: EXERCISE_ALIASES,
    injuryAliases: INJURY_ALIASES,
    groupAliases: GROUP_ALIASES,
  })
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
  const exercises = new Set(GROUP_IDS.flatMap((g) => content[g].exercises.map((e) => e.id)))
  const injuries = new Set(GROUP_IDS.flatMap((g) => content[g].injuries.map((i) => i.name)))
  for (const id of Object.keys(EXERCISE_ALIASES))
    if (!exercises.has(id)) problems.push(`exercise alias for “${id}”, which the content lacks`)
  for (const name of Object.keys(INJURY_ALIASES))
    if (!injuries.has(name)) problems.push(`injury alias for “${name}”, which the content lacks`)
  return problems
}
