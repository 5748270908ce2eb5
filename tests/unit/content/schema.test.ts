import { describe, expect, it } from 'vitest'
import { CONTENT, SOURCES, BENEFITS, GUIDE, type GroupContent } from '../../../src/content/index.ts'
import {
  contentSchema,
  groupContentSchema,
  validateContent,
  TEMPO_PATTERN,
  cueTimings,
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

  it('rejects a group with only 5 exercises', () => {
    const g = sample() as { exercises: unknown[] }
    g.exercises = g.exercises.slice(0, 5)
    expect(problemsOf(g)).toContain('exercises: needs at least 6 exercises')
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
      exercises: { dose: Record<string, { flags: string[] } | 'generic'>; estimate: boolean }[]
      extra?: string
    }
    delete g.phases['mid-swing']
    g.extra = 'x'
    const e = g.exercises[1]!
    // Every part of the dose that carries flags (the weekly rule may be the word 'generic').
    for (const part of Object.values(e.dose))
      if (typeof part === 'object') part.flags = part.flags.filter((f) => f !== 'UE')
    e.estimate = true
    const problems = problemsOf(g)
    expect(problems).toContain('phases.mid-swing: Invalid input: expected object, received undefined')
    expect(problems.some((p) => p.includes('Unrecognized key: "extra"'))).toBe(true)
    expect(problems).toContain('exercises.1.dose.start.flags: an estimated dose must carry the UE flag')
  })

  it('rejects a group without any bodyweight or band exercise and a single equipment category', () => {
    const g = sample() as { exercises: { equipment: string[] }[] }
    for (const e of g.exercises) e.equipment = ['barbell']
    const problems = problemsOf(g)
    expect(problems).toContain('exercises: needs at least one bodyweight or band exercise')
    expect(problems).toContain(
      'exercises: exercises must span free weights, machines and bodyweight; missing machines, bodyweight-bands',
    )
  })

  it('rejects a malformed tempo and accepts the notation it documents', () => {
    for (const ok of ['3-0-1-0', '2-0-X-1', 'X-0-X-0', '3-1-X-0']) expect(TEMPO_PATTERN.test(ok)).toBe(true)
    for (const bad of ['3–0–1–0', 'slow', '3-0', '3-0-1', '3-X-1-0', '', 'hold'])
      expect(TEMPO_PATTERN.test(bad)).toBe(false)
    const g = sample() as { exercises: { dose: { start: { tempo: string } } }[] }
    g.exercises[0]!.dose.start.tempo = 'slow'
    expect(problemsOf(g)).toContain(
      'exercises.0.dose.start.tempo: tempo must look like "3-0-1-0" or "2-1-X-0"',
    )
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
      `content.core.exercises: exercise id "single-leg-calf-raise" also used in calves`,
    )
    expect(problems).toContain('sources.Extra01: never cited by any content')
  })
})

/** A mutable deep copy of any group, to break in one place. */
function copyOf(id: keyof typeof CONTENT): Record<string, never> {
  return structuredClone(CONTENT[id]) as never
}

type Ex = {
  id: string
  kind: string
  cues: string[]
  dose: Record<string, { sources: string[]; flags: string[]; reps?: string; tempo?: string; text?: string }>
}

function exercise(g: Record<string, never>, id: string): Ex {
  const found = (g.exercises as unknown as Ex[]).find((e) => e.id === id)
  if (!found) throw new Error(`no exercise ${id}`)
  return found
}

function indexOf(g: Record<string, never>, id: string): number {
  return (g.exercises as unknown as Ex[]).findIndex((e) => e.id === id)
}

