import { afterEach, beforeEach } from 'vitest'
import { cleanup } from '@testing-library/react'
import { INITIAL_STATE, explorerStore } from '../../../src/store/index.ts'

/** Fresh store and an empty document for every test (RTL only auto-cleans when vitest globals are on). */
export function freshExplorerPerTest(): void {
  beforeEach(() => {
    explorerStore.setState(INITIAL_STATE, true)
    window.history.replaceState(null, '', '/')
  })
  afterEach(() => {
    cleanup()
    explorerStore.setState(INITIAL_STATE, true)
  })
}
