import { createContext, useContext } from 'react'
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
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach(visit)
      return
    }
    if (typeof value !== 'object' || value === null) return
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) {
        for (const id of child) {
          if (isSourceId(id) && !numbers.has(id)) numbers.set(id, numbers.size + 1)
        }
      } else visit(child)
    }
  }
  values.forEach(visit)
  return numbers
}

export function sourceAnchor(n: number): string {
  return `rae-source-${n}`
}
