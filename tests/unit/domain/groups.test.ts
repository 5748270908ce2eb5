import { describe, expect, it } from 'vitest'
import { MUSCLE_IDS, SIDES, meshName, parseMeshName } from '../../../src/domain/groups.ts'

describe('mesh names', () => {
  it('parseMeshName inverts meshName for every muscle and side', () => {
    for (const muscle of MUSCLE_IDS)
      for (const side of SIDES) expect(parseMeshName(meshName(muscle, side))).toEqual({ muscle, side })
  })

  it('rejects anything that is not a muscle mesh', () => {
    for (const name of ['body', 'soleus', 'soleus_X', 'thigh_L', '_L', 'landmark_knee_L', '__proto___L']) {
      expect(parseMeshName(name)).toBeNull()
    }
  })
})
