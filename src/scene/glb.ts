/**
 * Reads the body the project generates: binary glTF 2.0 with EXT_meshopt_compression and KHR_mesh_quantization,
 * triangle meshes, one skin, materials as plain PBR factors, node extras. three's GLTFLoader reads every glTF
 * there is and costs about 12 KiB gzipped on the first load; this reads exactly what `npm run model` writes
 * (and fails loudly on anything else), with the same result: tests/unit/scene/glb.test.ts compares the two.
 */
import {
  Bone,
  Box3,
  BufferAttribute,
  BufferGeometry,
  Color,
  DoubleSide,
  FrontSide,
  Group,
  InterleavedBuffer,
  InterleavedBufferAttribute,
  LinearSRGBColorSpace,
  Matrix4,
  Mesh,
  MeshStandardMaterial,
  Object3D,
  Skeleton,
  SkinnedMesh,
  Vector3,
} from 'three'

/** The part of three's MeshoptDecoder this reader uses. */
export interface MeshoptDecoderLike {
  ready: Promise<void>
  decodeGltfBuffer(
    target: Uint8Array,
    count: number,
    size: number,
    source: Uint8Array,
    mode: string,
    filter?: string,
  ): void
}

interface Json {
  asset?: { version?: string }
  extensionsRequired?: string[]
  buffers?: { byteLength: number; uri?: string }[]
  bufferViews?: {
    buffer: number
    byteOffset?: number
    byteLength: number
    byteStride?: number
    extensions?: {
      EXT_meshopt_compression?: {
        buffer: number
        byteOffset?: number
        byteLength: number
        byteStride: number
        count: number
        mode: string
        filter?: string
      }
    }
  }[]
  accessors?: {
    bufferView?: number
    byteOffset?: number
    componentType: number
    normalized?: boolean
    count: number
    type: string
    sparse?: unknown
    min?: number[]
    max?: number[]
  }[]
  materials?: {
    name?: string
    doubleSided?: boolean
    pbrMetallicRoughness?: { baseColorFactor?: number[]; metallicFactor?: number; roughnessFactor?: number }
  }[]
  meshes?: {
    name?: string
    primitives: { attributes: Record<string, number>; indices?: number; material?: number; mode?: number }[]
  }[]
  nodes?: {
    name?: string
    children?: number[]
    mesh?: number
    skin?: number
    matrix?: number[]
    translation?: number[]
    rotation?: number[]
    scale?: number[]
    extras?: Record<string, unknown>
  }[]
  skins?: { joints: number[]; inverseBindMatrices?: number }[]
  scenes?: { nodes?: number[] }[]
  scene?: number
}

const SUPPORTED = new Set(['EXT_meshopt_compression', 'KHR_mesh_quantization'])

const ATTRIBUTE_NAMES: Readonly<Record<string, string>> = {
  POSITION: 'position',
  NORMAL: 'normal',
  TANGENT: 'tangent',
  TEXCOORD_0: 'uv',
  TEXCOORD_1: 'uv1',
  COLOR_0: 'color',
  JOINTS_0: 'skinIndex',
  WEIGHTS_0: 'skinWeight',
}

const ITEM_SIZE: Readonly<Record<string, number>> = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4, MAT4: 16 }

type Typed = Int8Array | Uint8Array | Int16Array | Uint16Array | Uint32Array | Float32Array
const ARRAYS: Readonly<
  Record<
    number,
    { new (buffer: ArrayBufferLike, byteOffset: number, length: number): Typed; BYTES_PER_ELEMENT: number }
  >
> = {
  5120: Int8Array,
  5121: Uint8Array,
  5122: Int16Array,
  5123: Uint16Array,
  5125: Uint32Array,
  5126: Float32Array,
}

const TRIANGLES = 4
/** What a normalized integer is multiplied by to read as a float (glTF and three agree). */
const NORMALIZED_SCALE: Readonly<Record<number, number>> = {
  5120: 1 / 127,
  5121: 1 / 255,
  5122: 1 / 32767,
  5123: 1 / 65535,
}

function fail(why: string): never {
  throw new Error(`Not a body this explorer can read: ${why}`)
}

