/**
 * When to stop and see a clinician: the warning signs several injuries share, written once so the same rule
 * reads the same on every card (pain monitoring for tendons, the knee's warning signs, a stress injury of the
 * thigh-bone neck). An injury's own signs come first, then the shared ones.
 */
import type { FlagId } from '../domain/training.ts'
import type { SourceId, SourcedText } from './types.ts'

interface StopSign {
  readonly text: string
  readonly sources: readonly SourceId[]
  readonly flags: readonly FlagId[]
}

/**
 * When tendon pain needs a clinician. Pain above 5 out of 10, or worse the next morning, is first a signal to go back
 * to the last dose that was fine (the pain-monitoring rule, Silbernagel 2007); only pain that does not settle then
 * is a reason to be seen.
 */
export const TENDON_PAIN: StopSign = {
  text: 'tendon pain that has not settled within 1–2 weeks of going back to the last dose that was fine',
  sources: ['Silb07'],
  flags: ['SEC', 'UE'],
}

export const KNEE_SIGNS: StopSign = {
  text: 'a swollen knee, the knee locking or giving way, or pain at night',
  sources: [],
  flags: ['UE'],
}

/**
 * A stress injury of the thigh-bone neck: deep groin or front-of-hip pain that builds with impact, not the outer-hip
 * pain of a gluteal tendon (which hurts on stairs and lying on that side and is no reason for a same-day visit).
 */
export const THIGH_BONE_NECK: StopSign = {
  text: 'deep groin or front-of-hip pain that builds with running, hurts when you hop or aches at night (more likely with low energy availability or a past bone injury) can be a stress injury of the thigh-bone neck: get seen the same day',
  sources: ['StatP', 'Warden14'],
  flags: ['SEC', 'NV', 'UE'],
}

/**
 * Groin pain that is not the adductors' (Weir 2015 classifies groin pain by its cause; Taylor 2018 found more than
 * one cause in 44 % of athletes): a clinician's. The groin niggle and the groin card share it.
 */
export const GROIN_OTHER_CAUSES: StopSign = {
  text: 'a lump in the groin that bulges when you cough or strain (a possible hernia); pain in the testicle or scrotum, pain passing urine, or fever; the hip catching or locking; pain over the pubic bone when you hop (a possible stress injury): see a clinician',
  sources: ['Weir15'],
  flags: ['SEC', 'NV', 'UE'],
}

/** Signs of pressure on the nerve roots at the base of the spine (cauda equina): an emergency. */
export const CAUDA_EQUINA: StopSign = {
  text: 'numbness between the legs or around the back passage, new trouble passing or holding urine or stools, or weakness in both legs: go to an emergency department now',
  sources: [],
  flags: ['UE'],
}

/** One stop text from an injury's own signs and the shared ones, with every source and flag behind them. */
export function stopWhen(...signs: readonly (StopSign | string)[]): SourcedText {
  // An injury's own signs are our summary of the clinical guides: flagged as such.
  const parts = signs.map((s) =>
    typeof s === 'string' ? { text: s, sources: [] as SourceId[], flags: ['UE'] as FlagId[] } : s,
  )
  const text = parts.map((p) => p.text).join('; ')
  const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)]
  return {
    text: `${text.charAt(0).toUpperCase()}${text.slice(1)}.`,
    sources: unique(parts.flatMap((p) => p.sources)),
    flags: unique(parts.flatMap((p) => p.flags)),
  }
}
