/**
 * The built site names the body by its content (`models/body.<hash>.glb`, set by src/scene/vite-plugin.ts), so
 * a new body is a new URL and the service worker keeps the copy the page fetched; the dev server and the unit
 * tests use the plain name.
 */
export const MODEL_FILE: string = import.meta.env.RAE_MODEL_FILE ?? 'models/body.glb'

/** Where the body lives: next to the page by default; the embed script passes one relative to itself. */
export function defaultModelUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}${MODEL_FILE}`, document.baseURI).href
}
