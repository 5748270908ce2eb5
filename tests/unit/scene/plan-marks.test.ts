// Left and right coloured separately on the body when the plan marks them apart: a left calf 36 % weaker than
// the right must not wear the same colour.
import { Color, MeshStandardMaterial } from 'three'
import { describe, expect, it } from 'vitest'
import type { PlanMarks } from '../../../src/domain/plan.ts'
import { applyStyles, markOf, type StyleState } from '../../../src/scene/materials.ts'
import type { BodyRig, MusclePart } from '../../../src/scene/body-rig.ts'

function part(name: string, side: 'L' | 'R'): MusclePart {
  return {
    name,
    group: 'calves',
    muscle: 'soleus',
    side,
    deep: false,
    kind: 'muscle',
    mesh: null as never,
    material: new MeshStandardMaterial(),
    baseColor: new Color(0.6, 0.3, 0.3),
  } as unknown as MusclePart
}

function styled(marks: PlanMarks): { L: string; R: string } {
  const L = part('soleus_L', 'L')
  const R = part('soleus_R', 'R')
  const rig = {
    parts: [L, R],
    body: null,
    tissues: new Map(),
    deepTissues: [],
    marked: new MeshStandardMaterial(),
    structureMeshes: new Map(),
  } as unknown as BodyRig
  const s: StyleState = { selected: null, hovered: null, xray: false, marks }
  applyStyles(rig, s)
  return { L: L.material.color.getHexString(), R: R.material.color.getHexString() }
}

describe('plan marks on the body', () => {
  it('one mark for the group colours both sides alike', () => {
    const { L, R } = styled({ calves: 'weak' })
    expect(L).toBe(R)
  })

  it('per-side marks colour each side on its own, the weaker side darker', () => {
    const apart = styled({ calves: { L: 'weak', R: 'fine', weaker: 'L' } })
    expect(apart.L).not.toBe(apart.R)
    // Both below the norm, the left the weaker of the pair: still told apart.
    const bothWeak = styled({ calves: { L: 'weak', R: 'weak', weaker: 'L' } })
    expect(bothWeak.L).not.toBe(bothWeak.R)
    expect(markOf({ calves: { L: 'weak', R: 'weak', weaker: 'L' } }, { group: 'calves', side: 'L' })).toEqual(
      {
        mark: 'weak',
        weaker: true,
      },
    )
  })
})
