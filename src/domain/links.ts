/**
 * The link contract: `?muscle=<group id>&view=<front|back|left|right>&phase=<0-100>&play=<0|1>`; `muscle` also
 * names a structure outside the groups (`gracilis`), whose card then opens.
 * Coaches share these links and blog embeds are configured with them, so the names and values are stable.
 * Parsing never throws and never echoes raw input back as markup: problems come back as plain-text notes.
 */
import { EXERCISE_IDS, isExerciseId, type ExerciseId } from './exercises.ts'
import { roundPhase } from './gait.ts'
import { isPlanCode } from './plan-code.ts'
import { formatLoop, isTourId, parseLoop, type LoopRange, type TourId } from './tour.ts'
import { normalizeSearchText } from './search.ts'
import {
  TYPICAL_LAB,
  isTypicalLab,
  parseLabSpeed,
  parseLabStepRate,
  parseStrike,
  type LabSettings,
} from './lab.ts'
import {
  GROUPS,
  GROUP_IDS,
  MUSCLES,
  MUSCLE_IDS,
  STRUCTURES,
  STRUCTURE_IDS,
  isGroupId,
  isMuscleId,
  isViewId,
  type GroupId,
  type MuscleId,
  type StructureId,
  type ViewId,
} from './groups.ts'

export interface LinkState {
  muscle: GroupId | null
  /** A structure outside the groups whose card is open; written as `muscle` too (`?muscle=gracilis`). */
  part?: StructureId | null
  view: ViewId | null
  /** Percent of the gait cycle, 0 ≤ phase < 100 (100 wraps to 0). */
  phase: number | null
  play: boolean | null
  /** `new` (start the plan) or a plan's code (plan-code.ts; read by the plan layer); absent when no plan is open. */
  plan?: string | null
  /** The whole view, for a coach's link: X-ray, one muscle alone, labels, a stride loop, the camera, a tour. */
  xray?: boolean | null
  isolate?: MuscleId | null
  labels?: boolean | null
  loop?: LoopRange | null
  camera?: CameraPose | null
  tour?: TourId | null
  /** The tour's step, counted from 1 as the reader sees it. */
  step?: number | null
  /** An exercise the body performs ("Show me"); `play=0` then holds its hardest moment. */
  exercise?: ExerciseId | null
  /**
   * The stride lab's setting (`speed`, `steprate`, `strike`); null or absent is the typical runner. A link that
   * names any of the three opens stride mode with it; only values that differ from the typical are written.
   */
  lab?: LabSettings | null
}

/** Where the reader left the camera: turned (degrees round the body, up or down) and how far (metres). */
export interface CameraPose {
  readonly azimuth: number
  readonly elevation: number
  readonly distance: number
}

export interface ParsedLink {
  state: LinkState
  /** Plain-text notes for the user, one per rejected parameter. */
  problems: string[]
}

export const EMPTY_LINK: LinkState = { muscle: null, view: null, phase: null, play: null }

/** Values longer than this are not worth reading (and are never shown in full). */
const MAX_VALUE_LENGTH = 64

/** A short, printable excerpt of a user-supplied value for a note. */
function quoteForNote(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const printable = raw.replace(/[\u0000-\u001f\u007f-\u009f<>]/g, '').trim()
  const cut = printable.length > 24 ? `${printable.slice(0, 24)}…` : printable
  return `“${cut}”`
}

/** Link values are ids: the search normaliser, with spaces and underscores read as hyphens. */
function normalise(raw: string): string {
  return normalizeSearchText(raw).replace(/[\s_]+/g, '-')
}

/**
 * Resolve a group from a link value: a group id, a muscle id (soleus → calves) or a plain name
 * ("Upper back"), so hand-typed links still work.
 */
export function resolveGroup(raw: string): GroupId | null {
  if (raw.length > MAX_VALUE_LENGTH) return null
  const v = normalise(raw)
  if (isGroupId(v)) return v
  for (const id of GROUP_IDS) if (normalise(GROUPS[id].name) === v) return id
  for (const id of MUSCLE_IDS) if (id === v || normalise(MUSCLES[id].name) === v) return MUSCLES[id].group
  return null
}

/**
 * Resolve any other structure of the figure from a link value (id or name): its own card when it belongs to no
 * group, else its group (the Achilles tendon opens the calves).
 */
export function resolvePart(raw: string): { part: StructureId } | { group: GroupId } | null {
  if (raw.length > MAX_VALUE_LENGTH) return null
  const v = normalise(raw)
  for (const id of STRUCTURE_IDS) {
    if (id !== v && normalise(STRUCTURES[id].name) !== v) continue
    const group = STRUCTURES[id].group
    return group ? { group } : { part: id }
  }
  return null
}

