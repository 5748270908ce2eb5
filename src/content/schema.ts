/**
 * Runtime schemas mirroring src/content/types.ts. Only tests, scripts/check-content.ts and the Vite build
 * plugin import this file, so zod never reaches the app bundle.
 */
import { z } from 'zod'
import {
  GROUP_IDS,
  MUSCLES,
  MUSCLE_IDS,
  STRUCTURES,
  STRUCTURE_IDS,
  VIEW_IDS,
  musclesOf,
} from '../domain/groups.ts'
import { PHASE_IDS } from '../domain/gait.ts'
import {
  ACTIVITY_LEVELS,
  BENEFIT_IDS,
  CLAIM_KINDS,
  EFFECT_CLAIMS,
  EQUIPMENT,
  EQUIPMENT_CATEGORY_IDS,
  EQUIPMENT_IDS,
  EVIDENCE_LEVELS,
  EXERCISE_KINDS,
  FLAG_IDS,
  LEVEL_IDS,
  SOURCE_KINDS,
  TREATMENT_KINDS,
  UNTIMED_KINDS,
  type ClaimKind,
  type ExerciseKind,
  type SourceKind,
} from '../domain/training.ts'
import { BENEFITS, GUIDE } from './guide.ts'
import { CONTENT } from './index.ts'
import { PART_CARDS } from './parts.ts'
import { PLAN_CONTENT } from './plan.ts'
import { TOURS } from './tours.ts'
import { LAB_GAPS, LAB_READOUTS } from '../domain/stride/lab-data.ts'
import { STRIKES, isLabSpeed, isLabStepRate } from '../domain/lab.ts'
import { TOUR_IDS, TOUR_STEP_COUNT } from '../domain/tour.ts'
import {
  AGE_BAND_IDS,
  LOAD_TAG_IDS,
  NIGGLE_IDS,
  SELF_TEST_IDS,
  SEX_IDS,
  type AgeBandId,
} from '../domain/plan-options.ts'
import { SOURCES, isSourceId } from './sources.ts'
import { forEachCitedId } from './cite.ts'
import { setsText } from './sets-text.ts'

/** Exercises the article would still let a runner without a gym do. */
const HOME_EQUIPMENT = new Set<string>(['bodyweight', 'band'])

/** Groups whose job in the stride includes a springy landing, so jumps or running drills belong in them. */
const SPRINGY_GROUPS = new Set<string>(['calves', 'quadriceps', 'hamstrings', 'glutes', 'hip-flexors'])

/** Source kinds that report a trial's protocol; a dose copied from one must show where it starts. */
const TRIAL_KINDS = new Set<SourceKind>([
  'prevention-trial',
  'treatment-trial',
  'case-series',
  'training-trial',
])

/** Words on screen that tell a runner the study treated people who were already injured. */
export const TREATMENT_WORDING =
  /\btreat|\brehab|already (?:had|have|hurt|injured)|no untreated|no comparison/i

/** Reps as a count, range or list, with an optional unit and side: "5", "8–12 per leg", "12, 10, 8", "20–30 s". */
export const REPS_PATTERN =
  /^\d+(?:–\d+)?(?:, \d+(?:–\d+)?)*(?: (?:s|m|contacts|hops|jumps|steps))?(?: (?:per|each) (?:leg|side|arm|foot|way))?$/

const text = z.string().regex(/\S/, 'must not be blank')

const sourceId = z
  .string()
  .refine(isSourceId, { error: (issue) => `unknown source id "${String(issue.input)}"` })

function unique<T>(label: string) {
  return (list: readonly T[], ctx: z.RefinementCtx) => {
    const seen = new Set<T>()
    for (const item of list) {
      if (seen.has(item)) ctx.addIssue({ code: 'custom', message: `duplicate ${label} "${String(item)}"` })
      seen.add(item)
    }
  }
}

// An empty list is allowed here; supportProblems() then demands a visible UE flag instead.
const sourced = {
  sources: z.array(sourceId).superRefine(unique('source')),
  flags: z.array(z.enum(FLAG_IDS)).superRefine(unique('flag')),
}

const claim = z.enum(CLAIM_KINDS)

function kindOf(id: string): SourceKind | undefined {
  return isSourceId(id) ? SOURCES[id].kind : undefined
}

/** The on-screen text of a claim-bearing object, whatever its field is called. */
function shownText(o: Record<string, unknown>): string {
  return ['text', 'why', 'link', 'definition'].map((k) => (typeof o[k] === 'string' ? o[k] : '')).join(' ')
}

/**
 * Walks a content value and reports, with paths: a fact with neither a source nor a UE flag; an anatomy text
 * behind a claim about injury or performance; a treatment study behind an injury claim whose text does not
 * say it was treatment.
 */
