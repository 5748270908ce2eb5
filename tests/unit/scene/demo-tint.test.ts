// While the body performs a demo, the open card's group is not tinted: its blue read on the figure as the demo's
// violet (a muscle lengthening under load), on the leg that is not even working.
import { describe, expect, it } from 'vitest'
import { styleStateOf } from '../../../src/scene/materials.ts'
import { explorerStore } from '../../../src/store/index.ts'

describe('the body during a demo', () => {
  it('shows the demo’s glow only: no selection tint while it plays, the tint back once it closes', () => {
    const s = explorerStore.getState()
    s.showDemo('single-leg-calf-raise', { play: false })
    expect(explorerStore.getState().demo).toBe('single-leg-calf-raise')
    expect(styleStateOf(explorerStore.getState()).selected).toBeNull()
    explorerStore.getState().closeDemo()
    expect(styleStateOf(explorerStore.getState()).selected).toBe('calves')
  })
})
