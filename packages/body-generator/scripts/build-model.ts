/**
 * `npm run model` (from the repository root or this package): builds the app's public/models/body.glb from the
 * anatomical description in this package's src/, writes its manifest src/generated/body-manifest.ts beside
 * it, and prints the time, triangle counts (total and per mesh) and file size.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { buildBody, writeBodyGlb } from '../src/build.ts'
import { bodyManifest, manifestSource } from '../src/manifest.ts'
import { GLB_PATH, MANIFEST_PATH } from '../src/paths.ts'
import { describeDocument } from '../src/stats.ts'

const t0 = performance.now()
const { doc, lm } = await buildBody({ log: (m) => console.log(`  ${m}`) })
const glb = await writeBodyGlb(doc)
const seconds = (performance.now() - t0) / 1000
mkdirSync(dirname(GLB_PATH), { recursive: true })
writeFileSync(GLB_PATH, glb)
mkdirSync(dirname(MANIFEST_PATH), { recursive: true })
writeFileSync(MANIFEST_PATH, manifestSource(bodyManifest(doc, lm, glb)))
const stats = describeDocument(doc)
for (const m of stats.meshes)
  console.log(
    `${m.name.padEnd(28)} ${String(m.triangles).padStart(7)} tris ${String(m.vertices).padStart(7)} verts`,
  )
console.log(`total: ${stats.triangles} triangles, ${stats.meshes.length} meshes`)
console.log(
  `wrote ${GLB_PATH}: ${glb.byteLength} bytes (${(glb.byteLength / 1024).toFixed(1)} KiB) in ${seconds.toFixed(1)} s`,
)
console.log(`wrote ${MANIFEST_PATH}`)
