// @vitest-environment jsdom
import { expect, test, vi } from 'vitest'
import { act, render } from '@testing-library/react'
import { explorerStore } from '../../../src/store/index.ts'
import { EmbedPanel } from '../../../src/embed/EmbedPanel.tsx'
import { appUrl } from '../../../src/embed/urls.ts'
import { freshExplorerPerTest } from '../ui/helpers.ts'

// Counts how often the panel builds its "Open in full explorer" URL.
vi.mock('../../../src/embed/urls.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/embed/urls.ts')>()
  return { ...actual, appUrl: vi.fn(actual.appUrl) }
})

freshExplorerPerTest()

test('hovering muscles builds no URL; a change of the link state builds one', () => {
  explorerStore.getState().select('calves')
  const { container } = render(<EmbedPanel />)
  const link = () => container.querySelector<HTMLAnchorElement>('.rae-embed-open')!.href
  expect(new URL(link()).searchParams.get('muscle')).toBe('calves')

  const built = vi.mocked(appUrl)
  built.mockClear()
  act(() => {
    for (const mesh of ['soleus_L', 'soleus_R', 'gluteus_maximus_L', null])
      explorerStore.getState().setHovered(mesh)
    explorerStore.getState().setProgress(0.5)
  })
  expect(built).not.toHaveBeenCalled()

  act(() => explorerStore.getState().setView('back'))
  expect(built).toHaveBeenCalledTimes(1)
  expect(new URL(link()).searchParams.get('view')).toBe('back')
})
