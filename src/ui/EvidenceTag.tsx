import { EVIDENCE_NAMES, type EvidenceLevel } from '../domain/training.ts'

interface EvidenceTagProps {
  level: EvidenceLevel
}

export function EvidenceTag({ level }: EvidenceTagProps) {
  return (
    <span className="rae-evidence-tag" data-level={level}>
      {EVIDENCE_NAMES[level]} evidence
    </span>
  )
}
