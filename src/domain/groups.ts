/**
 * The single source of truth for the eight target muscle groups and the muscles in them.
 * The model generator, the content, the store, the scene, the panels and the embed all import this;
 * nothing else may repeat the list.
 */

export const GROUP_IDS = [
  'shoulders',
  'upper-back',
  'quadriceps',
  'hip-flexors',
  'hamstrings',
  'glutes',
  'calves',
  'core',
] as const

export type GroupId = (typeof GROUP_IDS)[number]

export interface GroupInfo {
  readonly id: GroupId
  /** Plain name a runner uses. */
  readonly name: string
  /** Anatomical name, shown as a subtitle. */
  readonly anatomicalName: string
  /**
   * The muscle this group is chosen for lies deep (the iliopsoas, the transversus abdominis), so selecting the
   * group turns the X-ray on. A group whose deep muscle only sits under its superficial ones does not.
   */
  readonly xrayOnSelect: boolean
}

export const GROUPS: Readonly<Record<GroupId, GroupInfo>> = {
  shoulders: { id: 'shoulders', name: 'Shoulders', anatomicalName: 'Deltoids', xrayOnSelect: false },
  'upper-back': { id: 'upper-back', name: 'Upper back', anatomicalName: 'Trapezius', xrayOnSelect: false },
  quadriceps: {
    id: 'quadriceps',
    name: 'Quadriceps',
    anatomicalName: 'Quadriceps femoris',
    xrayOnSelect: false,
  },
  'hip-flexors': {
    id: 'hip-flexors',
    name: 'Hip flexors',
    anatomicalName: 'Iliopsoas, sartorius, TFL',
    xrayOnSelect: true,
  },
  hamstrings: {
    id: 'hamstrings',
    name: 'Hamstrings',
    anatomicalName: 'Biceps femoris, semitendinosus, semimembranosus',
    xrayOnSelect: false,
  },
  glutes: {
    id: 'glutes',
    name: 'Glutes',
    anatomicalName: 'Gluteus maximus, medius and minimus',
    xrayOnSelect: false,
  },
  calves: {
    id: 'calves',
    name: 'Calves',
    anatomicalName: 'Triceps surae (gastrocnemius, soleus)',
    xrayOnSelect: false,
  },
  core: { id: 'core', name: 'Core', anatomicalName: 'Abdominal wall', xrayOnSelect: true },
}

export const MUSCLE_IDS = [
  'deltoid',
  'trapezius',
  'rectus-femoris',
  'vastus-lateralis',
  'vastus-medialis',
  'vastus-intermedius',
  'iliopsoas',
  'sartorius',
  'tensor-fasciae-latae',
  'biceps-femoris',
  'semitendinosus',
  'semimembranosus',
  'gluteus-maximus',
  'gluteus-medius',
  'gluteus-minimus',
  'gastrocnemius',
  'soleus',
  'rectus-abdominis',
  'external-oblique',
  'transversus-abdominis',
] as const

export type MuscleId = (typeof MUSCLE_IDS)[number]

export interface MuscleInfo {
  readonly id: MuscleId
  readonly name: string
  readonly group: GroupId
  /** Hidden under other muscles: reachable through the X-ray control. */
  readonly deep: boolean
}

