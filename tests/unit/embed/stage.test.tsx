// @vitest-environment jsdom
import { afterAll, beforeAll, expect, test, vi } from 'vitest'
import { renderHook, render, waitFor } from '@testing-library/react'
import { explorerStore } from '../../../src/store/index.ts'
import { useWebglSupport } from '../../../src/stage/useWebglSupport.ts'
import { EmbedApp } from '../../../src/embed/EmbedApp.tsx'
import { freshExplorerPerTest } from '../ui/helpers.ts'

freshExplorerPerTest()

// jsdom has no WebGL.
let getContext: ReturnType<typeof vi.spyOn>
beforeAll(() => {
  getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
})
afterAll(() => getContext.mockRestore())

test('useWebglSupport: no WebGL, no 3D, and the store switches to the map (and is ready)', () => {
  const { result } = renderHook(() => useWebglSupport())
  expect(result.current).toBe(false)
  expect(explorerStore.getState()).toMatchObject({ webgl: false, status: 'ready' })
})

test('the embed without WebGL keeps the page contract: #explorer, data-state, data-webgl, the map', async () => {
  explorerStore.getState().select('glutes')
  const { container } = render(<EmbedApp />)
  const root = container.querySelector<HTMLElement>('#explorer')!
  expect(root.className).toBe('rae-embed')
  expect(root.dataset).toMatchObject({ state: 'ready', webgl: 'off', engaged: 'false' })
  const stage = root.querySelector<HTMLElement>('main.rae-embed-stage')!
  expect(stage.getAttribute('aria-label')).toBe('Body map')
  expect(stage.hasAttribute('tabindex')).toBe(false)
  await waitFor(() => expect(stage.querySelector('.rae-map-region[data-group="glutes"]')).not.toBeNull())
  expect(container.querySelector('.rae-embed-title')?.firstChild?.textContent).toBe('Glutes')
})