export function parsePhase(raw: string): number | null {
  if (raw.length > 12 || !/^\s*\d+(\.\d+)?\s*%?\s*$/.test(raw)) return null
  const n = Number.parseFloat(raw)
  if (!Number.isFinite(n) || n < 0 || n > 100) return null
  return n === 100 ? 0 : n
}

export function parseLink(search: string): ParsedLink {
  const params = new URLSearchParams(search.length > 4096 ? '' : search)
  const state: LinkState = { ...EMPTY_LINK }
  const problems: string[] = []
  if (search.length > 4096) problems.push('That link was too long to read, so the explorer opened as usual.')

  const muscle = params.get('muscle')
  if (muscle !== null && muscle !== '') {
    const group = resolveGroup(muscle)
    const other = group ? null : resolvePart(muscle)
    if (group) state.muscle = group
    else if (other && 'group' in other) state.muscle = other.group
    else if (other) state.part = other.part
    else
      problems.push(`We don't know a muscle group called ${quoteForNote(muscle)}, so here is the whole body.`)
  }

  const view = params.get('view')
  if (view !== null && view !== '') {
    const v = normalise(view)
    if (isViewId(v)) state.view = v
    else
      problems.push(
        `The view ${quoteForNote(view)} isn't one of front, back, left or right; showing the front.`,
      )
  }

  const phase = params.get('phase')
  if (phase !== null && phase !== '') {
    const p = parsePhase(phase)
    if (p !== null) state.phase = p
    else
      problems.push(
        `The stride moment ${quoteForNote(phase)} should be a number from 0 to 100; starting at 0.`,
      )
  }

  const play = params.get('play')
  if (play !== null && play !== '') {
    if (play === '1' || play === 'true') state.play = true
    else if (play === '0' || play === 'false') state.play = false
    else problems.push(`“play” should be 0 or 1; the stride starts paused.`)
  }

  const plan = params.get('plan')
  if (plan !== null && plan !== '') {
    if (plan === 'new' || isPlanCode(plan)) state.plan = plan
    else
      problems.push(
        `That plan link ${quoteForNote(plan)} is incomplete or damaged, so it could not be opened. Start a plan with “My plan”.`,
      )
  }

  const flag = (key: string, word: string) => {
    const raw = params.get(key)
    if (raw === null || raw === '') return
    if (raw === '1' || raw === 'true') return true
    if (raw === '0' || raw === 'false') return false
    problems.push(`“${key}” should be 0 or 1; ${word}.`)
    return undefined
  }
  const xray = flag('xray', 'the X-ray stays as it was')
  if (xray !== undefined) state.xray = xray
  const labels = flag('labels', 'labels stay off')
  if (labels !== undefined) state.labels = labels

  const isolate = params.get('isolate')
  if (isolate !== null && isolate !== '') {
    const v = normalise(isolate)
    const id = MUSCLE_IDS.find((m) => m === v || normalise(MUSCLES[m].name) === v)
    if (id && isMuscleId(id)) {
      state.isolate = id
      state.muscle ??= MUSCLES[id].group
    } else
      problems.push(
        `We don't know a muscle called ${quoteForNote(isolate)} to show alone; showing its whole group.`,
      )
  }

  const loop = params.get('loop')
  if (loop !== null && loop !== '') {
    const range = parseLoop(loop)
    if (range) state.loop = range
    else
      problems.push(
        `The stride loop ${quoteForNote(loop)} should look like 85-95 (from, to, in percent); not looping.`,
      )
  }

  const cam = params.get('cam')
  if (cam !== null && cam !== '') {
    const pose = parseCamera(cam)
    if (pose) state.camera = pose
    else
      problems.push(
        `The camera ${quoteForNote(cam)} should be three numbers (turn, tilt, distance); using the usual view.`,
      )
  }

  const tour = params.get('tour')
  if (tour !== null && tour !== '') {
    const t = normalise(tour)
    if (isTourId(t)) {
      state.tour = t
      const step = params.get('step')
      const n = step === null ? 1 : Number(step)
      if (Number.isInteger(n) && n >= 1 && n <= 20) state.step = n
      else {
        state.step = 1
        problems.push(`The tour step ${quoteForNote(step ?? '')} isn't a step number; starting at step 1.`)
      }
    } else problems.push(`We don't know a tour called ${quoteForNote(tour)}; here is the explorer.`)
  }

  const exercise = params.get('exercise')
  if (exercise !== null && exercise !== '') {
    const v = normalise(exercise)
    if (isExerciseId(v)) state.exercise = v
    else
      problems.push(
        `We don't have an exercise called ${quoteForNote(exercise)} to show; see a group's Exercises for the ${EXERCISE_IDS.length} there are.`,
      )
  }
  const lab = parseLabParams(params, problems)
  if (lab) state.lab = lab

  return { state, problems }
}

