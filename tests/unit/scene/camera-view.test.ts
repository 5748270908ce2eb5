import { describe, expect, it } from 'vitest'
import { VIEW_AZIMUTH, viewOfAzimuth } from '../../../src/scene/CameraRig.tsx'

describe('the preset the camera rests on', () => {
  it('is the preset whose azimuth it sits on, however many turns it took to get there', () => {
    expect(viewOfAzimuth(0)).toBe('front')
    expect(viewOfAzimuth(Math.PI)).toBe('back')
    expect(viewOfAzimuth(-Math.PI)).toBe('back')
    expect(viewOfAzimuth(VIEW_AZIMUTH.left + 4 * Math.PI)).toBe('left')
    expect(viewOfAzimuth(VIEW_AZIMUTH.right - 2 * Math.PI + 0.05)).toBe('right')
  })

  it('is none after one arrow-key step (15°) off a preset, so no button claims a view it does not show', () => {
    const step = Math.PI / 12
    expect(viewOfAzimuth(Math.PI + step)).toBeNull()
    expect(viewOfAzimuth(Math.PI - 6 * step)).toBe('left')
    expect(viewOfAzimuth(step)).toBeNull()
  })
})
