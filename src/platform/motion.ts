/**
 * The reader's motion preference, shared by the link (no autoplay), the camera (no easing), the stride (waits
 * for Play) and the embed (no fades). A neutral module, so scene and panels can both use it.
 */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
}