describe('schema rules that keep doses and claims honest (each shown failing on a broken entry)', () => {
  it('fails when a trial protocol is shown without its starting point', () => {
    const g = copyOf('hamstrings')
    const nordic = exercise(g, 'nordic-hamstring-curl') as unknown as {
      dose: { start: { sets: number; reps: string; sources: string[]; flags: string[] } }
    }
    const i = indexOf(g, 'nordic-hamstring-curl')
    const message = `exercises.${i}.dose.start: the destination is Pete11's protocol; the start must be that trial's first session (2 × 5), citing it`
    // Our own start instead of the trial's week 1 (2 × 5), though the build-up still cites the trial.
    nordic.dose.start.sources = []
    nordic.dose.start.flags = ['UE']
    expect(problemsOf(g)).toContain(message)
    // The trial cited, but a later week shown as the start.
    nordic.dose.start.sources = ['Pete11']
    nordic.dose.start.sets = 3
    nordic.dose.start.reps = '8–10'
    expect(problemsOf(g)).toContain(message)
  })

  it('fails when a trial without a build-up is reached without our flagged build-up', () => {
    const g = copyOf('quadriceps')
    const squat = exercise(g, 'heavy-half-squat')
    squat.dose.progression!.sources = ['ACSM09', 'NSCA']
    const i = indexOf(g, 'heavy-half-squat')
    expect(problemsOf(g)).toContain(
      `exercises.${i}.dose.start: the destination is Stor08's protocol, which had no build-up; the start must be our flagged build-up to it`,
    )
  })

  it('fails when a trial protocol sits in the start as a first session it never had', () => {
    // The old heel drops: Alfredson's full 180 drops a day shown as where a runner starts.
    const g = copyOf('calves')
    const drops = exercise(g, 'eccentric-heel-drop') as unknown as {
      dose: { start: { sets: number; reps: string; sources: string[]; flags: string[] } }
    }
    drops.dose.start.sets = 3
    drops.dose.start.reps = '15 per leg'
    drops.dose.start.sources = ['Alf98']
    drops.dose.start.flags = ['NV']
    const i = indexOf(g, 'eccentric-heel-drop')
    expect(problemsOf(g)).toContain(
      `exercises.${i}.dose.start: the start cites Alf98, which had no build-up: show our flagged build-up instead`,
    )
    // A trial with a first session of its own: the start must be that session.
    const h = copyOf('calves')
    const hsr = exercise(h, 'heavy-slow-calf-raise') as unknown as { dose: { start: { sets: number } } }
    hsr.dose.start.sets = 4
    expect(problemsOf(h)).toContain(
      `exercises.${indexOf(h, 'heavy-slow-calf-raise')}.dose.start: the start cites Beyer15, whose first session was 3 × 15`,
    )
  })

  it('fails when strength work does not say how hard, in a measure a runner can gauge', () => {
    const g = copyOf('core')
    ;(exercise(g, 'dead-bug').dose.start as unknown as { effort: string }).effort = 'slow and controlled'
    expect(problemsOf(g)).toContain(
      `exercises.${indexOf(g, 'dead-bug')}.dose.start.effort: strength effort needs a measure: reps in reserve, RPE, a pain score out of 10 or an RM`,
    )
  })

  it('fails when the start dose is the destination', () => {
    const g = copyOf('quadriceps')
    const squat = exercise(g, 'heavy-half-squat') as unknown as {
      dose: { start: unknown; destination: unknown }
    }
    squat.dose.start = structuredClone(squat.dose.destination)
    const i = indexOf(g, 'heavy-half-squat')
    expect(problemsOf(g)).toContain(`exercises.${i}.dose.start: the start dose equals the destination`)
  })

  it('fails when an exercise marked not-an-estimate carries a UE dose', () => {
    // The heel raise for plantar heel pain: every number from its trial, so not an estimate.
    const g = copyOf('calves')
    exercise(g, 'towel-heel-raise').dose.start!.flags.push('UE')
    const i = indexOf(g, 'towel-heel-raise')
    expect(problemsOf(g)).toContain(
      `exercises.${i}.estimate: an exercise marked not-an-estimate cannot carry a UE dose`,
    )
  })

  it('fails when an anatomy text backs a claim about injury or performance', () => {
    const g = copyOf('hamstrings') as unknown as { benefits: { sources: string[]; claim: string }[] }
    expect(g.benefits[0]!.claim).toBe('injury')
    g.benefits[0]!.sources.push('Gray18')
    expect(problemsOf(g)).toContain('benefits.0.sources: an anatomy text cannot back a claim about injury')
  })

  it('holds summaries and stop rules to the same rule: no anatomy text behind an injury claim', () => {
    // The hamstrings summary names the classic place for a sprinting strain: an injury claim.
    const g = copyOf('hamstrings') as unknown as {
      summary: { sources: string[]; claim: string }
      injuries: { stop?: { sources: string[] } }[]
    }
    expect(g.summary.claim).toBe('injury')
    g.summary.sources.push('Gray18')
    g.injuries[0]!.stop!.sources.push('Gray18')
    const problems = problemsOf(g)
    expect(problems).toContain('summary.sources: an anatomy text cannot back a claim about injury')
    expect(problems).toContain('injuries.0.stop.sources: an anatomy text cannot back a claim about injury')
    // An injury line is an injury claim: labelling it anatomy would slip an anatomy text past the rule.
    const h = copyOf('glutes') as unknown as { injuries: { claim: string }[] }
    h.injuries[0]!.claim = 'anatomy'
    expect(problemsOf(h)).toContain('injuries.0.claim: an injury line is an injury claim')
    // A summary must say what it claims.
    delete (g.summary as { claim?: string }).claim
    expect(problemsOf(g).some((p) => p.startsWith('summary.claim'))).toBe(true)
  })

  it('fails when a treatment trial backs a prevention claim without saying so on screen', () => {
    const g = copyOf('calves') as unknown as { benefits: { benefit: string; why: string }[] }
    const b = g.benefits.findIndex((x) => x.benefit === 'injury-prevention')
    g.benefits[b]!.why = 'Heavy calf raises prevent Achilles tendon problems.'
    expect(problemsOf(g)).toContain(
      `benefits.${b}.claim: a treatment study backs an injury claim: the text must say it treated people already injured`,
    )
  })

  it('fails when a fact has neither a source nor a visible UE flag', () => {
    const g = copyOf('calves') as unknown as { crossTraining: { sources: string[]; flags: string[] }[] }
    g.crossTraining[0]!.sources = []
    g.crossTraining[0]!.flags = []
    const problems = problemsOf(g)
    expect(problems).toContain(
      'crossTraining.0.sources: needs at least one source, or a UE flag saying it is our estimate',
    )
  })

  it('fails when a drill carries a tempo, and when strength work has none', () => {
    const g = copyOf('hamstrings')
    exercise(g, 'strides-sprint-drills').dose.start!.tempo = '2-0-1-0'
    delete exercise(g, 'machine-leg-curl').dose.start!.tempo
    const problems = problemsOf(g)
    expect(problems).toContain(
      `exercises.${indexOf(g, 'strides-sprint-drills')}.dose.start.tempo: no tempo on drill work: it is dosed by contacts, time or distance`,
    )
    expect(problems).toContain(
      `exercises.${indexOf(g, 'machine-leg-curl')}.dose.start.tempo: strength work needs a tempo`,
    )
  })

  it('fails when a cue gives seconds the tempo does not', () => {
    const g = copyOf('hamstrings')
    const rdl = exercise(g, 'romanian-deadlift')
    rdl.dose.start!.tempo = '2-0-1-0'
    const i = indexOf(g, 'romanian-deadlift')
    const cue = rdl.cues.findIndex((c) => /three seconds/.test(c))
    expect(problemsOf(g)).toContain(
      `exercises.${i}.cues.${cue}: cue says 3 s but the tempo "2-0-1-0" says 2 s`,
    )
  })

  it('reads a cue clause by clause, and a hold at the top or the bottom where the cue says', () => {
    expect(cueTimings('Three seconds up, three seconds down')).toEqual([
      [2, '3'],
      [0, '3'],
    ])
    expect(cueTimings('Pause at the top for one second')).toEqual([[3, '1']])
    expect(cueTimings('Hold the press for two seconds')).toEqual([[3, '2']])
    expect(cueTimings('Hold the stretch for two seconds')).toEqual([[1, '2']])
    expect(cueTimings('Take three seconds to lower into the stretch')).toEqual([[0, '3']])
    // A top pause in the cue must be the tempo's fourth number.
    const g = copyOf('calves')
    const raise = exercise(g, 'bent-knee-calf-raise')
    raise.dose.start!.tempo = '2-1-2-0'
    const cue = raise.cues.findIndex((c) => /top/.test(c))
    expect(problemsOf(g)).toContain(
      `exercises.${indexOf(g, 'bent-knee-calf-raise')}.cues.${cue}: cue says 1 s but the tempo "2-1-2-0" says 0 s`,
    )
  })

  it('fails when sets × reps would render nonsense', () => {
    const g = copyOf('calves')
    exercise(g, 'single-leg-calf-raise').dose.start!.reps = 'Start near a 15-rep max'
    const i = indexOf(g, 'single-leg-calf-raise')
    expect(problemsOf(g)).toContain(
      `exercises.${i}.dose.start.reps: reps must be a count, range or list ("8–12 per leg", "12, 10, 8", "20–30 s")`,
    )
  })

  it('fails when a position stand is cited for doses it does not cover', () => {
    const g = copyOf('calves')
    exercise(g, 'hop-progression').dose.start!.sources = ['ACSM09']
    const i = indexOf(g, 'hop-progression')
    expect(problemsOf(g)).toContain(
      `exercises.${i}.dose.start.sources: ACSM09 gives no doses for plyometric work`,
    )
  })

  it('fails when an injury lacks its stride moment or when to see a clinician', () => {
    const g = copyOf('calves') as unknown as { injuries: { moment?: unknown; stop?: unknown }[] }
    delete g.injuries[0]!.stop
    delete g.injuries[1]!.moment
    const problems = problemsOf(g)
    expect(problems).toContain('injuries.0.stop: an injury needs when to stop and see a clinician')
    expect(problems).toContain('injuries.1.moment: an injury needs the stride moment that loads it')
  })

  it('fails when a source has no kind', () => {
    const sources = structuredClone(SOURCES) as unknown as Record<string, { kind?: string }>
    delete sources.Pete11!.kind
    const problems = validateContent({ content: CONTENT, sources, benefits: BENEFITS, guide: GUIDE })
    expect(problems.some((p) => p.startsWith('sources.Pete11.kind:'))).toBe(true)
  })

  it('fails when a leg group has no jump or running drill', () => {
    const g = copyOf('calves') as unknown as { exercises: { kind: string }[] }
    for (const e of g.exercises) if (e.kind === 'plyometric' || e.kind === 'drill') e.kind = 'isometric'
    expect(problemsOf(g)).toContain('exercises: a leg group needs a jump or running drill')
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
