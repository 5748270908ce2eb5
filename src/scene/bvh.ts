// The one piece of three-mesh-bvh picking uses. Imported on demand through this module (body-rig.ts), so the
// chunk holds SkinnedMeshBVH and what it needs, not the whole package that its index re-exports.
export { SkinnedMeshBVH } from 'three-mesh-bvh'
