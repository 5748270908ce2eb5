/** Triangle and vertex counts of a generated document, for the build and bench scripts and the tests. */
import type { Document } from '@gltf-transform/core'

export interface MeshStats {
  readonly name: string
  readonly triangles: number
  readonly vertices: number
}

export function describeDocument(doc: Document): { triangles: number; meshes: MeshStats[] } {
  const meshes = doc
    .getRoot()
    .listMeshes()
    .map((mesh) => {
      let triangles = 0
      let vertices = 0
      for (const prim of mesh.listPrimitives()) {
        triangles += (prim.getIndices()?.getCount() ?? 0) / 3
        vertices += prim.getAttribute('POSITION')?.getCount() ?? 0
      }
      return { name: mesh.getName(), triangles, vertices }
    })
  return { triangles: meshes.reduce((s, m) => s + m.triangles, 0), meshes }
}
