// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { EQUIPMENT_IDS } from '../../../src/domain/training.ts'
import { GUIDE, getGroupContent, filterExercises } from '../../../src/content/index.ts'
import { GROUP_IDS } from '../../../src/domain/groups.ts'
import { termPattern } from '../../../src/ui/glossary.ts'
import { groupReadingOrder } from '../../../src/ui/reading-order.ts'
import { explorerStore, selectedGroup } from '../../../src/store/index.ts'
import { GroupPanel } from '../../../src/ui/GroupPanel.tsx'
import { freshExplorerPerTest } from './helpers.ts'

freshExplorerPerTest()

const cards = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>('[data-exercise]')].map((el) => el.dataset.exercise)

describe('group panel', () => {
  it('shows the group, its muscles, a seven-row stride table and the close button', () => {
    explorerStore.getState().select('calves')
    const { container } = render(<GroupPanel id="calves" />)
    expect(screen.getByRole('heading', { level: 2, name: 'Calves' })).toBeTruthy()
    expect(screen.getByRole('heading', { level: 4, name: 'Soleus' })).toBeTruthy()
    const table = container.querySelector('table')!
    expect(within(table).getAllByRole('row')).toHaveLength(8)
    fireEvent.click(screen.getByRole('button', { name: 'Close Calves' }))
    expect(selectedGroup(explorerStore.getState())).toBeNull()
  })

  it('lists numbered sources that open safely in a new tab, with flag badges and a legend', () => {
    const { container } = render(<GroupPanel id="calves" />)
    const sources = container.querySelectorAll('.rae-sources > li')
    expect(sources.length).toBeGreaterThan(3)
    const links = [...container.querySelectorAll<HTMLAnchorElement>('.rae-sources a')]
    expect(links.length).toBeGreaterThan(0)
    for (const a of links) {
      expect(a.target).toBe('_blank')
      expect(a.rel).toBe('noopener noreferrer')
      expect(a.href).toMatch(/^https?:\/\//)
    }
    // Every citation number points at an entry of the list.
    const cites = [...container.querySelectorAll<HTMLAnchorElement>('.rae-cite')]
    expect(cites.length).toBeGreaterThan(10)
    for (const cite of cites) expect(container.querySelector(cite.getAttribute('href')!)).not.toBeNull()
    // The calves' stride facts come from the simulation, and estimated doses say so.
    expect(container.querySelector('.rae-phase-table .rae-flag[data-flag="SIM"]')).not.toBeNull()
    expect(container.querySelector('.rae-exercise .rae-flag[data-flag="UE"]')).not.toBeNull()
    const legend = container.querySelector('.rae-legend')!
    for (const flag of ['UE', 'NV', 'SIM', 'SEC']) {
      expect(legend.querySelector(`[data-flag="${flag}"]`)).not.toBeNull()
    }
  })

  it('filters by kit (body weight always) and level (up to), says which filters are on, and clears them', () => {
    const all = getGroupContent('hamstrings').exercises
    const { container } = render(<GroupPanel id="hamstrings" />)
    expect(cards(container)).toEqual(all.map((e) => e.id))

    fireEvent.click(screen.getByRole('button', { name: 'Kettlebell' }))
    expect(explorerStore.getState().equipment).toEqual(['kettlebell'])
    const kettlebell = filterExercises(all, { equipment: ['kettlebell'] }).map((e) => e.id)
    expect(kettlebell.length).toBeGreaterThan(0)
    expect(kettlebell.length).toBeLessThan(all.length)
    expect(cards(container)).toEqual(kettlebell)

    fireEvent.click(screen.getByRole('button', { name: 'Beginner' }))
    const expected = filterExercises(all, { equipment: ['kettlebell'], level: 'beginner' }).map((e) => e.id)
    expect(cards(container)).toEqual(expected)
    if (expected.length === 0) expect(screen.getByText(/No exercise matches/)).toBeTruthy()

    // The count says which filters are on, so filters carried over from another group are no surprise.
    expect(
      screen.getByText(
        /Showing \d+ of \d+ exercises: your kit \(kettlebell\) and body weight, up to beginner\./,
      ),
    ).toBeTruthy()
    // A level above this group's exercises is not offered.
    const levels = new Set(all.map((e) => e.level))
    expect(screen.queryByRole('button', { name: 'Advanced' }) !== null).toBe(levels.has('advanced'))
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(cards(container)).toEqual(all.map((e) => e.id))
    expect(screen.getByRole('button', { name: 'Any level' }).getAttribute('aria-pressed')).toBe('true')
  })

  it('shows where a runner starts, how to build and where it leads, with easier and harder versions', () => {
    const { container } = render(<GroupPanel id="hamstrings" />)
    const nordic = container.querySelector<HTMLElement>('[data-exercise="nordic-hamstring-curl"]')!
    const start = nordic.querySelector('[data-dose="start"]')!
    const end = nordic.querySelector('[data-dose="destination"]')!
    expect(start.querySelector('dd')?.textContent).toBe('2 × 5')
    expect(end.querySelector('dd')?.textContent).toBe('3 × 12, 10, 8')
    // The trial's end dose comes after its start and is labelled as a destination.
    expect(start.compareDocumentPosition(end) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(nordic.textContent).toMatch(/Where it leads \(not a starting dose\)/)
    expect(nordic.textContent).toMatch(/Build up \(4 weeks to the full dose\)/)
    expect(nordic.textContent).toMatch(/Easier.*regression/)
    // Tempo is spelled out; drills have none.
    expect(start.textContent).toMatch(
      /4-0-X-0: 4 s down, no pause at the bottom, up fast, no pause at the top/,
    )
    const strides = container.querySelector('[data-exercise="strides-sprint-drills"]')!
    expect(strides.textContent).not.toMatch(/Tempo/)
    // Sets × reps always reads as numbers.
    for (const dd of container.querySelectorAll('.rae-dose > div:first-child dd'))
      expect(dd.textContent).toMatch(/^(?:\d+ × |1 set of )\d/)
  })

  it('explains each technical term once, where it first appears', () => {
    const { container } = render(<GroupPanel id="hamstrings" />)
    const terms = [...container.querySelectorAll('.rae-term dfn')].map((d) => d.textContent?.toLowerCase())
    expect(terms.length).toBeGreaterThan(3)
    expect(new Set(terms).size).toBe(terms.length)
    // RR is explained at its first appearance, in the benefit line.
    const first = container.querySelector('[data-benefit="injury-prevention"] .rae-term')
    expect(first?.textContent).toMatch(/^RR \(risk ratio/)
    expect(container.textContent).not.toMatch(/the reference/i)
  })

  it('explains every term on screen even when the filters hide the card that first used it', () => {
    // Before: RM was explained only on the hip thrust card, so with bodyweight only it was explained nowhere.
    for (const id of GROUP_IDS) {
      const content = getGroupContent(id)
      for (const equipment of EQUIPMENT_IDS) {
        act(() => {
          explorerStore.getState().clearFilters()
          explorerStore.getState().toggleEquipment(equipment)
        })
        const { container, unmount } = render(<GroupPanel id={id} />)
        const shown = filterExercises(content.exercises, { equipment: [equipment] })
        const texts = groupReadingOrder(content, GUIDE, shown)
        const used = GUIDE.glossary.filter((g) => texts.some((t) => termPattern(g).test(t)))
        const explained = [...container.querySelectorAll('.rae-term dfn')].map((d) => d.textContent ?? '')
        for (const g of used)
          expect(
            explained.some((e) => termPattern(g).test(e)),
            `${id} with ${equipment}: ${g.term}`,
          ).toBe(true)
        unmount()
      }
    }
  })

  it('keeps citations out of the tab order and the source list at one stop, arrows within', () => {
    const { container } = render(<GroupPanel id="calves" />)
    const cites = [...container.querySelectorAll<HTMLAnchorElement>('.rae-cite')]
    expect(cites.length).toBeGreaterThan(10)
    for (const cite of cites) expect(cite.tabIndex).toBe(-1)
    const links = [...container.querySelectorAll<HTMLAnchorElement>('.rae-sources a')]
    expect(links.filter((a) => a.tabIndex === 0)).toHaveLength(1)
    links[0]!.focus()
    fireEvent.keyDown(links[0]!, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(links[1])
    expect(links[1]!.tabIndex).toBe(0)
    expect(links[0]!.tabIndex).toBe(-1)
    fireEvent.keyDown(links[1]!, { key: 'End' })
    expect(document.activeElement).toBe(links.at(-1))
  })

  it('says when to stop and see a clinician, and how to fit the work in', () => {
    const { container } = render(<GroupPanel id="calves" />)
    const injuries = [...container.querySelectorAll('.rae-injury')]
    expect(injuries.length).toBeGreaterThanOrEqual(3)
    for (const li of injuries) {
      expect(li.querySelector('.rae-injury-stop')?.textContent).toMatch(/^Stop and see a clinician/)
      expect(li.querySelector('.rae-injury-moment')).not.toBeNull()
    }
    expect(container.textContent).toMatch(/Plantar fasciitis/)
    expect(container.textContent).toMatch(/hop on that leg/)
    const fit = container.querySelectorAll('.rae-fit > li')
    expect(fit).toHaveLength(5)
    expect(container.querySelector('.rae-red-flags')).not.toBeNull()
  })
})
