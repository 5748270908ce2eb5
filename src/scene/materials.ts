/** Hover, selection, X-ray and stride activity all show through material properties, never the scene graph. */
import { Color } from 'three'
import type { GroupId, MuscleId } from '../domain/groups.ts'
import type { GroupMark, PlanMarks } from '../domain/plan.ts'
import { isolatedMuscle, selectedGroup, shownPart, type ExplorerState } from '../store/index.ts'
import type { BodyRig, MusclePart } from './body-rig.ts'
import {
  ACTIVE_EMISSIVE,
  ECCENTRIC_EMISSIVE,
  HOVER_EMISSIVE,
  MARK_COLORS,
  RECEDED,
  SELECTED,
  SELECTED_EMISSIVE,
  SKIN,
} from './palette.ts'

export interface StyleState {
  selected: GroupId | null
  /** A structure outside the groups whose card is open. */
  part?: string | null
  hovered: string | null
  xray: boolean
  /** The skin layer is drawn over the écorché. */
  skin?: boolean
  /** "My plan": groups coloured by how they scored, or the ones a self-test works. */
  marks?: PlanMarks | null
  /** One muscle shown alone: everything else fades right back. */
  isolated?: MuscleId | null
}

/** What the materials show, read from the store. */
export function styleStateOf(s: ExplorerState): StyleState {
  return {
    // While the body performs, only the demo's glow speaks: the card's blue tint read as its violet (lengthening).
    selected: s.demo ? null : selectedGroup(s),
    part: shownPart(s),
    hovered: s.hovered,
    xray: s.xray,
    skin: s.skin,
    marks: s.planMarks,
    isolated: isolatedMuscle(s),
  }
}

/** A part's own mark: its side's where the plan marks the sides apart, and whether it is the weaker side. */
export function markOf(
  marks: PlanMarks | null | undefined,
  part: Pick<MusclePart, 'group' | 'side'>,
): { mark: GroupMark | 'testing'; weaker: boolean } | null {
  const raw = marks && part.group ? marks[part.group] : undefined
  if (raw === undefined) return null
  if (typeof raw === 'string') return { mark: raw, weaker: false }
  return { mark: raw[part.side], weaker: raw.weaker === part.side }
}

/** Activity 0..1 of a part at the current stride moment; null outside stride mode. */
export type ActivityOf = ((part: MusclePart) => number) | null

const _c = new Color()
const _t = new Color()

function addScaled(target: Color, color: Color, k: number) {
  target.add(_t.copy(color).multiplyScalar(k))
}
const XRAY_OPACITY = 0.16
const ISOLATE_OPACITY = 0.1

function setTransparent(
  material: { transparent: boolean; depthWrite: boolean; opacity: number; needsUpdate: boolean },
  on: boolean,
  opacity: number,
) {
  if (material.transparent !== on) {
    material.transparent = on
    material.depthWrite = !on
    material.needsUpdate = true
  }
  material.opacity = on ? opacity : 1
}

export function applyStyles(rig: BodyRig, s: StyleState, activity: ActivityOf = null): void {
  for (const part of rig.parts) styleMuscle(part, s, activity ? activity(part) : 0)
  if (rig.body) {
    const m = rig.body.material
    m.color.copy(SKIN)
    m.visible = s.skin === true
    setTransparent(m, s.xray || !!s.isolated, XRAY_OPACITY * 0.8)
  }
  // The rest of the écorché: shared materials by kind, faded by the X-ray (or an isolated muscle) like the outer muscles.
  for (const m of rig.tissues.values()) setTransparent(m, s.xray || !!s.isolated, ISOLATE_OPACITY)
  for (const d of rig.deepTissues) d.visible = s.xray
  // The structure whose card is open wears the marked material (both sides), the rest their shared ones.
  rig.marked.emissive.copy(SELECTED_EMISSIVE).multiplyScalar(0.16)
  for (const [id, meshes] of rig.structureMeshes)
    for (const { mesh, material } of meshes) mesh.material = s.part === id ? rig.marked : material
}

/** Only the emissive glow depends on the stride moment: cheap enough to run every animated frame. */
export function applyActivity(rig: BodyRig, s: StyleState, activity: ActivityOf): void {
  for (const part of rig.parts) setEmissive(part, s, activity ? activity(part) : 0)
}

function styleMuscle(part: MusclePart, s: StyleState, activity: number) {
  const m = part.material
  if (s.isolated) {
    // The one muscle stays solid in the selection colour, deep or not; the rest is a faint outline of the body.
    const alone = part.muscle === s.isolated
    m.color.copy(part.baseColor).lerp(alone ? SELECTED : RECEDED, alone ? 0.6 : 0.7)
    m.visible = alone || !part.deep
    setTransparent(m, !alone, ISOLATE_OPACITY)
    setEmissive(part, s, activity)
    return
  }
  const selected = s.selected === part.group
  const mark = markOf(s.marks, part)
  if (s.selected && !selected) m.color.copy(part.baseColor).lerp(RECEDED, 0.7)
  else if (selected) m.color.copy(part.baseColor).lerp(SELECTED, 0.6)
  else if (mark && mark.mark !== 'untested') {
    m.color.copy(part.baseColor).lerp(MARK_COLORS[mark.mark], mark.weaker ? 0.95 : 0.75)
    // The weaker side of an uneven pair is drawn darker, so left and right read apart even in one colour.
    if (mark.weaker) m.color.multiplyScalar(0.5)
  }
  // With marks shown, muscles outside them (and untested groups) step back so the marked ones read.
  else if (s.marks) m.color.copy(part.baseColor).lerp(RECEDED, 0.55)
  else m.color.copy(part.baseColor)
  if (part.deep) {
    // Deep muscles sit inside the body: shown only when the X-ray lets the reader see them, and faded when
    // another group is the one being explained (the transversus sheet would hide the iliopsoas).
    m.visible = s.xray
    setTransparent(m, s.selected !== null && !selected, XRAY_OPACITY * 2)
  } else {
    m.visible = true
    setTransparent(m, s.xray && !selected, XRAY_OPACITY)
  }
  setEmissive(part, s, activity)
}

function setEmissive(part: MusclePart, s: StyleState, activity: number) {
  const m = part.material
  _c.setRGB(0, 0, 0)
  if (s.selected === part.group) addScaled(_c, SELECTED_EMISSIVE, 0.16)
  if (activity > 0) addScaled(_c, ACTIVE_EMISSIVE, 0.45 * activity)
  // A demo's lengthening (eccentric) work comes as a negative activity: a colour of its own, so braking reads
  // differently from lifting.
  else if (activity < 0) addScaled(_c, ECCENTRIC_EMISSIVE, 0.5 * -activity)
  if (s.hovered === part.name) addScaled(_c, HOVER_EMISSIVE, 0.5)
  m.emissive.copy(_c)
}
