import { loadBody } from '../scene/loader.ts'
import { defaultModelUrl } from '../scene/model-url.ts'
import { hasWebglApi } from '../ui/webgl.ts'

/**
 * Starts the body's download and decode at once, before React mounts, so the model arrives while the code runs
 * (index.html also preloads the file itself). Nothing to fetch for a browser without WebGL. A failure is
 * handled where the stage suspends on the same load; this call only starts it.
 */
export function preloadBody(): void {
  if (hasWebglApi()) loadBody(defaultModelUrl()).catch(() => {})
}
