import { useEffect, useState, type RefObject } from 'react'

/**
 * Whether the reader is interacting with the embed, as map embeds do it: a mouse press, a tap or keyboard
 * focus on the stage engages it; Escape, moving focus away or leaving the frame (window blur) releases it.
 * A touch press alone does not engage, since it may be the start of a scroll through the article.
 */
export function useEngagement(stage: RefObject<HTMLElement | null>): boolean {
  const [engaged, setEngaged] = useState(false)

  useEffect(() => {
    const el = stage.current
    if (!el) return
    const engage = () => setEngaged(true)
    const release = () => setEngaged(false)
    const onPointerDown = (event: PointerEvent) => {
      if (event.pointerType !== 'touch') engage()
    }
    const onFocusOut = (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node && el.contains(event.relatedTarget))) release()
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') release()
    }
    el.addEventListener('pointerdown', onPointerDown)
    el.addEventListener('click', engage)
    el.addEventListener('focusin', engage)
    el.addEventListener('focusout', onFocusOut)
    el.addEventListener('keydown', onKeyDown)
    window.addEventListener('blur', release)
    return () => {
      el.removeEventListener('pointerdown', onPointerDown)
      el.removeEventListener('click', engage)
      el.removeEventListener('focusin', engage)
      el.removeEventListener('focusout', onFocusOut)
      el.removeEventListener('keydown', onKeyDown)
      window.removeEventListener('blur', release)
    }
  }, [stage])

  return engaged
}
