/** Walks a content value in reading order and reports every id in a `sources` list, repeats included. */
export function forEachCitedId(value: unknown, visit: (id: string) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) forEachCitedId(item, visit)
    return
  }
  if (typeof value !== 'object' || value === null) return
  for (const [key, child] of Object.entries(value)) {
    if (key === 'sources' && Array.isArray(child)) {
      for (const id of child) if (typeof id === 'string') visit(id)
    } else forEachCitedId(child, visit)
  }
}
