import { createContext, useContext } from 'react'
import { forEachCitedId } from '../content/cite.ts'
import { isSourceId, type SourceId } from '../content/sources.ts'

/** Panel-local numbering: [1] is the first source cited in the open panel, as in a printed article. */
export type SourceNumbers = ReadonlyMap<SourceId, number>

export const SourceNumbersContext = createContext<SourceNumbers>(new Map())

export function useSourceNumbers(): SourceNumbers {
  return useContext(SourceNumbersContext)
}

/** Every `sources` list found in a content value, in reading order, numbered from 1 without repeats. */
export function numberSources(...values: readonly unknown[]): SourceNumbers {
  const numbers = new Map<SourceId, number>()
  forEachCitedId(values, (id) => {
    if (isSourceId(id) && !numbers.has(id)) numbers.set(id, numbers.size + 1)
  })
  return numbers
}

export function sourceAnchor(n: number): string {
  return `rae-source-${n}`
}
