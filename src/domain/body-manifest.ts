/**
 * The shape of the body manifest: what public/models/body.glb holds, written beside it by the same build
 * (`npm run model`, packages/body-generator) as src/generated/body-manifest.ts. The app and its tests read the
 * manifest for mesh names, extras, sizes and rest landmarks instead of importing generator code.
 */
import type { PartNodeExtras } from './groups.ts'
import type { BoneName } from './skeleton.ts'

/** glTF space: metres, Y up, feet on y = 0, facing +Z, the body's left on +X. */
export type ManifestVec3 = readonly [number, number, number]

/** One mesh node of the figure: the skin, the inner body, or one structure on one side. */
export interface ManifestMesh {
  /** The node's extras, exactly as written into the GLB; null for the skin and the inner body. */
  readonly extras: Readonly<PartNodeExtras> | null
  readonly triangles: number
  readonly vertices: number
  /** Rest-pose bounds before quantization, rounded to the micrometre (the file's differ by its ~0.2 mm step). */
  readonly bounds: { readonly min: ManifestVec3; readonly max: ManifestVec3 }
}

export interface BodyManifest {
  /** The file described: its path in the repository, its size and its SHA-256 (hex). */
  readonly glb: { readonly path: string; readonly bytes: number; readonly sha256: string }
  /** Every mesh node by name (`<id>_<L|R>`, BODY_MESH_NAME, INNER_BODY_MESH_NAME), in the file's node order. */
  readonly meshes: Readonly<Record<string, ManifestMesh>>
  /** The landmarks the body was built on, at full precision (the file's joint nodes are rounded to 1 µm). */
  readonly landmarks: {
    readonly stature: number
    /** World position of every joint at rest (identity rotations). */
    readonly joints: Readonly<Record<BoneName, ManifestVec3>>
    /** Bony landmarks: midline ones, and the left side of paired ones (the right is mirrored in x). */
    readonly points: Readonly<Record<string, ManifestVec3>>
    /** Which of `points` are paired. */
    readonly paired: readonly string[]
  }
}
