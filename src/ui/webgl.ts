/**
 * Whether this browser has WebGL 2 at all (three.js needs it). Cheap on purpose: a throwaway context to find
 * out cost as much as the real one (about 0.4 s in software rendering). A browser that has the API but
 * cannot give a context (WebGL switched off, a blocklisted GPU) is found out by the stage's own canvas,
 * which then hands over to the 2D map.
 */
export function hasWebglApi(win: Window = window): boolean {
  return typeof (win as Window & { WebGL2RenderingContext?: unknown }).WebGL2RenderingContext === 'function'
}
