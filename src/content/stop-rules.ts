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

/** The pain-monitoring rule for tendon work, as usually summarised from Silbernagel 2007. */
export const TENDON_PAIN: StopSign = {
  text: 'tendon pain above 5 out of 10 while loading, or pain and stiffness still worse the next morning',
  sources: ['Silb07'],
  flags: ['SEC'],
}

export const KNEE_SIGNS: StopSign = {
  text: 'a swollen knee, the knee locking or giving way, or pain at night',
  sources: [],
  flags: ['UE'],
}

export const THIGH_BONE_NECK: StopSign = {
  text: 'groin or hip pain on weight-bearing, or when the hip is turned inward, can be a stress injury of the thigh-bone neck: get seen the same day',
  sources: ['StatP'],
  flags: ['SEC', 'UE'],
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
