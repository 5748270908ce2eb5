/**
 * Runtime schemas mirroring src/content/types.ts. Only tests, scripts/check-content.ts and the Vite build
 * plugin import this file, so zod never reaches the app bundle.
 */
import { z } from 'zod'
import { GROUP_IDS, MUSCLE_IDS, musclesOf } from '../domain/groups.ts'
import { PHASE_IDS } from '../domain/gait.ts'
import {
  ACTIVITY_LEVELS,
  BENEFIT_IDS,
  EQUIPMENT,
  EQUIPMENT_IDS,
  EVIDENCE_LEVELS,
  FLAG_IDS,
  LEVEL_IDS,
} from '../domain/training.ts'
import { BENEFITS, GUIDE } from './guide.ts'
import { CONTENT } from './index.ts'
import { SOURCES, isSourceId } from './sources.ts'
import { forEachCitedId } from './cite.ts'

/** Exercises the article would still let a runner without a gym do. */
const HOME_EQUIPMENT = new Set<string>(['bodyweight', 'band'])

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

const sourced = {
  sources: z.array(sourceId).min(1, 'needs at least one source').superRefine(unique('source')),
  flags: z.array(z.enum(FLAG_IDS)).superRefine(unique('flag')),
}

export const sourcedTextSchema = z.strictObject({ text, ...sourced })

export const sourceSchema = z.strictObject({
  id: text,
  citation: text,
  link: z.url().optional(),
  note: text.optional(),
  flags: z.array(z.enum(FLAG_IDS)),
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

export const benefitLinkSchema = z.strictObject({ benefit: z.enum(BENEFIT_IDS), why: text, ...sourced })

export const injuryLinkSchema = z.strictObject({
  name: text,
  link: text,
  evidence: z.enum(EVIDENCE_LEVELS),
  ...sourced,
})

/** Eccentric-pause-concentric seconds with X for "as fast as you can", or "hold" for static work. */
export const TEMPO_PATTERN = /^(?:(?:\d+|X)-(?:\d+|X)-(?:\d+|X)|hold)$/

export const doseSchema = z.strictObject({
  sets: z.int().positive(),
  reps: text,
  tempo: z.string().regex(TEMPO_PATTERN, 'tempo must look like "3-0-1", "2-0-X" or "hold"'),
  frequency: text,
  ...sourced,
})

export const exerciseSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be kebab-case'),
    name: text,
    equipment: z.array(z.enum(EQUIPMENT_IDS)).min(1).superRefine(unique('equipment')),
    level: z.enum(LEVEL_IDS),
    dose: doseSchema,
    cues: z.array(text).min(2, 'needs 2–4 cues').max(4, 'needs 2–4 cues'),
    why: text,
    evidence: z.strictObject({ text, level: z.enum(EVIDENCE_LEVELS), ...sourced }),
    estimate: z.boolean(),
  })
  .superRefine((e, ctx) => {
    if (e.estimate && !e.dose.flags.includes('UE')) {
      ctx.addIssue({
        code: 'custom',
        path: ['dose', 'flags'],
        message: 'an estimated dose must carry the UE flag',
      })
    }
  })

export const crossTrainingSchema = z
  .strictObject({ sport: text, why: text, ...sourced })
  .refine((c) => c.flags.includes('UE'), {
    path: ['flags'],
    message: 'cross-training suggestions have no outcome data and must carry the UE flag',
  })

export const groupContentSchema = z
  .strictObject({
    id: z.enum(GROUP_IDS),
    summary: sourcedTextSchema,
    muscles: z.array(muscleContentSchema).min(1),
    phases: z.record(z.enum(PHASE_IDS), phaseContentSchema),
    benefits: z.array(benefitLinkSchema).min(2, 'needs at least 2 benefits'),
    injuries: z.array(injuryLinkSchema).min(1),
    exercises: z.array(exerciseSchema).min(5, 'needs at least 5 exercises'),
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
    if (categories.size < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['exercises'],
        message: 'exercises must span at least 2 equipment categories',
      })
    }
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

export const benefitsSchema = z.record(
  z.enum(BENEFIT_IDS),
  z.strictObject({ id: z.enum(BENEFIT_IDS), name: text, definition: text, ...sourced }),
)

export const guideSchema = z.strictObject({
  intro: sourcedTextSchema,
  closing: sourcedTextSchema,
  tempoNotation: text,
  editorialNote: sourcedTextSchema,
  flagLegend: z.record(z.enum(FLAG_IDS), text),
})

/** Every id found in a `sources` array anywhere inside `value`. */
export function citedSourceIds(value: unknown, into = new Set<string>()): Set<string> {
  forEachCitedId(value, (id) => into.add(id))
  return into
}

export interface ContentBundle {
  readonly content: unknown
  readonly sources: unknown
  readonly benefits: unknown
  readonly guide: unknown
}

const SHIPPED: ContentBundle = { content: CONTENT, sources: SOURCES, benefits: BENEFITS, guide: GUIDE }

/** One line per problem, `where: what`; empty when all content is valid and every source is cited. */
export function validateContent(bundle: ContentBundle = SHIPPED): string[] {
  const problems: string[] = []
  const parts: [string, z.ZodType, unknown][] = [
    ['content', contentSchema, bundle.content],
    ['sources', sourcesSchema, bundle.sources],
    ['benefits', benefitsSchema, bundle.benefits],
    ['guide', guideSchema, bundle.guide],
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
    const cited = citedSourceIds([bundle.content, bundle.benefits, bundle.guide])
    for (const id of Object.keys(bundle.sources)) {
      if (!cited.has(id)) problems.push(`sources.${id}: never cited by any content`)
    }
  }
  return problems
}
