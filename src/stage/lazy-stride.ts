import { createElement, useEffect, useState, type ComponentType } from 'react'
import { explorerStore } from '../store/index.ts'

const NOTICE = 'Stride mode could not load. Check your connection and try again.'

function strideFailed() {
  const s = explorerStore.getState()
  if (s.stride) {
    s.setStride(false)
    s.addNotice(NOTICE)
  }
}

/** A demo whose code could not be fetched closes again with a notice; the next "Show me" fetches again. */
export function demoFailed() {
  const s = explorerStore.getState()
  if (s.demo) {
    s.closeDemo()
    s.addNotice('The exercise demonstration could not load. Check your connection and try again.')
  }
}

export interface OnDemand<P extends object> {
  /** Renders nothing until the code has arrived, then the component; no Suspense, so no reveal delay. */
  Component: ComponentType<P>
  /** Starts the download (once); a deep link into stride mode calls it at start-up. */
  preload: () => Promise<void>
}

/**
 * Stride mode's code (the activation tables, the pose, the bar) loads when stride mode is first turned on, not
 * with the page. If it cannot be fetched, stride mode turns off again with a notice instead of breaking the
 * stage, and the next try fetches again.
 */
export function lazyStride<P extends object>(
  load: () => Promise<ComponentType<P>>,
  onFail: () => void = strideFailed,
): OnDemand<P> {
  let loaded: ComponentType<P> | null = null
  let pending: Promise<void> | null = null
  const preload = () =>
    (pending ??= load().then(
      (component) => {
        loaded = component
      },
      () => {
        pending = null
        onFail()
      },
    ))
  function Component(props: P) {
    const [ready, setReady] = useState(loaded !== null)
    useEffect(() => {
      if (ready) return
      let live = true
      void preload().then(() => live && loaded && setReady(true))
      return () => {
        live = false
      }
    }, [ready])
    return ready && loaded ? createElement(loaded, props) : null
  }
  return { Component, preload }
}
