import { FLAG_NAMES, type FlagId } from '../domain/training.ts'

interface FlagBadgeProps {
  flag: FlagId
}

/** A small coloured word (Estimate, Simulation…) so a reader can tell a measured fact from a softer one. */
export function FlagBadge({ flag }: FlagBadgeProps) {
  return (
    <span
      className="rae-flag"
      data-flag={flag}
      title={`[${flag}] ${FLAG_NAMES[flag]}: see “Reading the badges”`}
    >
      {FLAG_NAMES[flag]}
    </span>
  )
}
