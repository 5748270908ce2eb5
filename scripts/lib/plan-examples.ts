import { emptyPlan, type PlanInputs } from '../../src/domain/plan.ts'

/**
 * The novice with a weak left calf, as the plan's tests and scripts/shoot-print.ts use it: 14 heel rises on the
 * left, 22 on the right, no strength training yet, dumbbells, a woman in her twenties; a plan of two sessions of five.
 */
export const NOVICE_2X5: PlanInputs = {
  ...emptyPlan('2026-12-07'),
  experience: 'none',
  kit: ['dumbbell'],
  sex: 'f',
  age: '20s',
  results: { 'heel-rise': { L: 14, R: 22 }, 'single-leg-bridge': { L: 24, R: 25 } },
}
