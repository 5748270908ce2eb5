import { Component, type ReactNode } from 'react'
import { explorerStore } from '../store/index.ts'
import { ModelLoadError, describeLoadError, forgetBody } from './loader.ts'

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

  /** Only a failed load of this boundary's model is a bad file; anything else is a bug. */
  private isLoadError(error: unknown): boolean {
    return error instanceof ModelLoadError && error.url === this.props.url
  }

  override componentDidCatch(error: unknown): void {
    if (!this.isLoadError(error)) return
    forgetBody(this.props.url)
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
