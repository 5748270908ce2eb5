/**
 * Building blocks for exercise doses that many cards share: the novice start for a lift and the standard
 * ways to build over weeks. Each carries its own sources and flags, so a card that uses one inherits them.
 */
import type { Prescription, Progression } from './types.ts'

/**
 * A load a runner can find that agrees with 3–4 reps in reserve: for sets of up to 10, the weight they could lift
 * about 14 times, so 3–4 are left after the 10th ("a weight you could lift about 14 times, so 3–4 are left
 * after 10").
 */
export function repMaxLoad(reps: string, thing = 'a weight', verb = 'lift'): string {
  const top = Number(/(\d+)(?!.*\d)/.exec(reps.replace(/ per .*$/, ''))?.[1] ?? 10)
  return `${thing} you could ${verb} about ${top + 4} times, so 3–4 are left after ${top}`
}

/** A lift for a runner new to it: general novice guidance, sets and effort our estimate. */
export function noviceLift(
  reps: string,
  tempo: string,
  load = repMaxLoad(reps),
  frequency = '2×/week',
): Prescription {
  return {
    sets: 2,
    reps,
    load,
    effort: 'stop with 3–4 reps in reserve (RIR 3–4, about RPE 6–7)',
    tempo,
    frequency,
    sources: ['ACSM09'],
    flags: ['UE'],
  }
}

/** A lift once built: general guidance for trained lifters, our choice of sets. */
export function builtLift(reps: string, tempo: string, load: string, frequency = '2×/week'): Prescription {
  return {
    sets: 3,
    reps,
    load,
    effort: '1–3 reps in reserve (RPE 7–9)',
    tempo,
    frequency,
    sources: ['ACSM09', 'Helms16'],
    flags: ['UE'],
  }
}

/** Bodyweight, band or hold work with no source for the numbers. */
export function ourStart(
  sets: number,
  reps: string,
  load: string,
  effort: string,
  frequency = '2×/week',
  tempo?: string,
): Prescription {
  return { sets, reps, load, effort, ...(tempo ? { tempo } : {}), frequency, sources: [], flags: ['UE'] }
}

export const BUILD_LOAD: Progression = {
  text: 'For the first 3 weeks add a set (up to 3) before adding weight. Then raise the load by 2–10% whenever you manage two reps more than the target in the last set, two sessions running, working at 1–3 reps in reserve.',
  weeks: '6–8 weeks, then keep going',
  sources: ['ACSM09', 'NSCA', 'Helms16'],
  flags: ['SEC', 'UE'],
}

export const BUILD_BODYWEIGHT: Progression = {
  text: 'Add one or two reps a week up to the top of the range, with 1–3 reps still in reserve; then add a set; then move to the harder version.',
  weeks: '4–6 weeks',
  sources: [],
  flags: ['UE'],
}

export const BUILD_HOLD: Progression = {
  text: 'Add 5–10 s per hold each week while the last seconds still feel steady (RPE 7–8); then move to the harder version.',
  weeks: '4–6 weeks',
  sources: [],
  flags: ['UE'],
}

export const BUILD_CARRY: Progression = {
  text: 'Add 10 m a week, then heavier weights once 40 m feels steady with good posture (RPE 7–8).',
  weeks: '4–6 weeks',
  sources: [],
  flags: ['UE'],
}

export const BUILD_DRILL: Progression = {
  text: 'Add 10 m or one rep a week while the movement stays crisp; end a set as soon as form fades.',
  weeks: '3–6 weeks',
  sources: [],
  flags: ['UE'],
}
