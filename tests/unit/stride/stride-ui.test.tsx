// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { INITIAL_STATE, explorerStore, strideClock } from '../../../src/store/index.ts'
import { StrideBar } from '../../../src/ui/stride/StrideBar.tsx'
import { StrideNow } from '../../../src/ui/stride/StrideNow.tsx'
import { StrideToggle } from '../../../src/ui/stride/StrideToggle.tsx'
import { getGroupContent } from '../../../src/content/index.ts'
import { PHASE_TEXT_HOLD_MS } from '../../../src/ui/stride/live.ts'

beforeEach(() => {
  explorerStore.setState(INITIAL_STATE, true)
  strideClock.phase = 0
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

/** A hand-driven requestAnimationFrame: counts the loops waiting for a frame and runs one frame on demand. */
function fakeFrames() {
  const pending = new Map<number, FrameRequestCallback>()
  let next = 1
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    pending.set(next, cb)
    return next++
  })
  vi.stubGlobal('cancelAnimationFrame', (id: number) => void pending.delete(id))
  return {
    pending: () => pending.size,
    frame() {
      const due = [...pending.values()]
      pending.clear()
      act(() => due.forEach((cb) => cb(performance.now())))
    },
  }
}

const stride = () => explorerStore.getState()

describe('stride bar', () => {
  it('is absent outside stride mode; the toggle brings it in running, and takes it away', () => {
    render(
      <>
        <StrideToggle />
        <StrideBar />
      </>,
    )
    expect(screen.queryByRole('slider')).toBeNull()
    const toggle = screen.getByRole('button', { name: 'Stride' })
    fireEvent.click(toggle)
    expect(stride().stride).toBe(true)
    expect(stride().playing).toBe(true)
    expect(toggle.getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByRole('slider')).toBeTruthy()
    fireEvent.click(toggle)
    expect(stride().stride).toBe(false)
    expect(screen.queryByRole('slider')).toBeNull()
  })

  it('shows the settled moment with its phase, and scrubbing pauses and seeks', () => {
    act(() => {
      stride().setStride(true)
      stride().seek(90)
    })
    render(<StrideBar />)
    const range = screen.getByRole('slider') as HTMLInputElement
    expect(range.value).toBe('90')
    expect(range.getAttribute('aria-valuetext')).toBe('90 % — late swing')
    expect(screen.getByRole('button', { name: 'Late swing' }).getAttribute('aria-current')).toBe('true')

    act(() => stride().play())
    expect(screen.getByRole('button', { name: 'Pause the stride' })).toBeTruthy()
    fireEvent.change(range, { target: { value: '50' } })
    expect(stride().playing).toBe(false)
    expect(stride().phase).toBe(50)
    expect(range.getAttribute('aria-valuetext')).toBe('50 % — early swing')
    expect(screen.getByRole('button', { name: 'Early swing' }).getAttribute('aria-current')).toBe('true')
    expect(screen.getByRole('button', { name: 'Late swing' }).getAttribute('aria-current')).toBeNull()

    // A phase button jumps to the moment that shows that phase best, not to its first percent.
    fireEvent.click(screen.getByRole('button', { name: 'Push-off' }))
    expect(stride().phase).toBe(31)
    fireEvent.click(screen.getByRole('button', { name: 'Late swing' }))
    expect(stride().phase).toBe(90)
    fireEvent.click(screen.getByRole('button', { name: '0.25× speed' }))
    expect(stride().speed).toBe(0.25)
  })

  it('names the legend scale and flags simulated and estimated curves', () => {
    act(() => stride().setStride(true))
    render(<StrideBar />)
    expect(screen.getByText(/not one muscle against another/, { selector: '.rae-glow-why' })).toBeTruthy()
    expect(screen.getByText(/gastrocnemius/, { selector: 'p' }).textContent).toMatch(/simulated force/)
    expect(screen.getByText(/deltoid, trapezius/, { selector: 'p' }).textContent).toMatch(/Estimates/)
  })
})

describe('right now', () => {
  it('shows what the group does in the current phase, and its curve', () => {
    act(() => {
      stride().setStride(true)
      stride().seek(90)
    })
    const { container } = render(<StrideNow group="hamstrings" />)
    expect(container.querySelector('.rae-right-now-phase')?.textContent).toBe('Late swing')
    expect(screen.getByText(getGroupContent('hamstrings').phases['late-swing'].text)).toBeTruthy()
    expect(container.querySelectorAll('polyline.rae-curve-line')).toHaveLength(1)
    // The simulated force stays beside the EMG window as a dashed second source.
    expect(container.querySelectorAll('polyline.rae-curve-sim')).toHaveLength(1)
    expect(container.querySelector('.rae-curve-now')?.getAttribute('x1')).toBe('90')
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/peaks at about 9\d %/)

    act(() => stride().seek(20))
    expect(container.querySelector('.rae-right-now-phase')?.textContent).toBe('Midstance')
    expect(container.querySelector('.rae-curve-now')?.getAttribute('x1')).toBe('20')
  })

  it('outside stride mode offers a way in and shows the curve without a moving line', () => {
    const { container } = render(<StrideNow group="quadriceps" />)
    expect(container.querySelector('.rae-right-now')).toBeNull()
    expect(container.querySelectorAll('polyline.rae-curve-line')).toHaveLength(2)
    expect(container.querySelector('.rae-curve-now')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Watch the quadriceps in the stride' }))
    expect(stride().stride).toBe(true)
  })
})

