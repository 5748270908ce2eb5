import { PHASES, PHASE_IDS, type PhaseId } from '../domain/gait.ts'
import type { PhaseContent } from '../content/types.ts'
import { ActivityBadge } from './ActivityBadge.tsx'
import { SourceRefs } from './SourceRefs.tsx'
import { Glossed } from './Glossed.tsx'

interface PhaseTableProps {
  groupName: string
  phases: Readonly<Record<PhaseId, PhaseContent>>
}

/** One row per phase of the stride: how hard the group works and what it is doing at that moment. */
export function PhaseTable({ groupName, phases }: PhaseTableProps) {
  return (
    <table className="rae-phase-table">
      <caption className="rae-visually-hidden">
        {groupName}: what the group does in each phase of the stride
      </caption>
      <thead>
        <tr>
          <th scope="col">Phase</th>
          <th scope="col">What it is doing</th>
        </tr>
      </thead>
      <tbody>
        {PHASE_IDS.map((id) => {
          const phase = PHASES[id]
          const row = phases[id]
          return (
            <tr key={id} data-phase={id}>
              <th scope="row">
                <span className="rae-phase-name">{phase.name}</span>
                <span className="rae-phase-span">
                  {phase.part === 'stance' ? 'Stance' : 'Swing'}, {phase.start}–{phase.end} %
                </span>
                <ActivityBadge level={row.activity} />
              </th>
              <td>
                <Glossed text={row.text} /> <SourceRefs sources={row.sources} flags={row.flags} />
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
