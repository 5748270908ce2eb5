import { describe, expect, it } from 'vitest'
import { EMPTY_LINK, parseCamera, parseLink, writeLink } from '../../../src/domain/links.ts'
import { parseLoop, wrapIntoLoop } from '../../../src/domain/tour.ts'

describe('links that keep the whole view', () => {
  it('round-trip X-ray, one muscle alone, labels, a loop, the camera and a tour step', () => {
    const search = writeLink('', {
      ...EMPTY_LINK,
      muscle: 'hamstrings',
      xray: true,
      isolate: 'biceps-femoris',
      labels: true,
      loop: [85, 95],
      camera: { azimuth: 30, elevation: -5, distance: 2.4 },
      tour: 'hamstring-strain',
      step: 2,
    })
    expect(search).toBe(
      '?muscle=hamstrings&xray=1&isolate=biceps-femoris&labels=1&loop=85-95&cam=30%2C-5%2C2.4&tour=hamstring-strain&step=2',
    )
    const parsed = parseLink(search)
    expect(parsed.problems).toEqual([])
    expect(parsed.state).toMatchObject({
      muscle: 'hamstrings',
      xray: true,
      isolate: 'biceps-femoris',
      labels: true,
      loop: [85, 95],
      camera: { azimuth: 30, elevation: -5, distance: 2.4 },
      tour: 'hamstring-strain',
      step: 2,
    })
  })

  it('an isolated muscle alone brings its group; old links read exactly as before', () => {
    expect(parseLink('?isolate=soleus').state).toMatchObject({ muscle: 'calves', isolate: 'soleus' })
    const old = parseLink('?muscle=calves&view=back&phase=88&play=0')
    expect(old.problems).toEqual([])
    expect(writeLink('', old.state)).toBe('?muscle=calves&view=back&phase=88&play=0')
  })

  it('turns bad values into plain notes and ignores them', () => {
    const bad = parseLink('?isolate=<b>x</b>&loop=95-85&cam=1,2&tour=nope&xray=maybe')
    expect(bad.state.isolate).toBeUndefined()
    expect(bad.state.loop).toBeUndefined()
    expect(bad.state.camera).toBeUndefined()
    expect(bad.state.tour).toBeUndefined()
    expect(bad.problems).toHaveLength(5)
    expect(parseLink('?tour=hip-drop&step=99').state.step).toBe(1)
  })

  it('reads loops and camera poses only within sane ranges', () => {
    expect(parseLoop('85-95')).toEqual([85, 95])
    expect(parseLoop('95-85')).toBeNull()
    expect(parseLoop('50-51')).toBeNull()
    expect(parseCamera('0,0,9')).toBeNull()
    expect(parseCamera('-90,10,1.5')).toEqual({ azimuth: -90, elevation: 10, distance: 1.5 })
  })

  it('a loop starts over at its beginning when the stride runs past its end', () => {
    expect(wrapIntoLoop(90, [85, 95])).toBe(90)
    expect(wrapIntoLoop(95.4, [85, 95])).toBeCloseTo(85.4)
    expect(wrapIntoLoop(31, [85, 95])).toBe(85)
    expect(wrapIntoLoop(2, [85, 95])).toBe(85)
  })
})