export function supportProblems(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = []
  if (Array.isArray(value)) {
    value.forEach((v, i) => out.push(...supportProblems(v, [...path, i])))
    return out
  }
  if (typeof value !== 'object' || value === null) return out
  const o = value as Record<string, unknown>
  if (Array.isArray(o.sources) && Array.isArray(o.flags)) {
    const sources = o.sources as unknown[]
    const flags = o.flags as unknown[]
    if (sources.length === 0 && !flags.includes('UE'))
      out.push({
        path: [...path, 'sources'],
        message: 'needs at least one source, or a UE flag saying it is our estimate',
      })
    const kinds = sources.map((id) => (typeof id === 'string' ? kindOf(id) : undefined))
    const c = o.claim as ClaimKind | undefined
    // When to stop training is an injury claim whether or not the object says so (about people already hurt,
    // so a treatment study may back it as it stands).
    const effect = c ?? (path.at(-1) === 'stop' ? 'injury' : undefined)
    if (effect !== undefined && EFFECT_CLAIMS.has(effect) && kinds.includes('anatomy-text'))
      out.push({ path: [...path, 'sources'], message: `an anatomy text cannot back a claim about ${effect}` })
    if (
      c === 'injury' &&
      kinds.some((k) => k !== undefined && TREATMENT_KINDS.has(k)) &&
      !TREATMENT_WORDING.test(shownText(o))
    )
      out.push({
        path: [...path, 'claim'],
        message:
          'a treatment study backs an injury claim: the text must say it treated people already injured',
      })
  }
  for (const [k, v] of Object.entries(o))
    if (k !== 'sources' && k !== 'flags') out.push(...supportProblems(v, [...path, k]))
  return out
}

function addSupportIssues(value: unknown, ctx: z.RefinementCtx) {
  for (const p of supportProblems(value)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message })
}

export const sourcedTextSchema = z.strictObject({ text, ...sourced })

export const claimSchema = z.strictObject({ text, claim, ...sourced })

export const sourceSchema = z.strictObject({
  id: text,
  citation: text,
  link: z.url().optional(),
  note: text.optional(),
  flags: z.array(z.enum(FLAG_IDS)),
  kind: z.enum(SOURCE_KINDS),
  dosesFor: z.array(z.enum(EXERCISE_KINDS)).optional(),
  startsAt: z.union([text, z.array(text).min(1)]).optional(),
})

export const sourcesSchema = z.record(z.string(), sourceSchema).superRefine((sources, ctx) => {
  for (const [key, source] of Object.entries(sources)) {
    if (source.id !== key)
      ctx.addIssue({ code: 'custom', path: [key, 'id'], message: `id must equal its key "${key}"` })
  }
})

export const muscleContentSchema = z.strictObject({
  muscle: z.enum(MUSCLE_IDS),
  origin: text,
  insertion: text,
  action: text,
  ...sourced,
})

export const phaseContentSchema = z.strictObject({ activity: z.enum(ACTIVITY_LEVELS), text, ...sourced })

export const benefitLinkSchema = z
  .strictObject({ benefit: z.enum(BENEFIT_IDS), why: text, claim, ...sourced })
  .refine((b) => b.benefit !== 'injury-prevention' || b.claim === 'injury', {
    path: ['claim'],
    message: 'an injury-prevention benefit is an injury claim',
  })

export const injuryLinkSchema = z
  .strictObject({
    name: text,
    link: text,
    evidence: z.enum(EVIDENCE_LEVELS),
    claim,
    groups: z.array(z.enum(GROUP_IDS)).optional(),
    moment: z.strictObject({ phase: z.enum(PHASE_IDS), text, ...sourced }).optional(),
    stop: sourcedTextSchema.optional(),
    ...sourced,
  })
  .superRefine((i, ctx) => {
    // An injury's line is a claim about injury, so the rules on what may back one apply to it.
    if (i.claim !== 'injury')
      ctx.addIssue({ code: 'custom', path: ['claim'], message: 'an injury line is an injury claim' })
    // "No strong running injury link" entries have nothing to load or to stop for.
    if (i.name.startsWith('No ')) return
    if (!i.moment)
      ctx.addIssue({
        code: 'custom',
        path: ['moment'],
        message: 'an injury needs the stride moment that loads it',
      })
    if (!i.stop)
      ctx.addIssue({
        code: 'custom',
        path: ['stop'],
        message: 'an injury needs when to stop and see a clinician',
      })
  })

/** Seconds lowering-pause-lifting, with X for "as fast as you can while in control". */
/** An effort a runner can gauge: reps left in reserve, RPE, a pain score out of 10, or a rep maximum. */
export const EFFORT_MEASURE = /in reserve|\bRIR\b|\bRPE\b|out of 10|\d+RM\b|rep max|one rep left/i

/** Four parts: seconds lowering, paused at the bottom, lifting, paused at the top (3-1-X-0). */
export const TEMPO_PATTERN = /^(?:\d+|X)-\d+-(?:\d+|X)-\d+$/

export const prescriptionSchema = z.strictObject({
  sets: z.int().positive(),
  reps: z
    .string()
    .regex(REPS_PATTERN, 'reps must be a count, range or list ("8–12 per leg", "12, 10, 8", "20–30 s")'),
  load: text,
  effort: text,
  tempo: z.string().regex(TEMPO_PATTERN, 'tempo must look like "3-0-1-0" or "2-1-X-0"').optional(),
  frequency: text,
  ...sourced,
})

