import { PHASE_IDS } from '../domain/gait.ts'
import type { Exercise, GroupContent, Guide } from '../content/types.ts'

function exerciseTexts(e: Exercise): string[] {
  const d = e.dose
  return [
    e.name,
    d.start.load,
    d.start.effort,
    d.progression.text,
    ...(d.destination ? [d.destination.load, d.destination.effort] : []),
    e.why.text,
    e.evidence.text,
  ]
}

/**
 * The texts of a group panel in the order a reader meets them, for explaining terms at first use. `exercises`
 * are the cards on screen (the filters may hide some); all of them when not given.
 */
export function groupReadingOrder(
  g: GroupContent,
  guide: Guide,
  exercises: readonly Exercise[] = g.exercises,
): string[] {
  return [
    g.summary.text,
    ...PHASE_IDS.map((p) => g.phases[p].text),
    ...g.benefits.map((b) => b.why),
    ...g.injuries.flatMap((i) => [i.link, i.moment?.text ?? '', i.stop?.text ?? '']),
    guide.redFlags.text,
    ...exercises.flatMap(exerciseTexts),
    guide.editorialNote.text,
    ...guide.fitItIn.map((f) => f.text),
    ...g.crossTraining.map((c) => c.why),
    guide.closing.text,
  ].filter((t) => t !== '')
}
