// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { explorerStore } from '../../../src/store/index.ts'
import { ContextLostNote } from '../../../src/ui/ContextLostNote.tsx'
import { LoadingOverlay } from '../../../src/ui/LoadingOverlay.tsx'
import { StageError } from '../../../src/ui/StageError.tsx'
import { freshExplorerPerTest } from './helpers.ts'

freshExplorerPerTest()

describe('stage states', () => {
  it('loading shows the real progress, or an indeterminate bar while the size is unknown', () => {
    const { container } = render(<LoadingOverlay />)
    const bar = () => container.querySelector('progress')!
    expect(screen.getByText('Loading the body…')).toBeTruthy()
    expect(bar().hasAttribute('value')).toBe(false)
    act(() => explorerStore.getState().setProgress(0.423))
    expect(screen.getByText('Loading the body… 42 %')).toBeTruthy()
    expect(bar().getAttribute('value')).toBe('42')
    expect(bar().getAttribute('aria-labelledby')).toBe('rae-loading-text')
  })

  it('an error says why and Retry asks the scene to load again', () => {
    act(() => explorerStore.getState().fail('The 3D body could not be found on the server.'))
    render(<StageError />)
    expect(screen.getByRole('alert').textContent).toContain('could not be found on the server')
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }))
    const { status, attempt } = explorerStore.getState()
    expect(status).toBe('loading')
    expect(attempt).toBe(1)
  })

  it('a lost graphics context is explained until it comes back', () => {
    render(<ContextLostNote />)
    expect(screen.queryByText(/graphics card reset/)).toBeNull()
    act(() => explorerStore.getState().setContextLost(true))
    expect(screen.getByText('The graphics card reset; restoring…')).toBeTruthy()
    act(() => explorerStore.getState().setContextLost(false))
    expect(screen.queryByText(/graphics card reset/)).toBeNull()
  })
})