const weekStepSchema = z.strictObject({
  from: z.int().min(1),
  sets: z.int().positive(),
  reps: z
    .string()
    .regex(REPS_PATTERN, 'reps must be a count, range or list ("8–12 per leg", "12, 10, 8", "20–30 s")'),
  load: text,
  effort: text,
  frequency: text.optional(),
})

/** A card's own week-by-week steps: the first from week 1 at the start dose, each later one later. */
export const weeklySchema = z.union([
  z.literal('generic'),
  z
    .strictObject({ steps: z.array(weekStepSchema).min(1), ...sourced })
    .refine((w) => w.steps[0]!.from === 1, {
      path: ['steps', 0, 'from'],
      message: 'the first step is week 1',
    })
    .refine((w) => w.steps.every((s, i) => i === 0 || s.from > w.steps[i - 1]!.from), {
      path: ['steps'],
      message: 'steps must start in later and later weeks',
    }),
])

/**
 * Efforts the generic lifting rule (reps in reserve, a set more, then load) would rewrite: a strength card
 * dosed by an RPE, a rep maximum or a pain score, and not by reps in reserve, must carry its own steps.
 */
export const OWN_EFFORT = /\bRPE\b|\d+RM\b|out of 10|rep max/i

export const doseSchema = z.strictObject({
  weekly: weeklySchema,
  start: prescriptionSchema,
  progression: z.strictObject({ text, weeks: text, ...sourced }),
  destination: prescriptionSchema.optional(),
})

const WORD_NUMBERS: Readonly<Record<string, string>> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
}

/**
 * Seconds a cue gives for one part of the rep, e.g. "Lower over three seconds" → ['down', '3']. Only
 * phrases naming lowering, pausing or lifting count.
 */
/** The tempo parts a cue gives seconds for: 0 lowering, 1 bottom pause, 2 lifting, 3 top pause. */
export function cueTimings(cue: string): [part: 0 | 1 | 2 | 3, seconds: string][] {
  const out: [0 | 1 | 2 | 3, string][] = []
  // Each clause is read on its own, so "three seconds up, three seconds down" gives one of each.
  for (const clause of cue.toLowerCase().split(/[,;.]| and | then /)) {
    for (const m of clause.matchAll(/\b(\d+|one|two|three|four|five|six)[- ]second(?:s)?\b/g)) {
      const seconds = WORD_NUMBERS[m[1]!] ?? m[1]!
      // A hold is at the end of the lift (the top) unless the cue says bottom or stretch.
      if (/pause|hold/.test(clause)) out.push([/bottom|stretch/.test(clause) ? 1 : 3, seconds])
      else if (/\btop\b/.test(clause)) out.push([3, seconds])
      else if (/lower|down|descen|sink/.test(clause)) out.push([0, seconds])
      else if (/\bup\b|rise|lift|raise/.test(clause)) out.push([2, seconds])
    }
  }
  return out
}

const startsAtList = (s: string | readonly string[]): readonly string[] => (typeof s === 'string' ? [s] : s)

function trialsIn(ids: readonly string[]): string[] {
  return ids.filter((id) => {
    const k = kindOf(id)
    return k !== undefined && TRIAL_KINDS.has(k)
  })
}

