import { BENEFIT_NAMES } from '../domain/training.ts'
import type { BenefitLink } from '../content/types.ts'
import { SourceRefs } from './SourceRefs.tsx'
import { Glossed } from './Glossed.tsx'

interface BenefitListProps {
  benefits: readonly BenefitLink[]
}

/** Which of the five reasons to strength-train this group serves, and why. */
export function BenefitList({ benefits }: BenefitListProps) {
  return (
    <ul className="rae-facts">
      {benefits.map((b) => (
        <li key={b.benefit} className="rae-fact" data-benefit={b.benefit}>
          <strong className="rae-fact-title">{BENEFIT_NAMES[b.benefit]}</strong>
          <span>
            <Glossed text={b.why} /> <SourceRefs sources={b.sources} flags={b.flags} />
          </span>
        </li>
      ))}
    </ul>
  )
}