/** `speed`, `steprate`, `strike`: studied values only; a value outside the studies is a note, not a guess. */
function parseLabParams(params: URLSearchParams, problems: string[]): LabSettings | null {
  let lab: LabSettings | null = null
  const speed = params.get('speed')
  if (speed !== null && speed !== '') {
    const v = parseLabSpeed(speed)
    if (v !== null) lab = { ...(lab ?? TYPICAL_LAB), speed: v }
    else
      problems.push(
        `The running speed ${quoteForNote(speed)} isn't one the studies ran at (3.5, 3.96, 5, 7 or 9 m/s); showing the typical 3.96 m/s.`,
      )
  }
  const steprate = params.get('steprate')
  if (steprate !== null && steprate !== '') {
    const v = parseLabStepRate(steprate)
    if (v !== null) lab = { ...(lab ?? TYPICAL_LAB), steprate: v }
    else
      problems.push(
        `The step rate ${quoteForNote(steprate)} is outside what was studied (90, 95, 100, 105 or 110 % of the runner's own); showing 100 %.`,
      )
  }
  const strike = params.get('strike')
  if (strike !== null && strike !== '') {
    const v = parseStrike(strike)
    if (v !== null) lab = { ...(lab ?? TYPICAL_LAB), strike: v }
    else
      problems.push(
        `The foot strike ${quoteForNote(strike)} should be rearfoot, midfoot or forefoot; showing rearfoot.`,
      )
  }
  return lab
}

/** `cam=30,-5,2.4`: degrees round the body (0 = front), degrees up or down, metres away; sane ranges only. */
export function parseCamera(raw: string): CameraPose | null {
  const m = /^(-?\d{1,3}(?:\.\d+)?),(-?\d{1,2}(?:\.\d+)?),(\d(?:\.\d+)?)$/.exec(raw.trim())
  if (!m) return null
  const [azimuth, elevation, distance] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (Math.abs(azimuth) > 360 || Math.abs(elevation) > 80 || distance < 0.4 || distance > 8) return null
  return { azimuth, elevation, distance }
}

export function formatCamera(pose: CameraPose): string {
  const r = (n: number, k: number) => String(Math.round(n * k) / k)
  return `${r(pose.azimuth, 1)},${r(pose.elevation, 1)},${r(pose.distance, 100)}`
}

/** Round a phase for links: one decimal is finer than any frame of a stride. */
export function formatPhase(phase: number): string {
  return String(roundPhase(phase))
}

/**
 * Write the link state into existing search params, keeping any unrelated parameters (a host page's own, or
 * the embed's `origin`) untouched.
 */
export function writeLink(search: string, state: LinkState): string {
  const params = new URLSearchParams(search)
  const set = (key: string, value: string | null) =>
    value === null ? params.delete(key) : params.set(key, value)
  set('muscle', state.muscle ?? state.part ?? null)
  set('view', state.view)
  set('phase', state.phase === null ? null : formatPhase(state.phase))
  set('play', state.play === null ? null : state.play ? '1' : '0')
  set('plan', state.plan ?? null)
  const on = (v: boolean | null | undefined) => (v ? '1' : null)
  set('xray', state.xray === null || state.xray === undefined ? null : state.xray ? '1' : '0')
  set('isolate', state.isolate ?? null)
  set('labels', on(state.labels))
  set('loop', state.loop ? formatLoop(state.loop) : null)
  set('cam', state.camera ? formatCamera(state.camera) : null)
  set('tour', state.tour ?? null)
  set('step', state.tour && state.step ? String(state.step) : null)
  set('exercise', state.exercise ?? null)
  const lab = state.lab && !isTypicalLab(state.lab) ? state.lab : null
  set('speed', lab && lab.speed !== TYPICAL_LAB.speed ? String(lab.speed) : null)
  set('steprate', lab && lab.steprate !== TYPICAL_LAB.steprate ? String(lab.steprate) : null)
  set('strike', lab && lab.strike !== TYPICAL_LAB.strike ? lab.strike : null)
  const s = params.toString()
  return s ? `?${s}` : ''
}

/** Sections of a group's panel that a link's hash opens at: `?muscle=calves#exercises`. */
export const PANEL_SECTION_IDS = ['overview', 'stride', 'injuries', 'exercises', 'sources'] as const
export type PanelSectionId = (typeof PANEL_SECTION_IDS)[number]

export function panelSectionOf(hash: string): PanelSectionId | null {
  const id = hash.replace(/^#/, '')
  return (PANEL_SECTION_IDS as readonly string[]).includes(id) ? (id as PanelSectionId) : null
}