export const exerciseSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be kebab-case'),
    name: text,
    kind: z.enum(EXERCISE_KINDS),
    equipment: z.array(z.enum(EQUIPMENT_IDS)).min(1).superRefine(unique('equipment')),
    level: z.enum(LEVEL_IDS),
    dose: doseSchema,
    easier: text,
    harder: text,
    cues: z.array(text).min(2, 'needs 2–4 cues').max(4, 'needs 2–4 cues'),
    why: claimSchema,
    evidence: z.strictObject({ text, level: z.enum(EVIDENCE_LEVELS), claim, ...sourced }),
    estimate: z.boolean(),
  })
  .superRefine((e, ctx) => {
    const parts = [
      ['start', e.dose.start],
      ['progression', e.dose.progression],
      ...(e.dose.destination ? [['destination', e.dose.destination] as const] : []),
    ] as const
    const anyUE = parts.some(([, p]) => p.flags.includes('UE'))
    if (e.estimate && !anyUE) {
      ctx.addIssue({
        code: 'custom',
        path: ['dose', 'start', 'flags'],
        message: 'an estimated dose must carry the UE flag',
      })
    }
    if (!e.estimate && anyUE) {
      ctx.addIssue({
        code: 'custom',
        path: ['estimate'],
        message: 'an exercise marked not-an-estimate cannot carry a UE dose',
      })
    }
    for (const [name, p] of parts) {
      if (!('sets' in p)) continue
      const timed = !UNTIMED_KINDS.has(e.kind)
      if (timed && p.tempo === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['dose', name, 'tempo'],
          message: 'strength work needs a tempo',
        })
      if (!timed && p.tempo !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['dose', name, 'tempo'],
          message: `no tempo on ${e.kind} work: it is dosed by contacts, time or distance`,
        })
    }
    // A card's own steps start at its start dose; a card whose effort is an RPE, a rep maximum or a pain score,
    // and every jump card, carries its own steps, so no generic reps-in-reserve rule rewrites its dose.
    const weekly = e.dose.weekly
    if (weekly !== 'generic') {
      const first = weekly.steps[0]!
      if (first.sets !== e.dose.start.sets || first.reps !== e.dose.start.reps)
        ctx.addIssue({
          code: 'custom',
          path: ['dose', 'weekly', 'steps', 0],
          message: `week 1 must be the start dose (${setsText(e.dose.start)}), not ${setsText(first)}`,
        })
    } else if (e.kind === 'plyometric')
      ctx.addIssue({
        code: 'custom',
        path: ['dose', 'weekly'],
        message: 'jump work needs its own steps in contacts per session',
      })
    else if (
      e.kind === 'strength' &&
      OWN_EFFORT.test(e.dose.start.effort) &&
      !/in reserve|\bRIR\b/.test(e.dose.start.effort)
    )
      ctx.addIssue({
        code: 'custom',
        path: ['dose', 'weekly'],
        message: `an effort of "${e.dose.start.effort}" needs the card's own weekly steps, not the generic rule`,
      })
    // Strength work says how hard: reps in reserve, RPE, a pain score or a rep maximum.
    if (e.kind === 'strength')
      for (const [name, p] of [
        ['start', e.dose.start],
        ...(e.dose.destination ? [['destination', e.dose.destination] as const] : []),
      ] as const)
        if (!EFFORT_MEASURE.test(p.effort))
          ctx.addIssue({
            code: 'custom',
            path: ['dose', name, 'effort'],
            message: 'strength effort needs a measure: reps in reserve, RPE, a pain score out of 10 or an RM',
          })
    // A position stand or guide gives doses only for the kinds of work it covers.
    for (const [name, p] of parts) {
      for (const id of p.sources) {
        const src = isSourceId(id) ? SOURCES[id] : undefined
        const covers: readonly ExerciseKind[] | undefined =
          src && 'dosesFor' in src ? src.dosesFor : undefined
        if (covers && !covers.includes(e.kind))
          ctx.addIssue({
            code: 'custom',
            path: ['dose', name, 'sources'],
            message: `${id} gives no doses for ${e.kind} work`,
          })
      }
    }
    // A trial's end dose shown as the destination needs the trial's own starting point; a trial without a
    // build-up (its people were already trained) needs our build-up to it, flagged UE and citing the trial.
    const dest = e.dose.destination
    if (dest) {
      for (const trial of trialsIn(dest.sources)) {
        const startIds: readonly string[] = e.dose.start.sources
        const buildIds: readonly string[] = e.dose.progression.sources
        const src = isSourceId(trial) ? SOURCES[trial] : undefined
        const startsAt = src && 'startsAt' in src ? src.startsAt : undefined
        if (startsAt !== undefined) {
          if (!startIds.includes(trial) || !startsAtList(startsAt).includes(setsText(e.dose.start)))
            ctx.addIssue({
              code: 'custom',
              path: ['dose', 'start'],
              message: `the destination is ${trial}'s protocol; the start must be that trial's first session (${startsAtList(startsAt).join(' or ')}), citing it`,
            })
        } else if (!(e.dose.start.flags.includes('UE') && buildIds.includes(trial))) {
          ctx.addIssue({
            code: 'custom',
            path: ['dose', 'start'],
            message: `the destination is ${trial}'s protocol, which had no build-up; the start must be our flagged build-up to it`,
          })
        }
      }
    }
    // A trial cited for the start shows where that trial began, or our flagged build-up: a trial's full dose
    // must not reach a runner new to it as the first session.
    for (const trial of trialsIn(e.dose.start.sources)) {
      const src = isSourceId(trial) ? SOURCES[trial] : undefined
      const startsAt = src && 'startsAt' in src ? src.startsAt : undefined
      if (
        startsAt !== undefined
          ? !startsAtList(startsAt).includes(setsText(e.dose.start))
          : !e.dose.start.flags.includes('UE')
      )
        ctx.addIssue({
          code: 'custom',
          path: ['dose', 'start'],
          message:
            startsAt !== undefined
              ? `the start cites ${trial}, whose first session was ${startsAtList(startsAt).join(' or ')}`
              : `the start cites ${trial}, which had no build-up: show our flagged build-up instead`,
        })
    }
    if (dest) {
      if (
        dest.sets === e.dose.start.sets &&
        dest.reps === e.dose.start.reps &&
        dest.load === e.dose.start.load
      )
        ctx.addIssue({
          code: 'custom',
          path: ['dose', 'start'],
          message: 'the start dose equals the destination',
        })
    }
    // Cues that give seconds must agree with the tempo.
    const tempo = e.dose.start.tempo?.split('-')
    e.cues.forEach((cue, i) => {
      for (const [part, seconds] of cueTimings(cue)) {
        if (!tempo)
          ctx.addIssue({
            code: 'custom',
            path: ['cues', i],
            message: 'a cue gives seconds but the dose has no tempo',
          })
        else if (tempo[part] !== seconds)
          ctx.addIssue({
            code: 'custom',
            path: ['cues', i],
            message: `cue says ${seconds} s but the tempo "${tempo.join('-')}" says ${tempo[part]} s`,
          })
      }
    })
  })

