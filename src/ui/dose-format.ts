export { setsText } from '../content/sets-text.ts'

function seconds(part: string, what: string): string {
  if (part === 'X') return `${what} fast`
  return `${part} s ${what}`
}

function pause(part: string, where: string): string {
  return part === '0' ? `no pause ${where}` : `${part} s pause ${where}`
}

/** "3-1-X-0: 3 s down, 1 s pause at the bottom, up fast, no pause at the top". */
export function tempoText(tempo: string): string {
  const [down = '', bottom = '', up = '', top = ''] = tempo.split('-')
  return `${tempo}: ${seconds(down, 'down')}, ${pause(bottom, 'at the bottom')}, ${seconds(up, 'up')}, ${pause(top, 'at the top')}`
}

/** The tempo a dose line shows: none beside a hold (reps in seconds), which has no up or down to time. */
export function shownTempo(reps: string, tempo: string | null): string | null {
  return tempo !== null && /\d s$/.test(reps) ? null : tempo
}
