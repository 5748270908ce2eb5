import { useEffect, useState } from 'react'
import { CanvasTexture } from 'three'
import { SHADOW_MATERIAL, STAGE_LIGHTS } from './light-rig.ts'

/** A soft round shadow under the feet, painted once on a tiny canvas: grounding without a shadow pass. */
export function makeShadowTexture(): CanvasTexture | null {
  if (typeof document === 'undefined') return null
  const c = document.createElement('canvas')
  c.width = c.height = 64
  const ctx = c.getContext('2d')
  if (!ctx) return null
  const g = ctx.createRadialGradient(32, 32, 0, 32, 32, 32)
  g.addColorStop(0, 'rgba(40,30,25,0.55)')
  g.addColorStop(0.55, 'rgba(40,30,25,0.22)')
  g.addColorStop(1, 'rgba(40,30,25,0)')
  ctx.fillStyle = g
  ctx.fillRect(0, 0, 64, 64)
  return new CanvasTexture(c)
}

/** The stage's lights (see light-rig.ts) and the soft shadow under the feet. */
export function Lights() {
  const [shadow] = useState(makeShadowTexture)
  // R3F disposes the material on unmount, not the texture we handed it.
  useEffect(() => () => shadow?.dispose(), [shadow])
  return (
    <>
      {STAGE_LIGHTS.map((light, i) =>
        light.kind === 'hemisphere' ? (
          <hemisphereLight key={i} args={[light.sky, light.ground, light.intensity]} />
        ) : (
          <directionalLight
            key={i}
            position={light.position}
            intensity={light.intensity}
            color={light.color}
          />
        ),
      )}
      {shadow && (
        <mesh rotation-x={-Math.PI / 2} position={[0, 0.002, 0]} renderOrder={-1}>
          <planeGeometry args={[0.9, 0.7]} />
          <meshBasicMaterial map={shadow} {...SHADOW_MATERIAL} />
        </mesh>
      )}
    </>
  )
}
