// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { GROUP_IDS, GROUPS } from '../../../src/domain/groups.ts'
import { explorerStore, selectedGroup } from '../../../src/store/index.ts'
import { GroupNav } from '../../../src/ui/GroupNav.tsx'
import { freshExplorerPerTest } from './helpers.ts'

freshExplorerPerTest()

const option = (name: string) => screen.getByRole('option', { name: new RegExp(`^${name}`) })

describe('group list', () => {
  it('shows the eight groups with their muscles', () => {
    render(<GroupNav />)
    const list = screen.getByRole('listbox', { name: 'Muscle groups' })
    const options = within(list).getAllByRole('option')
    expect(options.map((o) => o.dataset.group)).toEqual([...GROUP_IDS])
    expect(option('Calves').textContent).toContain('Soleus')
    expect(option('Hamstrings').textContent).toContain('Semimembranosus')
  })

  it('selects a group on click', () => {
    render(<GroupNav />)
    fireEvent.click(option('Glutes'))
    expect(selectedGroup(explorerStore.getState())).toBe('glutes')
    expect(option('Glutes').getAttribute('aria-selected')).toBe('true')
    expect(option('Calves').getAttribute('aria-selected')).toBe('false')
  })

  it('selects with the keyboard only: arrows move, Enter and Space choose', () => {
    render(<GroupNav />)
    const first = option(GROUPS[GROUP_IDS[0]].name)
    // One tab stop: only the first option is in the tab order before anything is chosen.
    expect(screen.getAllByRole('option').filter((o) => o.tabIndex === 0)).toEqual([first])
    first.focus()
    fireEvent.keyDown(first, { key: 'ArrowDown' })
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(option('Quadriceps'))
    // Moving does not select.
    expect(selectedGroup(explorerStore.getState())).toBeNull()
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' })
    expect(selectedGroup(explorerStore.getState())).toBe('quadriceps')

    fireEvent.keyDown(document.activeElement!, { key: 'End' })
    expect(document.activeElement).toBe(option('Core'))
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' })
    fireEvent.keyDown(document.activeElement!, { key: ' ' })
    expect(selectedGroup(explorerStore.getState())).toBe('calves')
    expect(screen.getAllByRole('option').filter((o) => o.tabIndex === 0)).toEqual([option('Calves')])
  })

  it('follows selections made elsewhere', () => {
    render(<GroupNav />)
    act(() => explorerStore.getState().select('upper-back'))
    expect(option('Upper back').getAttribute('aria-selected')).toBe('true')
    expect(option('Upper back').tabIndex).toBe(0)
    act(() => explorerStore.getState().select(null))
    expect(screen.getAllByRole('option').every((o) => o.getAttribute('aria-selected') === 'false')).toBe(true)
  })
})

describe('group search', () => {
  it('filters the list and says how many match', async () => {
    render(<GroupNav />)
    const box = screen.getByRole('searchbox', { name: /find a muscle/i })
    fireEvent.change(box, { target: { value: 'soleus' } })
    expect(explorerStore.getState().query).toBe('soleus')
    expect(screen.getAllByRole('option').map((o) => o.dataset.group)).toEqual(['calves'])
    expect(screen.getByText(/1 group matches/)).toBeTruthy()

    // Exercise names join the search once the content chunk has arrived.
    fireEvent.change(box, { target: { value: 'nordic' } })
    await waitFor(() =>
      expect(screen.getAllByRole('option').map((o) => o.dataset.group)).toEqual(['hamstrings']),
    )

    fireEvent.change(box, { target: { value: 'xyz' } })
    expect(screen.queryAllByRole('option')).toHaveLength(0)
    expect(screen.getByText(/No group matches “xyz”/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Clear search' }))
    expect(screen.getAllByRole('option')).toHaveLength(GROUP_IDS.length)
  })

  it('keeps a hostile query as text', () => {
    const { container } = render(<GroupNav />)
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '<img src=x onerror=alert(1)>' } })
    expect(container.querySelector('img')).toBeNull()
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>')
  })
})
