import { useEffect, useState } from 'react'
import { CanvasTexture } from 'three'

/** A soft round shadow under the feet, painted once on a tiny canvas: grounding without a shadow pass. */
function makeShadowTexture(): CanvasTexture | null {
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

/** Studio light: a warm key from the front-left, a cool rim from behind, a fill, and sky/ground bounce. */
export function Lights() {
  const [shadow] = useState(makeShadowTexture)
  // R3F disposes the material on unmount, not the texture we handed it.
  useEffect(() => () => shadow?.dispose(), [shadow])
  return (
    <>
      <hemisphereLight args={['#ffffff', '#b59f8a', 1.1]} />
      <directionalLight position={[2.2, 3.4, 3]} intensity={2.1} color="#fff5ea" />
      <directionalLight position={[-2.6, 2.2, -2.8]} intensity={1.1} color="#dbe6ff" />
      <directionalLight position={[-2.4, 0.8, 2]} intensity={0.55} color="#ffe9d6" />
      {shadow && (
        <mesh rotation-x={-Math.PI / 2} position={[0, 0.002, 0]} renderOrder={-1}>
          <planeGeometry args={[0.9, 0.7]} />
          <meshBasicMaterial map={shadow} transparent depthWrite={false} />
        </mesh>
      )}
    </>
  )
}
