/**
 * The stride lab's settings: running speed, step rate relative to the runner's own, and foot strike. A small
 * contract of its own (links, the store, tours and the embed all read it on the first load); the studies behind
 * it live in stride/lab-data.ts, which loads with stride mode.
 *
 * Each control ends where the studies it draws on end: speed from about 3.5 m/s (the slowest speed of Dorn et
 * al. 2012) to a sprint of about 9 m/s (Schache et al. 2015: 8.95 m/s); step rate 90–110 % of the runner's
 * own (Heiderscheit et al. 2011; Lenhart et al. 2014, 2015); three foot strikes. A value outside is refused,
 * never clamped silently, so a link cannot claim a setting no study looked at.
 */

export const STRIKES = ['rearfoot', 'midfoot', 'forefoot'] as const
export type Strike = (typeof STRIKES)[number]

export const STRIKE_NAMES: Readonly<Record<Strike, string>> = {
  rearfoot: 'Rearfoot (heel first)',
  midfoot: 'Midfoot (flat)',
  forefoot: 'Forefoot (ball first)',
}

/**
 * The speeds the lab offers, m/s: each a speed a study ran at. 3.96 is the simulated runner the explorer shows
 * (Hamner et al. 2010); 3.5 and 7 Dorn et al. 2012 (about: their exact means not re-checked); 5.0 and 9.0
 * Schache et al. 2015 (5.01 and 8.95 m/s).
 */
export const LAB_SPEEDS = [3.5, 3.96, 5, 7, 9] as const
export type LabSpeed = (typeof LAB_SPEEDS)[number]

/** Step rate, % of the runner's preferred: the studied steps. */
export const LAB_STEP_RATES = [90, 95, 100, 105, 110] as const
export type LabStepRate = (typeof LAB_STEP_RATES)[number]

export interface LabSettings {
  /** Running speed, m/s (one of LAB_SPEEDS). */
  readonly speed: LabSpeed
  /** Step rate, % of the runner's own (one of LAB_STEP_RATES). */
  readonly steprate: LabStepRate
  readonly strike: Strike
}

/** The typical setting: the explorer's simulated runner at its own speed and step rate, landing on the heel. */
export const TYPICAL_LAB: LabSettings = { speed: 3.96, steprate: 100, strike: 'rearfoot' }

export function isTypicalLab(s: LabSettings): boolean {
  return (
    s.speed === TYPICAL_LAB.speed && s.steprate === TYPICAL_LAB.steprate && s.strike === TYPICAL_LAB.strike
  )
}

export function sameLab(a: LabSettings, b: LabSettings): boolean {
  return a.speed === b.speed && a.steprate === b.steprate && a.strike === b.strike
}

export function isLabSpeed(v: number): v is LabSpeed {
  return (LAB_SPEEDS as readonly number[]).includes(v)
}

export function isLabStepRate(v: number): v is LabStepRate {
  return (LAB_STEP_RATES as readonly number[]).includes(v)
}

export function isStrike(v: unknown): v is Strike {
  return typeof v === 'string' && (STRIKES as readonly string[]).includes(v)
}

/** `speed=7` or `speed=3.96` (m/s; `km/h` is not read): a studied speed, else null. */
export function parseLabSpeed(raw: string): LabSpeed | null {
  if (raw.length > 8 || !/^\s*\d+(\.\d{1,2})?\s*$/.test(raw)) return null
  const n = Number(raw)
  return isLabSpeed(n) ? n : null
}

/** `steprate=110` (percent of the runner's own; `110%` too): a studied step rate, else null. */
export function parseLabStepRate(raw: string): LabStepRate | null {
  if (raw.length > 8 || !/^\s*\d{2,3}\s*%?\s*$/.test(raw)) return null
  const n = Number.parseInt(raw, 10)
  return isLabStepRate(n) ? n : null
}

export function parseStrike(raw: string): Strike | null {
  const v = raw
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '')
  const found = STRIKES.find((s) => s === v || (s === 'rearfoot' && v === 'heel'))
  return found ?? null
}

/** Steps per minute of the typical runner: one stride of about 0.7 s is two steps [SIM, Hamner subject 2]. */
export const TYPICAL_STEPS_PER_MINUTE = Math.round((2 * 60) / 0.7)
