/**
 * Shapes of the panel content. Every statement a runner reads carries the ids of the sources behind it and
 * the reference's flags, so the UI can show both. src/content/schema.ts mirrors these types at runtime.
 */
import type { GroupId, MuscleId } from '../domain/groups.ts'
import type { PhaseId } from '../domain/gait.ts'
import type {
  ActivityLevel,
  BenefitId,
  EquipmentId,
  EvidenceLevel,
  FlagId,
  LevelId,
} from '../domain/training.ts'
import type { SourceId } from './sources.ts'

export type { SourceId }

export interface Source {
  /** Key used in the reference facts, e.g. `Hamner10`. */
  readonly id: string
  /** Full citation as listed in the reference. */
  readonly citation: string
  /** DOI or web address when the reference gives one. */
  readonly link?: string
  /** Caveats about the source itself (e.g. authors not captured). */
  readonly note?: string
  readonly flags: readonly FlagId[]
}

/** Anything a runner reads as a fact. */
export interface Sourced {
  /** At least one id from SOURCES. */
  readonly sources: readonly SourceId[]
  readonly flags: readonly FlagId[]
}

export interface SourcedText extends Sourced {
  readonly text: string
}

export interface MuscleContent extends Sourced {
  readonly muscle: MuscleId
  /** Plain words, anatomical term in brackets where useful. */
  readonly origin: string
  readonly insertion: string
  readonly action: string
}

/** What the group does in one phase of the stride; written as a "right now" sentence for the stride mode. */
export interface PhaseContent extends Sourced {
  readonly activity: ActivityLevel
  readonly text: string
}

export interface BenefitLink extends Sourced {
  readonly benefit: BenefitId
  readonly why: string
}

export interface InjuryLink extends Sourced {
  readonly name: string
  /** How the group is linked to the injury, with the strength of that link said plainly. */
  readonly link: string
  readonly evidence: EvidenceLevel
}

export interface Dose extends Sourced {
  readonly sets: number
  /** Reps or time per set, e.g. "8–12", "20–30 s", "8–10 per leg". */
  readonly reps: string
  /** Eccentric-pause-concentric seconds (see TEMPO_NOTATION), or "hold" for static work. */
  readonly tempo: string
  /** e.g. "2×/week". */
  readonly frequency: string
}

export interface Evidence extends Sourced {
  readonly text: string
  readonly level: EvidenceLevel
}

export interface Exercise {
  /** Kebab-case, unique across all groups. */
  readonly id: string
  readonly name: string
  /** Any one of these is enough to do the exercise. */
  readonly equipment: readonly EquipmentId[]
  readonly level: LevelId
  readonly dose: Dose
  /** 2–4 short coaching cues. */
  readonly cues: readonly string[]
  /** Why it helps a runner, 1–2 sentences. */
  readonly why: string
  readonly evidence: Evidence
  /** True when the dose is an unsourced estimate (its flags then include UE). */
  readonly estimate: boolean
}

export interface CrossTraining extends Sourced {
  readonly sport: string
  readonly why: string
}

export interface GroupContent {
  readonly id: GroupId
  /** 2–3 plain sentences. */
  readonly summary: SourcedText
  /** Exactly the domain's musclesOf(id), in the same order. */
  readonly muscles: readonly MuscleContent[]
  readonly phases: Readonly<Record<PhaseId, PhaseContent>>
  readonly benefits: readonly BenefitLink[]
  readonly injuries: readonly InjuryLink[]
  readonly exercises: readonly Exercise[]
  readonly crossTraining: readonly CrossTraining[]
}

export interface BenefitContent extends Sourced {
  readonly id: BenefitId
  readonly name: string
  readonly definition: string
}

/** Page-level text: the article's framing, how to read doses and flags, and its closing advice. */
export interface Guide {
  readonly intro: SourcedText
  readonly closing: SourcedText
  readonly tempoNotation: string
  /** Levels and cues are coaching judgement; said once here rather than on every exercise. */
  readonly editorialNote: SourcedText
  readonly flagLegend: Readonly<Record<FlagId, string>>
}
