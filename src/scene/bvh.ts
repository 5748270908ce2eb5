// The one piece of three-mesh-bvh picking uses, and the idle-time making of the figure's indexes. Imported on
// demand through this module (body-rig.ts), so the chunk holds SkinnedMeshBVH and what it needs, not the whole
// package that its index re-exports, and the page's first load holds none of it.
import { Raycaster, Vector3, type Object3D, type SkinnedMesh } from 'three'

export { SkinnedMeshBVH } from 'three-mesh-bvh'

/** Far below the figure: a pick along it makes a mesh's index (body-rig.ts) and hits nothing. */
const NOWHERE = new Raycaster(new Vector3(0, -1000, 0), new Vector3(0, -1, 0))

/** The scene a mesh is on, or null once its figure has left the stage (a Retry, a new stage). */
function sceneOf(object: Object3D): Object3D | null {
  let top = object
  while (top.parent) top = top.parent
  return (top as { isScene?: boolean }).isScene ? top : null
}

/**
 * After the first pick (of `picked`), picks every skinned mesh on its scene along a ray that hits nothing, a few at
 * a time while the page is idle, so each makes its index now instead of on the reader's first click. Without
 * requestIdleCallback (Node), one a task.
 */
export function buildWhenIdle(picked: SkinnedMesh): void {
  const meshes: SkinnedMesh[] = []
  sceneOf(picked)?.traverse((o) => (o as SkinnedMesh).isSkinnedMesh && meshes.push(o as SkinnedMesh))
  let next = 0
  const step = (deadline: { timeRemaining: () => number }) => {
    if (!sceneOf(picked)) return
    do meshes[next++]?.raycast(NOWHERE, [])
    while (next < meshes.length && deadline.timeRemaining() > 2)
    if (next < meshes.length) whenIdle(step)
  }
  whenIdle(step)
}

function whenIdle(step: (deadline: { timeRemaining: () => number }) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(step, { timeout: 1000 })
  else setTimeout(() => step({ timeRemaining: () => 0 }), 0)
}