export const crossTrainingSchema = z
  .strictObject({ sport: text, why: text, claim, ...sourced })
  .refine((c) => c.flags.includes('UE'), {
    path: ['flags'],
    message: 'cross-training suggestions have no outcome data and must carry the UE flag',
  })

export const groupContentSchema = z
  .strictObject({
    id: z.enum(GROUP_IDS),
    summary: claimSchema,
    muscles: z.array(muscleContentSchema).min(1),
    phases: z.record(z.enum(PHASE_IDS), phaseContentSchema),
    benefits: z.array(benefitLinkSchema).min(2, 'needs at least 2 benefits'),
    injuries: z.array(injuryLinkSchema).min(1),
    exercises: z.array(exerciseSchema).min(6, 'needs at least 6 exercises'),
    crossTraining: z.array(crossTrainingSchema).min(1).max(3),
  })
  .superRefine((g, ctx) => {
    const expected = musclesOf(g.id).map((m) => m.id)
    const actual = g.muscles.map((m) => m.muscle)
    if (expected.join() !== actual.join()) {
      ctx.addIssue({
        code: 'custom',
        path: ['muscles'],
        message: `muscles must be exactly [${expected.join(', ')}] (from the domain), got [${actual.join(', ')}]`,
      })
    }
    unique<string>('benefit')(
      g.benefits.map((b) => b.benefit),
      ctx,
    )
    unique<string>('exercise id')(
      g.exercises.map((e) => e.id),
      ctx,
    )
    const categories = new Set(g.exercises.flatMap((e) => e.equipment.map((q) => EQUIPMENT[q].category)))
    const missing = EQUIPMENT_CATEGORY_IDS.filter((c) => !categories.has(c))
    if (missing.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['exercises'],
        message: `exercises must span free weights, machines and bodyweight; missing ${missing.join(', ')}`,
      })
    }
    if (SPRINGY_GROUPS.has(g.id) && !g.exercises.some((e) => e.kind === 'plyometric' || e.kind === 'drill')) {
      ctx.addIssue({
        code: 'custom',
        path: ['exercises'],
        message: 'a leg group needs a jump or running drill',
      })
    }
    addSupportIssues(g, ctx)
    if (!g.exercises.some((e) => e.equipment.some((q) => HOME_EQUIPMENT.has(q)))) {
      ctx.addIssue({
        code: 'custom',
        path: ['exercises'],
        message: 'needs at least one bodyweight or band exercise',
      })
    }
  })

export const contentSchema = z.record(z.enum(GROUP_IDS), groupContentSchema).superRefine((content, ctx) => {
  const owner = new Map<string, string>()
  for (const [key, group] of Object.entries(content)) {
    if (group.id !== key)
      ctx.addIssue({ code: 'custom', path: [key, 'id'], message: `id must equal its key "${key}"` })
    for (const e of group.exercises) {
      const other = owner.get(e.id)
      if (other !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [key, 'exercises'],
          message: `exercise id "${e.id}" also used in ${other}`,
        })
      }
      owner.set(e.id, key)
    }
  }
})

export const benefitsSchema = z
  .record(
    z.enum(BENEFIT_IDS),
    z.strictObject({ id: z.enum(BENEFIT_IDS), name: text, definition: text, claim, ...sourced }),
  )
  .superRefine(addSupportIssues)

export const guideSchema = z
  .strictObject({
    intro: sourcedTextSchema,
    closing: sourcedTextSchema,
    tempoNotation: text,
    editorialNote: sourcedTextSchema,
    flagLegend: z.record(z.enum(FLAG_IDS), text),
    fitItIn: z.array(z.strictObject({ title: text, text, claim, ...sourced })).min(5),
    redFlags: sourcedTextSchema,
    glossary: z
      .array(z.strictObject({ term: text, also: z.array(text).optional(), plain: text }))
      .min(5)
      .superRefine((list, ctx) =>
        unique<string>('glossary term')(
          list.map((g) => g.term),
          ctx,
        ),
      ),
  })
  .superRefine(addSupportIssues)

/** Every id found in a `sources` array anywhere inside `value`. */
export function citedSourceIds(value: unknown, into = new Set<string>()): Set<string> {
  forEachCitedId(value, (id) => into.add(id))
  return into
}

/**
 * The cards of the structures outside the eight groups: one for every such structure on the figure, none for a
 * part that belongs to a group (a click there opens the group).
 */
export const partCardsSchema = z
  .record(
    z.string(),
    z.strictObject({ does: sourcedTextSchema, running: claimSchema, worksWith: z.enum(GROUP_IDS) }),
  )
  .superRefine((cards, ctx) => {
    for (const id of STRUCTURE_IDS) {
      const wanted = STRUCTURES[id].group === null
      if (wanted && !cards[id]) ctx.addIssue({ code: 'custom', path: [id], message: 'has no card' })
      if (!wanted && cards[id])
        ctx.addIssue({
          code: 'custom',
          path: [id],
          message: 'belongs to a group, so it opens that, not a card',
        })
    }
    for (const id of Object.keys(cards))
      if (!(STRUCTURE_IDS as readonly string[]).includes(id))
        ctx.addIssue({ code: 'custom', path: [id], message: 'is not a structure of the figure' })
    addSupportIssues(cards, ctx)
  })

