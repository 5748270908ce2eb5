// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { act, render } from '@testing-library/react'
import { explorerStore } from '../../../src/store/index.ts'
import { HoverTag } from '../../../src/ui/HoverTag.tsx'
import { freshExplorerPerTest } from './helpers.ts'

freshExplorerPerTest()

describe('hover tag', () => {
  it('names the hovered muscle and its side, and follows the pointer without the store', () => {
    const { container } = render(<HoverTag />)
    const tag = container.querySelector('.rae-hover-tag') as HTMLElement
    expect(tag.hidden).toBe(true)
    act(() => explorerStore.getState().setHovered('gastrocnemius_R'))
    expect(tag.hidden).toBe(false)
    expect(tag.textContent).toBe('Gastrocnemius (right)')

    let notified = 0
    const off = explorerStore.subscribe(() => notified++)
    window.dispatchEvent(Object.assign(new Event('pointermove'), { clientX: 100, clientY: 50 }))
    off()
    expect(tag.style.transform).toBe('translate(114px, 62px)')
    expect(notified).toBe(0)

    act(() => explorerStore.getState().setHovered(null))
    expect(tag.hidden).toBe(true)
  })
})
