import { describe, expect, it } from 'vitest'
import { CONTENT, SOURCES, BENEFITS, GUIDE, type GroupContent } from '../../../src/content/index.ts'
import {
  contentSchema,
  groupContentSchema,
  validateContent,
  TEMPO_PATTERN,
} from '../../../src/content/schema.ts'
import { contentCheck } from '../../../src/content/vite-plugin.ts'

/** A mutable deep copy of a real group to break in one place. */
function sample(): { -readonly [K in keyof GroupContent]: unknown } & Record<string, unknown> {
  return structuredClone(CONTENT.hamstrings) as never
}

function problemsOf(value: unknown): string[] {
  const result = groupContentSchema.safeParse(value)
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

describe('content schema', () => {
  it('accepts all shipped content, sources, benefits and guide', () => {
    expect(validateContent()).toEqual([])
    expect(contentSchema.safeParse(CONTENT).success).toBe(true)
  })

  it('rejects a fact with no source', () => {
    const g = sample() as { summary: { sources: string[] } }
    g.summary.sources = []
    expect(problemsOf(g)).toEqual([expect.stringMatching(/^summary\.sources: needs at least one source/)])
  })

  it('rejects an unknown source id', () => {
    const g = structuredClone(CONTENT.calves) as unknown as { phases: { loading: { sources: string[] } } }
    g.phases.loading.sources = ['Gaz07', 'Nobody99']
    expect(problemsOf(g)).toEqual(['phases.loading.sources.1: unknown source id "Nobody99"'])
  })

  it('rejects a group with only 4 exercises', () => {
    const g = sample() as { exercises: unknown[] }
    g.exercises = g.exercises.slice(0, 4)
    expect(problemsOf(g)).toContain('exercises: needs at least 5 exercises')
  })

  it('rejects unknown equipment', () => {
    const g = sample() as { exercises: { equipment: string[] }[] }
    g.exercises[0]!.equipment = ['bodyweight', 'trx']
    expect(problemsOf(g).some((p) => p.startsWith('exercises.0.equipment.1:'))).toBe(true)
  })

  it('rejects five cues', () => {
    const g = sample() as { exercises: { cues: string[] }[] }
    g.exercises[1]!.cues = ['a', 'b', 'c', 'd', 'e']
    expect(problemsOf(g)).toEqual(['exercises.1.cues: needs 2–4 cues'])
  })

  it('rejects muscles that differ from the domain', () => {
    const g = sample() as { muscles: unknown[] }
    g.muscles = g.muscles.slice(1)
    expect(problemsOf(g)[0]).toMatch(/^muscles: muscles must be exactly \[biceps-femoris, semitendinosus/)
  })

  it('rejects a missing phase, an unknown key and an estimated dose without the UE flag', () => {
    const g = sample() as {
      phases: Record<string, unknown>
      exercises: { dose: { flags: string[] }; estimate: boolean }[]
      extra?: string
    }
    delete g.phases['mid-swing']
    g.extra = 'x'
    g.exercises[1]!.dose.flags = []
    g.exercises[1]!.estimate = true
    const problems = problemsOf(g)
    expect(problems).toContain('phases.mid-swing: Invalid input: expected object, received undefined')
    expect(problems.some((p) => p.includes('Unrecognized key: "extra"'))).toBe(true)
    expect(problems).toContain('exercises.1.dose.flags: an estimated dose must carry the UE flag')
  })

  it('rejects a group without any bodyweight or band exercise and a single equipment category', () => {
    const g = sample() as { exercises: { equipment: string[] }[] }
    for (const e of g.exercises) e.equipment = ['barbell']
    const problems = problemsOf(g)
    expect(problems).toContain('exercises: needs at least one bodyweight or band exercise')
    expect(problems).toContain('exercises: exercises must span at least 2 equipment categories')
  })

  it('rejects a malformed tempo and accepts the notation it documents', () => {
    for (const ok of ['3-0-1', '2-0-X', 'X-0-X', 'hold']) expect(TEMPO_PATTERN.test(ok)).toBe(true)
    for (const bad of ['3–0–1', 'slow', '3-0', '']) expect(TEMPO_PATTERN.test(bad)).toBe(false)
    const g = sample() as { exercises: { dose: { tempo: string } }[] }
    g.exercises[0]!.dose.tempo = 'slow'
    expect(problemsOf(g)).toEqual(['exercises.0.dose.tempo: tempo must look like "3-0-1", "2-0-X" or "hold"'])
  })

  it('reports duplicated exercise ids across groups, mismatched keys and unused sources', () => {
    const content = structuredClone(CONTENT) as unknown as Record<
      string,
      { id: string; exercises: { id: string }[] }
    >
    content.core!.exercises[0]!.id = CONTENT.calves.exercises[0]!.id
    content.glutes!.id = 'calves'
    const sources = {
      ...structuredClone(SOURCES),
      Extra01: { id: 'Extra01', citation: 'Unused.', flags: [] },
    }
    const problems = validateContent({ content, sources, benefits: BENEFITS, guide: GUIDE })
    expect(problems).toContain('content.glutes.id: id must equal its key "glutes"')
    expect(problems).toContain(
      `content.core.exercises: exercise id "straight-knee-calf-raise" also used in calves`,
    )
    expect(problems).toContain('sources.Extra01: never cited by any content')
  })
})

describe('content build plugin', () => {
  type Ctx = { error: (message: string) => never }
  const ctx: Ctx = {
    error: (message) => {
      throw new Error(message)
    },
  }
  function run(plugin: ReturnType<typeof contentCheck>) {
    const hook = plugin.buildStart as unknown as (this: Ctx) => void
    return () => hook.call(ctx)
  }

  it('passes on the shipped content and fails the build with a readable list otherwise', () => {
    expect(run(contentCheck())).not.toThrow()
    expect(run(contentCheck({ validate: () => ['content.core.summary: must not be blank'] }))).toThrow(
      /Content check failed \(1\):\n {2}- content\.core\.summary: must not be blank/,
    )
  })
})