describe('turning stride on while paused', () => {
  it('puts the chart line and values at the settled moment at once', () => {
    act(() => stride().seek(40))
    const { container } = render(<StrideNow group="hamstrings" />)
    expect(container.querySelector('.rae-curve-now')).toBeNull()
    // The reduced-motion way in: stride on, not playing.
    act(() => stride().setStride(true))
    expect(container.querySelector('.rae-curve-now')?.getAttribute('x1')).toBe('40')
    expect(container.querySelector('.rae-curve-value span')?.textContent).toMatch(/^\d+ %$/)

    // Off and on again at the same moment: fresh elements, so nothing may be skipped as already shown.
    act(() => stride().setStride(false))
    act(() => stride().setStride(true))
    expect(container.querySelector('.rae-curve-now')?.getAttribute('x1')).toBe('40')
    expect(container.querySelector('.rae-curve-value span')?.textContent).toMatch(/^\d+ %$/)
  })
})

describe('stance and swing in the words', () => {
  it('after toe-off the panel says the leg swings; just before, the foot is down', () => {
    act(() => {
      stride().setStride(true)
      stride().seek(35)
    })
    const { container } = render(<StrideNow group="calves" />)
    const part = () => container.querySelector('.rae-right-now-part')?.textContent
    expect(part()).toBe('(right leg swinging)')
    act(() => stride().seek(33))
    expect(part()).toBe('(right foot on the ground)')
  })
})

describe('while playing', () => {
  it('one shared animation loop drives the bar, the chart and the phase; the marker moves by transform', () => {
    const raf = fakeFrames()
    act(() => stride().seek(10))
    const { container } = render(
      <>
        <StrideBar />
        <StrideNow group="hamstrings" />
      </>,
    )
    let clock = 1000
    vi.spyOn(performance, 'now').mockImplementation(() => clock)
    act(() => stride().play())
    expect(raf.pending()).toBe(1)

    strideClock.phase = 62.5
    raf.frame()
    expect(raf.pending()).toBe(1)
    const marker = container.querySelector<HTMLElement>('.rae-stride-now')!
    expect(marker.style.transform).toBe('translateX(62.5%)')
    expect(marker.style.left).toBe('')
    expect((screen.getByRole('slider') as HTMLInputElement).value).toBe('62')
    expect(container.querySelector('.rae-curve-now')?.getAttribute('x1')).toBe('62.5')
    expect(container.querySelector('.rae-right-now-phase')?.textContent).toBe('Mid swing')
    expect(screen.getByRole('button', { name: 'Mid swing' }).getAttribute('aria-current')).toBe('true')

    // Half a second later the bar, the chart and the panel's "right now" have moved on in the same frame (issue 23:
    // the panel used to hold its phase while the bar moved); the longer explanation holds so it can be read.
    clock = 1500
    strideClock.phase = 90
    raf.frame()
    expect(raf.pending()).toBe(1)
    expect(screen.getByRole('button', { name: 'Late swing' }).getAttribute('aria-current')).toBe('true')
    expect(container.querySelector('.rae-right-now-phase')?.textContent).toBe('Late swing')
    expect(container.querySelector('.rae-stride-moment')?.textContent).toBe('Late swing · 90 %')
    expect(container.querySelector('.rae-right-now-about')?.textContent).toBe('Mid swing')
    expect(container.querySelector('.rae-right-now-label')?.textContent).toBe('Phase')
    // After the hold the explanation catches up with the stride.
    clock = 1000 + PHASE_TEXT_HOLD_MS + 1
    strideClock.phase = 91
    raf.frame()
    expect(container.querySelector('.rae-right-now-phase')?.textContent).toBe('Late swing')
    expect(container.querySelector('.rae-right-now-about')?.textContent).toBe('Late swing')

    act(() => stride().pause())
    expect(raf.pending()).toBe(0)
    expect(marker.style.transform).toBe('translateX(91%)')
    expect(container.querySelector('.rae-right-now-label')?.textContent).toBe('Right now')

    act(() => stride().play())
    expect(raf.pending()).toBe(1)
    cleanup()
    expect(raf.pending()).toBe(0)
  })
})
