import { EQUIPMENT, EXERCISE_KIND_NAMES, LEVEL_NAMES } from '../domain/training.ts'
import type { Exercise, Prescription } from '../content/types.ts'
import { setsText, tempoText } from './dose-format.ts'
import { EvidenceTag } from './EvidenceTag.tsx'
import { Glossed } from './Glossed.tsx'
import { groupCard, useExplorer } from '../store/index.ts'
import { SourceRefs } from './SourceRefs.tsx'
import { ShowMeButton } from './ShowMeButton.tsx'

interface ExerciseCardProps {
  exercise: Exercise
}

interface PrescriptionListProps {
  label: string
  dose: Prescription
}

/** One prescription as a small definition list, its sources and flags after it. */
function PrescriptionList({ label, dose }: PrescriptionListProps) {
  return (
    <div className="rae-dose-block" data-dose={label}>
      <dl className="rae-dose">
        <div>
          <dt>Sets × reps</dt>
          <dd>{setsText(dose)}</dd>
        </div>
        <div>
          <dt>Load</dt>
          <dd>
            <Glossed text={dose.load} />
          </dd>
        </div>
        <div>
          <dt>Effort</dt>
          <dd>
            <Glossed text={dose.effort} />
          </dd>
        </div>
        {dose.tempo !== undefined && (
          <div>
            <dt>Tempo</dt>
            <dd>{tempoText(dose.tempo)}</dd>
          </div>
        )}
        <div>
          <dt>How often</dt>
          <dd>{dose.frequency}</dd>
        </div>
      </dl>
      <p className="rae-dose-refs">
        <SourceRefs sources={dose.sources} flags={dose.flags} />
      </p>
    </div>
  )
}

/**
 * One exercise: where a runner new to it starts, how to build over weeks, where that leads, a step back and a
 * step on, the cues, and why it helps with the evidence behind it.
 */
export function ExerciseCard({ exercise }: ExerciseCardProps) {
  const { dose, evidence, why } = exercise
  const marked = useExplorer((s) => groupCard(s) === `exercise:${exercise.id}`)
  return (
    <li
      className="rae-exercise"
      data-exercise={exercise.id}
      data-kind={exercise.kind}
      data-card={`exercise:${exercise.id}`}
      data-marked={marked || undefined}
      tabIndex={-1}
    >
      <h4 className="rae-exercise-name">
        <Glossed text={exercise.name} />
      </h4>
      <p className="rae-exercise-tags">
        <span className="rae-level" data-level={exercise.level}>
          {LEVEL_NAMES[exercise.level]}
        </span>
        <span className="rae-chip rae-kind">{EXERCISE_KIND_NAMES[exercise.kind]}</span>
        {exercise.equipment.map((id) => (
          <span key={id} className="rae-chip" data-equipment={id}>
            {EQUIPMENT[id].name}
          </span>
        ))}
      </p>
      <ShowMeButton exercise={exercise.id} name={exercise.name} />
      <h5 className="rae-dose-title">Start here</h5>
      <PrescriptionList label="start" dose={dose.start} />
      <h5 className="rae-dose-title">Build up ({dose.progression.weeks})</h5>
      <p className="rae-progression" data-dose="progression">
        <Glossed text={dose.progression.text} />{' '}
        <SourceRefs sources={dose.progression.sources} flags={dose.progression.flags} />
      </p>
      {dose.destination && (
        <>
          <h5 className="rae-dose-title">Where it leads (not a starting dose)</h5>
          <PrescriptionList label="destination" dose={dose.destination} />
        </>
      )}
      <dl className="rae-variants">
        <div>
          <dt>Easier</dt>
          <dd>{exercise.easier}</dd>
        </div>
        <div>
          <dt>Harder</dt>
          <dd>{exercise.harder}</dd>
        </div>
      </dl>
      <ul className="rae-cues" aria-label="Coaching cues">
        {exercise.cues.map((cue) => (
          <li key={cue}>{cue}</li>
        ))}
      </ul>
      <p className="rae-why">
        <strong>Why it helps a runner: </strong>
        <Glossed text={why.text} /> <SourceRefs sources={why.sources} flags={why.flags} />
      </p>
      <p className="rae-evidence">
        <EvidenceTag level={evidence.level} /> <Glossed text={evidence.text} />{' '}
        <SourceRefs sources={evidence.sources} flags={evidence.flags} />
      </p>
    </li>
  )
}
