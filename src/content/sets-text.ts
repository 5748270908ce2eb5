import type { Prescription } from './types.ts'

/** "3 × 8–12 per leg", or "1 set of 3–5 per side". Reps are schema-checked to be a count, range or list. */
export function setsText(p: Pick<Prescription, 'sets' | 'reps'>): string {
  return p.sets === 1 ? `1 set of ${p.reps}` : `${p.sets} × ${p.reps}`
}
