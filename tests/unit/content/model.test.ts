import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Document, NodeIO } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { meshopt } from '@gltf-transform/functions'
import { MeshoptEncoder } from 'meshoptimizer'
import { describe, expect, it } from 'vitest'
import { GROUP_IDS, MUSCLES, MUSCLE_IDS, SIDES, meshName, type GroupId } from '../../../src/domain/groups.ts'
import { CONTENT } from '../../../src/content/index.ts'
import { checkModelAgainstContent, muscleNodesOf } from '../../../src/content/model-consistency.ts'
import { MODEL_MISSING_MESSAGE, MODEL_PATH, readModel } from '../../../src/content/read-model.ts'

const GLB = resolve(import.meta.dirname, '../../..', MODEL_PATH)

/** A tiny document with one node per muscle and side (minus `skip`), plus non-muscle nodes to ignore. */
function tinyModel(skip: readonly string[] = []): Document {
  const doc = new Document()
  const scene = doc.createScene('scene')
  const figure = doc.createNode('figure')
  scene.addChild(figure)
  figure.addChild(doc.createNode('pelvis'))
  figure.addChild(doc.createNode('body').setExtras({ kind: 'skin' }))
  for (const muscle of MUSCLE_IDS) {
    for (const side of SIDES) {
      const name = meshName(muscle, side)
      if (skip.includes(name)) continue
      const { group, deep } = MUSCLES[muscle]
      figure.addChild(doc.createNode(name).setExtras({ group, muscle, side, deep }))
    }
  }
  return doc
}

describe('content ↔ model consistency checker', () => {
  it('accepts a model that matches the content', () => {
    const doc = tinyModel()
    expect(muscleNodesOf(doc)).toHaveLength(MUSCLE_IDS.length * 2)
    expect(checkModelAgainstContent(doc, CONTENT)).toEqual([])
  })

  it('fails when a muscle the content names is missing on one side', () => {
    expect(checkModelAgainstContent(tinyModel(['soleus_R']), CONTENT)).toEqual([
      'content for "calves" names soleus, but the model has no muscle node "soleus_R"',
    ])
  })

  it('fails when the model carries a group that has no content', () => {
    const { core: _core, ...withoutCore } = CONTENT
    const problems = checkModelAgainstContent(tinyModel(), withoutCore)
    expect(problems).toEqual([
      'the model has group "core" (node "rectus-abdominis_L") but there is no content for it',
    ])
  })

  it('fails when a node has the right name but wrong extras', () => {
    const doc = tinyModel(['deltoid_L'])
    doc
      .getRoot()
      .listScenes()[0]!
      .addChild(
        doc
          .createNode('deltoid_L')
          .setExtras({ group: 'upper-back', muscle: 'deltoid', side: 'L', deep: false }),
      )
    const problems = checkModelAgainstContent(doc, CONTENT)
    expect(problems).toHaveLength(2)
    expect(problems[0]).toMatch(
      /^model node "deltoid_L" carries extras .* expected muscle deltoid, side L, group shoulders$/,
    )
    expect(problems[1]).toBe(
      'model node "deltoid_L" puts deltoid in "upper-back", the domain says "shoulders"',
    )
  })
})

describe('readModel', () => {
  it('reads a meshopt-compressed GLB and keeps the muscle extras', async () => {
    const doc = tinyModel()
    const buffer = doc.createBuffer()
    const position = doc
      .createAccessor()
      .setType('VEC3')
      .setArray(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]))
      .setBuffer(buffer)
    const mesh = doc
      .createMesh('soleus')
      .addPrimitive(doc.createPrimitive().setAttribute('POSITION', position))
    doc
      .getRoot()
      .listNodes()
      .find((n) => n.getName() === 'soleus_L')!
      .setMesh(mesh)
    await MeshoptEncoder.ready
    await doc.transform(meshopt({ encoder: MeshoptEncoder, level: 'medium' }))
    const dir = mkdtempSync(join(tmpdir(), 'content-model-'))
    try {
      const file = join(dir, 'tiny.glb')
      const io = new NodeIO()
        .registerExtensions(ALL_EXTENSIONS)
        .registerDependencies({ 'meshopt.encoder': MeshoptEncoder })
      await io.write(file, doc)
      const read = await readModel(file)
      expect(
        read
          .getRoot()
          .listExtensionsUsed()
          .map((e) => e.extensionName),
      ).toContain('EXT_meshopt_compression')
      expect(checkModelAgainstContent(read, CONTENT)).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('fails with the run-the-generator hint when the file is missing', async () => {
    await expect(readModel('/nonexistent/body.glb')).rejects.toThrow(MODEL_MISSING_MESSAGE)
  })
})

describe('content ↔ generated model (public/models/body.glb)', () => {
  it('names only muscles the model has on both sides, and covers every group in the model', async () => {
    expect(existsSync(GLB), MODEL_MISSING_MESSAGE).toBe(true)
    const doc = await readModel(GLB)
    const nodes = muscleNodesOf(doc)
    expect(nodes.length, 'the model has no nodes with muscle extras').toBeGreaterThan(0)
    expect(checkModelAgainstContent(doc, CONTENT)).toEqual([])
    const groupsInModel = new Set<GroupId>(nodes.map((n) => n.extras.group))
    expect([...groupsInModel].sort()).toEqual([...GROUP_IDS].sort())
  })
})
