import { Component, type ReactNode } from 'react'
import { useLoader } from '@react-three/fiber'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { explorerStore } from '../store/index.ts'
import { describeLoadError } from './loader.ts'

interface Props {
  url: string
  children: ReactNode
}

/**
 * Catches a failed model load: the store learns why (the panels show it with a Retry), the cached failure is
 * forgotten so Retry really asks the server again, and the rest of the scene keeps running.
 */
export class ModelBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null }

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error }
  }

  /** R3F's useLoader rejects with "Could not load <url>: …"; anything else is a bug, not a bad file. */
  private isLoadError(error: unknown): boolean {
    return error instanceof Error && error.message.startsWith(`Could not load ${this.props.url}`)
  }

  override componentDidCatch(error: unknown): void {
    if (!this.isLoadError(error)) return
    useLoader.clear(GLTFLoader, this.props.url)
    explorerStore.getState().fail(describeLoadError(error))
  }

  override render() {
    const { error } = this.state
    if (error === null) return this.props.children
    // Not ours to explain: pass it up to the stage's boundary.
    if (!this.isLoadError(error)) throw error
    return null
  }
}
