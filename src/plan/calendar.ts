/**
 * Dates and weekdays as plain YYYY-MM-DD arithmetic in UTC, so a plan never shifts with the reader's time zone,
 * and the rule that places strength sessions around the running: on the runner's own days, never on the day
 * before a long or hard run.
 */
import { WEEKDAY_IDS, type WeekdayId } from '../domain/plan-options.ts'

const utc = (day: string): number => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return Date.UTC(y, m - 1, d)
}

export function addDays(day: string, days: number): string {
  return new Date(utc(day) + days * 86_400_000).toISOString().slice(0, 10)
}

export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / 86_400_000)
}

/** Monday … Sunday of a date. */
export function weekdayOf(day: string): WeekdayId {
  // getUTCDay: 0 = Sunday; WEEKDAY_IDS starts on Monday.
  return WEEKDAY_IDS[(new Date(utc(day)).getUTCDay() + 6) % 7]!
}

const indexOf = (d: WeekdayId) => WEEKDAY_IDS.indexOf(d)

export function dayBefore(d: WeekdayId): WeekdayId {
  return WEEKDAY_IDS[(indexOf(d) + 6) % 7]!
}

/** The runner's days in week order, without repeats. */
export function inWeekOrder(days: readonly WeekdayId[]): WeekdayId[] {
  return WEEKDAY_IDS.filter((d) => days.includes(d))
}

/** The training days a session may use: the runner's own, less any day before a long or hard run. */
export function usableDays(
  training: readonly WeekdayId[],
  hard: readonly WeekdayId[],
): { usable: WeekdayId[]; refused: WeekdayId[] } {
  const before = new Set(hard.map(dayBefore))
  const ordered = inWeekOrder(training)
  return { usable: ordered.filter((d) => !before.has(d)), refused: ordered.filter((d) => before.has(d)) }
}

/** Days apart around the week (Monday and Sunday are one day apart). */
export function circularGap(a: WeekdayId, b: WeekdayId): number {
  const d = Math.abs(indexOf(a) - indexOf(b))
  return Math.min(d, 7 - d)
}

/**
 * Extra days for the short sessions a tendon pathway needs (three calf sessions a week from two strength days):
 * days that are not a hard-run day or the day before one, nor already taken, and a day or more from every taken
 * day and from each other (the trials left about 48 hours between sessions). As many as `count` where the week
 * allows, fewer where it does not, never two in a row; of the sets that fit, the one whose closest pair is
 * furthest apart, then the earliest in the week.
 */
export function spacedDays(
  taken: readonly WeekdayId[],
  hard: readonly WeekdayId[],
  count: number,
): WeekdayId[] {
  // Neither the day before a hard run nor the hard day itself: a short session should not add to it.
  const blocked = new Set([...hard.map(dayBefore), ...hard])
  const free = WEEKDAY_IDS.filter((d) => !blocked.has(d) && !taken.includes(d))
  const subsets = (from: readonly WeekdayId[], k: number): WeekdayId[][] =>
    k === 0 ? [[]] : from.flatMap((d, i) => subsets(from.slice(i + 1), k - 1).map((rest) => [d, ...rest]))
  // Only the new days are judged: two strength days in a row are the runner's choice, warned about elsewhere.
  const closest = (set: readonly WeekdayId[]) => {
    let min = 7
    for (const [i, a] of set.entries())
      for (const b of [...taken, ...set.slice(i + 1)]) min = Math.min(min, circularGap(a, b))
    return min
  }
  for (let k = Math.min(count, free.length); k > 0; k--) {
    let best: WeekdayId[] | null = null
    let bestGap = 1
    for (const set of subsets(free, k)) {
      const gap = closest(set)
      if (gap > bestGap) {
        best = set
        bestGap = gap
      }
    }
    if (best) return inWeekOrder(best)
  }
  return []
}

/** The first Monday on or after a date: a new block starts at the top of a training week. */
export function mondayOnOrAfter(day: string): string {
  return dateInWeek(day, 'mon')
}

/** The date of a weekday within the seven days from `from`. */
export function dateInWeek(from: string, day: WeekdayId): string {
  const offset = (indexOf(day) - indexOf(weekdayOf(from)) + 7) % 7
  return addDays(from, offset)
}
