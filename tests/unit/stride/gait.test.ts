import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { PHASES, PHASE_IDS, TOE_OFF_PERCENT, phaseAt } from '../../../src/domain/gait.ts'

describe('gait phases', () => {
  test('tile the cycle in order, without gaps or overlaps', () => {
    let at = 0
    for (const id of PHASE_IDS) {
      expect(PHASES[id].id).toBe(id)
      expect(PHASES[id].start).toBe(at)
      expect(PHASES[id].end).toBeGreaterThan(at)
      at = PHASES[id].end
    }
    expect(at).toBe(100)
  })

  test('stance is exactly the part before toe-off, so a phase never says the foot is down after it left', () => {
    expect(phaseAt(33.9).part).toBe('stance')
    expect(phaseAt(TOE_OFF_PERCENT).part).toBe('swing')
    expect(phaseAt(35).part).toBe('swing')
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, maxExcluded: true, noNaN: true }), (p) => {
        expect(phaseAt(p).part).toBe(p < TOE_OFF_PERCENT ? 'stance' : 'swing')
      }),
    )
  })

  test('the phase before toe-off is the push-off, ending at toe-off', () => {
    expect(PHASES['toe-off'].end).toBe(TOE_OFF_PERCENT)
    expect(PHASES['early-swing'].start).toBe(TOE_OFF_PERCENT)
    expect(phaseAt(33.9).id).toBe('toe-off')
  })

  test('every phase has a short name for the phase buttons', () => {
    for (const id of PHASE_IDS) {
      expect(PHASES[id].shortName.length).toBeGreaterThan(0)
      expect(PHASES[id].shortName.length).toBeLessThanOrEqual(PHASES[id].name.length)
    }
  })
})
