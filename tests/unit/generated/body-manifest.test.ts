// The manifest the app reads instead of the generator (src/generated/body-manifest.ts) describes the committed
// body.glb: the same file, the same mesh nodes with the same extras and sizes, the same rig. Whether both are
// what the generator builds today is the generator's own test (packages/body-generator).
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Node } from '@gltf-transform/core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ManifestMesh } from '../../../src/domain/body-manifest.ts'
import { ALL_BONES } from '../../../src/domain/skeleton.ts'
import { readModel } from '../../../src/content/read-model.ts'
import { BODY_MANIFEST } from '../../../src/generated/body-manifest.ts'

const glbPath = fileURLToPath(new URL(`../../../${BODY_MANIFEST.glb.path}`, import.meta.url))

describe('body manifest', () => {
  // Read in beforeAll, not while collecting: `vitest list` should not decode the model.
  let file: Buffer
  let nodes: Node[]
  beforeAll(async () => {
    file = readFileSync(glbPath)
    nodes = (await readModel(glbPath)).getRoot().listNodes()
  })

  it('names the committed file by size and SHA-256', () => {
    expect(file.byteLength).toBe(BODY_MANIFEST.glb.bytes)
    expect(createHash('sha256').update(file).digest('hex')).toBe(BODY_MANIFEST.glb.sha256)
  })

  it('lists every mesh node in file order with its extras, triangles and vertices', () => {
    const meshes = nodes.filter((n) => n.getMesh())
    expect(meshes.map((n) => n.getName())).toEqual(Object.keys(BODY_MANIFEST.meshes))
    const entries: Readonly<Record<string, ManifestMesh>> = BODY_MANIFEST.meshes
    for (const node of meshes) {
      const entry = entries[node.getName()]!
      const extras = node.getExtras()
      expect(entry.extras ?? {}, node.getName()).toEqual(extras)
      const prim = node.getMesh()!.listPrimitives()[0]!
      expect(entry.triangles, node.getName()).toBe(prim.getIndices()!.getCount() / 3)
      expect(entry.vertices, node.getName()).toBe(prim.getAttribute('POSITION')!.getCount())
    }
  })

  it('gives the rest joints of the file’s rig (whose nodes are rounded to 1 µm)', () => {
    for (const bone of ALL_BONES) {
      const at = nodes.find((n) => n.getName() === bone)!.getWorldTranslation()
      const want = BODY_MANIFEST.landmarks.joints[bone]
      for (let k = 0; k < 3; k++) expect(Math.abs(at[k]! - want[k]!), bone).toBeLessThan(1e-5)
    }
  })
})
