/**
 * Asks a throwaway canvas for a WebGL context before the real canvas mounts, so a browser without WebGL gets
 * the 2D map straight away instead of a crashed renderer.
 */
export function detectWebgl(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas')
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl')
    if (!gl) return false
    // Browsers cap live contexts; hand this one back at once.
    gl.getExtension('WEBGL_lose_context')?.loseContext()
    return true
  } catch {
    return false
  }
}
