/**
 * Generator benchmark: builds the body three times and prints the median time with the triangle counts
 * (total and per mesh) and the GLB size. `npm run bench` calls it; timings belong here, not in tests.
 */
import { buildBodyDocument, writeBodyGlb } from '../src/build.ts'
import { describeDocument } from '../src/stats.ts'

const RUNS = 3
const times: number[] = []
let bytes = 0
let stats: ReturnType<typeof describeDocument> | undefined
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now()
  const doc = await buildBodyDocument()
  const glb = await writeBodyGlb(doc)
  times.push((performance.now() - t0) / 1000)
  bytes = glb.byteLength
  stats = describeDocument(doc)
}
times.sort((a, b) => a - b)
for (const m of stats!.meshes) console.log(`${m.name.padEnd(28)} ${String(m.triangles).padStart(7)} tris`)
console.log(
  `model generation: median ${times[Math.floor(RUNS / 2)]!.toFixed(1)} s of ${RUNS} (${times.map((t) => t.toFixed(1)).join(', ')})`,
)
console.log(`model triangles: ${stats!.triangles}; GLB: ${bytes} bytes (${(bytes / 1024).toFixed(1)} KiB)`)
