import { setsText } from '../../content/sets-text.ts'
import type { DoseWeek } from '../../plan/build.ts'

export interface DoseRun {
  readonly first: number
  readonly last: number
  readonly text: string
}

/** "3 × 12 (12RM)", "2 × 8, race week" for one week's dose. */
export function doseLine(d: DoseWeek): string {
  const load = /^your /.test(d.load) ? ` (${d.load.slice(5)})` : ''
  const taper =
    d.taper === 'light'
      ? ', race week: half the sets'
      : d.taper === 'last-heavy'
        ? ', last heavy session'
        : d.taper === 'lighter'
          ? ', lighter week'
          : ''
  return `${setsText(d)}${load}${taper}`
}

/** Consecutive weeks with the same dose, merged: "Wk 2–3: 3 × 12 (12RM)". */
export function doseRuns(doses: readonly DoseWeek[]): DoseRun[] {
  const runs: DoseRun[] = []
  for (const d of doses) {
    const text = doseLine(d)
    const prev = runs.at(-1)
    if (prev && prev.text === text && prev.last === d.week - 1)
      runs[runs.length - 1] = { ...prev, last: d.week }
    else runs.push({ first: d.week, last: d.week, text })
  }
  return runs
}

export function runsText(doses: readonly DoseWeek[]): string {
  return doseRuns(doses)
    .map((r) => `Wk ${r.first === r.last ? r.first : `${r.first}–${r.last}`}: ${r.text}`)
    .join(' · ')
}