/** Parses the GLB in `data` into a scene graph like GLTFLoader's `gltf.scene`. */
export async function parseBodyGlb(data: ArrayBuffer, meshopt: MeshoptDecoderLike): Promise<Group> {
  const view = new DataView(data)
  if (data.byteLength < 20 || view.getUint32(0, true) !== 0x46546c67) fail('not a binary glTF file')
  if (view.getUint32(4, true) !== 2) fail('not glTF 2.0')
  let json: Json | null = null
  let bin: Uint8Array | null = null
  for (let offset = 12; offset + 8 <= data.byteLength;) {
    const length = view.getUint32(offset, true)
    const type = view.getUint32(offset + 4, true)
    const body = new Uint8Array(data, offset + 8, length)
    if (type === 0x4e4f534a) json = JSON.parse(new TextDecoder().decode(body)) as Json
    else if (type === 0x004e4942) bin = body
    offset += 8 + length
  }
  if (!json) fail('no JSON chunk')
  for (const ext of json.extensionsRequired ?? []) if (!SUPPORTED.has(ext)) fail(`needs ${ext}`)
  const doc = json

  const views: (Uint8Array | null)[] = []
  const viewOf = async (index: number): Promise<Uint8Array> => {
    const cached = views[index]
    if (cached) return cached
    const def = doc.bufferViews?.[index] ?? fail(`no bufferView ${index}`)
    const packed = def.extensions?.EXT_meshopt_compression
    let bytes: Uint8Array
    if (packed) {
      if (packed.buffer !== 0 || !bin) fail('compressed data outside the binary chunk')
      await meshopt.ready
      const source = bin.subarray(packed.byteOffset ?? 0, (packed.byteOffset ?? 0) + packed.byteLength)
      const { count, byteStride, mode, filter } = packed
      bytes = decodeNow(meshopt, count, byteStride, source, mode, filter)
    } else {
      if (def.buffer !== 0 || !bin) fail('data outside the binary chunk')
      const start = def.byteOffset ?? 0
      // A copy, aligned for typed arrays and independent of the file's buffer.
      bytes = bin.slice(start, start + def.byteLength)
    }
    views[index] = bytes
    return bytes
  }

  type Attribute = BufferAttribute | InterleavedBufferAttribute
  const accessors: Promise<Attribute>[] = []
  const interleaved = new Map<string, InterleavedBuffer>()
  const accessorOf = (index: number): Promise<Attribute> =>
    (accessors[index] ??= (async () => {
      const def = doc.accessors?.[index] ?? fail(`no accessor ${index}`)
      if (def.sparse || def.bufferView === undefined) fail('sparse or empty accessors')
      const TypedArray = ARRAYS[def.componentType] ?? fail(`component type ${def.componentType}`)
      const itemSize = ITEM_SIZE[def.type] ?? fail(`accessor type ${def.type}`)
      const bytes = await viewOf(def.bufferView)
      const stride = doc.bufferViews![def.bufferView]!.byteStride ?? 0
      const normalized = def.normalized === true
      const offset = def.byteOffset ?? 0
      const elementBytes = itemSize * TypedArray.BYTES_PER_ELEMENT
      if (stride && stride !== elementBytes) {
        // Padded vertex data (e.g. int8 normals in 4-byte strides): share one interleaved buffer per slice.
        const slice = Math.floor(offset / stride)
        const key = `${def.bufferView}:${def.componentType}:${slice}:${def.count}`
        let buffer = interleaved.get(key)
        if (!buffer) {
          const array = new TypedArray(
            bytes.buffer,
            bytes.byteOffset + slice * stride,
            (def.count * stride) / TypedArray.BYTES_PER_ELEMENT,
          )
          buffer = new InterleavedBuffer(array, stride / TypedArray.BYTES_PER_ELEMENT)
          interleaved.set(key, buffer)
        }
        return new InterleavedBufferAttribute(
          buffer,
          itemSize,
          (offset % stride) / TypedArray.BYTES_PER_ELEMENT,
          normalized,
        )
      }
      const array = new TypedArray(bytes.buffer, bytes.byteOffset + offset, def.count * itemSize)
      return new BufferAttribute(array, itemSize, normalized)
    })())

  const materials = (doc.materials ?? []).map((def) => {
    const pbr = def.pbrMetallicRoughness ?? {}
    const [r = 1, g = 1, b = 1, a = 1] = pbr.baseColorFactor ?? []
    const material = new MeshStandardMaterial({
      color: new Color().setRGB(r, g, b, LinearSRGBColorSpace),
      opacity: a,
      transparent: a < 1,
      metalness: pbr.metallicFactor ?? 1,
      roughness: pbr.roughnessFactor ?? 1,
      side: def.doubleSided ? DoubleSide : FrontSide,
    })
    material.name = def.name ?? ''
    return material
  })
  const defaultMaterial = () => materials[0] ?? new MeshStandardMaterial()

  const geometryOf = async (meshIndex: number): Promise<{ geometry: BufferGeometry; material: number }> => {
    const def = doc.meshes?.[meshIndex] ?? fail(`no mesh ${meshIndex}`)
    if (def.primitives.length !== 1) fail('meshes with several primitives')
    const primitive = def.primitives[0]!
    if ((primitive.mode ?? TRIANGLES) !== TRIANGLES) fail('primitives other than triangles')
    const geometry = new BufferGeometry()
    for (const [name, accessor] of Object.entries(primitive.attributes))
      geometry.setAttribute(ATTRIBUTE_NAMES[name] ?? name.toLowerCase(), await accessorOf(accessor))
    // As GLTFLoader does: the box from the accessor's min and max, so nothing walks the vertices for it.
    const position = doc.accessors?.[primitive.attributes.POSITION ?? -1]
    if (position?.min?.length === 3 && position.max?.length === 3) {
      const scale = position.normalized ? (NORMALIZED_SCALE[position.componentType] ?? 1) : 1
      const min = position.min.map((v) => Math.max(v * scale, position.normalized ? -1 : -Infinity))
      const max = position.max.map((v) => v * scale)
      geometry.boundingBox = new Box3(new Vector3().fromArray(min), new Vector3().fromArray(max))
    }
    if (primitive.indices !== undefined) {
      const index = await accessorOf(primitive.indices)
      if (!(index instanceof BufferAttribute)) fail('interleaved indices')
      geometry.setIndex(index)
    }
    return { geometry, material: primitive.material ?? -1 }
  }

  const nodeDefs = doc.nodes ?? []
  const jointIndices = new Set((doc.skins ?? []).flatMap((s) => s.joints))
  const nodes = await Promise.all(
    nodeDefs.map(async (def, index): Promise<Object3D> => {
      let node: Object3D
      if (def.mesh !== undefined) {
        const { geometry, material } = await geometryOf(def.mesh)
        const skinned = def.skin !== undefined && geometry.hasAttribute('skinIndex')
        const m = materials[material] ?? defaultMaterial()
        node = skinned ? new SkinnedMesh(geometry, m) : new Mesh(geometry, m)
      } else node = jointIndices.has(index) ? new Bone() : new Object3D()
      node.name = def.name ?? ''
      // GLTFLoader's shape: the original name in userData too, then the extras.
      if (def.name) node.userData.name = def.name
      if (def.extras) Object.assign(node.userData, def.extras)
      if (def.matrix)
        new Matrix4().fromArray(def.matrix).decompose(node.position, node.quaternion, node.scale)
      else {
        if (def.translation) node.position.fromArray(def.translation)
        if (def.rotation) node.quaternion.fromArray(def.rotation)
        if (def.scale) node.scale.fromArray(def.scale)
      }
      return node
    }),
  )
  nodeDefs.forEach((def, index) => {
    for (const child of def.children ?? []) nodes[index]!.add(nodes[child] ?? fail(`no node ${child}`))
  })

  const skeletons = await Promise.all(
    (doc.skins ?? []).map(async (skin) => {
      const inverses =
        skin.inverseBindMatrices === undefined ? null : await accessorOf(skin.inverseBindMatrices)
      const bones = skin.joints.map((j) => nodes[j] as Bone)
      const boneInverses = skin.joints.map((_, i) =>
        inverses ? new Matrix4().fromArray(inverses.array as ArrayLike<number>, i * 16) : new Matrix4(),
      )
      return new Skeleton(bones, boneInverses)
    }),
  )
  const identity = new Matrix4()
  nodeDefs.forEach((def, index) => {
    const node = nodes[index]
    if (def.skin !== undefined && node instanceof SkinnedMesh) {
      node.bind(skeletons[def.skin] ?? fail(`no skin ${def.skin}`), identity)
      // As GLTFLoader does: the weights a shader sums must add up to one. three's pass costs about 20 ms for
      // the figure, so it runs only when a quick look at the raw bytes finds a vertex whose weights do not.
      if (!weightsSumToOne(node.geometry.getAttribute('skinWeight'))) node.normalizeSkinWeights()
    }
  })

  const scene = new Group()
  scene.name = 'scene'
  for (const index of doc.scenes?.[doc.scene ?? 0]?.nodes ?? [])
    scene.add(nodes[index] ?? fail(`no node ${index}`))
  return scene
}

