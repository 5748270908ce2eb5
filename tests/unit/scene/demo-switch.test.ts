// A second "Show me" while a demo is open (review 24 round 2): the new demo is made before the old one puts the
// body back (React runs the old one's clean-up after the new one is built), so it must be solved from the rest
// pose, not from the pose the last demo left. Failed before: the single-leg squat test after the side plank was
// drawn with an arm overhead and the free leg out to the side.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { parseBodyGlb } from '../../../src/scene/glb.ts'
import { prepareBodyRig } from '../../../src/scene/body-rig.ts'
import { loadTracks, perform } from '../../../src/scene/demo/DemoDriver.tsx'
import { ALL_BONES } from '../../../src/domain/skeleton.ts'
import type { DemoSolver } from '../../../src/domain/demo/solve.ts'

const file = readFileSync(new URL('../../../public/models/body.glb', import.meta.url))

describe('switching demos without closing the first', async () => {
  const source = await parseBodyGlb(
    file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer,
    MeshoptDecoder,
  )
  const rig = prepareBodyRig(source, { preferDeep: false })
  const tracks = await loadTracks()

  const pairs = [
    ['test:side-plank', 'test:single-leg-squat'],
    ['test:single-leg-bridge', 'test:side-plank'],
    ['test:heel-rise', 'test:knee-to-wall'],
    ['slider-leg-curl', 'heavy-half-squat'],
  ] as const

  // The solver hands back one reused pose: copy the joints out.
  const hardestJoints = (solver: DemoSolver) => {
    const pose = solver.at(solver.timeline.hardest)
    return ALL_BONES.map((b) => pose.at[b].toArray())
  }

  for (const [first, second] of pairs) {
    it(`${second} after ${first} is the same as ${second} opened alone`, () => {
      const alone = perform(rig, second, tracks)!
      const expected = hardestJoints(alone.solver)
      alone.restore()

      const open = perform(rig, first, tracks)!
      open.show(open.solver.timeline.total * 0.5)
      // Built while the first still poses the body, as React does; the first is put back only afterwards.
      const next = perform(rig, second, tracks)!
      open.restore()
      const got = hardestJoints(next.solver)
      next.restore()
      for (let i = 0; i < ALL_BONES.length; i++) {
        for (let c = 0; c < 3; c++)
          expect(got[i]![c], `${ALL_BONES[i]}[${c}]`).toBeCloseTo(expected[i]![c]!, 4)
      }
    })
  }
})