export const MUSCLES: Readonly<Record<MuscleId, MuscleInfo>> = {
  deltoid: { id: 'deltoid', name: 'Deltoid', group: 'shoulders', deep: false },
  trapezius: { id: 'trapezius', name: 'Trapezius', group: 'upper-back', deep: false },
  'rectus-femoris': { id: 'rectus-femoris', name: 'Rectus femoris', group: 'quadriceps', deep: false },
  'vastus-lateralis': { id: 'vastus-lateralis', name: 'Vastus lateralis', group: 'quadriceps', deep: false },
  'vastus-medialis': { id: 'vastus-medialis', name: 'Vastus medialis', group: 'quadriceps', deep: false },
  'vastus-intermedius': {
    id: 'vastus-intermedius',
    name: 'Vastus intermedius',
    group: 'quadriceps',
    deep: true,
  },
  iliopsoas: { id: 'iliopsoas', name: 'Iliopsoas', group: 'hip-flexors', deep: true },
  sartorius: { id: 'sartorius', name: 'Sartorius', group: 'hip-flexors', deep: false },
  'tensor-fasciae-latae': {
    id: 'tensor-fasciae-latae',
    name: 'Tensor fasciae latae',
    group: 'hip-flexors',
    deep: false,
  },
  'biceps-femoris': { id: 'biceps-femoris', name: 'Biceps femoris', group: 'hamstrings', deep: false },
  semitendinosus: { id: 'semitendinosus', name: 'Semitendinosus', group: 'hamstrings', deep: false },
  semimembranosus: { id: 'semimembranosus', name: 'Semimembranosus', group: 'hamstrings', deep: false },
  'gluteus-maximus': { id: 'gluteus-maximus', name: 'Gluteus maximus', group: 'glutes', deep: false },
  'gluteus-medius': { id: 'gluteus-medius', name: 'Gluteus medius', group: 'glutes', deep: false },
  'gluteus-minimus': { id: 'gluteus-minimus', name: 'Gluteus minimus', group: 'glutes', deep: true },
  gastrocnemius: { id: 'gastrocnemius', name: 'Gastrocnemius', group: 'calves', deep: false },
  soleus: { id: 'soleus', name: 'Soleus', group: 'calves', deep: false },
  'rectus-abdominis': { id: 'rectus-abdominis', name: 'Rectus abdominis', group: 'core', deep: false },
  'external-oblique': { id: 'external-oblique', name: 'External oblique', group: 'core', deep: false },
  'transversus-abdominis': {
    id: 'transversus-abdominis',
    name: 'Transversus abdominis',
    group: 'core',
    deep: true,
  },
}

export const SIDES = ['L', 'R'] as const
export type Side = (typeof SIDES)[number]

/** glTF node name of one muscle on one side, e.g. `gastrocnemius_L`. */
export function meshName(muscle: PartId, side: Side): string {
  return `${muscle}_${side}`
}

/** The muscle and side behind a mesh name (the inverse of meshName), or null for anything else. */
export function parseMeshName(name: string): { muscle: MuscleId; side: Side } | null {
  const cut = name.lastIndexOf('_')
  const muscle = name.slice(0, cut)
  const side = name.slice(cut + 1)
  if (cut < 0 || !isMuscleId(muscle) || (side !== 'L' && side !== 'R')) return null
  return { muscle, side }
}

/** Extras stored on every muscle node of the generated GLB. */
export interface MuscleNodeExtras {
  group: GroupId
  muscle: MuscleId
  side: Side
  deep: boolean
}

const GROUP_SET: ReadonlySet<string> = new Set(GROUP_IDS)
const MUSCLE_SET: ReadonlySet<string> = new Set(MUSCLE_IDS)

export function isGroupId(value: unknown): value is GroupId {
  return typeof value === 'string' && GROUP_SET.has(value)
}

export function isMuscleId(value: unknown): value is MuscleId {
  return typeof value === 'string' && MUSCLE_SET.has(value)
}

export function musclesOf(group: GroupId): readonly MuscleInfo[] {
  return MUSCLE_IDS.map((id) => MUSCLES[id]).filter((m) => m.group === group)
}

export function groupHasDeepMuscle(group: GroupId): boolean {
  return musclesOf(group).some((m) => m.deep)
}

/** Parse a node's extras; returns null for anything that is not a muscle (skin, bones, landmarks). */
export function parseMuscleExtras(extras: unknown): MuscleNodeExtras | null {
  if (typeof extras !== 'object' || extras === null) return null
  const e = extras as Record<string, unknown>
  if (!isGroupId(e.group) || !isMuscleId(e.muscle)) return null
  if (e.side !== 'L' && e.side !== 'R') return null
  return { group: e.group, muscle: e.muscle, side: e.side, deep: e.deep === true }
}

/**
 * What a mesh of the écorché is: a muscle, a tendon, a fascia (aponeurosis, band, sheath) or an exposed bone.
 * The eight groups' muscles are all `muscle`.
 */
export const STRUCTURE_KINDS = ['muscle', 'tendon', 'fascia', 'bone'] as const
export type StructureKind = (typeof STRUCTURE_KINDS)[number]

