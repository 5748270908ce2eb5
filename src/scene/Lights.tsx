import { ContactShadows, Environment, Lightformer } from '@react-three/drei'

/**
 * Soft studio light: a key from the front-left, a cool rim from behind, a warm fill, and a generated
 * environment (no files to download) for gentle reflections. Contact shadows ground the feet; they render
 * once, not per frame.
 */
export function Lights() {
  return (
    <>
      <hemisphereLight args={['#ffffff', '#b9a793', 0.55]} />
      <directionalLight position={[2.2, 3.2, 3]} intensity={1.6} />
      <directionalLight position={[-2.5, 2, -2.5]} intensity={0.7} color="#dbe6ff" />
      <directionalLight position={[-2, 0.6, 2]} intensity={0.35} color="#ffe6cf" />
      <Environment resolution={64} frames={1}>
        <Lightformer form="rect" intensity={1.2} position={[0, 3, 2]} scale={[4, 2, 1]} />
        <Lightformer
          form="rect"
          intensity={0.6}
          position={[-3, 1, -1]}
          rotation-y={Math.PI / 2}
          scale={[3, 2, 1]}
        />
        <Lightformer form="ring" intensity={0.5} position={[3, 1.5, -2]} scale={1.5} />
      </Environment>
      <ContactShadows
        position={[0, 0.001, 0]}
        scale={2.4}
        blur={2.4}
        opacity={0.45}
        far={1.2}
        frames={1}
        resolution={256}
      />
    </>
  )
}
