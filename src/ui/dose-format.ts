export { setsText } from '../content/sets-text.ts'

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
