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
export class ModelBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override componentDidCatch(error: unknown): void {
    useLoader.clear(GLTFLoader, this.props.url)
    explorerStore.getState().fail(describeLoadError(error))
  }

  override render() {
    return this.state.failed ? null : this.props.children
  }
}
