// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { explorerStore, selectedGroup } from '../../../src/store/index.ts'
import { App } from '../../../src/app/App.tsx'
import { Notices } from '../../../src/ui/Notices.tsx'
import { freshExplorerPerTest } from './helpers.ts'

freshExplorerPerTest()

// jsdom has no WebGL: the app must notice and fall back to the 2D map.
let getContext: ReturnType<typeof vi.spyOn>
beforeAll(() => {
  getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
})
afterAll(() => getContext.mockRestore())

describe('app without WebGL', () => {
  it('says so, is ready, and the map selects a group', async () => {
    const { container } = render(<App />)
    const root = container.querySelector('#explorer') as HTMLElement
    expect(root.dataset.webgl).toBe('off')
    expect(root.dataset.state).toBe('ready')
    expect(screen.getByText(/Your browser can.t show 3D here/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'X-ray' })).toBeNull()

    // The map is its own chunk, fetched only without WebGL.
    await waitFor(() => expect(container.querySelector('.rae-map-region')).not.toBeNull())
    const hamstrings = container.querySelector('.rae-map-region[data-group="hamstrings"]') as SVGGElement
    fireEvent.click(hamstrings)
    expect(selectedGroup(explorerStore.getState())).toBe('hamstrings')
    expect(hamstrings.getAttribute('aria-pressed')).toBe('true')
    // The details arrive in their own chunk.
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Hamstrings' }, { timeout: 10_000 }),
    ).toBeTruthy()

    const calves = container.querySelector('.rae-map-region[data-group="calves"]') as SVGGElement
    fireEvent.keyDown(calves, { key: 'Enter' })
    expect(selectedGroup(explorerStore.getState())).toBe('calves')
  })

  it('every group can be reached from the map', () => {
    const { container } = render(<App />)
    const groups = new Set(
      [...container.querySelectorAll<SVGGElement>('.rae-map-region')].map((g) => g.dataset.group),
    )
    expect(groups.size).toBe(8)
  })

  it('Escape clears the selection and shows the welcome again', async () => {
    explorerStore.getState().select('core')
    render(<App />)
    expect(await screen.findByRole('heading', { level: 2, name: 'Core' }, { timeout: 10_000 })).toBeTruthy()
    fireEvent.keyDown(document.body, { key: 'Escape' })
    expect(selectedGroup(explorerStore.getState())).toBeNull()
    expect(screen.getByRole('heading', { level: 2, name: 'Meet the muscles that run' })).toBeTruthy()
  })

  it('Escape in a search box with text clears the text first, not the group', () => {
    explorerStore.getState().select('core')
    render(<App />)
    const box = screen.getByRole('searchbox')
    fireEvent.change(box, { target: { value: 'core' } })
    fireEvent.keyDown(box, { key: 'Escape' })
    expect(selectedGroup(explorerStore.getState())).toBe('core')
  })

  it('Escape that closes a dialog (Embed) keeps the open group', () => {
    explorerStore.getState().select('calves')
    render(<App />)
    const dialog = document.createElement('dialog')
    const button = document.createElement('button')
    dialog.append(button)
    document.body.append(dialog)
    fireEvent.keyDown(button, { key: 'Escape' })
    expect(selectedGroup(explorerStore.getState())).toBe('calves')
    dialog.remove()
  })
})

describe('notices', () => {
  it('render a hostile group name as plain text and can be dismissed', () => {
    const hostile = `We don't know a muscle group called <img src=x onerror=alert(1)>`
    const { container } = render(<Notices />)
    act(() => explorerStore.getState().addNotice(hostile))
    expect(container.querySelector('img')).toBeNull()
    expect(screen.getByRole('status').textContent).toContain('<img src=x onerror=alert(1)>')
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss note' }))
    expect(explorerStore.getState().notices).toEqual([])
  })
})
