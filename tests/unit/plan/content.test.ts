import { describe, expect, it } from 'vitest'
import { CONTENT } from '../../../src/content/index.ts'
import { BENEFITS, GUIDE } from '../../../src/content/guide.ts'
import { PLAN_CONTENT } from '../../../src/content/plan.ts'
import { validateContent } from '../../../src/content/schema.ts'
import { SOURCES } from '../../../src/content/sources.ts'
import { SELF_TEST_IDS } from '../../../src/domain/plan-options.ts'
import { TOURS } from '../../../src/content/tours.ts'
import { LAB_GAPS, LAB_READOUTS } from '../../../src/domain/stride/lab-data.ts'

const bundle = (plan: unknown) => ({
  content: CONTENT,
  sources: SOURCES,
  benefits: BENEFITS,
  guide: GUIDE,
  plan,
  // The stride lab's read-outs and its tours cite sources no other content does; without them those read as
  // never cited.
  tours: TOURS,
  lab: { readouts: LAB_READOUTS, gaps: LAB_GAPS },
})

describe('the plan’s content', () => {
  it('is valid as shipped, and every self-test has a how-to, a norm with a source and an asymmetry rule', () => {
    expect(validateContent(bundle(PLAN_CONTENT))).toEqual([])
    for (const id of SELF_TEST_IDS) {
      const t = PLAN_CONTENT.tests[id]
      expect(t.howTo.length).toBeGreaterThanOrEqual(3)
      expect(t.norm.sources.length).toBeGreaterThan(0)
      expect(t.asymmetry.text.length).toBeGreaterThan(20)
    }
  })

  it('refuses a norm with an unknown source, or a bare number with neither a source nor an Estimate flag', () => {
    const heel = PLAN_CONTENT.tests['heel-rise']
    const withNorm = (norm: unknown) => ({
      ...PLAN_CONTENT,
      tests: { ...PLAN_CONTENT.tests, 'heel-rise': { ...heel, norm } },
    })
    const unknown = validateContent(bundle(withNorm({ text: 'About 30.', sources: ['Nope99'], flags: [] })))
    expect(unknown.join('\n')).toMatch(/plan\.tests\.heel-rise\.norm\.sources.*unknown source/)
    const bare = validateContent(bundle(withNorm({ text: 'About 30.', sources: [], flags: [] })))
    expect(bare.join('\n')).toMatch(/plan\.tests\.heel-rise\.norm/)
  })
})

describe('the tours', () => {
  it('are valid as shipped: real groups and muscles, loops that run forward, every sentence sourced or flagged', async () => {
    const { TOURS } = await import('../../../src/content/tours.ts')
    expect(validateContent({ ...bundle(PLAN_CONTENT), tours: TOURS })).toEqual([])
    const broken = {
      ...TOURS,
      'hip-drop': {
        ...TOURS['hip-drop'],
        steps: [
          { ...TOURS['hip-drop'].steps[0]!, view: { muscle: 'glutes', isolate: 'soleus', loop: [20, 10] } },
          { ...TOURS['hip-drop'].steps[1]!, sources: [], flags: [] },
        ],
      },
    }
    const problems = validateContent({ ...bundle(PLAN_CONTENT), tours: broken }).join('\n')
    expect(problems).toMatch(/soleus is not in glutes/)
    expect(problems).toMatch(/loop must run from before to after/)
    expect(problems).toMatch(/tours\.hip-drop\.steps\.1/)
    // A tour with fewer steps than domain/tour.ts counts would let a link's step point past its end.
    expect(problems).toMatch(/tour hip-drop has 2 steps; domain\/tour.ts says 3/)
  })
})
