import { EQUIPMENT, LEVEL_NAMES } from '../domain/training.ts'
import type { Exercise } from '../content/types.ts'
import { EvidenceTag } from './EvidenceTag.tsx'
import { SourceRefs } from './SourceRefs.tsx'

interface ExerciseCardProps {
  exercise: Exercise
}

export function ExerciseCard({ exercise }: ExerciseCardProps) {
  const { dose, evidence } = exercise
  return (
    <li className="rae-exercise" data-exercise={exercise.id}>
      <h4 className="rae-exercise-name">{exercise.name}</h4>
      <p className="rae-exercise-tags">
        <span className="rae-level" data-level={exercise.level}>
          {LEVEL_NAMES[exercise.level]}
        </span>
        {exercise.equipment.map((id) => (
          <span key={id} className="rae-chip" data-equipment={id}>
            {EQUIPMENT[id].name}
          </span>
        ))}
      </p>
      <dl className="rae-dose">
        <div>
          <dt>Sets × reps</dt>
          <dd>
            {dose.sets} × {dose.reps}
          </dd>
        </div>
        <div>
          <dt>Tempo</dt>
          <dd>{dose.tempo}</dd>
        </div>
        <div>
          <dt>How often</dt>
          <dd>{dose.frequency}</dd>
        </div>
      </dl>
      <p className="rae-dose-refs">
        Dose: <SourceRefs sources={dose.sources} flags={dose.flags} />
      </p>
      <ul className="rae-cues" aria-label="Coaching cues">
        {exercise.cues.map((cue) => (
          <li key={cue}>{cue}</li>
        ))}
      </ul>
      <p className="rae-why">
        <strong>Why it helps a runner: </strong>
        {exercise.why}
      </p>
      <p className="rae-evidence">
        <EvidenceTag level={evidence.level} /> {evidence.text}{' '}
        <SourceRefs sources={evidence.sources} flags={evidence.flags} />
      </p>
    </li>
  )
}
