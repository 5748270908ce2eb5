// @vitest-environment jsdom
import { afterEach, expect, test } from 'vitest'
import { useRef } from 'react'
import { act, cleanup, fireEvent, render } from '@testing-library/react'
import { useEngagement, type Engagement } from '../../../src/embed/useEngagement.ts'

afterEach(cleanup)

let latest: Engagement | null = null

function Stage() {
  const ref = useRef<HTMLElement>(null)
  latest = useEngagement(ref)
  return (
    <main ref={ref} tabIndex={0} data-testid="stage">
      <div data-testid="canvas" />
    </main>
  )
}

function press(el: Element, pointerType: 'mouse' | 'touch') {
  act(() => {
    fireEvent.pointerDown(el, { pointerType })
    fireEvent.click(el)
  })
}

test('the mouse press that engages the stage is not a press on an engaged stage; the next one is', () => {
  const { getByTestId } = render(<Stage />)
  const canvas = getByTestId('canvas')
  expect(latest!.engaged).toBe(false)
  press(canvas, 'mouse')
  expect(latest!.engaged).toBe(true)
  expect(latest!.pressWasEngaged()).toBe(false)
  press(canvas, 'mouse')
  expect(latest!.pressWasEngaged()).toBe(true)
})

test('a tap engages on click, so its miss is ignored too; Escape releases', () => {
  const { getByTestId } = render(<Stage />)
  const canvas = getByTestId('canvas')
  act(() => {
    fireEvent.pointerDown(canvas, { pointerType: 'touch' })
  })
  expect(latest!.engaged, 'a touch press may be a scroll').toBe(false)
  act(() => {
    fireEvent.click(canvas)
  })
  expect(latest!.engaged).toBe(true)
  expect(latest!.pressWasEngaged()).toBe(false)
  act(() => {
    fireEvent.keyDown(canvas, { key: 'Escape' })
  })
  expect(latest!.engaged).toBe(false)
  press(canvas, 'touch')
  expect(latest!.pressWasEngaged(), 'released: the next tap takes hold again').toBe(false)
})

test('a press that something inside stops still counts (capture phase)', () => {
  const { getByTestId } = render(<Stage />)
  const canvas = getByTestId('canvas')
  canvas.addEventListener('pointerdown', (e) => e.stopPropagation())
  press(canvas, 'mouse')
  press(canvas, 'mouse')
  expect(latest!.pressWasEngaged()).toBe(true)
})
