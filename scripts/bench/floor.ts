// Builds scripts/bench/floor/ (a bare three.js page showing the same body.glb) for the start-up ratio.
import { join } from 'node:path'
import { build } from 'vite'
import { REPO_ROOT } from '../lib/browser.ts'

/** Where the bench serves the floor page; its model URL (../models/body.glb) then hits the built site's model. */
export const FLOOR_MOUNT = '/__floor/'

/** Builds the floor page into .tmp/bench-floor (minified, like the app) and returns that folder. */
export async function buildFloor(): Promise<string> {
  const outDir = join(REPO_ROOT, '.tmp', 'bench-floor')
  await build({
    configFile: false,
    root: join(REPO_ROOT, 'scripts', 'bench', 'floor'),
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  })
  return outDir
}
