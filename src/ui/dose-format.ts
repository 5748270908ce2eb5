import type { Prescription } from '../content/types.ts'

/** "3 × 8–12 per leg", or "1 set of 3–5 per side". Reps are schema-checked to be a count, range or list. */
export function setsText(p: Prescription): string {
  return p.sets === 1 ? `1 set of ${p.reps}` : `${p.sets} × ${p.reps}`
}

function seconds(part: string, what: string): string {
  if (part === 'X') return `${what} fast`
  if (part === '0') return what === 'pause' ? 'no pause' : `${what} 0 s`
  return `${part} s ${what}`
}

/** "3-0-1: 3 s down, no pause, 1 s up". */
export function tempoText(tempo: string): string {
  const [down = '', pause = '', up = ''] = tempo.split('-')
  return `${tempo}: ${seconds(down, 'down')}, ${seconds(pause, 'pause')}, ${seconds(up, 'up')}`
}
