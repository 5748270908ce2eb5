// The bench runs these in order. To add figures (stride frame time, embed bytes before/after scroll, …)
// write a BenchSection in its own file here and append it to the list.
import { demoCosts } from './demo.ts'
import { embedBytes } from './embed.ts'
import { firstLoad, modelFile } from './first-load.ts'
import { firstVisit } from './first-visit.ts'
import { readyAndIdle } from './ready.ts'
import { strideFrames } from './stride.ts'
import type { BenchSection } from './types.ts'

export const SECTIONS: readonly BenchSection[] = [
  modelFile,
  firstLoad,
  readyAndIdle,
  firstVisit,
  strideFrames,
  demoCosts,
  embedBytes,
]