/** "My plan": every self-test with a norm in words and, where one was published, a cut-off; every niggle a rule. */
const cutoffSchema = z.strictObject({
  text,
  ...sourced,
  below: z.record(z.enum(SEX_IDS), z.number().positive()),
})
const asymmetrySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('lsi'), minPercent: z.number().min(50).max(100), text, ...sourced }),
  z.strictObject({
    kind: z.literal('ratio'),
    low: z.number().positive(),
    high: z.number().positive(),
    text,
    ...sourced,
  }),
  z.strictObject({
    kind: z.literal('difference'),
    max: z.number().positive(),
    within: text.optional(),
    text,
    ...sourced,
  }),
  z.strictObject({ kind: z.literal('faults'), text, ...sourced }),
])
const rangeSchema = z
  .strictObject({ min: z.number(), max: z.number(), whole: z.boolean(), why: text })
  .refine((r) => r.min < r.max, { message: 'a range must run from low to high' })
const ageNormSchema = z.strictObject({
  text,
  ...sourced,
  setting: text,
  margin: z.number().nonnegative(),
  typical: z.record(
    z.enum(AGE_BAND_IDS.filter((a) => a !== 'u20') as [AgeBandId, ...AgeBandId[]]),
    z.record(z.enum(SEX_IDS), z.number().positive()),
  ),
})
const pathwayItemSchema = z.strictObject({
  oneOf: z.array(z.string()).min(1),
  perWeek: z.int().min(1).max(7).optional(),
  fromWeek: z.int().min(1).optional(),
  home: z.strictObject({ how: text, toWeek: z.int().min(1).optional() }).optional(),
  tempo: z.string().regex(TEMPO_PATTERN).optional(),
  steps: z.strictObject({ steps: z.array(weekStepSchema).min(1), ...sourced }).optional(),
  trialPerWeek: z.int().min(1).max(7).optional(),
  own: z
    .record(
      z.string(),
      z.strictObject({
        name: text.optional(),
        cues: z.array(text).min(1).optional(),
        harder: text.optional(),
        effort: text.optional(),
      }),
    )
    .optional(),
  quick: z.literal(true).optional(),
  ramp: z.array(z.int().min(1).max(7)).min(1).optional(),
})

/** Exercise ids of the content, by id, for the plan's references to them. */
function exerciseById(
  content: unknown,
): Map<string, { level: string; equipment: readonly string[]; kind: string }> {
  const out = new Map<string, { level: string; equipment: readonly string[]; kind: string }>()
  if (typeof content !== 'object' || content === null) return out
  for (const g of Object.values(content as Record<string, { exercises?: unknown }>))
    if (Array.isArray(g.exercises))
      for (const e of g.exercises as { id: string; level: string; equipment: string[]; kind: string }[])
        out.set(e.id, e)
  return out
}

