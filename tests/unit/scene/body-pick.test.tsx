// @vitest-environment jsdom
// Lets React know act() is in use, so state updates in fireEvent settle before assertions.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
import { beforeEach, describe, expect, it } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import { BoxGeometry, Group, Mesh, MeshStandardMaterial } from 'three'
import { meshName, MUSCLES, type MuscleId, type Side } from '../../../src/domain/groups.ts'
import { BODY_MESH_NAME } from '../../../src/domain/skeleton.ts'
import { BodyView } from '../../../src/scene/Body.tsx'
import { INITIAL_STATE, explorerStore, selectedGroup } from '../../../src/store/index.ts'

function muscleMesh(muscle: MuscleId, side: Side) {
  const mesh = new Mesh(new BoxGeometry(0.1, 0.1, 0.1), new MeshStandardMaterial({ name: 'muscle' }))
  mesh.name = meshName(muscle, side)
  mesh.userData = { group: MUSCLES[muscle].group, muscle, side, deep: MUSCLES[muscle].deep }
  return mesh
}

/** A stand-in figure: the neutral body plus two calf muscles, shaped like the generated file's nodes. */
function figure() {
  const root = new Group()
  root.name = 'figure'
  const body = new Mesh(new BoxGeometry(0.3, 1.7, 0.2), new MeshStandardMaterial({ name: 'skin' }))
  body.name = BODY_MESH_NAME
  root.add(body, muscleMesh('soleus', 'L'), muscleMesh('gastrocnemius', 'R'))
  return root
}

const noop = () => {}

async function renderFigure() {
  const renderer = await ReactThreeTestRenderer.create(<BodyView source={figure()} />)
  const root = renderer.scene.children[0]!
  const find = (name: string) => root.instance.getObjectByName(name)!
  return { renderer, root, find }
}

beforeEach(() => explorerStore.setState(INITIAL_STATE, true))

describe('picking on the body', () => {
  it('a click on a muscle selects its whole group', async () => {
    const { renderer, root, find } = await renderFigure()
    await renderer.fireEvent(root, 'click', { object: find('soleus_L'), delta: 0, stopPropagation: noop })
    expect(selectedGroup(explorerStore.getState())).toBe('calves')
  })

  it('a drag that ends on a muscle does not select it', async () => {
    const { renderer, root, find } = await renderFigure()
    await renderer.fireEvent(root, 'click', {
      object: find('gastrocnemius_R'),
      delta: 24,
      stopPropagation: noop,
    })
    expect(selectedGroup(explorerStore.getState())).toBeNull()
  })

  it('a click on the neutral body clears the selection', async () => {
    explorerStore.getState().select('calves')
    const { renderer, root, find } = await renderFigure()
    await renderer.fireEvent(root, 'click', { object: find(BODY_MESH_NAME), delta: 0, stopPropagation: noop })
    expect(selectedGroup(explorerStore.getState())).toBeNull()
  })

  it('hover names the muscle under the pointer and restyles it without touching the scene graph', async () => {
    const { renderer, root, find } = await renderFigure()
    const soleus = find('soleus_L') as Mesh
    const childrenBefore = root.instance.children.length
    const point = { copy: noop }
    await renderer.fireEvent(root, 'pointerMove', { object: soleus, point, stopPropagation: noop })
    expect(explorerStore.getState().hovered).toBe('soleus_L')
    const material = soleus.material as MeshStandardMaterial
    expect(material.emissive.r).toBeGreaterThan(0)
    // Each mesh got its own material: the neighbour did not light up with it.
    expect((find('gastrocnemius_R') as Mesh).material).not.toBe(material)
    expect(((find('gastrocnemius_R') as Mesh).material as MeshStandardMaterial).emissive.r).toBe(0)
    expect(root.instance.children.length).toBe(childrenBefore)
    await renderer.fireEvent(root, 'pointerOut', {})
    expect(explorerStore.getState().hovered).toBeNull()
  })

  it('selection makes the rest recede', async () => {
    const { find } = await renderFigure()
    const soleus = (find('soleus_L') as Mesh).material as MeshStandardMaterial
    const before = soleus.color.clone()
    explorerStore.getState().select('quadriceps')
    expect(soleus.color.equals(before)).toBe(false)
  })
})
