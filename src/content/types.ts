/**
 * Shapes of the panel content. Every statement a runner reads carries the ids of the sources behind it and
 * the reference's flags, so the UI can show both. src/content/schema.ts mirrors these types at runtime.
 */
import type { GroupId, MuscleId } from '../domain/groups.ts'
import type { PhaseId } from '../domain/gait.ts'
import type {
  ActivityLevel,
  BenefitId,
  ClaimKind,
  EquipmentId,
  EvidenceLevel,
  ExerciseKind,
  FlagId,
  LevelId,
  SourceKind,
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
  /** What sort of work it is; decides which claims it may carry (see schema.ts). */
  readonly kind: SourceKind
  /** For a position stand or guide: the kinds of exercise whose doses it actually covers. */
  readonly dosesFor?: readonly ExerciseKind[]
  /**
   * For a trial whose protocol builds up: its first session's sets × reps, e.g. "2 × 5" (one per exercise when
   * the protocol has several). A card that shows the trial's end dose must start here. Absent when the trial
   * had no build-up (its people were trained).
   */
  readonly startsAt?: string | readonly string[]
}

/** Anything a runner reads as a fact. */
export interface Sourced {
  /** Ids from SOURCES; may be empty only when the line is flagged UE (our estimate, said on screen). */
  readonly sources: readonly SourceId[]
  readonly flags: readonly FlagId[]
}

/** A sourced sentence that also says what it claims, so the schema can match claim to source kind. */
export interface Claim extends SourcedText {
  readonly claim: ClaimKind
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
  readonly claim: ClaimKind
}

/** Where in the stride an injury's tissue takes its load. */
export interface StrideMoment extends SourcedText {
  readonly phase: PhaseId
}

export interface InjuryLink extends Sourced {
  readonly name: string
  /** How the group is linked to the injury, with the strength of that link said plainly. */
  readonly link: string
  readonly evidence: EvidenceLevel
  readonly claim: ClaimKind
  /** Other groups that share the load (this group is implied). */
  readonly groups?: readonly GroupId[]
  /** The moment of the stride that loads the injured tissue most. */
  readonly moment?: StrideMoment
  /** When to stop and see a clinician rather than train through it. */
  readonly stop?: SourcedText
}

/** One prescription: sets × reps (or time or distance) at an effort, how often. */
export interface Prescription extends Sourced {
  readonly sets: number
  /** A count, range or list, optionally with a unit and a side: "5", "8–12 per leg", "12, 10, 8", "20–30 s". */
  readonly reps: string
  /** What to lift or how hard, e.g. "a weight you could lift about 15 times", "bodyweight". */
  readonly load: string
  /** Effort as reps in reserve (RIR) or RPE, or plain words for jumps and drills. */
  readonly effort: string
  /** Seconds down-pause-up, e.g. "3-0-1"; strength work only. */
  readonly tempo?: string
  /** e.g. "2×/week". */
  readonly frequency: string
}

export interface Progression extends SourcedText {
  /** How long the build-up takes, e.g. "6–8 weeks". */
  readonly weeks: string
}

/** One step of a card's own week-by-week progression: from this week of the plan on, this dose. */
export interface WeekStep {
  /** The plan week the step starts (1 = the first week). */
  readonly from: number
  readonly sets: number
  /** Same forms as a prescription's reps; plyometric steps count contacts. */
  readonly reps: string
  readonly load: string
  readonly effort: string
  /** How often, when it differs from the start (Nordic: once, then twice, then three times a week). */
  readonly frequency?: string
}

/** The card's own progression, with the sources and flags behind its numbers. */
export interface OwnWeekly extends Sourced {
  readonly steps: readonly WeekStep[]
}

/**
 * How the weeks of a plan dose the exercise: its own steps, or explicitly the generic rule for its kind (a
 * lift adds sets then load by reps in reserve; body-weight work adds reps then a set; a hold adds seconds; a
 * carry or drill adds metres). Cards whose effort is an RPE, a rep maximum or a pain score, and every
 * plyometric card, carry their own steps (the schema checks it), so no generic rule rewrites their dose.
 */
export type WeeklyPlan = 'generic' | OwnWeekly

export interface Dose {
  /** Week by week in a plan. */
  readonly weekly: WeeklyPlan
  /** For a runner new to the exercise. */
  readonly start: Prescription
  /** How to build over weeks, with the effort measure that says when to add. */
  readonly progression: Progression
  /** Where the build-up leads, e.g. a trial's full protocol; never shown as a starting dose. */
  readonly destination?: Prescription
}

export interface Evidence extends Claim {
  readonly level: EvidenceLevel
}

export interface Exercise {
  /** Kebab-case, unique across all groups. */
  readonly id: string
  readonly name: string
  readonly kind: ExerciseKind
  /** Any one of these is enough to do the exercise. */
  readonly equipment: readonly EquipmentId[]
  readonly level: LevelId
  readonly dose: Dose
  /** A step back and a step on, in plain words. */
  readonly easier: string
  readonly harder: string
  /** 2–4 short coaching cues. */
  readonly cues: readonly string[]
  /** Why it helps a runner, 1–2 sentences, cited like any other. */
  readonly why: Claim
  readonly evidence: Evidence
  /** True when any part of the dose is our estimate (a UE flag); false means every number is sourced. */
  readonly estimate: boolean
}

export interface CrossTraining extends Sourced {
  readonly sport: string
  readonly why: string
  readonly claim: ClaimKind
}

export interface GroupContent {
  readonly id: GroupId
  /** 2–3 plain sentences. */
  /** Says what it claims: a summary that names an injury or a gain is held to the sources that may back it. */
  readonly summary: Claim
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
  readonly claim: ClaimKind
}

/** One piece of the "how to fit it in" advice. */
export interface FitItem extends SourcedText {
  readonly title: string
  readonly claim: ClaimKind
}

/** A technical word, explained in the runner's language where it first appears in a panel. */
export interface GlossaryEntry {
  /** The word as it appears in the text (matched case-sensitively, whole word). */
  readonly term: string
  /** Other spellings that count as the same word. */
  readonly also?: readonly string[]
  readonly plain: string
}

/** Page-level text: the article's framing, how to read doses and flags, and its closing advice. */
export interface Guide {
  readonly intro: SourcedText
  readonly closing: SourcedText
  readonly tempoNotation: string
  /** Levels and cues are coaching judgement; said once here rather than on every exercise. */
  readonly editorialNote: SourcedText
  readonly flagLegend: Readonly<Record<FlagId, string>>
  /** Sessions per week, placement around runs, novice build-up, taper, tendon pain rule. */
  readonly fitItIn: readonly FitItem[]
  /** Stop signs that hold for every group. */
  readonly redFlags: SourcedText
  readonly glossary: readonly GlossaryEntry[]
}
