import { createContext, useContext } from 'react'
import { forEachCitedId } from '../content/cite.ts'
import type { SourceId } from '../content/types.ts'

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
    // Content is typed and schema-checked, so every cited id is a SourceId.
    if (!numbers.has(id as SourceId)) numbers.set(id as SourceId, numbers.size + 1)
  })
  return numbers
}

export function sourceAnchor(n: number): string {
  return `rae-source-${n}`
}
