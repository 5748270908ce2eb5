import { Component, type ReactNode } from 'react'

interface State {
  failed: boolean
}

/** If the details chunk cannot be fetched (offline, a new deploy), say so instead of leaving a hole. */
export class PanelBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  override render() {
    if (!this.state.failed) return this.props.children
    return (
      <div className="rae-panel-error" role="alert">
        <p>
          The details for this group could not be loaded. Check your connection, then reload the page; the
          link keeps your place.
        </p>
        <button type="button" className="rae-button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    )
  }
}
