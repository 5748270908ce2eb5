/**
 * The stage's lights as data: <Lights> draws them, and the shader warm-up builds the same set, because a
 * program is compiled for a given number of lights of each kind.
 */
export type StageLight =
  | { kind: 'hemisphere'; sky: string; ground: string; intensity: number }
  | { kind: 'directional'; position: [number, number, number]; color: string; intensity: number }

/** Studio light: sky/ground bounce, a warm key from the front-left, a cool rim from behind, and a fill. */
export const STAGE_LIGHTS: readonly StageLight[] = [
  { kind: 'hemisphere', sky: '#ffffff', ground: '#b59f8a', intensity: 1.1 },
  { kind: 'directional', position: [2.2, 3.4, 3], intensity: 2.1, color: '#fff5ea' },
  { kind: 'directional', position: [-2.6, 2.2, -2.8], intensity: 1.1, color: '#dbe6ff' },
  { kind: 'directional', position: [-2.4, 0.8, 2], intensity: 0.55, color: '#ffe9d6' },
]

/** The soft shadow under the feet: its material's settings, shared by <Lights> and the warm-up. */
export const SHADOW_MATERIAL = { transparent: true, depthWrite: false } as const
