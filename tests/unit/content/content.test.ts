import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TOURS } from '../../../src/content/tours.ts'
import { LAB_GAPS, LAB_READOUTS } from '../../../src/domain/stride/lab-data.ts'
import { GROUP_IDS, musclesOf } from '../../../src/domain/groups.ts'
import { PHASE_IDS } from '../../../src/domain/gait.ts'
import { BENEFIT_IDS, EQUIPMENT, FLAG_IDS } from '../../../src/domain/training.ts'
import {
  BENEFITS,
  CONTENT,
  GUIDE,
  SOURCES,
  SOURCE_IDS,
  allExercises,
  getGroupContent,
} from '../../../src/content/index.ts'
import { PART_CARDS } from '../../../src/content/parts.ts'
import { PLAN_CONTENT } from '../../../src/content/plan.ts'
import { citedSourceIds } from '../../../src/content/schema.ts'
import { KNEE_SIGNS, TENDON_PAIN } from '../../../src/content/stop-rules.ts'
import { CURVES, CURVE_STRIDE_NOTE } from '../../../src/domain/stride/activation.ts'
import { findFirstUses, termPattern } from '../../../src/ui/glossary.ts'

/** One dumbbell or kettlebell counts as "home" kit alongside bodyweight and bands. */
const HOME_KIT = new Set(['bodyweight', 'band', 'dumbbell', 'kettlebell'])

describe('content coverage', () => {
  it('has exactly the domain groups, each under its own id', () => {
    expect(Object.keys(CONTENT).sort()).toEqual([...GROUP_IDS].sort())
    for (const id of GROUP_IDS) expect(getGroupContent(id).id).toBe(id)
  })

  it.each(GROUP_IDS)('%s: muscles equal musclesOf(group), all phases present', (id) => {
    const g = CONTENT[id]
    expect(g.muscles.map((m) => m.muscle)).toEqual(musclesOf(id).map((m) => m.id))
    expect(Object.keys(g.phases).sort()).toEqual([...PHASE_IDS].sort())
    // Someone must be working at some point of the stride, and not everywhere at full tilt. (The trapezius
    // only ever works lightly, so the upper back never rises above low.)
    const levels = PHASE_IDS.map((p) => g.phases[p].activity)
    expect(levels.some((l) => l !== 'off')).toBe(true)
    expect(levels.every((l) => l === 'high')).toBe(false)
  })

  it.each(GROUP_IDS)('%s: ≥5 exercises over ≥2 equipment categories, with home options', (id) => {
    const exercises = CONTENT[id].exercises
    expect(exercises.length).toBeGreaterThanOrEqual(5)
    const categories = new Set(exercises.flatMap((e) => e.equipment.map((q) => EQUIPMENT[q].category)))
    expect(categories.size).toBeGreaterThanOrEqual(2)
    expect(exercises.some((e) => e.equipment.includes('bodyweight') || e.equipment.includes('band'))).toBe(
      true,
    )
    const home = exercises.filter((e) => e.equipment.some((q) => HOME_KIT.has(q)))
    expect(home.length).toBeGreaterThanOrEqual(3)
  })

  it.each(GROUP_IDS)(
    '%s: ≥2 distinct benefits, ≥1 injury note, 1–3 cross-training sports flagged UE',
    (id) => {
      const g = CONTENT[id]
      expect(new Set(g.benefits.map((b) => b.benefit)).size).toBe(g.benefits.length)
      expect(g.benefits.length).toBeGreaterThanOrEqual(2)
      expect(g.injuries.length).toBeGreaterThanOrEqual(1)
      expect(g.crossTraining.length).toBeGreaterThanOrEqual(1)
      expect(g.crossTraining.length).toBeLessThanOrEqual(3)
      for (const c of g.crossTraining) expect(c.flags).toContain('UE')
    },
  )

  it('uses unique kebab-case exercise ids and offers kettlebell and medicine-ball options', () => {
    const ids = allExercises().map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    const equipment = new Set(allExercises().flatMap((e) => e.equipment))
    expect(equipment.has('kettlebell')).toBe(true)
    expect(equipment.has('medicine-ball')).toBe(true)
  })

  it('gives every tendinopathy the same pain-monitoring stop rule, and shared signs one wording', () => {
    const injuries = GROUP_IDS.flatMap((id) => CONTENT[id].injuries)
    const tendons = injuries.filter((i) => /tendinopathy/i.test(i.name))
    expect(tendons.length).toBeGreaterThanOrEqual(4)
    for (const i of tendons) {
      expect(i.stop?.text.toLowerCase(), i.name).toContain(TENDON_PAIN.text)
      expect(i.stop?.sources, i.name).toContain('Silb07')
    }
    // Knee warning signs, wherever a knee injury lists them, read the same.
    for (const i of injuries.filter((i) => /knee/i.test(i.name)))
      expect(i.stop?.text.toLowerCase(), i.name).toContain(KNEE_SIGNS.text)
  })

  it('marks every estimated dose with the UE flag', () => {
    for (const e of allExercises()) if (e.estimate) expect(e.dose.start.flags, e.id).toContain('UE')
  })

  it('covers every benefit and every flag in the global content', () => {
    expect(Object.keys(BENEFITS).sort()).toEqual([...BENEFIT_IDS].sort())
    for (const id of BENEFIT_IDS) expect(BENEFITS[id].id).toBe(id)
    expect(Object.keys(GUIDE.flagLegend).sort()).toEqual([...FLAG_IDS].sort())
    expect(GUIDE.tempoNotation).toMatch(/3-0-1/)
  })
})

