import type { Browser } from 'playwright-core'
import type { StaticServer } from '../lib/browser.ts'

export type Unit = 'bytes' | 'ms' | 'count' | 'ratio'

/** One row of the bench table. */
export interface Figure {
  label: string
  /** null when it could not be measured; the note should say why. */
  value: number | null
  unit: Unit
  /** Upper bound the value must not exceed. */
  target?: number
  note?: string
}

export interface BenchContext {
  /** Repetitions for anything timed (--runs, default 5). */
  runs: number
  /** Static server for dist/ with no caching, shared by all sections. */
  server: StaticServer
  /** Absolute path of the built site. */
  distDir: string
  /** URL path of the bare three.js floor page (same origin, same body.glb), or null if it was not built. */
  floorPath: string | null
  /** A shared headless Chromium with WebGL (SwiftShader), launched on first use. */
  browser(): Promise<Browser>
}

/** A group of figures; register new ones in scripts/bench/sections.ts. */
export interface BenchSection {
  /** Short id used by --only. */
  name: string
  title: string
  run(ctx: BenchContext): Promise<Figure[]>
}
