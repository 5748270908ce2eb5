import { startRendererEarly } from '../scene/early-renderer.ts'
import { loadBody } from '../scene/loader.ts'
import { defaultModelUrl } from '../scene/model-url.ts'
import { explorerStore } from '../store/index.ts'
import { hasWebglApi } from '../ui/webgl.ts'
import { strideDriver } from './Stage3d.tsx'

/**
 * Starts the body's download and decode at once, before React mounts, so the model arrives while the code runs
 * (index.html also preloads the file itself). Nothing to fetch for a browser without WebGL. A failure is
 * handled where the stage suspends on the same load; this call only starts it.
 */
export function preloadBody(): void {
  if (!hasWebglApi()) return
  startRendererEarly()
  loadBody(defaultModelUrl()).catch(() => {})
  // A link straight into stride mode needs the stride driver for its first frame too.
  if (explorerStore.getState().stride) void strideDriver.preload()
}