describe('sources', () => {
  // The tours and the stride lab's read-outs cite sources too (the lab's only there).
  const cited = citedSourceIds([
    CONTENT,
    BENEFITS,
    GUIDE,
    PART_CARDS,
    PLAN_CONTENT,
    TOURS,
    LAB_READOUTS,
    LAB_GAPS,
  ])

  it('resolves every cited source id', () => {
    const unknown = [...cited].filter((id) => !(id in SOURCES))
    expect(unknown).toEqual([])
  })

  it('cites every registered source', () => {
    expect(SOURCE_IDS.filter((id) => !cited.has(id))).toEqual([])
  })

  it('keys each source by its own id and gives a citation', () => {
    for (const id of SOURCE_IDS) {
      expect(SOURCES[id].id).toBe(id)
      expect(SOURCES[id].citation.length).toBeGreaterThan(20)
    }
  })

  it('the walker finds sources nested anywhere', () => {
    expect([...citedSourceIds({ a: [{ b: { sources: ['X'] } }], sources: ['Y'] })].sort()).toEqual(['X', 'Y'])
  })
})

describe('runtime bundle', () => {
  /** Value (non-type) imports reachable from a file, following relative paths. */
  function reachable(entry: string, seen = new Set<string>()): Set<string> {
    if (seen.has(entry)) return seen
    seen.add(entry)
    const source = readFileSync(entry, 'utf8')
    for (const m of source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)) {
      const spec = m[1]!
      seen.add(spec)
      if (spec.startsWith('.')) reachable(resolve(dirname(entry), spec), seen)
    }
    return seen
  }

  it('keeps zod, gltf-transform and node modules out of src/content/index.ts', () => {
    const graph = [...reachable(resolve(import.meta.dirname, '../../../src/content/index.ts'))]
    expect(
      graph.filter((s) => /zod|gltf-transform|meshoptimizer|^node:|schema\.ts$|vite-plugin/.test(s)),
    ).toEqual([])
    expect(graph.some((s) => s.endsWith('sources.ts'))).toBe(true)
  })
})

/** Every string a reader can see, from the content, the guide, the sources and the stride curves. */
function shownStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const v of value) shownStrings(v, out)
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value))
      if (k !== 'sources' && k !== 'id' && k !== 'link') shownStrings(v, out)
  return out
}

describe('plain words', () => {
  const shown = shownStrings([CONTENT, GUIDE, BENEFITS, SOURCES, CURVES, CURVE_STRIDE_NOTE, PART_CARDS])

  it('never says "the reference" on screen', () => {
    expect(shown.filter((t) => /\bthe reference\b/i.test(t))).toEqual([])
  })

  it('has a glossary entry for every technical term the panels use', () => {
    const TECHNICAL = [
      /(?<![A-Za-z])(?:\d*RM|RIR|RPE|RR|OR|MVC|MVIC|RFD|EMG|VO₂max)(?![A-Za-z])/g,
      /(?<![A-Za-z])(?:eccentric\w*|concentric|isometric|plyometric\w*|tendinopathy|rate of force development|one-rep max|running economy)(?![A-Za-z])/gi,
    ]
    const covered = (word: string) => GUIDE.glossary.some((g) => termPattern(g).test(word))
    const missing = new Set<string>()
    for (const t of shownStrings([CONTENT, GUIDE.fitItIn, GUIDE.editorialNote, BENEFITS]))
      for (const re of TECHNICAL) for (const m of t.matchAll(re)) if (!covered(m[0])) missing.add(m[0])
    expect([...missing]).toEqual([])
  })

  it('explains each term once per panel, at its first use in reading order', () => {
    const texts = ['We lift at 8RM.', 'Then a 10RM and RIR 2.', 'RR 0.4 and RIR again.']
    const uses = findFirstUses(texts, GUIDE.glossary)
    const terms = (t: string) => (uses.get(t) ?? []).map((e) => e.term)
    expect(terms(texts[0]!)).toEqual(['RM'])
    expect(terms(texts[1]!)).toEqual(['RIR'])
    expect(terms(texts[2]!)).toEqual(['RR'])
  })
})
