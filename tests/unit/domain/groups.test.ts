import { describe, expect, it } from 'vitest'
import {
  MUSCLE_IDS,
  SIDES,
  STRUCTURES,
  STRUCTURE_IDS,
  meshName,
  parseMeshName,
} from '../../../src/domain/groups.ts'

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

describe('structures', () => {
  // STRUCTURES is built from a list (each id written once, to keep the first-load JavaScript small), so the
  // type no longer proves every id has its entry: this does.
  it('has exactly one entry per structure id, under its own id', () => {
    expect(Object.keys(STRUCTURES).sort()).toEqual([...STRUCTURE_IDS].sort())
    for (const id of STRUCTURE_IDS) expect(STRUCTURES[id].id).toBe(id)
  })
})