/**
 * Every other structure of the écorché: muscles outside the eight groups, tendons and fasciae (with the group
 * they belong to, e.g. the Achilles tendon to the calves), and the bones left uncovered. Meshes are named
 * `<id>_<L|R>` like the muscles; midline structures (linea alba, sacrum) come as two halves.
 */
export const STRUCTURE_IDS = [
  // Muscles outside the eight groups.
  'pectoralis-major',
  'latissimus-dorsi',
  'serratus-anterior',
  'rhomboids',
  'infraspinatus',
  'teres-major',
  'erector-spinae',
  'internal-oblique',
  'sternocleidomastoid',
  'biceps-brachii',
  'triceps-brachii',
  'brachialis',
  'brachioradialis',
  'forearm-flexors',
  'forearm-extensors',
  'adductor-longus',
  'adductor-magnus',
  'gracilis',
  'pectineus',
  'tibialis-anterior',
  'extensor-digitorum-longus',
  'fibularis-longus',
  'fibularis-brevis',
  'tibialis-posterior',
  // Tendons and fasciae.
  'achilles-tendon',
  'patellar-tendon',
  'quadriceps-tendon',
  'hamstring-tendons',
  'pes-anserinus',
  'iliotibial-band',
  'linea-alba',
  'rectus-sheath',
  'thoracolumbar-fascia',
  // Bone where no muscle covers it.
  'clavicle',
  'sternum',
  'acromion',
  'scapular-spine',
  'olecranon',
  'iliac-crest',
  'sacrum',
  'pubis',
  'patella',
  'tibia',
  'fibula',
  'malleoli',
  'calcaneus',
  'knuckles',
] as const

export type StructureId = (typeof STRUCTURE_IDS)[number]

export interface StructureInfo {
  readonly id: StructureId
  readonly name: string
  readonly kind: StructureKind
  /** The target group it belongs to (a tendon of a group's muscle), or null. */
  readonly group: GroupId | null
  readonly deep: boolean
}

const S = (
  id: StructureId,
  name: string,
  kind: StructureKind,
  group: GroupId | null = null,
  deep = false,
): StructureInfo => ({ id, name, kind, group, deep })

// One list, each id written once (the record is built from it): the domain is in the first-load JavaScript.
export const STRUCTURES = Object.fromEntries(
  [
    S('pectoralis-major', 'Pectoralis major', 'muscle'),
    S('latissimus-dorsi', 'Latissimus dorsi', 'muscle'),
    S('serratus-anterior', 'Serratus anterior', 'muscle'),
    S('rhomboids', 'Rhomboids', 'muscle', null, true),
    S('infraspinatus', 'Infraspinatus', 'muscle'),
    S('teres-major', 'Teres major', 'muscle'),
    S('erector-spinae', 'Erector spinae', 'muscle'),
    S('internal-oblique', 'Internal oblique', 'muscle', null, true),
    S('sternocleidomastoid', 'Sternocleidomastoid', 'muscle'),
    S('biceps-brachii', 'Biceps brachii', 'muscle'),
    S('triceps-brachii', 'Triceps brachii', 'muscle'),
    S('brachialis', 'Brachialis', 'muscle'),
    S('brachioradialis', 'Brachioradialis', 'muscle'),
    S('forearm-flexors', 'Forearm flexors', 'muscle'),
    S('forearm-extensors', 'Forearm extensors', 'muscle'),
    S('adductor-longus', 'Adductor longus', 'muscle'),
    S('adductor-magnus', 'Adductor magnus', 'muscle'),
    S('gracilis', 'Gracilis', 'muscle'),
    S('pectineus', 'Pectineus', 'muscle'),
    S('tibialis-anterior', 'Tibialis anterior', 'muscle'),
    S('extensor-digitorum-longus', 'Extensor digitorum longus', 'muscle'),
    S('fibularis-longus', 'Fibularis longus', 'muscle'),
    S('fibularis-brevis', 'Fibularis brevis', 'muscle'),
    S('tibialis-posterior', 'Tibialis posterior', 'muscle', null, true),
    S('achilles-tendon', 'Achilles tendon', 'tendon', 'calves'),
    S('patellar-tendon', 'Patellar tendon', 'tendon', 'quadriceps'),
    S('quadriceps-tendon', 'Quadriceps tendon', 'tendon', 'quadriceps'),
    S('hamstring-tendons', 'Hamstring tendons', 'tendon', 'hamstrings'),
    S('pes-anserinus', 'Pes anserinus', 'tendon', 'hamstrings'),
    S('iliotibial-band', 'Iliotibial band', 'fascia', 'glutes'),
    S('linea-alba', 'Linea alba', 'fascia', 'core'),
    S('rectus-sheath', 'Rectus sheath', 'fascia', 'core'),
    S('thoracolumbar-fascia', 'Thoracolumbar fascia', 'fascia'),
    S('clavicle', 'Clavicle', 'bone'),
    S('sternum', 'Sternum', 'bone'),
    S('acromion', 'Acromion', 'bone'),
    S('scapular-spine', 'Spine of the scapula', 'bone'),
    S('olecranon', 'Olecranon', 'bone'),
    S('iliac-crest', 'Iliac crest', 'bone'),
    S('sacrum', 'Sacrum', 'bone'),
    S('pubis', 'Pubis (pubic bone)', 'bone'),
    S('patella', 'Patella', 'bone', 'quadriceps'),
    S('tibia', 'Tibia (shin bone)', 'bone'),
    S('fibula', 'Fibula', 'bone'),
    S('malleoli', 'Malleoli', 'bone'),
    S('calcaneus', 'Calcaneus (heel bone)', 'bone'),
    S('knuckles', 'Knuckles', 'bone'),
  ].map((info) => [info.id, info]),
) as Readonly<Record<StructureId, StructureInfo>>

