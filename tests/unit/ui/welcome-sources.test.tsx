// @vitest-environment jsdom
// The welcome page's bibliography is fetched on demand (it is the largest text a first visit would not read):
// the numbered list must still fill in, and say so plainly while it cannot.
import { describe, expect, it } from 'vitest'
import { render, waitFor } from '@testing-library/react'
import { Welcome } from '../../../src/ui/Welcome.tsx'
import { SOURCES } from '../../../src/content/sources.ts'
import { freshExplorerPerTest } from './helpers.ts'

freshExplorerPerTest()

describe('welcome sources', () => {
  it('numbers every cited source at once and fills in each citation when the texts arrive', async () => {
    const { container } = render(<Welcome />)
    const items = () => [...container.querySelectorAll<HTMLLIElement>('.rae-sources > li')]
    expect(items().length).toBeGreaterThan(3)
    // Every citation number has its target before the texts are here, so a jump never lands nowhere.
    for (const cite of container.querySelectorAll<HTMLAnchorElement>('.rae-cite'))
      expect(container.querySelector(cite.getAttribute('href')!)).not.toBeNull()
    await waitFor(() => expect(container.querySelector('.rae-source-pending')).toBeNull())
    const texts = items().map((li) => li.querySelector('.rae-source-text')?.textContent)
    const citations = new Set<string>(Object.values(SOURCES).map((s) => s.citation))
    for (const text of texts) expect(citations.has(text ?? '')).toBe(true)
    expect(container.querySelector('.rae-sources')?.getAttribute('aria-busy')).toBe('false')
    // The tooltips on the numbers are the same texts.
    const cite = container.querySelector<HTMLAnchorElement>('.rae-cite')!
    expect(citations.has(cite.title)).toBe(true)
  })
})
