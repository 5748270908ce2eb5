import { Component, type ErrorInfo, type ReactNode } from 'react'
import { explorerStore } from '../store/index.ts'

interface StageBoundaryProps {
  children: ReactNode
}

interface StageBoundaryState {
  failed: boolean
}

/**
 * A crash inside the 3D stage must not take the list and panels down with it: turn it into the store's error
 * state (message + Retry). The parent remounts this boundary on every retry attempt.
 */
export class StageBoundary extends Component<StageBoundaryProps, StageBoundaryState> {
  override state: StageBoundaryState = { failed: false }

  static getDerivedStateFromError(): StageBoundaryState {
    return { failed: true }
  }

  override componentDidCatch(error: Error, _info: ErrorInfo): void {
    console.error(error)
    explorerStore.getState().fail('The 3D view ran into a problem and stopped.')
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children
  }
}