const STRUCTURE_SET: ReadonlySet<string> = new Set(STRUCTURE_IDS)

export function isStructureId(value: unknown): value is StructureId {
  return typeof value === 'string' && STRUCTURE_SET.has(value)
}

/** Any named part of the figure: a target muscle or another structure. */
export type PartId = MuscleId | StructureId

export interface PartInfo {
  readonly id: PartId
  readonly name: string
  readonly kind: StructureKind
  readonly group: GroupId | null
  readonly deep: boolean
}

export function partInfo(id: PartId): PartInfo {
  if (isMuscleId(id)) {
    const m = MUSCLES[id]
    return { id, name: m.name, kind: 'muscle', group: m.group, deep: m.deep }
  }
  return STRUCTURES[id]
}

/** Extras stored on every named node of the écorché (target muscles carry the same, with kind muscle). */
export interface PartNodeExtras {
  group: GroupId | null
  muscle: PartId
  side: Side
  deep: boolean
  kind: StructureKind
}

/** The part (target muscle or other structure) and side behind a mesh name, or null for anything else. */
export function parsePartMeshName(name: string): { id: PartId; side: Side } | null {
  const cut = name.lastIndexOf('_')
  const id = name.slice(0, cut)
  const side = name.slice(cut + 1)
  if (cut < 0 || (!isMuscleId(id) && !isStructureId(id)) || (side !== 'L' && side !== 'R')) return null
  return { id, side }
}

/** Parse any named part's extras (target muscle or other structure); null for skin, body and landmarks. */
export function parsePartExtras(extras: unknown): PartNodeExtras | null {
  if (typeof extras !== 'object' || extras === null) return null
  const e = extras as Record<string, unknown>
  if (!isMuscleId(e.muscle) && !isStructureId(e.muscle)) return null
  if (e.side !== 'L' && e.side !== 'R') return null
  if (e.group !== null && !isGroupId(e.group)) return null
  const kind = (STRUCTURE_KINDS as readonly unknown[]).includes(e.kind) ? (e.kind as StructureKind) : 'muscle'
  return { group: e.group, muscle: e.muscle, side: e.side, deep: e.deep === true, kind }
}

/** Camera presets, shared by URL parsing, the store and the scene. */
export const VIEW_IDS = ['front', 'back', 'left', 'right'] as const
export type ViewId = (typeof VIEW_IDS)[number]
export function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (VIEW_IDS as readonly string[]).includes(value)
}

/** A structure outside the eight groups: a click or a link opens its own card rather than a group. */
export function hasOwnCard(id: string): id is StructureId {
  return isStructureId(id) && STRUCTURES[id].group === null
}
