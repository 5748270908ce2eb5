import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'

export interface Engagement {
  /** The reader is interacting with the embed: wheel and touch go to the camera. */
  engaged: boolean
  /**
   * Whether the press in progress began on an already engaged stage. The press that engages is the reader
   * taking hold of the embed, not a click on the scene: a miss then must not clear the blogger's group.
   */
  pressWasEngaged: () => boolean
}

/**
 * Whether the reader is interacting with the embed, as map embeds do it: a mouse press, a tap or keyboard
 * focus on the stage engages it; Escape, moving focus away or leaving the frame (window blur) releases it.
 * A touch press alone does not engage, since it may be the start of a scroll through the article.
 */
export function useEngagement(stage: RefObject<HTMLElement | null>): Engagement {
  const [engaged, setEngaged] = useState(false)
  // Event handlers need the value of this very moment, before React re-renders.
  const current = useRef(false)
  const pressEngaged = useRef(false)

  useEffect(() => {
    const el = stage.current
    if (!el) return
    const set = (on: boolean) => {
      current.current = on
      setEngaged(on)
    }
    const engage = () => set(true)
    const release = () => set(false)
    const onPointerDown = (event: PointerEvent) => {
      pressEngaged.current = current.current
      if (event.pointerType !== 'touch') engage()
    }
    const onFocusOut = (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node && el.contains(event.relatedTarget))) release()
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') release()
    }
    // Capture: seen before the canvas and its controls handle the press, whatever they do with it.
    el.addEventListener('pointerdown', onPointerDown, true)
    el.addEventListener('click', engage)
    el.addEventListener('focusin', engage)
    el.addEventListener('focusout', onFocusOut)
    el.addEventListener('keydown', onKeyDown)
    window.addEventListener('blur', release)
    return () => {
      el.removeEventListener('pointerdown', onPointerDown, true)
      el.removeEventListener('click', engage)
      el.removeEventListener('focusin', engage)
      el.removeEventListener('focusout', onFocusOut)
      el.removeEventListener('keydown', onKeyDown)
      window.removeEventListener('blur', release)
    }
  }, [stage])

  const pressWasEngaged = useCallback(() => pressEngaged.current, [])
  return { engaged, pressWasEngaged }
}