/** The plan content, checked against the exercise cards it names (ids, and that every promise can be kept). */
export function planContentSchemaFor(content: unknown) {
  const exercises = exerciseById(content)
  const known = (ids: readonly string[], path: (string | number)[], ctx: z.RefinementCtx) => {
    for (const id of ids)
      if (!exercises.has(id)) ctx.addIssue({ code: 'custom', path, message: `no exercise "${id}"` })
  }
  return z
    .strictObject({
      tests: z
        .record(
          z.enum(SELF_TEST_IDS),
          z.strictObject({
            id: z.enum(SELF_TEST_IDS),
            name: text,
            groups: z.array(z.enum(GROUP_IDS)).min(1),
            steers: z.array(z.enum(GROUP_IDS)),
            view: z.enum(VIEW_IDS),
            unit: z.enum(['reps', 'seconds', 'cm', 'faults']),
            range: rangeSchema,
            howTo: z.array(text).min(3),
            tests: text,
            norm: sourcedTextSchema,
            cutoff: cutoffSchema.nullable(),
            ageNorm: ageNormSchema.optional(),
            asymmetry: asymmetrySchema,
          }),
        )
        .superRefine((tests, ctx) => {
          for (const [key, t] of Object.entries(tests)) {
            if (t.id !== key) ctx.addIssue({ code: 'custom', message: `test ${key} has id ${t.id}` })
            for (const g of t.steers)
              if (!t.groups.includes(g))
                ctx.addIssue({
                  code: 'custom',
                  path: [key, 'steers'],
                  message: `${g} is not a group it works`,
                })
          }
        }),
      untested: sourcedTextSchema,
      why: z.record(z.enum(GROUP_IDS), sourcedTextSchema),
      niggles: z
        .record(
          z.enum(NIGGLE_IDS),
          z.strictObject({
            id: z.enum(NIGGLE_IDS),
            injury: text,
            group: z.enum(GROUP_IDS),
            leaveOut: z.array(z.enum(EXERCISE_KINDS)),
            exclude: z.array(z.string()),
            limits: z.array(
              z.strictObject({ tag: z.enum(LOAD_TAG_IDS), pathwayFrom: z.int().min(2).optional() }),
            ),
            promise: z.array(pathwayItemSchema),
            noPlan: z.boolean(),
            check: z.strictObject({ week: z.int().min(2), criteria: sourcedTextSchema }).optional(),
            noRace: sourcedTextSchema.optional(),
            unwiseTests: z.array(z.enum(SELF_TEST_IDS)),
            alongside: z.array(z.enum(GROUP_IDS)).optional(),
            pathway: sourcedTextSchema,
            change: sourcedTextSchema,
            running: sourcedTextSchema,
            stop: sourcedTextSchema,
          }),
        )
        .superRefine((niggles, ctx) => {
          for (const [key, n] of Object.entries(niggles)) {
            known(n.exclude, [key, 'exclude'], ctx)
            n.promise.forEach((p, i) => {
              known(p.oneOf, [key, 'promise', i], ctx)
              // A promise any runner can keep: its last option needs no kit and no lifting experience.
              const last = exercises.get(p.oneOf.at(-1)!)
              if (last && (last.level !== 'beginner' || !last.equipment.includes('bodyweight')))
                ctx.addIssue({
                  code: 'custom',
                  path: [key, 'promise', i],
                  message:
                    'the last option must be a beginner, body-weight exercise so every runner gets one',
                })
              for (const id of p.oneOf) {
                const e = exercises.get(id)
                if (n.exclude.includes(id) || (e && n.leaveOut.includes(e.kind as never)))
                  ctx.addIssue({
                    code: 'custom',
                    path: [key, 'promise', i],
                    message: `${id} is also left out`,
                  })
              }
              // The pathway's own form belongs to one of its options.
              for (const id of Object.keys(p.own ?? {}))
                if (!p.oneOf.includes(id))
                  ctx.addIssue({
                    code: 'custom',
                    path: [key, 'promise', i, 'own', id],
                    message: `${id} is not one of the item's options`,
                  })
            })
            // A stage that waits for the re-test starts on or after it, so the check comes first.
            if (n.check)
              n.promise.forEach((p, i) => {
                if (p.fromWeek !== undefined && p.fromWeek > 1 && p.fromWeek < n.check!.week)
                  ctx.addIssue({
                    code: 'custom',
                    path: [key, 'promise', i],
                    message: `starts in week ${p.fromWeek}, before the re-test in week ${n.check!.week}`,
                  })
              })
            if (n.noPlan && n.promise.length > 0)
              ctx.addIssue({
                code: 'custom',
                path: [key, 'promise'],
                message: 'no plan, so nothing to promise',
              })
          }
        }),
      lowering: z.strictObject({
        ids: z.array(z.string()),
        weeksBeforeRace: z.int().positive(),
        lastDaysBeforeRace: z.int().positive(),
        text,
        ...sourced,
      }),
      achillesSite: z.strictObject({
        mid: sourcedTextSchema.extend({ cue: text }),
        insertion: sourcedTextSchema.extend({ cue: text }),
        unsaid: sourcedTextSchema.extend({ cue: text }),
      }),
      loadTags: z.record(
        z.enum(LOAD_TAG_IDS),
        z.strictObject({ words: text, ids: z.array(z.string()).min(1) }),
      ),
      jumps: z.strictObject({ fullFromAge: z.array(z.enum(AGE_BAND_IDS)), text, ...sourced }),
      guide: z.record(z.string(), sourcedTextSchema),
      redFlags: z.array(sourcedTextSchema).min(3),
      pathwayOnly: z.array(z.string()),
    })
    .superRefine((plan, ctx) => {
      known(plan.lowering.ids, ['lowering', 'ids'], ctx)
      for (const [tag, t] of Object.entries(plan.loadTags)) known(t.ids, ['loadTags', tag, 'ids'], ctx)
      // A pathway item that carries a load its niggle limits starts no earlier than the limit lets it.
      for (const [key, n] of Object.entries(plan.niggles))
        n.promise.forEach((p, i) => {
          for (const l of n.limits)
            if (
              p.oneOf.some((id) => plan.loadTags[l.tag].ids.includes(id)) &&
              (p.fromWeek ?? 1) < (l.pathwayFrom ?? Infinity)
            )
              ctx.addIssue({
                code: 'custom',
                path: ['niggles', key, 'promise', i],
                message: `carries ${l.tag}, which this niggle limits before week ${l.pathwayFrom ?? 'never'}`,
              })
        })
      known(plan.pathwayOnly, ['pathwayOnly'], ctx)
      // Every pathway-only exercise is in some niggle's pathway, or it could never be used.
      const promised = new Set(Object.values(plan.niggles).flatMap((n) => n.promise.flatMap((p) => p.oneOf)))
      for (const id of plan.pathwayOnly)
        if (!promised.has(id) && !Object.values(plan.niggles).some((n) => n.exclude.includes(id)))
          ctx.addIssue({ code: 'custom', path: ['pathwayOnly'], message: `${id} is in no pathway` })
    })
    .superRefine(addSupportIssues)
}

export const planContentSchema = planContentSchemaFor(CONTENT)

