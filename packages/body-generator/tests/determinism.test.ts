/**
 * The committed public/models/body.glb and src/generated/body-manifest.ts are byte for byte what one fresh
 * build writes: generation is deterministic, and neither file is edited by hand.
 */
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { buildBody, writeBodyGlb } from '../src/build.ts'
import { bodyManifest, manifestSource } from '../src/manifest.ts'
import { GLB_PATH, MANIFEST_PATH } from '../src/paths.ts'

it('matches the committed GLB and manifest', async () => {
  const { doc, lm } = await buildBody()
  const glb = await writeBodyGlb(doc)
  expect(
    Buffer.compare(Buffer.from(glb), readFileSync(GLB_PATH)),
    'public/models/body.glb is stale or hand-edited: run npm run model',
  ).toBe(0)
  expect(
    readFileSync(MANIFEST_PATH, 'utf8'),
    'src/generated/body-manifest.ts is stale or hand-edited: run npm run model',
  ).toBe(manifestSource(bodyManifest(doc, lm, glb)))
}, 600_000)
