/** Two builds are byte-identical, and the committed GLB is exactly what the generator makes. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, it } from 'vitest'
import { buildBodyDocument, writeBodyGlb } from '../../../src/model/build.ts'

const committed = resolve(import.meta.dirname, '../../../public/models/body.glb')

it('builds byte-identical GLBs and matches the committed file', async () => {
  const a = await writeBodyGlb(await buildBodyDocument())
  const b = await writeBodyGlb(await buildBodyDocument())
  expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0)
  const onDisk = readFileSync(committed)
  expect(
    Buffer.compare(Buffer.from(a), onDisk),
    'public/models/body.glb is stale or hand-edited: run npm run model',
  ).toBe(0)
  // Two full builds of the écorché: over a minute each on two shared cores.
}, 600_000)
