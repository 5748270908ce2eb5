import { describe, expect, it } from 'vitest'
import { CONTENT } from '../../../src/content/index.ts'
import { foldWord, searchTerms } from '../../../src/content/search-index.ts'
import { searchWordsProblems, searchWordsSchema } from '../../../src/content/search-words-schema.ts'

describe('the search’s words', () => {
  it('pass their schema and name only exercises and injuries the content has', () => {
    expect(searchWordsProblems(CONTENT)).toEqual([])
  })

  it('the schema catches a filler word that is also a search word, and a non-word', () => {
    const base = { stopWords: ['the'], keepAsIs: [], joinedNames: {}, exerciseAliases: {}, injuryAliases: {} }
    const groupAliases = { calves: ['calf'] }
    expect(searchWordsSchema.safeParse({ ...base, groupAliases, synonyms: { the: ['a'] } }).success).toBe(
      false,
    )
    expect(
      searchWordsSchema.safeParse({ ...base, groupAliases, synonyms: { 'Shin ': ['tibia'] } }).success,
    ).toBe(false)
  })

  it('folds plurals and word forms, and keeps names whose ending is not a suffix', () => {
    expect(
      ['cramps', 'hurts', 'calves', 'soreness', 'running', 'pulled', 'kneeling', 'injuries'].map(foldWord),
    ).toEqual(['cramp', 'hurt', 'calf', 'sore', 'run', 'pull', 'kneel', 'injury'])
    expect(['hamstring', 'achilles', 'soleus', 'biceps', 'press', 'knee'].map(foldWord)).toEqual([
      'hamstring',
      'achilles',
      'soleus',
      'biceps',
      'press',
      'knee',
    ])
    expect(searchTerms("My IT band's tight when I run")).toEqual(['itband', 'tight'])
  })
})
