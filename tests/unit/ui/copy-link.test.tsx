// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { explorerStore } from '../../../src/store/index.ts'
import { CopyLinkButton } from '../../../src/ui/CopyLinkButton.tsx'
import { freshExplorerPerTest } from './helpers.ts'

freshExplorerPerTest()

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('copy link', () => {
  it('copies the current address and says so', async () => {
    window.history.replaceState(null, '', '/?muscle=calves&view=back')
    const writeText = vi.fn().mockResolvedValue(undefined)
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    render(<CopyLinkButton />)
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }))
    await waitFor(() => expect(explorerStore.getState().notices).toContain('Link copied'))
    expect(writeText).toHaveBeenCalledWith(`${location.origin}/?muscle=calves&view=back`)
    expect(screen.queryByRole('textbox')).toBeNull()
  })

  it('falls back to a selected read-only field when the clipboard is refused', async () => {
    const writeText = vi.fn().mockRejectedValue(new Error('denied'))
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    // jsdom has no execCommand; give it one that fails, as a locked-down browser would.
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true })
    render(<CopyLinkButton />)
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }))
    // Generous timeouts: this runs beside the model generator's tests on a busy machine.
    const field = await screen.findByRole('textbox', { name: 'Link to this view' }, { timeout: 5000 })
    expect((field as HTMLInputElement).readOnly).toBe(true)
    expect((field as HTMLInputElement).value).toBe(location.href)
    // Focus comes from an effect after the field renders: on a loaded machine the field can be found first.
    await waitFor(() => expect(document.activeElement).toBe(field), { timeout: 5000 })
    await waitFor(
      () => expect(explorerStore.getState().notices.some((n) => n.startsWith('Press Ctrl+C'))).toBe(true),
      { timeout: 5000 },
    )
  })
})
