/**
 * Where the build writes, in the repository around this package: the app serves public/models/body.glb and
 * imports src/generated/body-manifest.ts; it never imports the generator itself.
 */
import { resolve } from 'node:path'

export const REPO_ROOT = resolve(import.meta.dirname, '../../..')
export const GLB_PATH = resolve(REPO_ROOT, 'public/models/body.glb')
export const MANIFEST_PATH = resolve(REPO_ROOT, 'src/generated/body-manifest.ts')
