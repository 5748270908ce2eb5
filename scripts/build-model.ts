/**
 * `npm run model`: builds public/models/body.glb from the anatomical description in src/model and prints
 * the time, triangle counts (total and per mesh) and file size.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { buildBodyDocument, writeBodyGlb } from '../src/model/build.ts'
import { describeDocument } from '../src/model/stats.ts'

const out = resolve(import.meta.dirname, '../public/models/body.glb')
const t0 = performance.now()
const doc = await buildBodyDocument({ log: (m) => console.log(`  ${m}`) })
const glb = await writeBodyGlb(doc)
const seconds = (performance.now() - t0) / 1000
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, glb)
const stats = describeDocument(doc)
for (const m of stats.meshes)
  console.log(
    `${m.name.padEnd(28)} ${String(m.triangles).padStart(7)} tris ${String(m.vertices).padStart(7)} verts`,
  )
console.log(`total: ${stats.triangles} triangles, ${stats.meshes.length} meshes`)
console.log(
  `wrote ${out}: ${glb.byteLength} bytes (${(glb.byteLength / 1024).toFixed(1)} KiB) in ${seconds.toFixed(1)} s`,
)