/** Tours: every step a view of real groups and muscles, with words that carry their sources or an estimate flag. */
const tourViewSchema = z.strictObject({
  muscle: z.enum(GROUP_IDS),
  isolate: z.enum(MUSCLE_IDS).optional(),
  side: z.enum(VIEW_IDS).optional(),
  labels: z.boolean().optional(),
  xray: z.boolean().optional(),
  phase: z.number().min(0).max(99.9).optional(),
  loop: z.tuple([z.number().min(0), z.number().max(100)]).optional(),
  speed: z.union([z.literal(0.25), z.literal(0.5), z.literal(1)]).optional(),
  card: z
    .string()
    .regex(/^(section|exercise|injury):[\w-]+$/)
    .optional(),
  // Only studied settings: a tour cannot show the lab somewhere the studies did not go.
  lab: z
    .strictObject({
      speed: z.number().refine(isLabSpeed, 'not a studied speed').optional(),
      steprate: z.number().refine(isLabStepRate, 'not a studied step rate').optional(),
      strike: z.enum(STRIKES).optional(),
    })
    .optional(),
})
export const toursSchema = z
  .record(
    z.enum(TOUR_IDS),
    z.strictObject({
      id: z.enum(TOUR_IDS),
      title: text,
      about: text,
      steps: z
        .array(z.strictObject({ title: text, text, ...sourced, view: tourViewSchema }))
        .min(2)
        .max(20),
    }),
  )
  .superRefine((tours, ctx) => {
    for (const [key, t] of Object.entries(tours)) {
      if (t.id !== key) ctx.addIssue({ code: 'custom', message: `tour ${key} has id ${t.id}` })
      const count = TOUR_STEP_COUNT[key as keyof typeof TOUR_STEP_COUNT]
      if (t.steps.length !== count)
        ctx.addIssue({
          code: 'custom',
          path: [key, 'steps'],
          message: `tour ${key} has ${t.steps.length} steps; domain/tour.ts says ${count}`,
        })
      t.steps.forEach((s, i) => {
        if (s.view.isolate && MUSCLES[s.view.isolate].group !== s.view.muscle)
          ctx.addIssue({
            code: 'custom',
            path: [key, 'steps', i],
            message: `${s.view.isolate} is not in ${s.view.muscle}`,
          })
        if (s.view.loop && s.view.loop[0] >= s.view.loop[1])
          ctx.addIssue({
            code: 'custom',
            path: [key, 'steps', i],
            message: 'loop must run from before to after',
          })
      })
    }
  })
  .superRefine(addSupportIssues)

export interface ContentBundle {
  readonly content: unknown
  readonly sources: unknown
  readonly benefits: unknown
  readonly guide: unknown
  readonly parts?: unknown
  readonly plan?: unknown
  readonly tours?: unknown
  /** The stride lab's read-outs and gaps (domain/stride/lab-data.ts): their sources must exist. */
  readonly lab?: unknown
}

const SHIPPED: ContentBundle = {
  content: CONTENT,
  sources: SOURCES,
  benefits: BENEFITS,
  guide: GUIDE,
  parts: PART_CARDS,
  plan: PLAN_CONTENT,
  tours: TOURS,
  lab: { readouts: LAB_READOUTS, gaps: LAB_GAPS },
}

/** The lab's rows: every source a known id, every flag a known flag (the numbers are held by their own tests). */
const labSchema = z.object({
  readouts: z.array(
    z.looseObject({
      id: z.string(),
      sources: z.array(z.string().refine(isSourceId, 'unknown source')).min(1),
      flags: z.array(z.enum(FLAG_IDS)),
      conditions: z.string().min(20),
    }),
  ),
  gaps: z.array(
    z.looseObject({ id: z.string(), sources: z.array(z.string().refine(isSourceId, 'unknown source')) }),
  ),
})

/** One line per problem, `where: what`; empty when all content is valid and every source is cited. */
export function validateContent(bundle: ContentBundle = SHIPPED): string[] {
  const problems: string[] = []
  const parts: [string, z.ZodType, unknown][] = [
    ['content', contentSchema, bundle.content],
    ['sources', sourcesSchema, bundle.sources],
    ['benefits', benefitsSchema, bundle.benefits],
    ['guide', guideSchema, bundle.guide],
    ...(bundle.parts === undefined
      ? []
      : [['parts', partCardsSchema, bundle.parts] as [string, z.ZodType, unknown]]),
    ...(bundle.plan === undefined
      ? []
      : [['plan', planContentSchemaFor(bundle.content), bundle.plan] as [string, z.ZodType, unknown]]),
    ...(bundle.tours === undefined
      ? []
      : [['tours', toursSchema, bundle.tours] as [string, z.ZodType, unknown]]),
    ...(bundle.lab === undefined ? [] : [['lab', labSchema, bundle.lab] as [string, z.ZodType, unknown]]),
  ]
  for (const [name, schema, value] of parts) {
    const result = schema.safeParse(value)
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(`${[name, ...issue.path.map(String)].join('.')}: ${issue.message}`)
      }
    }
  }
  if (typeof bundle.sources === 'object' && bundle.sources !== null) {
    const cited = citedSourceIds([
      bundle.content,
      bundle.benefits,
      bundle.guide,
      bundle.parts,
      bundle.plan,
      bundle.tours,
      bundle.lab,
    ])
    for (const id of Object.keys(bundle.sources)) {
      if (!cited.has(id)) problems.push(`sources.${id}: never cited by any content`)
    }
  }
  return problems
}
