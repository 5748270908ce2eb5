// @vitest-environment jsdom
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
import { Component, type ReactNode } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import { ModelBoundary } from '../../../src/scene/ModelBoundary.tsx'
import { ModelLoadError } from '../../../src/scene/loader.ts'
import { INITIAL_STATE, explorerStore } from '../../../src/store/index.ts'

const URL = 'https://example.test/models/body.glb'

function Thrower({ error }: { error: Error }): null {
  throw error
}

class Outer extends Component<{ children: ReactNode; onError: (e: unknown) => void }, { failed: boolean }> {
  override state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error)
  }
  override render() {
    return this.state.failed ? null : this.props.children
  }
}

beforeEach(() => {
  explorerStore.setState(INITIAL_STATE, true)
  vi.spyOn(console, 'error').mockImplementation(() => {})
})

describe('ModelBoundary', () => {
  it('turns a failed model load into the error state with a plain message', async () => {
    const outer = vi.fn()
    await ReactThreeTestRenderer.create(
      <Outer onError={outer}>
        <ModelBoundary url={URL}>
          <Thrower error={new ModelLoadError(URL, new Error('fetch responded with 404'))} />
        </ModelBoundary>
      </Outer>,
    )
    expect(explorerStore.getState().status).toBe('error')
    expect(explorerStore.getState().error).toMatch(/could not be found/)
    expect(outer).not.toHaveBeenCalled()
  })

  it('passes any other crash up instead of blaming the file', async () => {
    const outer = vi.fn()
    const bug = new TypeError('x is undefined')
    await ReactThreeTestRenderer.create(
      <Outer onError={outer}>
        <ModelBoundary url={URL}>
          <Thrower error={bug} />
        </ModelBoundary>
      </Outer>,
    )
    expect(outer).toHaveBeenCalledWith(bug)
    expect(explorerStore.getState().status).toBe('loading')
  })
})