/** Whether every vertex's skin weights already add up to one, read from the raw array (no per-value calls). */
export function weightsSumToOne(
  attribute: BufferAttribute | InterleavedBufferAttribute | undefined,
): boolean {
  if (
    !attribute ||
    attribute.itemSize !== 4 ||
    (attribute as InterleavedBufferAttribute).isInterleavedBufferAttribute
  )
    return false
  const { array, normalized, count } = attribute as BufferAttribute
  const one = !normalized ? 1 : array instanceof Uint8Array ? 255 : array instanceof Uint16Array ? 65535 : 0
  if (one === 0) return false
  // Integers must sum exactly; floats within rounding.
  const tolerance = Number.isInteger(one) && normalized ? 0 : 1e-6
  for (let i = 0; i < count * 4; i += 4) {
    const sum = array[i]! + array[i + 1]! + array[i + 2]! + array[i + 3]!
    if (Math.abs(sum - one) > tolerance) return false
  }
  return true
}

function decodeNow(
  meshopt: MeshoptDecoderLike,
  count: number,
  size: number,
  source: Uint8Array,
  mode: string,
  filter?: string,
): Uint8Array {
  const bytes = new Uint8Array(count * size)
  meshopt.decodeGltfBuffer(bytes, count, size, source, mode, filter)
  return bytes
}
